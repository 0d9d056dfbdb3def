/**
 * A small Maltese stop list (the `stopword` package has none): articles and their assimilated
 * forms, pronouns, prepositions fused with the article, conjunctions and the commonest
 * particles. Enough to tell a Maltese message from others; matching keeps all its words.
 */

/** Maltese function words, as typed (folded at build: "għal" and "ghal" both count). */
export const MALTESE_STOP_WORDS: readonly string[] = [
  // The article and its assimilated forms ("il-", "is-", "it-", "iċ-"…), split off by tokenising.
  'il', 'l', 'iċ', 'id', 'in', 'ir', 'is', 'it', 'ix', 'iż', 'iz',
  // "of the", "in the", "to the", "from the", "with the".
  'ta', 'tal', 'taċ', 'tad', 'tan', 'tar', 'tas', 'tat', 'tax', 'taż', 'f', 'fil', 'fl', 'fis', 'fit', 'fid', 'lil', 'lill',
  'għal', 'għall', 'għand', 'minn', 'mill', 'mid', 'mis', 'mit', 'ma', 'mal', 'mat', 'mas', 'bil', 'bl', 'sal', 'lejn',
  'fuq', 'taħt', 'wara', 'qabel', 'bejn', 'ġo', 'go', 'ġewwa', 'barra', 'mingħajr', 'bħal', 'dwar', 'kontra',
  // Pronouns and possessives.
  'jien', 'jiena', 'int', 'inti', 'hu', 'huwa', 'hi', 'hija', 'aħna', 'intom', 'huma', 'tiegħi', 'tiegħek', 'tiegħu',
  'tagħha', 'tagħna', 'tagħkom', 'tagħhom', 'dan', 'din', 'dawn', 'dak', 'dik', 'dawk',
  // Conjunctions, particles, question words.
  'u', 'li', 'jew', 'imma', 'iżda', 'biex', 'għax', 'jekk', 'meta', 'fejn', 'kif', 'min', 'x', 'xi', 'xejn', 'kollox',
  'kull', 'ukoll', 'anki', 'wkoll', 'qed', 'qiegħed', 'qiegħda', 'qegħdin', 'se', 'sa', 'ser', 'kien', 'kienet', 'kienu',
  'hemm', 'hawn', 'issa', 'mhux', 'mhix', 'ebda', 'ħafna', 'wisq', 'iva', 'le',
];
