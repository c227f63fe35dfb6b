// Alerts by e-mail (issue 14, decision 0030 addendum): one mail per (alert, recipient) queued to
// the outbox (queueMail, decision 0027) inside the evaluation's transaction — stored with the
// alert or not at all — in the recipient's language: the alert's figures in words (the inbox's
// sentence), a link to the page that shows its cause (PUBLIC_URL) and a single-use unsubscribe
// link. Each mail is also an alert_deliveries row with channel 'email' (the record of who got
// what; the alert.raise audit row lists the recipients per channel).
import type { Db } from '../../db/client.server'
import { insertDeliveries, mailRecipients, standardNames } from '../../db/queries/alerts'
import type { AlertFinding } from '../domain/alert-rules'
import { translatorFor } from '../i18n/messages.server'
import type { Language } from '../i18n/languages'
import { composeMail, type ComposedMail } from '../monitoring/mail-composition.server'
import { queueMail } from '../monitoring/mail-queue.server'
import type { AlertDelivery } from './delivery.server'
import { alertHref, alertText, alertTitle } from './inbox.server'
import { alertMailSettings } from './mail-settings.server'
import { issueUnsubscribeToken } from './unsubscribe.server'

type Names = { kk: string; ru: string; en: string }

/** One alert mail, composed (no I/O but the caller's translator and the given links). */
export function composeAlertMail(input: {
  finding: Pick<AlertFinding, 'rule' | 'figures' | 'standardId' | 'measure' | 'period'>
  raisedAt: Date
  language: Language
  name: string
  standards: Map<string, Names>
  publicUrl: string
  unsubscribeUrl: string | null
}): ComposedMail {
  const tr = translatorFor(input.language)
  const rule = alertTitle(input.finding, tr)
  return composeMail(
    {
      language: input.language,
      subject: tr.t('alertMail.subject', { rule }),
      heading: rule,
      paragraphs: [
        tr.t('alertMail.greeting', { name: input.name }),
        tr.t('alertMail.intro'),
        alertText(input.finding, tr, input.standards),
        tr.t('alertMail.resolves'),
      ],
      link: { path: alertHref(input.finding, input.raisedAt), label: tr.t('alertMail.link') },
      unsubscribeUrl: input.unsubscribeUrl,
    },
    input.publicUrl,
  )
}

export const emailDelivery: AlertDelivery = {
  channel: 'email',
  async deliver(db: Db, alert, userIds, now) {
    const recipients = await mailRecipients(db, userIds)
    if (recipients.length === 0) return 0
    const { publicUrl, secret } = alertMailSettings()
    const standards = new Map(
      (await standardNames(db)).map((s) => [s.id, { kk: s.nameKk, ru: s.nameRu, en: s.nameEn }]),
    )
    for (const r of recipients) {
      const token = await issueUnsubscribeToken(db, r.userId, secret, now)
      const mail = composeAlertMail({
        finding: alert.finding,
        raisedAt: now,
        language: r.language,
        name: r.name,
        standards,
        publicUrl,
        unsubscribeUrl: `${publicUrl}/unsubscribe/${token}`,
      })
      await queueMail(db, {
        ...mail,
        purpose: 'alert',
        to: r.email,
        language: r.language,
        userId: r.userId,
      })
    }
    return insertDeliveries(
      db,
      alert.id,
      recipients.map((r) => r.userId),
      'email',
      now,
    )
  },
}
