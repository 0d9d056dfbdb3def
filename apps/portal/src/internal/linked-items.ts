/**
 * The events and resources an announcement links to, read from the public API in the reader's
 * language: a title, when (for an event) and where to go (a resource's address, an event's
 * registration or online link; http(s) only). An item no longer public keeps its id as title.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { httpHref } from './plain-text.ts';

/** One linked item as shown. */
export interface LinkedItem {
  kind: 'event' | 'resource';
  id: string;
  title: string;
  href: string | undefined;
  startsAt?: string | undefined;
}

interface EventRead { title: string; startsAt?: string; registrationUrl?: string; onlineUrl?: string }
interface ResourceRead { title: string; url?: string }

const cache = new Map<string, Promise<LinkedItem>>();

async function read<T>(path: string): Promise<T | undefined> {
  try {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** One item, read once per page and language. */
export function linkedItem(kind: 'event' | 'resource', id: string, lang: string): Promise<LinkedItem> {
  const key = `${kind}:${id}:${lang}`;
  let item = cache.get(key);
  if (!item) {
    const path = `/v1/${kind}s/${encodeURIComponent(id)}?lang=${encodeURIComponent(lang)}`;
    item = kind === 'event'
      ? read<EventRead>(path).then((e) => ({ kind, id, title: e?.title ?? id, href: httpHref(e?.registrationUrl ?? e?.onlineUrl ?? ''), startsAt: e?.startsAt }))
      : read<ResourceRead>(path).then((r) => ({ kind, id, title: r?.title ?? id, href: httpHref(r?.url ?? '') }));
    cache.set(key, item);
  }
  return item;
}

/** The events, then the resources, in the order given. */
export function linkedItems(eventIds: readonly string[], resourceIds: readonly string[], lang: string): Promise<LinkedItem[]> {
  return Promise.all([...eventIds.map((id) => linkedItem('event', id, lang)), ...resourceIds.map((id) => linkedItem('resource', id, lang))]);
}

/** The items as a list: "Event: title (date)" and "Resource: title", linked where they lead somewhere. */
export function linkedItemList(items: readonly LinkedItem[], lang: string, label: (kind: 'event' | 'resource', title: string) => string): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  return html`<ul class="linked">${items.map((item) => {
    const text = label(item.kind, item.title);
    const when = item.startsAt ? html` <span class="muted">(<time datetime=${item.startsAt}>${day.format(new Date(item.startsAt))}</time>)</span>` : nothing;
    return html`<li>${item.href ? html`<a href=${item.href} rel="noopener noreferrer">${text}</a>` : text}${when}</li>`;
  })}</ul>`;
}
