/**
 * The list of the members the map shows: the accessible alternative to the map, and the way
 * to find an organisation by name. Paged, so 10,000 members never become 10,000 rows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberFeatureProperties, MemberPoints } from '@thb/client';
import { pager } from '../../internal/pager.ts';
import { isolated } from '../../internal/display-text.ts';
import { countryName, formatDay } from '../../internal/intl.ts';
import type { Strings } from '../../internal/strings.ts';
import { distanceKm } from './member-filters.ts';
import type { MemberMapKey } from '../member-map.strings.ts';

/** Rows per page of the list. */
export const LIST_PAGE_SIZE = 25;

/** What the list shows and what it can do. */
export interface MemberListContext {
  points: MemberPoints;
  /** Member positions in list order. */
  order: readonly number[];
  page: number;
  strings: Strings<MemberMapKey>;
  headingLevel: number;
  flagged: ReadonlyMap<string, 'new' | 'changed'>;
  origin?: [number, number] | undefined;
  /** Set when the list shows the members at one place (a cluster that cannot split). */
  place?: number | undefined;
  select: (id: string, trigger: Element & HTMLOrSVGElement) => void;
  goTo: (page: number) => void;
  showAll: () => void;
}

/** The list section with its heading, rows and pager. */
export function memberList(context: MemberListContext): TemplateResult {
  const { order, page, strings, headingLevel } = context;
  const start = (page - 1) * LIST_PAGE_SIZE;
  const rows = order.slice(start, start + LIST_PAGE_SIZE);
  return html`<div class="list" part="list">
    <div class="list-head">
      <div id="list-title" role="heading" aria-level=${headingLevel} tabindex="-1">${strings.t('list')}</div>
      <span class="muted">${strings.plural('organisations', order.length)}</span>
    </div>
    ${context.place !== undefined
      ? html`<p class="place">${strings.plural('atPlace', context.place)}
          <button type="button" part="button" @click=${context.showAll}>${strings.t('showAll')}</button></p>`
      : nothing}
    <ul class="rows">${rows.map((i) => memberRow(i, context))}</ul>
    ${pager(strings, page, Math.ceil(order.length / LIST_PAGE_SIZE), context.goTo)}
  </div>`;
}

function memberRow(i: number, { points, strings, flagged, origin, select }: MemberListContext): TemplateResult {
  const member: MemberFeatureProperties = points.members[i]!;
  const { t, locale } = strings;
  const flag = flagged.get(member.id);
  const km = origin && distanceKm(origin, [points.coordinates[2 * i]!, points.coordinates[2 * i + 1]!]);
  return html`<li class="row" part="list-item" data-id=${member.id}>
    <button type="button" class="name" @click=${(e: Event) => select(member.id, e.currentTarget as HTMLElement)}>
      ${isolated(member.name)}${member.acronym ? html` <span class="muted">(${isolated(member.acronym)})</span>` : nothing}</button>
    ${flag ? html`<span class="badge flag" part="badge">${t(flag)}</span>` : nothing}
    <span class="where">${isolated(member.city)}, ${countryName(member.country, locale)}${km !== undefined
      ? html` · ${t('distance', { distance: Math.round(km).toLocaleString(locale) })}` : nothing}</span>
    <span class="muted">${member.focus.map((focus) => t(`focus.${focus}` as MemberMapKey)).join(' · ')}</span>
    <span class="muted">${t('updated', { date: formatDay(member.updatedAt, locale) })}</span>
  </li>`;
}
