/** The strings of the overview's passkey offer. */
const en = {
  'passkeyOffer.text': 'Next time, sign in without waiting for a mail: a passkey uses this device’s screen lock or a security key.',
  'passkeyOffer.add': 'Add a passkey for faster sign-in',
  'passkeyOffer.dismiss': 'Not now',
  'passkeyOffer.manage': 'Your passkeys',
} as const satisfies Record<string, string>;

export type PasskeyOfferKey = keyof typeof en;

const de: Record<PasskeyOfferKey, string> = {
  'passkeyOffer.text': 'Melden Sie sich beim nächsten Mal an, ohne auf eine E-Mail zu warten: Ein Passkey nutzt die Bildschirmsperre dieses Geräts oder einen Sicherheitsschlüssel.',
  'passkeyOffer.add': 'Passkey für schnellere Anmeldung hinzufügen',
  'passkeyOffer.dismiss': 'Nicht jetzt',
  'passkeyOffer.manage': 'Ihre Passkeys',
};

const fr: Record<PasskeyOfferKey, string> = {
  'passkeyOffer.text': 'La prochaine fois, connectez-vous sans attendre de courriel : une clé d’accès utilise le verrouillage d’écran de cet appareil ou une clé de sécurité.',
  'passkeyOffer.add': 'Ajouter une clé d’accès pour vous connecter plus vite',
  'passkeyOffer.dismiss': 'Pas maintenant',
  'passkeyOffer.manage': 'Vos clés d’accès',
};

/** Every language of the passkey offer. */
export const passkeyOfferCatalogue = { en, de, fr };
