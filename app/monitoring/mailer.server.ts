// Sending one mail of the outbox through SMTP (nodemailer; SMTP_URL, MAIL_FROM). The mail is
// claimed first (queued → sending, db/queries/mail-outbox.ts): one process sends it. Accepted →
// 'sent'; refused or unreachable → queued again for the job's next attempt, or 'failed' after
// the last; no SMTP_URL → 'held', kept for the administrators to read (/admin/outbox), never
// dropped. Every mail carries the Message-ID it was given when queued (decision 0027).
import nodemailer from 'nodemailer'
import type { Db } from '../../db/client.server'
import { claimMail, markMailHeld, markMailSent, markMailUnsent } from '../../db/queries/mail-outbox'
import type { MailAttachment } from '../../db/schema'

export interface OutgoingMail {
  to: string
  language: string
  subject: string
  text: string
  html: string
  messageId: string
  attachments: MailAttachment[]
}

export interface Mailer {
  /** Resolves once the server accepted the mail; throws when it did not. */
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

export const NO_MAIL_SERVER = 'no mail server configured (SMTP_URL is not set): kept in the outbox'

/** A mailer on SMTP_URL, or null without one (mail is held). */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer | null {
  if (!options.smtpUrl) return null
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    // A server that does not answer costs one attempt, not a stuck runner.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.language },
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
        })),
      })
    },
    close: () => transport.close(),
  }
}

/**
 * Sends outbox mail `id` once: claims it, sends it, records the outcome. Returns what happened;
 * throws when the send failed (after recording it), so that the job is retried at `retryAt`.
 */
export async function deliverMail(
  db: Db,
  id: number,
  mailer: Mailer | null,
  at: { now: Date; retryAt: Date | null },
): Promise<'sent' | 'held' | 'not-queued'> {
  const mail = await claimMail(db, id, at.now)
  if (!mail) return 'not-queued'
  if (!mailer) {
    await markMailHeld(db, id, NO_MAIL_SERVER)
    return 'held'
  }
  try {
    await mailer.send({
      to: mail.recipient,
      language: mail.language,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      messageId: mail.messageId,
      attachments: mail.attachments,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await markMailUnsent(db, id, message.slice(0, 2000), at.retryAt)
    throw error
  }
  await markMailSent(db, id, new Date())
  return 'sent'
}
