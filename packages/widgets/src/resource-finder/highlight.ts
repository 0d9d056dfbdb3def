/**
 * Marks the words of a search in a text without ever producing markup: the text is split
 * into parts and the caller renders each part through a Lit binding (`<mark>` around
 * matches), so a title containing `<script>` stays a title.
 */

/** A run of text and whether it matched the search. */
export interface TextPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: `Économie` → `economie`, as the API's search folds them. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The prefixes a search matches: each word of three letters or more, cut back towards its
 * stem (the API stems and tolerates typos, so "trafficking" also finds "trafficked").
 * @example searchStems('Child trafficking!') // ['child', 'traffick']
 */
export function searchStems(query: string): string[] {
  const words = fold(query).match(WORD) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3).map((w) => (w.length <= 5 ? w : w.slice(0, Math.max(5, w.length - 3)))))];
}

/**
 * Splits `text` into matching and non-matching parts.
 * @example highlightParts('Victims of trafficking', searchStems('victim')) // [{ text: 'Victims', match: true }, { text: ' of trafficking', match: false }]
 */
export function highlightParts(text: string, stems: readonly string[]): TextPart[] {
  if (stems.length === 0 || !text) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const word = fold(found[0]);
    if (!stems.some((stem) => word.startsWith(stem))) continue;
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
