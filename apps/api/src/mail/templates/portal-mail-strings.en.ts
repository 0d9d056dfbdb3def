/** The portal's mails in English, the fallback of every other language. */
import type { PortalMailStrings } from './portal-mail-strings.ts';

/** English. */
export const portalEn: PortalMailStrings = {
  applicationReceived: {
    subject: 'Your application for {organisation}',
    submitted: 'Thank you: the secretariat received the application of {organisation} to “{call}”. You will hear from us by mail once it has been decided.',
    draft: 'The application of {organisation} to “{call}” is saved as a draft. You can continue it until {closes}; it reaches the secretariat only once you submit it.',
    action: 'See the application',
    keep: 'Keep this mail: its link is the only way to open the application. Do not forward it.',
  },
  applicationRejected: {
    subject: 'Your application for {organisation}',
    body: 'The secretariat has decided not to accept the application of {organisation} to “{call}”.',
    reasonLabel: 'The secretariat’s reason:',
    action: 'Read about the platform',
  },
  subscriptionConfirm: {
    subject: 'Confirm: tell me when the next call opens',
    intro: 'Someone asked to be told by mail when the platform’s next call for expression of interest opens. Confirm with the button on the page the link opens.',
    action: 'Confirm',
    ignore: 'If you did not ask for this, ignore this mail: nothing will be sent to you.',
  },
  callOpened: {
    subject: 'A call is open: {call}',
    body: 'The call for expression of interest “{call}” is open until {closes}.',
    action: 'Apply',
    unsubscribe: 'You get this mail because you asked to be told about new calls. To stop, use this link:',
  },
  entryCheck: {
    subject: 'Is the entry of {organisation} still correct?',
    body: 'Once a year we ask each organisation to look at its entry on the platform. Is the entry of {organisation} still correct?',
    action: 'Yes, still correct',
    edit: 'If something changed, edit the entry in the portal: {url}',
    expiry: 'The button works once and for {count} days.',
  },
  pages: {
    subscribeTitle: 'Tell me when the next call opens', subscribeButton: 'Confirm', subscribed: 'Done: you will get a mail when the next call opens.',
    unsubscribeTitle: 'Stop mails about new calls', unsubscribeButton: 'Unsubscribe', unsubscribed: 'Done: you will get no more mails about new calls.',
    checkTitle: 'Is the entry still correct?', checkButton: 'Yes, still correct', checked: 'Thank you: the entry is marked as confirmed today.',
    linkUsed: 'This link has been used already, or replaced by a newer one.', linkExpired: 'This link has expired. Sign in to the portal to check the entry.',
  },
};
