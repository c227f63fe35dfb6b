// The unsubscribe link of alert mails (issue 14): `/unsubscribe/<token>`, usable without signing
// in. The token is `<user id>.<nonce>.<signature>`: the signature is an HMAC-SHA256, with the
// session secret, of the purpose ('alerts-email'), the user id and the nonce — so it cannot be
// made for another user or altered; the nonce is stored (unsubscribe_tokens, 0019) and marked used
// by the first unsubscribe — so it works once. Unsubscribing turns the user's e-mail off (the
// e-mail channel, the digest and the monthly region report; the inbox stays, or becomes the
// channel when e-mail was the only one), audited as alert.unsubscribe.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Db } from '../../db/client.server'
import {
  alertReader,
  insertUnsubscribeNonce,
  saveSubscription,
  unsubscribeNonce,
  useUnsubscribeNonce,
  userEmail,
} from '../../db/queries/alerts'
import { deleteMonthlyReportChoice } from '../../db/queries/monthly-reports'
import { audit, type AuditSource } from '../accounts/audit.server'
import { preferencesOf } from './readers.server'

export const UNSUBSCRIBE_PURPOSE = 'alerts-email'

const sign = (secret: string, userId: number, nonce: string) =>
  createHmac('sha256', secret)
    .update(`${UNSUBSCRIBE_PURPOSE}:${userId}:${nonce}`)
    .digest('base64url')

/** A new single-use token for the user (its nonce stored in the caller's transaction). */
export async function issueUnsubscribeToken(
  db: Db,
  userId: number,
  secret: string,
  now: Date,
): Promise<string> {
  const nonce = randomBytes(18).toString('base64url')
  await insertUnsubscribeNonce(db, nonce, userId, UNSUBSCRIBE_PURPOSE, now)
  return `${userId}.${nonce}.${sign(secret, userId, nonce)}`
}

export type TokenCheck =
  | { status: 'valid'; userId: number; nonce: string; email: string }
  | { status: 'used'; userId: number }
  | { status: 'invalid' }

/** What a token is: valid (not used yet), used, or invalid (forged, altered, unknown). */
export async function checkUnsubscribeToken(
  db: Db,
  token: string,
  secret: string,
): Promise<TokenCheck> {
  const match = /^([1-9][0-9]{0,9})\.([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { status: 'invalid' }
  const userId = Number(match[1])
  const nonce = match[2]!
  const expected = Buffer.from(sign(secret, userId, nonce))
  const given = Buffer.from(match[3]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { status: 'invalid' }
  }
  const row = await unsubscribeNonce(db, nonce)
  if (!row || row.userId !== userId || row.purpose !== UNSUBSCRIBE_PURPOSE) {
    return { status: 'invalid' }
  }
  if (row.usedAt !== null) return { status: 'used', userId }
  const email = await userEmail(db, userId)
  if (email === undefined) return { status: 'invalid' }
  return { status: 'valid', userId, nonce, email }
}

/** Uses the token: e-mail off for its user, audited. The check's status after the attempt. */
export async function unsubscribe(
  db: Db,
  token: string,
  secret: string,
  source: AuditSource,
  now: Date,
): Promise<TokenCheck> {
  return db.transaction().execute(async (trx) => {
    const check = await checkUnsubscribeToken(trx, token, secret)
    if (check.status !== 'valid') return check
    // Two clicks at once: the second finds the nonce used.
    if (!(await useUnsubscribeNonce(trx, check.nonce, now))) {
      return { status: 'used' as const, userId: check.userId }
    }
    const row = await alertReader(trx, check.userId)
    if (!row) return { status: 'invalid' as const }
    const before = preferencesOf(row)
    const channels = before.channels.filter((c) => c !== 'email')
    const after = {
      rules: [...before.rules],
      regionIds: before.regionIds ? [...before.regionIds] : null,
      standardIds: before.standardIds ? [...before.standardIds] : null,
      channels: channels.length > 0 ? channels : ['inbox' as const],
      digest: false,
    }
    await saveSubscription(trx, check.userId, after)
    const monthlyReport = await deleteMonthlyReportChoice(trx, check.userId)
    await audit(
      trx,
      {
        userId: null,
        action: 'alert.unsubscribe',
        entity: 'user',
        entityId: check.userId,
        before: { channels: before.channels, digest: before.digest, monthlyReport },
        after: {
          channels: after.channels,
          digest: after.digest,
          monthlyReport: false,
          via: 'unsubscribe link',
        },
        source,
      },
      now,
    )
    return check
  })
}

// ── the public page /unsubscribe/<token> ─────────────────────────────────────────────────────

/** What the page shows: the confirm form, done, already used, or not valid (400). */
export type UnsubscribeView =
  | { state: 'confirm'; email: string }
  | { state: 'done'; email: string }
  | { state: 'used' }
  | { state: 'invalid' }

const STATUS: Record<UnsubscribeView['state'], number> = {
  confirm: 200,
  done: 200,
  used: 410,
  invalid: 400,
}

export function unsubscribeStatus(view: UnsubscribeView): number {
  return STATUS[view.state]
}

/** GET: looks at the token only (a mail scanner following the link unsubscribes no one). */
export async function unsubscribePage(db: Db, token: string, secret: string) {
  const check = await checkUnsubscribeToken(db, token, secret)
  const view: UnsubscribeView =
    check.status === 'valid' ? { state: 'confirm', email: check.email } : { state: check.status }
  return view
}

/** POST: unsubscribes once; no session needed — the signed token is the proof. */
export async function unsubscribeAction(
  db: Db,
  token: string,
  secret: string,
  source: AuditSource,
  now: Date,
) {
  const check = await unsubscribe(db, token, secret, source, now)
  const view: UnsubscribeView =
    check.status === 'valid' ? { state: 'done', email: check.email } : { state: check.status }
  return view
}
