/** The position picker's strings. */
const en = {
  'picker.label': 'Map: click or tap the office’s position',
  'picker.help': 'Click or tap the map, or focus it and move the pin with the arrow keys (with Shift in larger steps).',
  'picker.at': 'Pin at latitude {lat}, longitude {lon}.',
  'picker.none': 'No position picked yet.',
} as const satisfies Record<string, string>;

export type PickerKey = keyof typeof en;

const de: Record<PickerKey, string> = {
  'picker.label': 'Karte: Standort des Büros anklicken oder antippen',
  'picker.help': 'Klicken oder tippen Sie auf die Karte, oder setzen Sie den Fokus darauf und verschieben Sie die Nadel mit den Pfeiltasten (mit Umschalt in größeren Schritten).',
  'picker.at': 'Nadel bei Breite {lat}, Länge {lon}.',
  'picker.none': 'Noch kein Standort gewählt.',
};

const fr: Record<PickerKey, string> = {
  'picker.label': 'Carte : cliquez ou touchez l’emplacement du bureau',
  'picker.help': 'Cliquez ou touchez la carte, ou placez-y le focus et déplacez l’épingle avec les flèches (avec Maj par grands pas).',
  'picker.at': 'Épingle à la latitude {lat}, longitude {lon}.',
  'picker.none': 'Aucune position choisie.',
};

export const pickerCatalogue = { en, de, fr };
