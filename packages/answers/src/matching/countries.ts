/**
 * Country names in every supported language: the names `Intl.DisplayNames` gives for each EU
 * member state, plus each pack's adjectives and other common forms ("German", "Roumanie").
 * All languages' names are known whatever the message's language, since visitors mix them.
 */
import { EU_COUNTRIES } from '@thb/schema/enums';
import { countryName, foldText } from '@thb/text';
import type { LanguagePack } from '../language/language-pack.ts';
import { PhraseLexicon } from './phrase-lexicon.ts';

/** A lexicon of country names → ISO 3166-1 alpha-2 codes, forgiving one typo in long names. */
export function buildCountryLexicon(packs: readonly LanguagePack[]): PhraseLexicon<string> {
  const lexicon = new PhraseLexicon<string>(true);
  for (const pack of packs) {
    for (const code of EU_COUNTRIES) {
      const name = countryName(code, pack.code);
      if (name !== code) lexicon.add(foldText(name).split(' '), code);
    }
  }
  for (const pack of packs) {
    for (const [form, code] of Object.entries(pack.countryForms)) lexicon.add(foldText(form).split(' '), code);
  }
  return lexicon;
}

