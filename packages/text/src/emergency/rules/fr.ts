/**
 * French emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine, so that a phrasing
 * nobody wrote down yet is still caught. People in danger type without accents, without "ne".
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word, "is/are". */
const WHO = 'me|m|moi|nous|ma|mon|mes|je|j|jsuis|chuis|on|t|te|se|sa|son|ses|lui|leur|suis|sommes|est|sont'
  + '|jai|ami|amie|copine|copain|soeur|frère|fille|filles|fils|mère|femme|enfant*|bébé|gamin*|cousin*|voisin*|collègue!|collègues!|coloc*|mont|ouvrier*|travailleu*';
/** Held: shut in, kept, tied up, caught (participles and present forms). */
const HELD = 'enferm*|séquestré*!|séquestrent|kidnapp*|enlevé|enlevée|enlevés|enlevées|enlèvent|otage*|prisonni*|captive*|captif*'
  + '|attaché|attachée|attachés|ligoté*|enchaîn*|coincé*|piégé*|retenu*|retiennent|cloîtré*|emmuré*|bouclé*';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'frap*|battu*|bat|battent|tabass*|cogn*|tape|tapent|gifl*|baff*|viole|violent|violés|violer|violée*'
  + '|tuer|tue|tuent|tuera|tueront|tuée|menacé*|étrangl*|étouff*|poignard*|agressé*!|blessé*|brutalis*'
  + '|maltraitent|maltraite|brûlé*|saign*|égorg*|torturent|torture|abusent|abuse|cogné*|massacr*|noyer|noie|défonc*|buter|crever';

