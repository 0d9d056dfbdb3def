/** The strings of the sign-in screen's passkey button. */
const en = {
  'passkeySignIn.intro': 'Added a passkey on this device or a security key? Use it instead of a mail.',
  'passkeySignIn.button': 'Sign in with a passkey',
  'passkeySignIn.busy': 'Follow your browser’s prompt to use your passkey…',
  'passkeySignIn.done': 'Signed in. Opening the portal…',
  'passkeySignIn.cancelled': 'No passkey was used: the browser’s prompt was closed or timed out. Try again, or ask for a sign-in link by mail.',
  'passkeySignIn.refused': 'This passkey is not known here (it may have been removed). Ask for a sign-in link by mail instead.',
  'passkeySignIn.failed': 'Signing in with a passkey did not work. Ask for a sign-in link by mail instead.',
} as const satisfies Record<string, string>;

export type PasskeySignInKey = keyof typeof en;

const de: Record<PasskeySignInKey, string> = {
  'passkeySignIn.intro': 'Sie haben auf diesem Gerät oder einem Sicherheitsschlüssel einen Passkey hinzugefügt? Nutzen Sie ihn statt einer E-Mail.',
  'passkeySignIn.button': 'Mit einem Passkey anmelden',
  'passkeySignIn.busy': 'Folgen Sie der Abfrage Ihres Browsers, um Ihren Passkey zu verwenden…',
  'passkeySignIn.done': 'Angemeldet. Das Portal wird geöffnet…',
  'passkeySignIn.cancelled': 'Es wurde kein Passkey verwendet: Die Abfrage des Browsers wurde geschlossen oder ist abgelaufen. Versuchen Sie es erneut oder fordern Sie einen Anmeldelink per E-Mail an.',
  'passkeySignIn.refused': 'Dieser Passkey ist hier nicht bekannt (vielleicht wurde er entfernt). Fordern Sie stattdessen einen Anmeldelink per E-Mail an.',
  'passkeySignIn.failed': 'Die Anmeldung mit einem Passkey hat nicht geklappt. Fordern Sie stattdessen einen Anmeldelink per E-Mail an.',
};

const fr: Record<PasskeySignInKey, string> = {
  'passkeySignIn.intro': 'Vous avez ajouté une clé d’accès sur cet appareil ou une clé de sécurité ? Utilisez-la plutôt qu’un courriel.',
  'passkeySignIn.button': 'Se connecter avec une clé d’accès',
  'passkeySignIn.busy': 'Suivez les instructions de votre navigateur pour utiliser votre clé d’accès…',
  'passkeySignIn.done': 'Connexion réussie. Ouverture du portail…',
  'passkeySignIn.cancelled': 'Aucune clé d’accès n’a été utilisée : la demande du navigateur a été fermée ou a expiré. Réessayez, ou demandez un lien de connexion par courriel.',
  'passkeySignIn.refused': 'Cette clé d’accès n’est pas connue ici (elle a peut-être été supprimée). Demandez plutôt un lien de connexion par courriel.',
  'passkeySignIn.failed': 'La connexion avec une clé d’accès n’a pas fonctionné. Demandez plutôt un lien de connexion par courriel.',
};

/** Every language of the passkey sign-in. */
export const passkeySignInCatalogue = { en, de, fr };
