/**
 * UI string catalogues. A catalogue is plain data keyed by language: adding Italian is adding
 * an `it` entry, no code. English is complete by type; any other language may be partial and
 * falls back to English key by key. Plurals use `key.one` / `key.other` (and `key.few`, … as
 * `Intl.PluralRules` needs), templates `{name}` placeholders.
 */
import { FALLBACK_LANGUAGE, type EuLanguage } from '@thb/schema/enums';
import { primaryLanguage } from '@thb/schema/localized';
import { numberFormat, pluralRules } from '@thb/text/intl';
import { fillTemplate } from '@thb/text/templates';
import { plainText } from './display-text.ts';

/** Strings of one element in every language it is translated into; English is required. */
export type Catalogue<K extends string> = { en: Record<K, string> } & Partial<Record<EuLanguage, Partial<Record<K, string>>>>;

/** A catalogue resolved to one language, with helpers that know that language. */
export interface Strings<K extends string> {
  /** The catalogue language actually used (for the `lang` attribute of what is rendered). */
  lang: string;
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
  const rules = pluralRules(lang);
  const numbers = numberFormat(lang);
  const t = (key: string, values?: Record<string, string | number>) => fill(lookup(key), values);
  return {
    lang,
    t,
    plural: (key, count, values) => {
      const form = `${key}.${rules.select(count)}`;
      const template = own[form] ?? own[`${key}.other`] ?? english[`${key}.${pluralRules('en').select(count)}`];
      return fill(template ?? key, { count: numbers.format(count), ...values });
    },
  };
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
