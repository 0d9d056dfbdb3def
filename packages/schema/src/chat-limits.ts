/**
 * The chat protocol's limits as plain constants, with no zod in them, so that `<thb-chat>`
 * and `@thb/client` check a message exactly as the API will (`@thb/schema/chat-limits`)
 * without paying for a validator in the browser bundle.
 */

/** The longest message the chat accepts, in UTF-16 code units (what `maxlength` counts). */
export const CHAT_MAX_LENGTH = 1000;

/**
 * What the API accepts as a chat `locale`: a BCP 47-shaped language tag such as `de`, `fr-BE`
 * or `sr-Latn-RS` (`_` tolerated, as browsers and CMSs sometimes write it).
 * @example LOCALE_PATTERN.test('fr-BE') // true
 */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
