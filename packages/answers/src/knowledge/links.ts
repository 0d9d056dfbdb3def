/**
 * The links answers offer. Only pages whose address is certain to stay: the Commission's
 * anti-trafficking pages and EUR-Lex's permanent ELI addresses of the directives.
 */
import type { AnswerLink } from '@thb/schema';

/** The European Commission's anti-trafficking site ("Together against trafficking in human beings"). */
export const COMMISSION_ANTI_TRAFFICKING: AnswerLink = {
  url: 'https://home-affairs.ec.europa.eu/policies/internal-security/organised-crime-and-human-trafficking/together-against-trafficking-human-beings_en',
  label: {
    en: 'European Commission: Together against trafficking in human beings',
    de: 'Europäische Kommission: Gemeinsam gegen Menschenhandel',
    fr: 'Commission européenne : Ensemble contre la traite des êtres humains',
  },
};

/** Directive 2011/36/EU on EUR-Lex. */
export const DIRECTIVE_2011_36: AnswerLink = {
  url: 'https://eur-lex.europa.eu/eli/dir/2011/36/oj',
  label: {
    en: 'Directive 2011/36/EU (EUR-Lex)',
    de: 'Richtlinie 2011/36/EU (EUR-Lex)',
    fr: 'Directive 2011/36/UE (EUR-Lex)',
  },
};

/** Directive (EU) 2024/1712 amending it, on EUR-Lex. */
export const DIRECTIVE_2024_1712: AnswerLink = {
  url: 'https://eur-lex.europa.eu/eli/dir/2024/1712/oj',
  label: {
    en: 'Directive (EU) 2024/1712 (EUR-Lex)',
    de: 'Richtlinie (EU) 2024/1712 (EUR-Lex)',
    fr: 'Directive (UE) 2024/1712 (EUR-Lex)',
  },
};

/** Directive 2004/81/EC on residence permits for victims, on EUR-Lex. */
export const DIRECTIVE_2004_81: AnswerLink = {
  url: 'https://eur-lex.europa.eu/eli/dir/2004/81/oj',
  label: {
    en: 'Directive 2004/81/EC on residence permits (EUR-Lex)',
    de: 'Richtlinie 2004/81/EG über Aufenthaltstitel (EUR-Lex)',
    fr: 'Directive 2004/81/CE sur les titres de séjour (EUR-Lex)',
  },
};
