// queueMail(): the one way to send a mail. It writes the mail to the outbox and enqueues its
// `mail.send` job in one transaction — inside the caller's, when it is given one, so that an
// alert and its mail are stored together or not at all. The job runner sends it (mailer.server.ts).
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/client.server'
import { enqueueJob } from '../../db/queries/jobs'
import { heldMailIds, insertMail, requeueMail } from '../../db/queries/mail-outbox'
import type { MailAttachment } from '../../db/schema'
import type { Language } from '../i18n/languages'
import { MAIL_MAX_ATTEMPTS } from './job-kinds.server'
import type { ComposedMail } from './mail-composition.server'

export interface MailToQueue extends ComposedMail {
  /** What the mail is for, e.g. `alert`, `digest`, `test` (shown at /admin/outbox). */
  purpose: string
  to: string
  language: Language
  userId?: number | null
  attachments?: MailAttachment[]
}

/** Stores the mail and its send job; returns the outbox id. */
export async function queueMail(db: Db, mail: MailToQueue): Promise<number> {
  const write = async (tx: Db) => {
    const id = await insertMail(tx, {
      purpose: mail.purpose,
      userId: mail.userId ?? null,
      recipient: mail.to,
      language: mail.language,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      attachments: mail.attachments ?? [],
      // Fixed now: every attempt sends the same Message-ID, so a receiver can tell a repeat.
      messageId: `<outbox.${randomUUID()}@sapa>`,
    })
    await enqueueJob(tx, {
      kind: 'mail.send',
      payload: { outboxId: id },
      maxAttempts: MAIL_MAX_ATTEMPTS,
    })
    return id
  }
  return db.isTransaction ? write(db) : db.transaction().execute(write)
}

/** A held or failed mail queued again, with a new send job. False when it is neither. */
export async function sendAgain(db: Db, id: number, now: Date): Promise<boolean> {
  const write = async (tx: Db) => {
    if (!(await requeueMail(tx, id, now))) return false
    await enqueueJob(tx, {
      kind: 'mail.send',
      payload: { outboxId: id },
      runAt: now,
      maxAttempts: MAIL_MAX_ATTEMPTS,
    })
    return true
  }
  return db.isTransaction ? write(db) : db.transaction().execute(write)
}

/** Once a mail server is configured: every held mail queued again. Returns how many. */
export async function releaseHeldMail(db: Db, now: Date): Promise<number> {
  let released = 0
  for (const id of await heldMailIds(db)) if (await sendAgain(db, id, now)) released++
  return released
}
