// The weekly digest (issue 14): Monday 09:00 Asia/Almaty, one mail per user with the digest on —
// what was raised and what resolved in the last 7 days, what still fails or is projected off
// track, which offices are stale — built from the stored alerts, within the user's scope and
// subscription (readsAlert, wantsAlert: the same rules as the alerts themselves). Nothing to say:
// no mail. Queued through the outbox like every mail, with an unsubscribe link.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  alertReaders,
  digestAlerts,
  mailRecipients,
  standardNames,
  type DigestAlertRow,
} from '../../db/queries/alerts'
import { readsAlert, wantsAlert } from '../domain/alert-rules'
import { weeklyAt } from '../domain/job-schedule'
import { translatorFor } from '../i18n/messages.server'
import { composeMail } from '../monitoring/mail-composition.server'
import { defineJobKind, type JobKind } from '../monitoring/job-kinds.server'
import { queueMail } from '../monitoring/mail-queue.server'
import { alertText } from './inbox.server'
import { alertMailSettings } from './mail-settings.server'
import { preferencesOf, readerOf } from './readers.server'
import { issueUnsubscribeToken } from './unsubscribe.server'

export const DIGEST_DAYS = 7

const time = (v: Date | string | null) => (v === null ? null : new Date(v).getTime())

/** Queues the digests due at `now`; returns how many mails. */
export async function sendDigests(db: Db, now: Date): Promise<number> {
  const since = new Date(now.getTime() - DIGEST_DAYS * 86_400_000)
  return db.transaction().execute(async (trx) => {
    const rows = (await alertReaders(trx)).filter((r) => preferencesOf(r).digest)
    if (rows.length === 0) return 0
    const alerts = await digestAlerts(trx, since)
    const recipients = new Map(
      (
        await mailRecipients(
          trx,
          rows.map((r) => r.userId),
        )
      ).map((r) => [r.userId, r]),
    )
    const standards = new Map(
      (await standardNames(trx)).map((s) => [s.id, { kk: s.nameKk, ru: s.nameRu, en: s.nameEn }]),
    )
    const { publicUrl, secret } = alertMailSettings()
    let sent = 0
    for (const row of rows) {
      const to = recipients.get(row.userId)
      if (!to) continue
      const reader = readerOf(row)
      const mine = alerts.filter((a) => readsAlert(reader, a) && wantsAlert(reader.preferences, a))
      const raised = mine.filter((a) => (time(a.raisedAt) ?? 0) >= since.getTime())
      const resolved = mine.filter((a) => (time(a.resolvedAt) ?? 0) >= since.getTime())
      const open = mine.filter((a) => a.resolvedAt === null)
      const failing = open.filter(
        (a) => a.rule === 'indicator_fails' || a.rule === 'projected_miss',
      )
      const stale = open.filter((a) => a.rule === 'office_stale')
      if (raised.length + resolved.length + failing.length + stale.length === 0) continue
      const tr = translatorFor(to.language)
      const section = (title: string, list: DigestAlertRow[]) =>
        list.length === 0 ? [] : [title, ...list.map((a) => `• ${alertText(a, tr, standards)}`)]
      const paragraphs = [
        tr.t('alertMail.greeting', { name: to.name }),
        ...section(tr.t('digest.raised', { count: tr.number(raised.length) }), raised),
        ...section(tr.t('digest.resolved', { count: tr.number(resolved.length) }), resolved),
        ...section(tr.t('digest.failing', { count: tr.number(failing.length) }), failing),
        ...section(tr.t('digest.stale', { count: tr.number(stale.length) }), stale),
      ]
      const token = await issueUnsubscribeToken(trx, row.userId, secret, now)
      const mail = composeMail(
        {
          language: to.language,
          subject: tr.t('digest.subject', { date: tr.date(now.toISOString().slice(0, 10)) }),
          heading: tr.t('digest.heading'),
          paragraphs,
          link: { path: '/inbox', label: tr.t('digest.link') },
          unsubscribeUrl: `${publicUrl}/unsubscribe/${token}`,
        },
        publicUrl,
      )
      await queueMail(trx, {
        ...mail,
        purpose: 'digest',
        to: to.email,
        language: to.language,
        userId: row.userId,
      })
      sent++
    }
    return sent
  })
}

/** Registered by app/monitoring/job-registry.server.ts. */
export function alertsDigestJob(): JobKind<Record<string, unknown>> {
  return defineJobKind({
    kind: 'alerts.digest',
    payload: z.object({}).loose(),
    schedule: weeklyAt(1, 9, 0),
    maxAttempts: 3,
    run: async (ctx) => {
      const sent = await sendDigests(ctx.db, ctx.now)
      ctx.log(`alerts.digest: ${sent} digests queued`)
    },
  })
}
