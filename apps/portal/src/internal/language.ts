/**
 * The portal's language: the one picked (kept in localStorage), else the browser's first
 * language the portal speaks (Accept-Language comes from the same list), else English. It is
 * written to `<html lang>`, which every THB element follows.
 */
import { PORTAL_LANGUAGES } from '../strings/catalogue.ts';

const KEY = 'thb-portal-lang';
const SPOKEN: readonly string[] = PORTAL_LANGUAGES.map((language) => language.code);

/** The language to show on load. */
export function initialLanguage(): string {
  const picked = localStorage.getItem(KEY);
  if (picked && SPOKEN.includes(picked)) return picked;
  for (const tag of navigator.languages) {
    const code = tag.split('-')[0]!.toLowerCase();
    if (SPOKEN.includes(code)) return code;
  }
  return 'en';
}

/** Switches the page to a language and remembers the choice. */
export function useLanguage(code: string, remember: boolean): void {
  if (remember) localStorage.setItem(KEY, code);
  document.documentElement.lang = code;
}
