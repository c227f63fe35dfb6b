// The mail outbox (migration 0017, decision 0027): every mail Sapa writes is a row here before it
// is sent. A send claims its row (queued → sending, one statement, the attempt counted), so that
// one process sends it; it is sent → 'sent', or back to 'queued' with its next attempt's time, or
// 'failed' after its last attempt; without a mail server it is 'held'. Nothing deletes a mail.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { MailAttachment, MailStatus } from '../schema'

export interface NewMail {
  purpose: string
  userId?: number | null
  recipient: string
  language: 'kk' | 'ru' | 'en'
  subject: string
  textBody: string
  htmlBody: string
  attachments?: MailAttachment[]
  messageId: string
  status?: 'queued' | 'held'
}

export async function insertMail(db: Db, mail: NewMail): Promise<number> {
  const row = await db
    .insertInto('mailOutbox')
    .values({
      purpose: mail.purpose,
      userId: mail.userId ?? null,
      recipient: mail.recipient,
      language: mail.language,
      subject: mail.subject,
      textBody: mail.textBody,
      htmlBody: mail.htmlBody,
      attachments: JSON.stringify(mail.attachments ?? []),
      messageId: mail.messageId,
      status: mail.status ?? 'queued',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

const MAIL_COLUMNS = [
  'id',
  'purpose',
  'userId',
  'recipient',
  'language',
  'subject',
  'textBody',
  'htmlBody',
  'attachments',
  'status',
  'attempts',
  'nextAttemptAt',
  'lockedAt',
  'sentAt',
  'messageId',
  'lastError',
  'createdAt',
] as const

/**
 * Takes a queued mail for sending: 'sending', its attempt counted. Undefined when it is not queued
 * (sent already, held, failed, or being sent by another process).
 */
export async function claimMail(db: Db, id: number, now: Date) {
  return db
    .updateTable('mailOutbox')
    .set((eb) => ({ status: 'sending', lockedAt: now, attempts: sql`${eb.ref('attempts')} + 1` }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returning(MAIL_COLUMNS)
    .executeTakeFirst()
}

/** The mail server accepted it. */
export async function markMailSent(db: Db, id: number, now: Date): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({ status: 'sent', sentAt: now, lockedAt: null, lastError: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute()
}

/** The send failed: queued again for `retryAt`, or failed for good when `retryAt` is null. */
export async function markMailUnsent(
  db: Db,
  id: number,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set(
      retryAt
        ? { status: 'queued', nextAttemptAt: retryAt, lockedAt: null, lastError: error }
        : { status: 'failed', lockedAt: null, lastError: error },
    )
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute()
}

/** No mail server is configured: the mail stays here, readable at /admin/outbox. */
export async function markMailHeld(db: Db, id: number, reason: string): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({ status: 'held', lockedAt: null, lastError: reason })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute()
}

/**
 * Mails left 'sending' since before `lockedBefore`: their process stopped during the send. The
 * server may have taken them, so they are not sent again on their own (never twice): they become
 * 'failed' with `error`, for an administrator to look at and send again. Returns their ids.
 */
export async function failInterruptedMail(
  db: Db,
  lockedBefore: Date,
  error: string,
): Promise<number[]> {
  const rows = await db
    .updateTable('mailOutbox')
    .set({ status: 'failed', lockedAt: null, lastError: error })
    .where('status', '=', 'sending')
    .where('lockedAt', '<', lockedBefore)
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Queues a held or failed mail again (an administrator's "send now", or a mail server configured
 * since): due at `now`. False when it is in another status.
 */
export async function requeueMail(db: Db, id: number, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('mailOutbox')
    .set({ status: 'queued', nextAttemptAt: now })
    .where('id', '=', id)
    .where('status', 'in', ['held', 'failed'])
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

/** The held mails' ids, oldest first. */
export async function heldMailIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('mailOutbox')
    .select('id')
    .where('status', '=', 'held')
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

export async function mailById(db: Db, id: number) {
  return db.selectFrom('mailOutbox').select(MAIL_COLUMNS).where('id', '=', id).executeTakeFirst()
}

/** The outbox, newest first, without the bodies. */
export async function listMail(db: Db, options: { limit: number; status?: MailStatus }) {
  let query = db
    .selectFrom('mailOutbox')
    .select([
      'id',
      'purpose',
      'recipient',
      'language',
      'subject',
      'status',
      'attempts',
      'nextAttemptAt',
      'sentAt',
      'lastError',
      'createdAt',
    ])
    .orderBy('id', 'desc')
    .limit(options.limit)
  if (options.status) query = query.where('status', '=', options.status)
  return query.execute()
}

export async function mailCounts(db: Db): Promise<Record<MailStatus, number>> {
  const rows = await db
    .selectFrom('mailOutbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute()
  const counts: Record<MailStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0, held: 0 }
  for (const row of rows) counts[row.status] = Number(row.count)
  return counts
}