export const fr: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}`,
    '?au_secours|ausecour*',
    'aider_moi|aidé_moi|aider_nous|à_l_aide|a_laide|sauvez_moi|sauve_moi|sauvez_nous|sauvez_la|sauvez_le|pris_au_piège|prise_au_piège|contre_ma_volonté|contre_mon_gré|contre_notre_volonté|contre_sa_volonté|danger_de_mort|en_danger|en_péril',
    `${HURT} me|m|moi|nous|je|j|jsuis|chuis|suis|sommes|jai|on|maintenant|moment|encore|dessus|en_train`,
    `?${HURT} ${WHO}`,
    'coups|coup_de_pied|coups_de_pied|coup_de_poing|roué|rouée|claques|gifles m|me|nous|donne|donnent|prend|prends',
    'aide|aidez|aider|aidez_moi|secours vite|pitié|supplie|urgent|urgence|maintenant|immédiatement|tout_de_suite',
    '=aide|aidez|aidezz*|aidee*|aidez_moi|aide_moi|aidezmoi*|aidemoi*|secour*|sos|urgence|police|flics',
    'fait_mal|font_mal|fait_du_mal me|m|nous|lui|leur|la|ont|a',
    'danger je|suis|sommes|nous|moi|ma|mon|grand|vie|fille|fils|enfant*|soeur|amie',
    'urgence|sos|help moi|je|j|nous|aidez|aide|svp|vite|il|elle|ils',
    'appelez|prévenez|appelle police|flics|gendarmes|secours|17|112|ambulance|samu|pompiers',
    '~laisse|laissent|laisser|laissez partir|sortir|aller|fuir|rentrer',
    '~peux|peut|pouvons|pouvez|arrive|arrivons|jpeux|jpeu pas|pa|plus sortir|partir|fuir|enfuir|échapper|quitter|rentrer_chez_moi|rentrer_chez_nous|rentrer_à_la_maison|retourner_chez_moi',
    'retien*|retenu* me|m|nous|force|contre',
    '~passeport*|papiers|documents|pièce_d_identité|carte_d_identité|portable|téléphone|tel pris|prend|prennent|confisqu*|volé*|caché*',
    'arme|couteau|pistolet|fusil|flingue|revolver|lame il|elle|ils|a|avec|me|nous|vise|pointe',
    'mourir veux|vais|voudrais|envie',
    'suicid* je|j|me|veux|vais',
    '~me_forcent|me_force|m_a_forc*|m_ont_forc*|nous_ont_forc*|m_obligent|m_oblige|la_forcent|la_force|le_forcent|l_obligent|les_forcent|nous_forcent|nous_obligent|nous_oblige|est_forcée|est_forcé|suis_forcée|suis_forcé|est_obligée|suis_obligée',
    '~forcent|force|obligent|oblige|font|fait coucher|sexe|prostitu*|clients|passe|passes|trottoir',
    '~peur il|elle|ils|tuer|trouver|revienne|revient|terrorisé*',
    '~suit|suivent|suivie|suivi|poursuit|poursuivent|poursuivie me|m|nous',
    'm_ont_retrouvé*|m_a_retrouvé*|nous_ont_retrouvé*|l_ont_retrouvé*',
    'venez vite|police|aider|supplie',
    'venez_m_aider|venez_nous_aider|appelez_la_police',
    'font_du_mal|fait_du_mal|lui_font_mal|me_font_mal',
    'garde|gardent|tient|tiennent|touche|touchent|retien* de_force|enfermé*|prisonni*',
    `?emmen*|embarqu*|mis|mise|mettent|jeté*|poussé*|monter|traîné* camionnette|camion|fourgon*|van|coffre|voiture ${WHO}`,
    'vendue|vendues|vendu|vendus m|nous|ma|mon|fille|soeur homme|hommes|réseau|mec|type|proxénète|bordel|maquereau',
    'échappé*|enfui*|sauvé*|évadé* cache|cachée|planque*|cherchent',
    'je_me_cache|on_se_cache|nous_nous_cachons|suis_cachée|suis_caché',
    'bloqué*|coincé*|bloké* ici|dedans|maison|chambre|appart*|cave|sortir|camion|chez',
    'respire|respirer pas|plus|peux|arrive',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'peur_pour_ma_vie|peur_pour_mes_enfants|peur_pour_sa_vie|peur_de_mourir|va_me_faire_la_peau|faire_la_peau|me_buter|me_crever',
    '~cherchent|cherche|recherchent|poursuivent me|m|nous|partout',
    'm_ont_vendu*|nous_ont_vendu*|m_a_vendu*|l_ont_vendu*|on_m_a_vendu*|suis_vendu*|me_vend*|nous_vend*|la_vend*',
    '~surveill* me|m|nous|tout_le_temps|sans_arrêt|jour',
    'surveill* porte|sortie',
    '~pas_libre|plus_libre de|partir|sortir|aller',
    // The body: what was done to it, said the way one reports it.
    'cassé|cassée|pété|fracturé bras|jambe|nez|côte|côtes|dents|mâchoire|poignet|doigt|doigts',
    'tête|visage sous_l_eau|dans_l_eau|contre_le_mur',
    'cheveux tient|tire|traîne|attrape',
    'traîne|tire me|m|nous|par_terre',
    'm_a_drogu*|m_ont_drogu*|nous_ont_drogu*|on_m_a_drogu*|drogué_mon|drogué_ma',
    '~agressé*|violenté*|abusé*|touché* sexuellement',
    'sang partout|beaucoup|coule|plein',
    'court|courent|couru après me|m|nous|moi',
    'défonc*|cass*|enfonc* porte',
    '~sais_pas_où_je_suis|sais_plus_où_je_suis|sais_pas_où_on_est|sais_pas_où_nous_sommes',
    '?disparu|disparue|disparus peur|pleure|menace*|emmené*|forcé*|écrit|message|appelé',
    '~derrière_la_porte|devant_la_porte|devant_chez_moi|sous_ma_fenêtre il|ils|est|sont|attend|attendent|crie',
    '~reviennent|revient|revenir|rentre peur|tuer|frapper|ce_soir|cette_nuit',
    '~font|fait|obligent|forcent travailler|mendier|voler sans|nuit|battent|frappent|enferment|payer|dorment nous|me|m|on|lui|leur',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'coffre je|suis|sommes|dans|enfermé*',
    'attaché*|ligoté*|menotté* mains|poignets|pieds',
    'poussé*|jeté*|balancé* escaliers|escalier|fenêtre|mur|par_terre',
    'veulent|veut|voudraient|prendre rein|organe*',
    'jetée|jeté|sauté fenêtre',
    '~échappé*|sauvé*|enfui* voiture|camion|camionnette|fourgon',
    'fermée|fermé|verrouillée|verrouillé de_dehors|de_l_extérieur|à_clé_de_dehors',
    '?conteneur|container|sous_sol|cave on|sommes|filles|enfermé*|bouclé*',
    '?mon_bébé|mon_enfant|mes_enfants|mon_fils|ma_fille pris|emmené*|volé|enlevé',
    'aide|aidez|secours|au_secours emmènent|embarquent|enlèvent',
    'entrer|rentrer par_force|de_force',
    'en_finir|me_foutre_en_l_air|veux_mourir|plus_envie_de_vivre',
    'te_tue|te_tuer|te_tuerai|te_tuons|te_retrouve|te_retrouverons|on_te_retrouve',
    // Round 3: threats (debts, mutilation), being moved, kept from leaving, drugged, weapons, the body.
    'va_me|vont_me|va_nous|vont_nous|va_la|vont_la|va_le|vont_le|va_lui|vont_lui|va_m|vont_m couper|casser|défigurer|vendre|arracher|découper',
    '~déplac*|transfér*|transport*|emmèn*|bougent nous|me|m|on autre|ailleurs|demain|ville|pays|étranger|loin|soir|nuit',
    '?m_empêch*|nous_empêch*|l_empêch*|m_interdi*|nous_interdi* partir|sortir|fuir|quitter|aller|appeler|parler|rentrer',
    '?drogué*|drogue* emmené*|enlevé*|embarqu*|violé*|kidnapp*',
    'inconscient*|évanoui*|overdose est|sont|il|elle|mon|ma|fait|vite|aide*',
    'armé|armés|armées il|ils|sont|est|mec|homme|hommes|type*',
    'ont_tiré|a_tiré|tirent|tirer sur|dessus',
    '~traqué*|pourchassé* je|suis|sommes|nous|me|m|on',
    '~esclave!|esclaves! je|suis|sommes|nous|m|me|on|traitent',
    '?entré|entrés|introdui* chez_moi|chez_nous|par_effraction|dans_ma_maison',
    // Falls, syringes, 'you are next', men every night, unable to speak.
    '=vite|il_arrive|ils_arrivent|il_revient|ils_reviennent',
    'bouge_plus|bouge_pas|réagit_plus|réagit_pas|répond_plus|respire_plus|pisse_le_sang|tombé*_du_toit',
    'seringue|piqûre m|mont|ma|me|avec|injecté*',
    'serai_la_prochaine|serai_le_prochain|seras_la_prochaine|seras_le_prochain',
    '?j_ai_été_vendu*|ai_été_vendu*|avons_été_vendu*|on_a_été_vendu*',
    '~me_gardent|me_garde|nous_gardent|la_gardent|me_tiennent|nous_tiennent dans|ici|chez|hôtel|appart*|chambre|maison|cave|enfermé*',
    '~hommes|clients|mecs viennent|montent|défilent chaque_soir|tous_les_soirs|chaque_nuit',
    '~peux_pas_parler|peux_plus_parler|peut_pas_parler il|ils|elle|côté|police|appeler|écoute|entend',
    'appeler|appelez|appelle police|flics|secours à_ma_place|pour_moi|qq1|quelqu_un',
    '~manger|nourriture|à_boire donne|donnent|done|rien|privé*',
    '?emmené*|embarqué*|enlevé*|kidnappé* par des|deux|trois|hommes|types|mecs|inconnus',
    // Round 4: "help they are here", bleeding and fainting said plainly, fire, papers kept AND violence.
    'aidez|aide|aider|secours|vite|police il_est_là|ils_sont_là|il_arrive|ils_arrivent|il_revient|ils_reviennent|il_entre|ils_entrent|ils_montent',
    'saign* beaucoup|fort|partout|plus|arrête_pas|énormément',
    'perd|perds|perdu|perdue sang|connaissance',
    'feu|essence|acide|javel me|m|nous|lui|brûler|asperg*|jeter|jette|verser',
    'passeport*|papiers|documents frappe|frappent|bat|battent|tape|tapent|cogne|cognent|menace|menacent',
  ],
  advice: 'qui|quoi|comment|traite|est_ce|indice|signe|signes|dois|risque|droit|droits',
  ask: 'signaler|témoign*|ans_j_ai_été|ans_j_étais|ans_on_m_a|exposé|mémoire|thèse|peut_elle|peut_il|peuvent_elles|illégal|légal|ordi|plante|bug|appli|je_préviens|j_ai_vu|qui_prévenir|prévenir_qui|à_qui|l_air|semble|semblent|signale|signalement|dénoncer|porter_plainte|signes|indices|droits|reconnaître|podcast|documentaire|film|livre|peine|puni*|savoir_si|roman|indemnis*|où_faire|depuis_des_mois',
  except: 'coincé*_sur|bloqué*_sur|enferm*_dehors|enferm*_à_l_extérieur',
  calm: 'confiscation*|pas_en_danger|plus_en_danger|pas_de_danger|hors_de_danger|pas_urgent|pas_une_urgence',
  filler: 's il vous plait te plait svp',
  strings: {
    call: 'Appeler le 112',
    text: "Appelez le 112 maintenant. C'est gratuit et fonctionne depuis n'importe quel téléphone. Si vous le pouvez, allez dans un endroit sûr.",
    victimSupport: 'Aide aux victimes',
    missingChildren: 'Enfants disparus',
  },
};
