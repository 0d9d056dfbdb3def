/**
 * UI string catalogues. A catalogue is plain data keyed by language: adding Italian is adding
 * an `it` entry, no code. English is complete by type; any other language may be partial and
 * falls back to English key by key. Plurals use `key.one` / `key.other` (and `key.few`, … as
 * `Intl.PluralRules` needs), templates `{name}` placeholders.
 *
 * The widgets' catalogues hold English only and fill in the page's language on demand, one
 * module per language (`lazyCatalogue`), so that a page downloads its own language and no other.
 */
import { FALLBACK_LANGUAGE, type EuLanguage } from '@thb/schema/enums';
import { primaryLanguage } from '@thb/schema/localized';
import { numberFormat, pluralRules } from '@thb/text/intl';
import { fillTemplate } from '@thb/text/templates';
import { plainText } from './display-text.ts';

/** Strings of one element in every language it is translated into; English is required. */
export type Catalogue<K extends string> = { en: Record<K, string> } & Partial<Record<EuLanguage, Partial<Record<K, string>>>>;

/** The plural bases of a key set: `count` for `count.one` / `count.other`. */
type PluralBase<K extends string> = K extends `${infer Base}.${'one' | 'other'}` ? Base : never;

/**
 * One language's strings for the keys `K`: every plain key, and the plural forms that language
 * needs (the catalogue test checks them against `Intl.PluralRules`).
 */
export type Translation<K extends string> = { [Key in Exclude<K, `${PluralBase<K>}.${'one' | 'other'}`>]: string } & {
  [Key in `${PluralBase<K>}.${Intl.LDMLPluralRule}`]?: string;
};

/** Loads one language's strings: a dynamic `import()` of its module, which exports them as default. */
export type LanguageLoader<K extends string> = () => Promise<{ default: Partial<Record<K, string>> }>;

/** Part of a catalogue: English, and a loader for each further language. */
export interface CataloguePart<K extends string> {
  en: Record<K, string>;
  load: Partial<Record<EuLanguage, LanguageLoader<K>>>;
}

type PartKeys<P> = P extends { en: infer E } ? keyof E & string : never;

const loaders = new WeakMap<object, Partial<Record<string, () => Promise<Record<string, string>>>>>();
const loading = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * A catalogue of English and the languages of `parts` merged, each further language filled in
 * by `loadLanguage` when a page first asks for it. Until then it falls back to English.
 * @example const strings = lazyCatalogue({ en: { hi: 'Hello' }, load: { de: () => import('./strings/de.ts') } });
 */
export function lazyCatalogue<P extends CataloguePart<string>[]>(...parts: P): Catalogue<PartKeys<P[number]>> {
  const catalogue = { en: Object.assign({}, ...parts.map((part) => part.en)) as Record<string, string> };
  const languages = new Set(parts.flatMap((part) => Object.keys(part.load)));
  loaders.set(catalogue, Object.fromEntries([...languages].map((lang) => [lang, async () => {
    const loaded = await Promise.all(parts.map(async (part) => (await part.load[lang as EuLanguage]?.())?.default));
    return Object.assign({}, ...loaded);
  }])));
  return catalogue;
}

/**
 * Fills in the language of a tag such as `pl-PL`: a promise while its module loads, `undefined`
 * when there is nothing to wait for (loaded already, English, or a language not offered).
 * A failed load leaves English in place; a later call tries again.
 * @example await loadLanguage(eventListStrings, 'pl');
 */
export function loadLanguage(catalogue: Catalogue<string>, language: string): Promise<void> | undefined {
  const lang = primaryLanguage(language);
  const load = loaders.get(catalogue)?.[lang];
  if (!load || lang in catalogue) return undefined;
  let pending = loading.get(catalogue);
  if (!pending) loading.set(catalogue, (pending = new Map()));
  let promise = pending.get(lang);
  if (!promise) {
    promise = load().then(
      (strings) => {
        (catalogue as Record<string, object>)[lang] = strings;
        resolved.delete(catalogue);
      },
      () => undefined,
    ).finally(() => pending.delete(lang));
    pending.set(lang, promise);
  }
  return promise;
}

