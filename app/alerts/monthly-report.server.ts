// The monthly region report by e-mail, for those who ask (issue 14, decision 0031). On
// /account/alerts a user turns it on for one region within what their role reads — a regional
// department only its own, checked here on the server; an agency chair's report holds its
// agency's standards only. On the 1st of each month at 09:00 Asia/Almaty the stored job
// `reports.monthly` queues, for each subscriber, in their language, the region's report for the
// year to date through the last complete month as a PDF attachment (the annual report's model and
// PDF renderer, marked as a monthly working report), with a plain text and HTML body, the
// data-through date and an unsubscribe link — through the outbox like every mail, audited. One
// report per user and month however often the job runs (monthly_report_sends).
import { data } from '@remix-run/node'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { regionChoices } from '../../db/queries/alerts'
import {
  claimMonthlyReport,
  deleteMonthlyReportChoice,
  monthlyReportChoice,
  monthlyReportQueued,
  monthlyReportSubscribers,
  saveMonthlyReportChoice,
  setMonthlyReportMail,
} from '../../db/queries/monthly-reports'
import type { Edition } from '../../reports/model'
import { reportPdf } from '../../reports/pdf'
import { audit, type AuditSource } from '../accounts/audit.server'
import {
  canRead,
  dataAccessOf,
  userScope,
  type AccountUser,
  type CurrentUser,
} from '../accounts/policy.server'
import { assembleReport } from '../annual-reports/editions.server'
import { lastCompleteMonth } from '../domain/alert-rules'
import { monthlyAt } from '../domain/job-schedule'
import { todayInKazakhstan, yearOf } from '../domain/reporting-period'
import { optionalField, regionCode } from '../http/input-schemas.server'
import { localName, type Language } from '../i18n/languages'
import { translatorFor } from '../i18n/messages.server'
import { defineJobKind, type JobKind } from '../monitoring/job-kinds.server'
import { composeMail } from '../monitoring/mail-composition.server'
import { queueMail } from '../monitoring/mail-queue.server'
import { alertMailSettings } from './mail-settings.server'
import { issueUnsubscribeToken } from './unsubscribe.server'

// ── the choice on /account/alerts ────────────────────────────────────────────────────────────

export const MonthlyReportForm = z.object({
  intent: z.literal('monthly-report'),
  on: z.boolean(),
  region: optionalField(regionCode),
})

export function isMonthlyReportForm(form: FormData): boolean {
  return form.get('intent') === 'monthly-report'
}

/** The page's section: on or off, the region chosen, and the regions the user may choose. */
export async function monthlyReportSection(db: Db, user: CurrentUser, lang: Language) {
  const [choice, regions] = await Promise.all([monthlyReportChoice(db, user.id), regionChoices(db)])
  return {
    on: choice !== undefined,
    region: choice?.regionCode ?? user.regionCode,
    regions: regions
      .filter((r) => user.role !== 'regional_qc' || r.id === user.regionId)
      .map((r) => ({ code: r.code, name: localName(r, lang) })),
    agencyOnly: user.role === 'agency_chair',
  }
}

export type MonthlyReportError = { field: 'monthlyRegion' | 'monthlyForm'; values: string | null }

/**
 * Saves the choice. A region beyond the user's scope is a 422 naming it — a regional department
 * asking for another region among them, whatever the form sent; audited `alert.monthly_report`.
 */
export async function monthlyReportAction(
  db: Db,
  user: AccountUser,
  form: FormData,
  source: AuditSource,
  language: Language,
) {
  const fail = (errors: MonthlyReportError[]) =>
    data({ section: 'monthly' as const, ok: false as const, errors }, { status: 422 })
  const parsed = MonthlyReportForm.safeParse({
    intent: form.get('intent'),
    on: form.get('on') === 'on',
    region: form.get('region') ?? undefined,
  })
  if (!parsed.success) return fail([{ field: 'monthlyForm', values: null }])
  const before = await monthlyReportChoice(db, user.id)
  const recorded = (trx: Db, after: { region: string | null; language?: Language }) =>
    audit(trx, {
      userId: user.id,
      action: 'alert.monthly_report',
      entity: 'user',
      entityId: user.id,
      before: { region: before?.regionCode ?? null, language: before?.language ?? null },
      after,
      source,
    })
  if (!parsed.data.on) {
    await db.transaction().execute(async (trx) => {
      if (await deleteMonthlyReportChoice(trx, user.id)) await recorded(trx, { region: null })
    })
    return data({ section: 'monthly' as const, ok: true as const, errors: [] })
  }
  // A regional department's report is its own region's: no other, asked or not.
  const code = parsed.data.region ?? (user.role === 'regional_qc' ? user.regionCode : null)
  if (code === null) return fail([{ field: 'monthlyRegion', values: null }])
  const region = (await regionChoices(db)).find((r) => r.code === code)
  if (!region || !canRead(await userScope(db, user), { regionCode: code })) {
    return fail([{ field: 'monthlyRegion', values: code }])
  }
  await db.transaction().execute(async (trx) => {
    await saveMonthlyReportChoice(trx, user.id, { regionId: region.id, language })
    await recorded(trx, { region: code, language })
  })
  return data({ section: 'monthly' as const, ok: true as const, errors: [] })
}

