/** The mail telling an organisation's owners that the platform turned off one of their webhook endpoints. */
import { fillTemplate } from '@thb/text/templates';
import type { Mail } from '../mailer.ts';
import { composeMail, oneLine, type MailBlock } from './mail-layout.ts';
import { mailStrings } from './mail-strings.ts';

/**
 * The notice in the recipient's language.
 * @example webhookDisabledMail({ to, language: 'fr', endpointUrl: 'https://crm.example.org/hook', reason: '30 attempts failed', url })
 */
export function webhookDisabledMail(options: { to: string; language: string; endpointUrl: string; reason: string; url: string }): Mail {
  const { language: used, strings } = mailStrings(options.language);
  const words = strings.webhookDisabled;
  const values = { url: oneLine(options.endpointUrl) };
  const blocks: MailBlock[] = [fillTemplate(words.body, values), words.reasonLabel, { quote: options.reason }, words.enableAgain];
  return composeMail({
    to: options.to, language: used, strings, subject: fillTemplate(words.subject, values), blocks,
    action: { label: words.action, url: options.url }, notes: [],
  });
}
