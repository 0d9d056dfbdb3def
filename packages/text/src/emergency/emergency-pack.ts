/**
 * The shape of one language's entry in the shared emergency phrase table (`rules/<code>.ts`).
 * Rules are strings in a small notation, so that a native speaker can read and correct them
 * without knowing TypeScript, and so that 24 languages fit the chat widget's size budget.
 *
 * Notation of a rule (all words are compared folded: lower case, no accents, so write them
 * with their accents for readability):
 * - groups are separated by spaces, and every group must be found in the message, within a
 *   few words of each other: `hit*|beat* me|us` needs a word of each group;
 * - alternatives inside a group are separated by `|`;
 * - `word*` matches every word starting with `word` (inflections: `beat*` → beats, beaten);
 * - `in_danger` is a phrase: those words one after the other (each may end in `*`);
 * - `word!` matches only exactly; other words of eight letters or more forgive one typo;
 * - a rule starting with `~` is weak: it does not count when the message also has one of the
 *   pack's `advice` words ("who can help", "is that trafficking"), since someone who asks for
 *   advice about a taken passport needs the support answer, not 112;
 * - the words of a pack's `calm` phrases ("not in danger") match no rule at all;
 * - a rule starting with `?` is silenced only by the pack's `ask` words, those of a question about
 *   the subject ("how do I report", "signs of"): for harm to someone else, where "what do I do"
 *   still needs 112 but "how do I report that my neighbour is locked in" does not (`ask` words
 *   silence `~` rules too);
 * - a rule starting with `=` applies only to short messages (two words at most, not
 *   counting the pack's `filler` words such as "please"): a bare cry like "help!" or "aiuto";
 * - the pack's `except` phrases hide their words from its rules: "locked out of my account"
 *   or "not in danger" say the opposite of what their words say alone.
 */

/** The short texts of the emergency answer in one language (numbers added by the caller). */
export interface EmergencyStrings {
  /** The label of the big `tel:112` button ("Call 112"). */
  call: string;
  /** One or two short sentences: call 112 now, it is free, from any phone; if you can, go somewhere safe. */
  text: string;
  /** The name of the victim support line 116 006 (shown only where it runs). */
  victimSupport: string;
  /** The name of the missing children line 116 000 (runs in every EU state). */
  missingChildren: string;
}

/** One language's emergency rules and answer strings. */
export interface EmergencyPack {
  /** Patterns of messages from someone in danger now (see the notation above). */
  rules: readonly string[];
  /** Words or phrases (`a|b_c`) of someone asking for advice, which silence weak (`~`) rules. */
  advice?: string;
  /**
   * Phrases (`a|b_c`) in which this language's rule words lose their emergency sense
   * ("locked_out", "not_in_danger", "in_danger_of"): their words match none of its rules.
   */
  except?: string;
  /**
   * Phrases (`a|b_c`) that use danger words harmlessly: someone saying they are not in danger
   * ("pas_en_danger"), locked out of an account ("lukittu_ulos"). The words they cover match no
   * rule (of any language, since one language's words can fold into another's), so "I am not in
   * danger now but…" is no emergency, while a danger named elsewhere in the message still is.
   */
  calm?: string;
  /** Words or phrases of a question about the subject (report, signs, rights), which silence `?` and `~` rules. */
  ask?: string;
  /** Words not counted when deciding whether a message is short ("please", "s'il vous plaît"). */
  filler?: string;
  strings: EmergencyStrings;
}
