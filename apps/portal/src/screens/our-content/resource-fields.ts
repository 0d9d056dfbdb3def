/** The resource form: the fields of the `Resource` schema, and the record read back from the form. */
import { html, type TemplateResult } from 'lit';
import { AUDIENCES, FOCUS_AREAS, RESOURCE_TOPICS, RESOURCE_TYPES } from '@thb/schema/enums';
import type { LocalizedText } from '@thb/schema/localized';
import { checkboxes, FormValues, group, input, localized, select, type ContentKey, type FieldContext } from './form-fields.ts';
import type { ContentRecord } from './content-api.ts';
import { newRecordId } from './record-id.ts';

/** A resource as stored (the fields this form edits; others are kept as they are). */
export interface ResourceRecord extends ContentRecord {
  type: string;
  summary: LocalizedText;
  topics: string[];
  languages: string[];
  countries: string[];
  audience: string[];
  url: string;
  published: string;
  publisher: { type: 'member'; memberId: string } | { type: 'commission' };
  hotline?: { phone: string; hours: LocalizedText; languages: string[] };
}

/** The names the form shows, as the API names them in its problems. */
export const RESOURCE_FIELDS = ['title', 'summary', 'type', 'url', 'languages', 'countries', 'topics', 'audience', 'published', 'hotline', 'id'];

const topicKey = (topic: string): ContentKey => ((FOCUS_AREAS as readonly string[]).includes(topic) ? `focus.${topic}` : `topic.${topic}`);

/** The fields, filled in from `record` when there is one. */
export function resourceFields(context: FieldContext, record: ResourceRecord | undefined): TemplateResult {
  const { t } = context;
  const today = new Date().toISOString().slice(0, 10);
  return html`
    ${localized(context, 'title', 'oc.f.title', record?.title)}
    ${localized(context, 'summary', 'oc.f.summary', record?.summary, true)}
    ${select(context, 'type', t('oc.f.type'), record?.type ?? 'guide', RESOURCE_TYPES.map((value) => ({ value, label: t(`type.${value}`) })))}
    ${input(context, 'url', t('oc.f.url'), record?.url ?? '', { type: 'url', required: true })}
    ${input(context, 'languages', t('oc.f.languages'), (record?.languages ?? ['en']).join(', '), { required: true, hint: t('oc.codes.hint') })}
    ${input(context, 'countries', t('oc.f.countries'), (record?.countries ?? []).join(', '), { required: true, hint: t('oc.f.countries.hint') })}
    ${checkboxes(context, 'topics', t('oc.f.topics'), record?.topics ?? [], RESOURCE_TOPICS.map((value) => ({ value, label: t(topicKey(value)) })))}
    ${checkboxes(context, 'audience', t('oc.f.audience'), record?.audience ?? [], AUDIENCES.map((value) => ({ value, label: t(`audience.${value}`) })))}
    ${input(context, 'published', t('oc.f.published'), record?.published ?? today, { type: 'date', required: true })}
    ${group(context, 'hotline', t('oc.f.hotline'), html`
      ${input(context, 'hotline.phone', t('oc.f.phone'), record?.hotline?.phone ?? '', { type: 'tel' })}
      ${input(context, 'hotline.hours', t('oc.f.hours'), record?.hotline?.hours.en ?? '')}
      ${input(context, 'hotline.languages', t('oc.f.hotlineLanguages'), (record?.hotline?.languages ?? []).join(', '), { hint: t('oc.codes.hint') })}`)}`;
}

/** The resource the form describes, published by `memberId`. */
export function readResource(form: HTMLFormElement, existing: ResourceRecord | undefined, memberId: string): Record<string, unknown> {
  const values = new FormValues(form);
  const { updatedAt: _updatedAt, hotline: _hotline, ...kept } = existing ?? ({} as Partial<ResourceRecord> & { updatedAt?: string });
  const title = values.localized('title');
  const type = values.text('type') ?? 'guide';
  const record: Record<string, unknown> = {
    ...kept,
    id: existing?.id ?? newRecordId(title.en ?? ''),
    type, title, summary: values.localized('summary'),
    url: values.text('url') ?? '', languages: values.codes('languages'), countries: values.codes('countries', true),
    topics: values.all('topics'), audience: values.all('audience'), published: values.text('published') ?? '',
    publisher: existing?.publisher ?? { type: 'member', memberId },
  };
  const phone = values.text('hotline.phone');
  if (type === 'hotline' || phone) {
    record.hotline = {
      phone: phone ?? '', hours: { ...existing?.hotline?.hours, en: values.text('hotline.hours') ?? '' },
      languages: values.codes('hotline.languages'),
    };
  }
  return record;
}
