/** The fields the records screen edits per kind, and the merge patch they make. */
import { html, type TemplateResult } from 'lit';

export type RecordKind = 'members' | 'resources' | 'events';

/** A record as the public read API lists it (its texts in one language). */
export interface RecordRow {
  id: string;
  name?: string;
  title?: string;
  acronym?: string;
  city?: string;
  country?: string;
  website?: string;
  url?: string;
  /** What this screen knows of its status (the public lists hold only published ones). */
  status: string;
}

const FIELDS: Record<RecordKind, readonly (keyof RecordRow)[]> = {
  members: ['name', 'acronym', 'city', 'country', 'website'],
  resources: ['title', 'url'],
  events: ['title'],
};

/** The record's name or title. */
export const rowName = (row: RecordRow) => row.name ?? row.title ?? row.id;

/** The edit form's fields. */
export function editFields(kind: RecordKind, row: RecordRow, label: (field: string) => string): TemplateResult[] {
  return FIELDS[kind].map((field) => html`<label>${label(field)}<input name=${field} .value=${String(row[field] ?? '')}
    ?required=${field !== 'acronym' && field !== 'website'} type=${field === 'website' || field === 'url' ? 'url' : 'text'}></label>`);
}

/** The JSON merge patch of what changed (texts of resources and events in English). */
export function editPatch(kind: RecordKind, row: RecordRow, form: HTMLFormElement): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of FIELDS[kind]) {
    const value = (form.elements.namedItem(field) as HTMLInputElement).value.trim();
    if (value === String(row[field] ?? '')) continue;
    const stored = field === 'country' ? value.toUpperCase() : value;
    patch[field] = field === 'title' ? { en: stored } : stored === '' ? null : stored;
  }
  return patch;
}
