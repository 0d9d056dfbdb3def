/**
 * The entry's requests: the member in each description language with its ETag, its history,
 * and the save (`PATCH` as a JSON merge patch with `If-Match`). Reads skip the browser's
 * cache (`no-cache`, revalidated by ETag): the API lets public reads be kept for a minute, and
 * an editor must see the version they are about to overwrite.
 */
import type { MemberView } from '@thb/schema';
import { DESCRIPTION_LANGUAGES, type DescriptionLanguage } from './entry-draft.ts';

/** A refused or failed request: the status (0: no answer), the API's `detail` and its field errors. */
export class EntryProblem extends Error {
  constructor(readonly status: number, detail: string, readonly fields: { name: string; message: string }[] = []) {
    super(detail);
  }
}

/** One row of the entry's history (`GET /v1/members/{id}/history`). */
export interface HistoryEntry {
  id: string;
  at: string;
  actorLabel: string;
  kind: string;
  recordId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The member as loaded: the read view, its description per language ('' where none), and the ETag. */
export interface LoadedEntry {
  member: MemberView;
  descriptions: Record<DescriptionLanguage, string>;
  etag: string;
}

/** The answer to a save (`MemberWriteResult`). */
export interface SaveAnswer {
  item: MemberView;
  pendingReview: string[];
  etag: string;
}

async function send<T>(path: string, init: RequestInit = {}): Promise<{ body: T; etag: string | null }> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', cache: 'no-cache', ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new EntryProblem(0, '');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: { name?: string; message?: string }[] };
    const fields = (problem.errors ?? []).map((e) => ({ name: e.name ?? '', message: e.message ?? '' }));
    throw new EntryProblem(response.status, problem.detail ?? problem.title ?? String(response.status), fields);
  }
  return { body: (await response.json()) as T, etag: response.headers.get('etag') };
}

const memberPath = (id: string) => `/v1/members/${encodeURIComponent(id)}`;

/**
 * The member in English, German and French. The read API resolves the description to one
 * language and falls back to English, so a text equal to the English one counts as "none".
 */
export async function loadEntry(id: string): Promise<LoadedEntry> {
  const [english, ...others] = await Promise.all(DESCRIPTION_LANGUAGES.map((lang) => send<MemberView>(`${memberPath(id)}?lang=${lang}`)));
  const descriptions = { en: english!.body.description } as Record<DescriptionLanguage, string>;
  DESCRIPTION_LANGUAGES.slice(1).forEach((lang, index) => {
    const text = others[index]!.body.description;
    descriptions[lang] = text === descriptions.en ? '' : text;
  });
  return { member: english!.body, descriptions, etag: english!.etag ?? '*' };
}

/** The entry's own rows of its organisation's history, newest first. */
export async function loadHistory(id: string): Promise<HistoryEntry[]> {
  const { body } = await send<{ items: HistoryEntry[] }>(`${memberPath(id)}/history?pageSize=100`);
  return body.items.filter((entry) => entry.kind === 'members' && entry.recordId === id);
}

/** Saves a merge patch against the version `etag` names. */
export async function saveEntry(id: string, patch: Record<string, unknown>, etag: string): Promise<SaveAnswer> {
  const { body, etag: next } = await send<{ item: MemberView; pendingReview: string[] }>(memberPath(id), {
    method: 'PATCH', body: JSON.stringify(patch), headers: { 'content-type': 'application/merge-patch+json', 'if-match': etag },
  });
  return { ...body, etag: next ?? '*' };
}
