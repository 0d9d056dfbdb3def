/** The mails in English, the fallback of every other language. */
import type { MailStrings } from './mail-strings.ts';

/** English. */
export const en: MailStrings = {
  platformName: 'EU Civil Society Platform against trafficking in human beings',
  copyLink: 'If the button does not work, copy this address into your browser:',
  signIn: {
    subject: 'Sign in to the EU Civil Society Platform against trafficking in human beings',
    intro: 'Someone asked to sign in to the platform with this email address. Open the link and confirm with the “Sign in” button.',
    action: 'Sign in',
    expiry: { one: 'The link works once and expires in {count} minute.', other: 'The link works once and expires in {count} minutes.' },
    ignore: 'If you did not ask to sign in, you can ignore this mail: nobody can sign in without the link.',
  },
  signInPage: {
    title: 'Sign in to the THB Platform',
    press: 'Press the button to finish signing in on this device.',
    button: 'Sign in',
    missing: { title: 'This link is incomplete', text: 'The sign-in link has no token. Open the whole link from the mail, or ask for a new one.' },
    used: { title: 'This link no longer works', text: 'Sign-in links work once: this one has been used, or replaced. Ask for a new one to sign in.' },
    expired: { title: 'This link has expired', text: 'Sign-in links work for 15 minutes. Ask for a new one to sign in.' },
    askNew: 'Ask for a new sign-in link',
  },
  invitation: {
    subject: 'Join {organisation} on the EU Civil Society Platform against trafficking in human beings',
    intro: '{inviter} invited you to join {organisation} on the platform.',
    roles: {
      editor: 'As an editor you can edit the organisation’s entry and publish its resources and events.',
      owner: 'As an owner you can edit the organisation’s entry, publish its resources and events, invite and remove its people and manage its API keys.',
    },
    action: 'Accept the invitation',
    noPassword: 'You sign in with this email address; no password is needed.',
    ignore: 'If you did not expect this invitation, you can ignore this mail.',
  },
  webhookDisabled: {
    subject: 'Webhook turned off: {url}',
    body: 'Deliveries to your webhook endpoint {url} kept failing, so the platform turned it off. No further events are sent to it.',
    reasonLabel: 'The last problem:',
    enableAgain: 'When the endpoint works again, turn it back on under “Our webhooks”.',
    action: 'Open our webhooks',
  },
  reviewDecision: {
    subject: { approved: 'Approved: {title}', rejected: 'Not approved: {title}' },
    body: {
      approved: {
        members: 'The secretariat approved the entry of {title}. It is now published on the platform.',
        resources: 'The secretariat approved the resource “{title}”. It is now published on the platform.',
        events: 'The secretariat approved the event “{title}”. It is now published on the platform.',
        change: 'The secretariat approved the change of name or country of {title}. The entry shows it now.',
      },
      rejected: {
        members: 'The secretariat did not approve the entry of {title}.',
        resources: 'The secretariat did not approve the resource “{title}”.',
        events: 'The secretariat did not approve the event “{title}”.',
        change: 'The secretariat did not approve the change of name or country of {title}; the entry keeps its current name and country.',
      },
    },
    reasonLabel: 'The secretariat’s reason:',
    resubmit: 'You can change it and submit it again.',
    action: { approved: 'View it on the platform', rejected: 'Open it to make changes' },
  },
};
