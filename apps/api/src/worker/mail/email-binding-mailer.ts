/**
 * The Worker's mail transport: Cloudflare's Email binding (`[[send_email]] name = "MAIL"`),
 * which takes a raw MIME message. `send` resolves once Cloudflare accepted the message and
 * rejects otherwise, so the queue keeps a mail that did not go.
 */
import { EmailMessage } from 'cloudflare:email';
import type { Mailer } from '../../mail/mailer.ts';
import { toRawMail } from './mime-message.ts';

/** The `send_email` binding as the Worker uses it (raw messages only). */
export interface SendEmailBinding {
  send(message: EmailMessage): Promise<unknown>;
}

/**
 * A `Mailer` over the binding, every mail from `from` (`MAIL_FROM`).
 * @example const transport = createEmailBindingMailer(env.MAIL, 'THB Platform Kit <no-reply@thb.example>');
 */
export function createEmailBindingMailer(binding: SendEmailBinding, from: string): Mailer {
  return {
    async send(mail) {
      const { from: sender, to, raw } = toRawMail(mail, from);
      await binding.send(new EmailMessage(sender, to, raw));
    },
  };
}
