/** `Accept-Language` negotiation among the EU languages, memoised (see `readLanguage` for `?lang=`). */
import { EU_LANGUAGES, FALLBACK_LANGUAGE, negotiateLanguage, type EuLanguage } from '@thb/schema';

// Browsers send a handful of distinct headers; remembering them saves parsing on every request.
const negotiated = new Map<string, EuLanguage>();
const MEMO_LIMIT = 512;

/**
 * The best EU language for an `Accept-Language` header, English without one.
 * @example languageFromHeader('de-AT,de;q=0.9,en;q=0.5') // 'de'
 */
export function languageFromHeader(header: string | null | undefined): EuLanguage {
  if (!header) return FALLBACK_LANGUAGE;
  let language = negotiated.get(header);
  if (language === undefined) {
    language = negotiateLanguage(header, EU_LANGUAGES);
    if (negotiated.size >= MEMO_LIMIT) negotiated.clear();
    negotiated.set(header, language);
  }
  return language;
}
