/**
 * Checks and coverage of string catalogues in any part of the kit (widgets today; the portal,
 * the mails and the knowledge base as they move to the same format). A catalogue is English
 * plus one object per further language, keys `key.one` / `key.other` for plurals and `{name}`
 * placeholders; each language carries its review status. Pure data in, data out: the widgets'
 * test and `pnpm i18n:coverage` share it.
 *
 * @example catalogueProblems({ name: 'demo', english: { hi: 'Hello {name}' }, languages: { de: { hi: 'Hallo' } }, reviews: {} })
 */

/** How far a person has checked a language's strings. */
export type ReviewStatus =
  | { status: 'machine' }
  | { status: 'reviewed'; organisation: string; date: string };

/** A value that may stay as in English in some languages, and why (brand names, loanwords). */
export interface SameAsEnglish {
  key: string;
  languages: readonly string[];
  reason: string;
}

/** One catalogue with every language loaded. */
export interface CatalogueSource {
  /** Shown in reports, e.g. `widgets: event list`. */
  name: string;
  english: Readonly<Record<string, string>>;
  /** Every language other than English, by code (undefined: not started). */
  languages: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
  /** Review status by language; a language without one counts as `machine`. */
  reviews: Readonly<Record<string, ReviewStatus>>;
  sameAsEnglish?: readonly SameAsEnglish[];
}

/** One thing wrong with one key of one language. */
export interface CatalogueProblem {
  catalogue: string;
  language: string;
  key: string;
  problem: 'missing' | 'empty' | 'unexpected key' | 'placeholders differ' | 'same as English';
  detail?: string;
}

/** A language's coverage of one catalogue. */
export interface LanguageCoverage {
  language: string;
  translated: number;
  total: number;
  review: ReviewStatus;
}

const PLURAL_FORM = /^(.+)\.(zero|one|two|few|many|other)$/;

/** The placeholders of a template, sorted: `{count}`, `{name}`. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/** Whether a value has anything to translate beyond its placeholders and punctuation. */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
}

/**
 * The keys a language needs, each with the English text it translates: every plain key, and for
 * each counted string the plural categories of that language's `Intl.PluralRules`.
 * @example requiredKeys({ 'n.one': '{count} item', 'n.other': '{count} items' }, 'pl') // n.few, n.many, n.one, n.other
 */
export function requiredKeys(english: Readonly<Record<string, string>>, language: string): Map<string, string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const required = new Map<string, string>();
  for (const [key, text] of Object.entries(english)) {
    const plural = PLURAL_FORM.exec(key);
    if (!plural) {
      required.set(key, text);
      continue;
    }
    const base = plural[1]!;
    for (const category of categories) {
      const form = `${base}.${category}`;
      if (!required.has(form)) required.set(form, english[form] ?? english[`${base}.other`] ?? text);
    }
  }
  return required;
}

/**
 * Everything wrong with a catalogue: keys missing or unexpected per language, empty values,
 * placeholders other than English's, and values left in English where a translation belongs.
 */
export function catalogueProblems(source: CatalogueSource): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const [language, strings = {}] of Object.entries(source.languages)) {
    const required = requiredKeys(source.english, language);
    const report = (key: string, problem: CatalogueProblem['problem'], detail?: string) =>
      problems.push({ catalogue: source.name, language, key, problem, ...(detail ? { detail } : {}) });
    for (const key of Object.keys(strings)) if (!required.has(key)) report(key, 'unexpected key');
    for (const [key, english] of required) {
      const text = strings[key];
      if (text === undefined) report(key, 'missing');
      else if (text.trim() === '') report(key, 'empty');
      else {
        const [wanted, found] = [placeholdersOf(english), placeholdersOf(text)];
        if (wanted.join() !== found.join()) report(key, 'placeholders differ', `{${found.join('} {')}} instead of {${wanted.join('} {')}}`);
        if (text === english && hasWords(text) && !allowedSame(source, key, language)) report(key, 'same as English', text);
      }
    }
  }
  return problems;
}

function allowedSame(source: CatalogueSource, key: string, language: string): boolean {
  const base = PLURAL_FORM.exec(key)?.[1];
  return (source.sameAsEnglish ?? []).some((entry) => (entry.key === key || entry.key === base) && entry.languages.includes(language));
}

/**
 * Each language's coverage: the keys it needs that hold a translation (present, not empty, with
 * English's placeholders and not left in English), out of all it needs, with its review status.
 */
export function catalogueCoverage(source: CatalogueSource): LanguageCoverage[] {
  const problems = catalogueProblems(source);
  return Object.keys(source.languages).sort().map((language) => {
    const total = requiredKeys(source.english, language).size;
    const broken = new Set(problems.filter((p) => p.language === language && p.problem !== 'unexpected key').map((p) => p.key));
    return { language, translated: total - broken.size, total, review: source.reviews[language] ?? { status: 'machine' } };
  });
}