/** A catalogue resolved to one language, with helpers that know that language. */
export interface Strings<K extends string> {
  /** The catalogue language actually used (for the `lang` attribute of what is rendered). */
  lang: string;
  /**
   * The locale for `Intl` (dates, numbers, country and language names): the tag asked for
   * when its language is the catalogue's (`de-AT`, `en-US`), and for English without a region
   * `en-IE`, so that English pages get the EU's day-month-year and 24-hour clock.
   */
  locale: string;
  /** The string for a key, `{placeholders}` filled in. */
  t(key: K, values?: Record<string, string | number>): string;
  /** The plural form of `key` for `count` (`key.one`, `key.other`, …), with `{count}` filled in. */
  plural(key: string, count: number, values?: Record<string, string | number>): string;
}

/**
 * Resolves a catalogue for a language tag such as `de-AT`, falling back to English.
 * @example stringsFor({ en: { hi: 'Hello {name}' }, de: { hi: 'Hallo {name}' } }, 'de-AT').t('hi', { name: 'Ana' }) // 'Hallo Ana'
 */
export function stringsFor<K extends string>(catalogue: Catalogue<K>, language: string): Strings<K> {
  // Plural rules and number formats are costly to create: one resolved catalogue per language.
  let byLanguage = resolved.get(catalogue);
  if (!byLanguage) resolved.set(catalogue, (byLanguage = new Map()));
  let strings = byLanguage.get(language) as Strings<K> | undefined;
  if (!strings) byLanguage.set(language, (strings = resolve(catalogue, language)));
  return strings;
}

const resolved = new WeakMap<object, Map<string, Strings<string>>>();

function resolve<K extends string>(catalogue: Catalogue<K>, language: string): Strings<K> {
  const wanted = primaryLanguage(language);
  const lang = wanted in catalogue ? wanted : FALLBACK_LANGUAGE;
  const own = (catalogue as Record<string, Partial<Record<string, string>>>)[lang] ?? {};
  const english = catalogue.en as Record<string, string>;
  const lookup = (key: string) => own[key] ?? english[key] ?? key;
  const locale = intlLocale(language, lang);
  const rules = pluralRules(lang);
  const numbers = numberFormat(lang);
  const t = (key: string, values?: Record<string, string | number>) => fill(lookup(key), values);
  return {
    lang,
    locale,
    t,
    plural: (key, count, values) => {
      const form = `${key}.${rules.select(count)}`;
      const template = own[form] ?? own[`${key}.other`] ?? english[`${key}.${pluralRules('en').select(count)}`];
      return fill(template ?? key, { count: numbers.format(count), ...values });
    },
  };
}

/**
 * The `Intl` locale for a requested tag shown in catalogue language `lang`.
 * @example intlLocale('en', 'en') // 'en-IE'
 */
export function intlLocale(requested: string, lang: string): string {
  const tag = primaryLanguage(requested) === lang ? canonical(requested) : undefined;
  if (lang === FALLBACK_LANGUAGE && (!tag || tag === 'en')) return EU_ENGLISH;
  return tag ?? lang;
}

/** English with the EU's conventions: "3 December 2026", "14:30". */
const EU_ENGLISH = 'en-IE';

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Fills `{placeholders}`; values are often data (a publisher's name), so direction controls go. */
function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return fillTemplate(template, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, plainText(String(value))])));
}

/**
 * The values a catalogue names under a prefix, in catalogue order. Filters list their options
 * this way instead of importing the schema's constant arrays, which would all land in the
 * shared chunk; each catalogue proves with `satisfies` that it names every schema value.
 * @example valuesOf({ 'kind.webinar': 'Webinar', 'kind.training': 'Training', label: 'Events' }, 'kind.') // ['webinar', 'training']
 */
export function valuesOf(strings: object, prefix: string): string[] {
  return Object.keys(strings).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}
