/**
 * Text from the data, made safe to show. Unicode's explicit direction controls let a name
 * rearrange itself and its surroundings on screen: a right-to-left override turns
 * "\u202Efdp.exe" into what reads as "exe.pdf". Every element renders data text through these
 * helpers: controls are removed, and each value is its own bidi island (`<bdi>`), so an Arabic
 * or Hebrew name keeps its direction without reordering the words around it.
 */
import { html, type TemplateResult } from 'lit';

/** Embeddings, overrides and their terminator (U+202A–U+202E); isolates (U+2066–U+2069). */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Left-to-right, right-to-left and Arabic letter marks, in runs. */
const DIRECTION_MARKS = /[\u200E\u200F\u061C]+/g;
/**
 * Letters of the right-to-left scripts (Hebrew to Mandaic, their presentation forms, Adlam and
 * its neighbours), where a mark can be needed to place punctuation. Ranges, not `\p{Script=…}`:
 * this sits in the chunk every element loads.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{1E800}-\u{1EFFF}]/u;

/**
 * `value` without direction controls. Marks survive, one per run, only in text with
 * right-to-left letters: elsewhere they have no use but to nudge neighbouring punctuation.
 * @example plainText('\u202Efdp.exe') // 'fdp.exe'
 */
export function plainText(value: string): string {
  const text = value.replace(DIRECTION_CONTROLS, '');
  return RIGHT_TO_LEFT.test(text) ? text.replace(DIRECTION_MARKS, (run) => run.slice(-1)) : text.replace(DIRECTION_MARKS, '');
}

/**
 * Data text for a template: `plainText` inside a `<bdi>`, nothing for an empty value.
 * @example html`<span class="where">${isolated(member.city)}, ${country}</span>`
 */
export function isolated(value: string | undefined): TemplateResult | string {
  return value ? html`<bdi>${plainText(value)}</bdi>` : '';
}
