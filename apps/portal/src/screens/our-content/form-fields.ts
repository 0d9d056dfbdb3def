/**
 * Labelled form controls for the content forms, each with its error (the API's message for
 * that field) tied to it with `aria-describedby` and `aria-invalid`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '@thb/schema/localized';
import type { OurContentKey } from './our-content.strings.ts';

/** The resource vocabulary's keys (types, topics, audiences) from the widgets' catalogue. */
export type VocabularyKey = `type.${string}` | `topic.${string}` | `focus.${string}` | `audience.${string}`;
/** A key the content screens can show. */
export type ContentKey = OurContentKey | VocabularyKey;

/** What a form's fields need: the strings and the API's messages by field name. */
export interface FieldContext {
  t(key: ContentKey, values?: Record<string, string | number>): string;
  /** Field name (as the API names it, e.g. `title.en`, `place.city`) → message. */
  errors: ReadonlyMap<string, string>;
}

/** The message about a group as a whole (`place`, not `place.city`), shown under its legend. */
export function group(context: FieldContext, name: string, legend: string, fields: TemplateResult): TemplateResult {
  const error = context.errors.get(name);
  return html`<fieldset aria-describedby=${error ? `${idOf(name)}-error` : nothing}><legend>${legend}</legend>
    ${error ? html`<span class="error" id="${idOf(name)}-error">${error}</span>` : nothing}${fields}</fieldset>`;
}

/** The message for a field: its own, or one about a part of it (`languages.0` for `languages`). */
export function errorFor(context: FieldContext, name: string): string | undefined {
  for (const [field, message] of context.errors) if (field === name || field.startsWith(`${name}.`)) return message;
  return undefined;
}

const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`;

function described(context: FieldContext, name: string, hint?: string): { ids: string | typeof nothing; after: TemplateResult } {
  const error = errorFor(context, name);
  const ids = [hint ? `${idOf(name)}-hint` : '', error ? `${idOf(name)}-error` : ''].filter(Boolean).join(' ');
  return {
    ids: ids || nothing,
    after: html`${hint ? html`<span class="muted" id="${idOf(name)}-hint">${hint}</span>` : nothing}${error
      ? html`<span class="error" id="${idOf(name)}-error">${error}</span>` : nothing}`,
  };
}

/** Options of an input. */
export interface InputOptions {
  type?: string;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
}

/** A text-like input (or a textarea). */
export function input(context: FieldContext, name: string, label: string, value: string, options: InputOptions = {}): TemplateResult {
  const { ids, after } = described(context, name, options.hint);
  const invalid = errorFor(context, name) ? 'true' : nothing;
  const control = options.multiline
    ? html`<textarea id=${idOf(name)} name=${name} rows="4" .value=${value} ?required=${options.required ?? false}
        aria-describedby=${ids} aria-invalid=${invalid}></textarea>`
    : html`<input id=${idOf(name)} name=${name} type=${options.type ?? 'text'} .value=${value} ?required=${options.required ?? false}
        aria-describedby=${ids} aria-invalid=${invalid}>`;
  return html`<div class="field"><label for=${idOf(name)}>${label}</label>${control}${after}</div>`;
}

/** A select of values with their labels. */
export function select(context: FieldContext, name: string, label: string, value: string, options: readonly { value: string; label: string }[]): TemplateResult {
  const { ids, after } = described(context, name);
  return html`<div class="field"><label for=${idOf(name)}>${label}</label>
    <select id=${idOf(name)} name=${name} aria-describedby=${ids} aria-invalid=${errorFor(context, name) ? 'true' : nothing}>
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
    </select>${after}</div>`;
}

/** A group of checkboxes, one per value. */
export function checkboxes(context: FieldContext, name: string, legend: string, chosen: readonly string[], options: readonly { value: string; label: string }[]): TemplateResult {
  const { ids, after } = described(context, name);
  return html`<fieldset aria-describedby=${ids}><legend>${legend}</legend>
    <div class="choices">${options.map((option) => html`<label class="check"><input type="checkbox" name=${name} value=${option.value}
      .checked=${chosen.includes(option.value)}> ${option.label}</label>`)}</div>${after}</fieldset>`;
}

/** A text in English (required), German and French. */
export function localized(context: FieldContext, name: string, field: ContentKey, value: LocalizedText | undefined, multiline = false): TemplateResult[] {
  return (['en', 'de', 'fr'] as const).map((language) => input(context, `${name}.${language}`,
    context.t(`oc.text.${language}`, { field: context.t(field) }), value?.[language] ?? '', { required: language === 'en', multiline }));
}

/** The values of a form, by name. */
export class FormValues {
  readonly #data: FormData;
  constructor(form: HTMLFormElement) {
    this.#data = new FormData(form);
  }

  /** A trimmed text; undefined when empty. */
  text(name: string): string | undefined {
    const value = this.#data.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }

  /** Every checked value of a group. */
  all(name: string): string[] {
    return this.#data.getAll(name).filter((value): value is string => typeof value === 'string');
  }

  /** A comma-separated list of codes. */
  codes(name: string, upper = false): string[] {
    return (this.text(name) ?? '').split(/[\s,;]+/).filter(Boolean).map((code) => (upper ? code.toUpperCase() : code.toLowerCase()));
  }

  /** A text in English, German and French, the empty ones left out. */
  localized(name: string): LocalizedText {
    const text: Record<string, string> = {};
    for (const language of ['en', 'de', 'fr']) {
      const value = this.text(`${name}.${language}`);
      if (value !== undefined) text[language] = value;
    }
    return text as LocalizedText;
  }
}
