/**
 * The MiniSearch index over all resources: one field per text and language (`title.de`,
 * `summary.fr`), so every field is stemmed with its own language's stemmer.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { EU_LANGUAGES, type Resource } from '@thb/schema';
import { indexTerms, phoneTerms, splitWords } from './analyzer.ts';

const TEXT_FIELDS = ['title', 'summary'] as const;

/** Every indexed field: titles and summaries per EU language, and hotline phone numbers. */
export const SEARCH_FIELDS = [
  ...EU_LANGUAGES.flatMap((language) => TEXT_FIELDS.map((field) => `${field}.${language}`)),
  'phone',
];

/** How much more a title match weighs than a summary match. */
export const TITLE_BOOST = 3;

/** A little extra weight for text in the visitor's language, so their translation ranks first. */
export const LANGUAGE_BOOST = 1.5;

/** The language of a field such as `title.de`. */
function fieldLanguage(fieldName: string | undefined): string {
  return fieldName?.split('.')[1] ?? '';
}

/** The value of a field of a resource. */
function extractField(resource: Resource, fieldName: string): string | undefined {
  if (fieldName === 'id') return resource.id;
  if (fieldName === 'phone') return resource.hotline?.phone;
  const [field, language] = fieldName.split('.') as ['title' | 'summary', keyof Resource['title']];
  return resource[field][language];
}

/**
 * A fresh, empty index; queries pass already-processed terms, hence the identity functions.
 * Every indexed term is also counted in `vocabulary` (occurrences, about its postings), so a
 * query can tell known words from typos and what a prefix would cost before expanding it.
 */
export function createResourceIndex(vocabulary: Map<string, number> = new Map()): MiniSearch<Resource> {
  return new MiniSearch<Resource>({
    fields: SEARCH_FIELDS,
    storeFields: [],
    extractField,
    tokenize: (text, fieldName) => (fieldName === 'phone' ? phoneTerms(text) : splitWords(text)),
    processTerm: (term, fieldName) => {
      if (fieldName === undefined) return term;
      const terms = fieldName === 'phone' ? [term] : indexTerms(term, fieldLanguage(fieldName));
      if (!terms) return null;
      for (const indexed of terms) vocabulary.set(indexed, (vocabulary.get(indexed) ?? 0) + 1);
      return [...terms];
    },
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
}

/**
 * Builds the index over all resources; adding them in id order makes scores reproducible.
 * It adds them in chunks and yields in between, so a server keeps answering other requests
 * during the seconds a large index takes.
 */
export async function buildResourceIndex(
  resources: readonly Resource[],
): Promise<{ index: MiniSearch<Resource>; vocabulary: Map<string, number> }> {
  const vocabulary = new Map<string, number>();
  const index = createResourceIndex(vocabulary);
  await index.addAllAsync([...resources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), { chunkSize: 500 });
  return { index, vocabulary };
}

/**
 * Search options: boosts, and at most two typos per word. Each query word says itself whether
 * it is matched as a prefix and with typos (see `query-limits.ts`).
 */
export function searchOptions(language: string): SearchOptions {
  const boost: Record<string, number> = {};
  for (const field of SEARCH_FIELDS) {
    const weight = (field.startsWith('title.') ? TITLE_BOOST : 1) * (fieldLanguage(field) === language ? LANGUAGE_BOOST : 1);
    if (weight !== 1) boost[field] = weight;
  }
  return {
    boost,
    prefix: false,
    fuzzy: false,
    maxFuzzy: 2,
  };
}
