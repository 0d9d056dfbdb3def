/** French emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|m|moi|nous|ma|mon|mes|je|j|on|ami|amie|copine|copain|soeur|frère|fille|fils|mère|femme|enfant|suis|sommes';

export const fr: EmergencyPack = {
  rules: [
    `enferm*|séquestr*|kidnapp*|enlevé|enlevée|enlevés|otage|prisonnier|prisonnière|attaché|attachée|coincé|coincée ${P}`,
    'au_secours|à_l_aide|contre_ma_volonté|contre_mon_gré|contre_notre_volonté|contre_sa_volonté|danger_de_mort|en_danger',
    `frap*|battu*|battent|tabass*|viol|violée|violé|violer|violent|tuer|tue|tuera|tueront|menac*|étrangl*|poignard*|agress*|cogn*|blessé*|brutalis*|maltrait* ${P}|maintenant|moment`,
    'aide|aidez|aider|aidez_moi|secours vite|urgent|urgence|maintenant|immédiatement|tout_de_suite',
    '=aide|aidez|aidez_moi|aide_moi|secours|sos|urgence|police',
    'fait_mal|font_mal me|m|nous',
    'danger je|suis|sommes|nous|moi|ma|mon|grand|vie',
    'urgence|sos moi|je|j|nous|aidez|aide|svp|vite',
    '~laisse|laissent|laisser|laissez partir|sortir|aller|fuir',
    '~peux|peut|pouvons|pouvez|arrive|arrivons pas|plus sortir|partir|fuir|enfuir|échapper|quitter',
    'retien*|retenu*|retenue* me|m|nous|force|contre',
    'suis_retenu*|sommes_retenu*|est_retenu*',
    '~passeport|passeports|papiers pris|prend|prennent|confisqu*|volé*|caché*',
    '~documents|pièce_d_identité confisqu*|volé*|pris',
    'arme|couteau|pistolet|fusil il|elle|ils|a|avec|me|nous',
    'mourir veux|vais|voudrais|envie',
    'suicid* je|j|me|veux|vais',
    '~me_forcent|me_force|m_obligent|m_oblige|nous_forcent|nous_obligent|est_forcée|est_forcé|suis_forcée|suis_forcé|est_obligée',
    '~peur il|elle|ils|tuer|trouver|revienne|revient',
    '~suit|suivent|suivie|poursuit me|m|nous',
    'venez vite|police',
    'venez_m_aider|venez_nous_aider|appelez_la_police',
    '~tel|téléphone|portable pris|confisqué',
    'font_du_mal|fait_du_mal|lui_font_mal|me_font_mal',
    'garde|gardent|tient|tiennent|retien* de_force',
  ],
  advice: 'qui|quoi|comment|traite|est_ce|indice|signe|signes|dois',
  filler: 's il vous plait te plait svp vite',
  strings: {
    call: 'Appeler le 112',
    text: "Appelez le 112 maintenant. C'est gratuit et fonctionne depuis n'importe quel téléphone. Si vous le pouvez, allez dans un endroit sûr.",
    victimSupport: 'Aide aux victimes',
    missingChildren: 'Enfants disparus',
  },
};