// ── the monthly job ──────────────────────────────────────────────────────────────────────────

const JOB_SOURCE: AuditSource = { ip: null, userAgent: 'sapa-jobs' }

/** `sapa-2026-KZ-11-monthly-2026-11-kk.pdf` */
export const monthlyReportFileName = (
  year: number,
  regionCode: string,
  month: string,
  lang: Language,
) => `sapa-${year}-${regionCode}-monthly-${month}-${lang}.pdf`

/** Queues the reports due at `now` (the last complete month's); returns how many mails. */
export async function sendMonthlyReports(
  db: Db,
  now: Date,
  log: (message: string) => void = () => {},
): Promise<number> {
  const { month, lastDay } = lastCompleteMonth(todayInKazakhstan(now))
  const year = yearOf(lastDay)
  const { publicUrl, secret } = alertMailSettings()
  let queued = 0
  for (const sub of await monthlyReportSubscribers(db)) {
    if (await monthlyReportQueued(db, sub.user.id, month)) continue
    // The scope of today: a user moved to another region since choosing gets nothing.
    const scope = await userScope(db, sub.user)
    if (!canRead(scope, { regionCode: sub.regionCode })) {
      log(`reports.monthly: ${sub.user.email} no longer reads ${sub.regionCode}: skipped`)
      continue
    }
    // Rendered before the transaction: the embedded database is not held while the PDF is laid out.
    const model = await assembleReport(
      db,
      { year, regionCode: sub.regionCode },
      { asOf: lastDay, access: dataAccessOf(scope) },
    )
    const edition: Edition = {
      status: 'draft',
      renderedAt: now.toISOString(),
      working: { through: lastDay },
    }
    const pdf = await reportPdf(model, edition, sub.language)
    const tr = translatorFor(sub.language)
    const region = model.scope.name?.[sub.language] ?? sub.regionCode
    const wrote = await db.transaction().execute(async (trx) => {
      if (
        !(await claimMonthlyReport(trx, {
          userId: sub.user.id,
          month,
          regionId: sub.regionId,
          now,
        }))
      )
        return false
      const token = await issueUnsubscribeToken(trx, sub.user.id, secret, now)
      const through = tr.date(lastDay)
      const mail = composeMail(
        {
          language: sub.language,
          subject: tr.t('monthlyReport.mail.subject', { region, date: through }),
          heading: tr.t('monthlyReport.mail.heading', { region }),
          paragraphs: [
            tr.t('alertMail.greeting', { name: sub.user.name }),
            tr.t('monthlyReport.mail.body', { region, year: String(year), date: through }),
            model.dataThrough
              ? tr.t('freshness.dataThrough', { date: tr.date(model.dataThrough) })
              : tr.t('freshness.dataThroughNone'),
            ...(scope.standards === 'all' ? [] : [tr.t('monthlyReport.agencyOnly')]),
            tr.t('monthlyReport.mail.working'),
          ],
          link: {
            path: `/reports/${year}?${new URLSearchParams({ region: sub.regionCode })}`,
            label: tr.t('monthlyReport.mail.link'),
          },
          unsubscribeUrl: `${publicUrl}/unsubscribe/${token}`,
        },
        publicUrl,
      )
      const mailId = await queueMail(trx, {
        ...mail,
        purpose: 'monthly_report',
        to: sub.user.email,
        language: sub.language,
        userId: sub.user.id,
        attachments: [
          {
            filename: monthlyReportFileName(year, sub.regionCode, month, sub.language),
            contentType: 'application/pdf',
            size: pdf.byteLength,
            contentBase64: Buffer.from(pdf).toString('base64'),
          },
        ],
      })
      await setMonthlyReportMail(trx, sub.user.id, month, mailId)
      await audit(
        trx,
        {
          userId: null,
          action: 'report.monthly_mail',
          entity: 'user',
          entityId: sub.user.id,
          after: { month, region: sub.regionCode, language: sub.language, mailId },
          source: JOB_SOURCE,
        },
        now,
      )
      return true
    })
    if (wrote) queued++
  }
  return queued
}

/** Registered by app/monitoring/job-registry.server.ts: the 1st of each month, 09:00 Almaty. */
export function monthlyReportJob(): JobKind<Record<string, unknown>> {
  return defineJobKind({
    kind: 'reports.monthly',
    payload: z.object({}).loose(),
    schedule: monthlyAt(1, 9, 0),
    maxAttempts: 3,
    run: async (ctx) => {
      const queued = await sendMonthlyReports(ctx.db, ctx.now, ctx.log)
      ctx.log(`reports.monthly: ${queued} reports queued`)
    },
  })
}
