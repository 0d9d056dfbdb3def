/**
 * One digest mail: the new items of each kind under a heading, in the recipient's language, with
 * a plain text part and the simple HTML layout of every mail (all values escaped there), the
 * settings link as its button and the RFC 8058 one-click unsubscribe headers.
 */
import type { NotificationCadence, NotificationKind } from '@thb/schema';
import type { NewsItem } from '@thb/store/notifications';
import { fillTemplate } from '@thb/text/templates';
import type { Mail } from '../mail/mailer.ts';
import { composeMail, oneLine, type MailBlock } from '../mail/templates/mail-layout.ts';
import { mailStrings } from '../mail/templates/mail-strings.ts';
import { digestStrings } from './digest-strings.ts';

/** What {@link digestMail} needs. */
export interface DigestMailOptions {
  to: string;
  language: string;
  cadence: Exclude<NotificationCadence, 'off'>;
  /** New items per kind, in the order the mail lists them. */
  sections: ReadonlyArray<{ kind: NotificationKind; items: readonly NewsItem[] }>;
  settingsUrl: string;
  /** `https://…/v1/notifications/unsubscribe?token=…` */
  unsubscribeUrl: string;
  /** An address for `mailto:` unsubscribing, if the operator reads one. */
  unsubscribeMailto?: string | undefined;
}

/** The most items of one kind listed; the rest are counted, and the settings link shows all. */
export const DIGEST_ITEMS_PER_KIND = 20;

/**
 * The digest.
 * @example digestMail({ to, language: 'de', cadence: 'daily', sections, settingsUrl, unsubscribeUrl })
 */
export function digestMail(options: DigestMailOptions): Mail {
  const { language, strings } = digestStrings(options.language);
  const layout = mailStrings(language).strings;
  const blocks: MailBlock[] = [strings.intro];
  for (const { kind, items } of options.sections) {
    const lines = items.slice(0, DIGEST_ITEMS_PER_KIND).map((item) => `- ${item.action === 'update' ? `${strings.changed} ` : ''}${oneLine(item.title)}`);
    if (items.length > DIGEST_ITEMS_PER_KIND) lines.push(`- … (+${items.length - DIGEST_ITEMS_PER_KIND})`);
    blocks.push({ quote: `${strings.kinds[kind]}\n${lines.join('\n')}` });
  }
  const kindNames = options.sections.map((s) => strings.kinds[s.kind]).join(', ');
  const mail = composeMail({
    to: options.to, language, strings: layout,
    subject: strings.subject[options.cadence],
    blocks,
    action: { label: strings.settings, url: options.settingsUrl },
    notes: [fillTemplate(strings.unsubscribe, { kind: kindNames })],
  });
  const mailto = options.unsubscribeMailto ? `, <mailto:${encodeURI(options.unsubscribeMailto)}?subject=unsubscribe>` : '';
  return {
    ...mail,
    headers: {
      'List-Unsubscribe': `<${options.unsubscribeUrl}>${mailto}`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
