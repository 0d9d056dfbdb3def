/**
 * What a read resolves once, before routing: the data version, the language of localised
 * fields and the response-cache key. The read-cache middleware makes it; handlers take it
 * through {@link readContext}, so `lang` and `Accept-Language` are read in one place only.
 */
import type { Context } from 'hono';
import { isEuLanguage, type EuLanguage } from '@thb/schema';
import { languageFromHeader } from './language.ts';
import type { AppDeps, AppEnv } from './types.ts';

/** The read context of a request. */
export interface ReadContext {
  /** The store's data version when the request arrived. */
  version: number;
  /** The language localised fields are resolved to: `?lang=`, else `Accept-Language`, else English. */
  language: EuLanguage;
  /** Whether `Accept-Language` chose the language (the response then varies by that header). */
  languageNegotiated: boolean;
  /**
   * The response-cache key: the raw path and query, which the middleware has before any
   * validation, plus {@link language}. (The ETag is derived from the validated, canonical query
   * and the same language, so a different parameter order is another cache entry with one tag.)
   */
  cacheKey: string;
}

// Most reads have no `lang`: the URL is parsed only when it names one.
const LANG_PARAM = /[?&]lang=/;

/**
 * The language of a read: a valid `?lang=` (an invalid one gets a 400 from the route's
 * validator later), else the best match for `Accept-Language`.
 * @example readLanguage(new Request('https://api.example/v1/members?lang=de')) // { language: 'de', negotiated: false }
 */
export function readLanguage(request: Request): { language: EuLanguage; negotiated: boolean } {
  const param = LANG_PARAM.test(request.url) ? new URL(request.url).searchParams.get('lang') : null;
  if (param !== null && isEuLanguage(param)) return { language: param, negotiated: false };
  return { language: languageFromHeader(request.headers.get('accept-language')), negotiated: true };
}

/**
 * The response-cache key of a read in a language.
 * @example readCacheKey(new Request('https://api.example/v1/members?country=DE'), 'en') // '/v1/members?country=DE\nen'
 */
export function readCacheKey(request: Request, language: EuLanguage = readLanguage(request).language): string {
  const url = request.url;
  return `${url.slice(url.indexOf('/', url.indexOf('//') + 2))}\n${language}`;
}

/** Resolves the read context of a request: one version lookup, one language negotiation. */
export async function beginRead(request: Request, deps: AppDeps): Promise<ReadContext> {
  const version = await (deps.dataVersion ? deps.dataVersion() : deps.store.dataVersion());
  const { language, negotiated } = readLanguage(request);
  return { version, language, languageNegotiated: negotiated, cacheKey: readCacheKey(request, language) };
}

/**
 * The read context the middleware made for this request (made here if a router runs without it).
 * @example const { language } = await readContext(c, deps);
 */
export async function readContext(c: Context<AppEnv>, deps: AppDeps): Promise<ReadContext> {
  let read = c.get('read');
  if (!read) {
    read = await beginRead(c.req.raw, deps);
    c.set('read', read);
  }
  return read;
}
