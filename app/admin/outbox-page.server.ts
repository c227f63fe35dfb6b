// /admin/outbox and /admin/outbox/<id>: every mail Sapa wrote, newest first, and one mail with
// its headers, plain text and HTML. Two changes, each one transaction with one audit row: a test
// mail to the administrator (`mail.test`) and "send now" for a held or failed mail
// (`mail.send_again`).
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { listMail, mailById, mailCounts } from '../../db/queries/mail-outbox'
import { audit } from '../accounts/audit.server'
import type { CurrentUser } from '../accounts/policy.server'
import { formatDateTime } from '../i18n/admin/date-time'
import type { Language } from '../i18n/languages'
import { translatorFor } from '../i18n/messages.server'
import { composeMail } from '../monitoring/mail-composition.server'
import { INTERRUPTED_MAIL } from '../monitoring/job-runner.server'
import { queueMail, sendAgain } from '../monitoring/mail-queue.server'
import { NO_MAIL_SERVER } from '../monitoring/mailer.server'
import type { AdminActor } from './actor.server'

const when = (lang: Language, value: Date | null) =>
  value ? { text: formatDateTime(lang, value), iso: value.toISOString() } : null

export interface MailSettings {
  smtpConfigured: boolean
  from: string
  publicUrl: string
}

export async function outboxPage(db: Db, lang: Language, settings: MailSettings) {
  const [counts, mails] = await Promise.all([mailCounts(db), listMail(db, { limit: 100 })])
  return {
    smtpConfigured: settings.smtpConfigured,
    from: settings.from,
    counts,
    mails: mails.map((m) => ({
      id: m.id,
      purpose: m.purpose,
      recipient: m.recipient,
      language: m.language,
      subject: m.subject,
      status: m.status,
      attempts: m.attempts,
      createdAt: when(lang, m.createdAt)!,
    })),
  }
}

/** One mail, or null when there is none with this id. */
export async function outboxMailPage(db: Db, lang: Language, id: number, settings: MailSettings) {
  const mail = await mailById(db, id)
  if (!mail) return null
  return {
    id: mail.id,
    from: settings.from,
    recipient: mail.recipient,
    subject: mail.subject,
    messageId: mail.messageId,
    language: mail.language,
    purpose: mail.purpose,
    status: mail.status,
    attempts: mail.attempts,
    createdAt: when(lang, mail.createdAt)!,
    sentAt: when(lang, mail.sentAt),
    nextAttemptAt: mail.status === 'queued' ? when(lang, mail.nextAttemptAt) : null,
    lastError: mail.lastError,
    /** The outbox's own reasons, shown in the page's language; a server's error as it came. */
    lastErrorReason:
      mail.lastError === NO_MAIL_SERVER
        ? ('noServer' as const)
        : mail.lastError === INTERRUPTED_MAIL
          ? ('interrupted' as const)
          : null,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
    })),
    text: mail.textBody,
    html: mail.htmlBody,
    canSendAgain: mail.status === 'held' || mail.status === 'failed',
  }
}

const OutboxForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('test') }),
  z.object({ intent: z.literal('sendAgain'), mailId: z.coerce.number().int().positive() }),
])

export type OutboxActionResult =
  | { ok: true; intent: 'test' | 'sendAgain'; mailId: number }
  | { ok: false; error: 'invalid' | 'notFound' }

export async function outboxAction(
  db: Db,
  form: FormData,
  actor: AdminActor & { user: CurrentUser; lang: Language },
  settings: MailSettings,
  now: Date = new Date(),
): Promise<OutboxActionResult> {
  const parsed = OutboxForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { ok: false, error: 'invalid' }
  const input = parsed.data
  return db.transaction().execute(async (tx) => {
    if (input.intent === 'test') {
      const { t } = translatorFor(actor.lang)
      const email = actor.user.email
      const mailId = await queueMail(tx, {
        purpose: 'test',
        to: email,
        language: actor.lang,
        userId: actor.userId,
        ...composeMail(
          {
            language: actor.lang,
            subject: t('admin.mail.test.subject'),
            heading: t('admin.mail.test.heading'),
            paragraphs: [t('admin.mail.test.body', { email })],
            link: { path: '/admin/outbox', label: t('admin.mail.test.link') },
            unsubscribeUrl: null,
          },
          settings.publicUrl,
        ),
      })
      await audit(tx, {
        userId: actor.userId,
        action: 'mail.test',
        entity: 'mail',
        entityId: mailId,
        after: { recipient: email, language: actor.lang },
        source: actor.source,
      })
      return { ok: true as const, intent: 'test' as const, mailId }
    }
    const before = await mailById(tx, input.mailId)
    if (!before || !(await sendAgain(tx, input.mailId, now))) {
      return { ok: false as const, error: 'notFound' as const }
    }
    await audit(tx, {
      userId: actor.userId,
      action: 'mail.send_again',
      entity: 'mail',
      entityId: input.mailId,
      before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
      after: { status: 'queued' },
      source: actor.source,
    })
    return { ok: true as const, intent: 'sendAgain' as const, mailId: input.mailId }
  })
}

export function mailSettingsOf(env: {
  SMTP_URL?: string
  MAIL_FROM: string
  PUBLIC_URL?: string
  PORT: number
}): MailSettings {
  return {
    smtpConfigured: Boolean(env.SMTP_URL),
    from: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
  }
}
