// The monthly region report by e-mail (issue 14, decision 0031), on both engines, through a real
// SMTP server started here: on the 1st at 09:00 Almaty each subscriber receives, in their
// language, a mail with the region's report for the year to date through the last complete month
// as a PDF attachment; a user without the option receives nothing; a regional department can
// never subscribe to another region (checked on the server); the job sends one report per user
// and month however often it is triggered.
// The run: Sunday 1 November 2026, 09:00 Almaty (04:00Z) — the last complete month is October
// 2026, the report covers 1 January – 31 October 2026. The data: two farm-certificate cases at the
// Kokshetau PSC (Akmola, KZ-11), submitted on 3 October 2026 with a 2-calendar-day term (due
// 5 October): one issued the same day (on time), one on 20 October (late) — Akmola's 1.1 "on
// time" for 2026 is 1 of 2 = 50 %, printed "50,0 %" in kk and ru, "50.0 %" in en (docs/domain.md
// §12); nothing else of Akmola's is in this database.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser } from '../../app/accounts/auth.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import type { AccountUser } from '../../app/accounts/policy.server'
import { configureAlertMail } from '../../app/alerts/mail-settings.server'
import { monthlyReportAction, sendMonthlyReports } from '../../app/alerts/monthly-report.server'
import { unsubscribe } from '../../app/alerts/unsubscribe.server'
import { jobRegistry } from '../../app/monitoring/job-registry.server'
import { JobRegistry, mailSendJob } from '../../app/monitoring/job-kinds.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { createMailer, type Mailer } from '../../app/monitoring/mailer.server'
import { userById } from '../../db/queries/accounts'
import { enqueueJob } from '../../db/queries/jobs'
import { monthlyReportChoice } from '../../db/queries/monthly-reports'
import type { Role } from '../../db/schema'
import { importFarmCases } from '../support/farm-case-file'
import { SCREENSHOTS, screenshotMails } from '../support/mail-screenshots'
import { printedPages } from '../support/printed-pages'
import { describeEachEngine } from '../support/test-db'
import { smtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink'

const PUBLIC_URL = 'https://sapa.example.kz'
const kokshetau = (id: string, completed: string) => ({
  id,
  office: 'KZ-11-PSC-kokshetau-city',
  submitted: '2026-10-03T10:00:00+05:00',
  completed: `2026-10-${completed}T15:00:00+05:00`,
})
/** 1 November 2026, 09:00 Almaty. */
const RUN = new Date('2026-11-01T04:00:00Z')
const SOURCE = { ip: '203.0.113.7', userAgent: 'test' }

describeEachEngine('the monthly region report by e-mail', (ctx) => {
  let sink: SmtpSink
  let mailer: Mailer
  const users: Record<string, AccountUser> = {}

  const make = async (
    key: string,
    role: Role,
    regionCode: string | null,
    agencyId: string | null = null,
  ) => {
    const id = await createUser(
      ctx.db,
      {
        email: `${key}@monthly.test`,
        name: `User ${key}`,
        role,
        regionCode,
        agencyId,
        password: 'long enough password',
      },
      { userId: null, source: CLI_SOURCE },
    )
    const row = (await userById(ctx.db, id))!
    users[key] = {
      id,
      email: row.email,
      name: row.name,
      role: row.role,
      regionId: row.regionId,
      regionCode: row.regionCode,
      agencyId: row.agencyId,
    }
  }
  const choose = (key: string, fields: Record<string, string>, lang: 'kk' | 'ru' | 'en') => {
    const form = new FormData()
    form.set('intent', 'monthly-report')
    for (const [k, v] of Object.entries(fields)) form.set(k, v)
    return monthlyReportAction(ctx.db, users[key]!, form, SOURCE, lang)
  }

  beforeAll(async () => {
    configureAlertMail({ publicUrl: PUBLIC_URL, secret: 'monthly-test-secret-0123456789' })
    sink = await smtpSink()
    mailer = createMailer({ smtpUrl: sink.url, from: 'Sapa <sapa@example.kz>' })!
    await make('akmola-kk', 'regional_qc', 'KZ-11')
    await make('akmola-none', 'regional_qc', 'KZ-11')
    await make('ministry-en', 'ministry_official', null)
    await make('chair-ru', 'agency_chair', null, 'land-resources-management-agency')
    await importFarmCases(ctx.db, [kokshetau('R-1', '03'), kokshetau('R-2', '20')], 'monthly', {
      alerts: false,
    })
  })
  afterAll(async () => {
    mailer?.close()
    await sink?.stop()
  })

  it('a regional department can never subscribe to another region; its own is the default', async () => {
    const other = await choose('akmola-kk', { on: 'on', region: 'KZ-47' }, 'kk')
    expect(other.init?.status).toBe(422)
    expect(other.data).toMatchObject({
      ok: false,
      errors: [{ field: 'monthlyRegion', values: 'KZ-47' }],
    })
    expect(await monthlyReportChoice(ctx.db, users['akmola-kk']!.id)).toBeUndefined()
    const own = await choose('akmola-kk', { on: 'on' }, 'kk')
    expect(own.data).toMatchObject({ ok: true })
    expect(await monthlyReportChoice(ctx.db, users['akmola-kk']!.id)).toMatchObject({
      regionCode: 'KZ-11',
      language: 'kk',
    })
    // Changing it later to another region is refused too, and the stored choice stays.
    expect((await choose('akmola-kk', { on: 'on', region: 'KZ-75' }, 'kk')).init?.status).toBe(422)
    expect(await monthlyReportChoice(ctx.db, users['akmola-kk']!.id)).toMatchObject({
      regionCode: 'KZ-11',
    })
    // A ministry official and an agency chair read every region: they pick one.
    expect((await choose('ministry-en', {}, 'en')).data).toMatchObject({ ok: true })
    expect(await monthlyReportChoice(ctx.db, users['ministry-en']!.id)).toBeUndefined()
    expect((await choose('ministry-en', { on: 'on' }, 'en')).init?.status).toBe(422)
    expect((await choose('ministry-en', { on: 'on', region: 'KZ-11' }, 'en')).data).toMatchObject({
      ok: true,
    })
    expect((await choose('chair-ru', { on: 'on', region: 'KZ-11' }, 'ru')).data).toMatchObject({
      ok: true,
    })
    expect(await auditCount('alert.monthly_report')).toBe(3)
  })

  const auditCount = async (action: string) =>
    (
      await sql<{ n: number }>`
        select count(*)::int as n from audit_log where action = ${action}`.execute(ctx.db)
    ).rows[0]!.n
  const mailTo = (key: string) =>
    sink.received.filter((m) => m.headers.to === `${key}@monthly.test`)
  /** The attached PDF's text (pdftotext), which must contain each of `parts`. */
  const expectPdf = (mail: ReceivedMail, parts: string[]) => {
    const text = printedPages(mail.attachments[0]!.content)
      .map((p) => p.text)
      .join('\n')
    for (const part of parts) expect(text).toContain(part)
    return text
  }

  it('on the 1st at 09:00 Almaty each subscriber receives the region’s report as a PDF, in their language', async () => {
    const clock = { now: new Date(RUN.getTime() - 3_600_000) }
    const runner = new JobRunner({
      db: ctx.db,
      registry: jobRegistry({ mailer }),
      runnerId: 'monthly-test',
      clock: () => clock.now,
    })
    await runner.runDue()
    const { rows } = await sql<{ runAt: Date }>`
      select run_at from jobs where kind = 'reports.monthly'`.execute(ctx.db)
    expect(rows.map((r) => new Date(r.runAt).toISOString())).toEqual([RUN.toISOString()])
    clock.now = new Date(RUN.getTime() + 30_000)
    await runner.runDue()
    // The mails' send jobs are due from the database's clock: send them now (with the mail
    // kind only — December's report, stored for 1 December 2026, is due by today's clock too).
    await new JobRunner({
      db: ctx.db,
      registry: new JobRegistry().register(mailSendJob(mailer)),
      runnerId: 'monthly-test-send',
      clock: () => new Date(),
    }).runDue()

    expect(sink.received).toHaveLength(3)
    expect(mailTo('akmola-none')).toEqual([])

    const [kk] = mailTo('akmola-kk')
    expect(kk!.subject).toBe('Sapa: айлық есеп, Ақмола облысы, 31.10.2026 дейін')
    expect(kk!.text).toContain('Тіркемеде (PDF): Ақмола облысы бойынша 2026 жылғы есеп')
    // The data-through date: the latest record of Akmola by its submission date (decision
    // 0028) — both cases were submitted on 3 October.
    expect(kk!.text).toContain('Деректер 03.10.2026 бойынша')
    expect(kk!.text).toContain(`${PUBLIC_URL}/reports/2026?region=KZ-11`)
    expect(kk!.text).toContain(`${PUBLIC_URL}/unsubscribe/`)
    expect(kk!.html).toContain(`${PUBLIC_URL}/unsubscribe/`)
    expect(kk!.attachments).toHaveLength(1)
    expect(kk!.attachments[0]).toMatchObject({
      filename: 'sapa-2026-KZ-11-monthly-2026-10-kk.pdf',
      contentType: 'application/pdf',
    })
    expectPdf(kk!, ['Ақмола облысы', 'АЙЛЫҚ ЖҰМЫС ЕСЕБІ', 'Жыл басынан 31.10.2026 дейін', '50,0 %'])

    const [en] = mailTo('ministry-en')
    expect(en!.subject).toBe('Sapa: monthly report, Akmola Region, through 31 Oct 2026')
    expectPdf(en!, ['Akmola Region', 'MONTHLY WORKING REPORT', '50.0 %'])

    // The land agency's chair: the land standards only — no farm certificate, no 50 %.
    const [ru] = mailTo('chair-ru')
    expect(ru!.text).toContain('В отчёте только стандарты вашего ведомства.')
    const ruPdf = expectPdf(ru!, ['Акмолинская область', 'ЕЖЕМЕСЯЧНЫЙ РАБОЧИЙ ОТЧЁТ'])
    expect(ruPdf).not.toContain('50,0 %')
    expect(ruPdf).not.toMatch(/подсобного хозяйства/)

    const audit = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where action = 'report.monthly_mail'`.execute(ctx.db)
    expect(audit.rows[0]!.n).toBe(3)
  })

  it('the kk mail and the first page of its PDF, rendered (docs/screenshots)', async () => {
    const [kk] = mailTo('akmola-kk')
    if (!(await screenshotMails(ctx.engine, [[kk!.html, 'monthly-report-mail-kk.png', 1366, 900]])))
      return
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'sapa-monthly-'))
    try {
      const pdf = path.join(tmp, 'report.pdf')
      writeFileSync(pdf, kk!.attachments[0]!.content)
      const png = path.join(SCREENSHOTS, 'monthly-report-pdf-kk')
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png])
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  it('runs once per month however often it is triggered', async () => {
    sink.received.length = 0
    // Again at the same instant, later the same month, and a second stored job of the kind.
    expect(await sendMonthlyReports(ctx.db, new Date(RUN.getTime() + 60_000))).toBe(0)
    expect(await sendMonthlyReports(ctx.db, new Date('2026-11-20T10:00:00Z'))).toBe(0)
    await enqueueJob(ctx.db, { kind: 'reports.monthly', payload: {}, runAt: RUN })
    const pass = await new JobRunner({
      db: ctx.db,
      registry: jobRegistry({ mailer }),
      runnerId: 'monthly-test-again',
      clock: () => new Date(RUN.getTime() + 120_000),
    }).runDue()
    expect(pass.done).toBeGreaterThanOrEqual(1)
    expect(sink.received).toEqual([])
    const sends = await sql<{ month: string; n: number }>`
      select month, count(*)::int as n from monthly_report_sends group by month`.execute(ctx.db)
    expect(sends.rows).toEqual([{ month: '2026-10', n: 3 }])
    const outbox = await sql<{ n: number }>`
      select count(*)::int as n from mail_outbox where purpose = 'monthly_report'`.execute(ctx.db)
    expect(outbox.rows[0]!.n).toBe(3)
  })

  it('the unsubscribe link in the mail turns the monthly report off, once, without a session', async () => {
    const [kk] = await sql<{ text: string }>`
      select text_body as text from mail_outbox
      where recipient = 'akmola-kk@monthly.test' and purpose = 'monthly_report'`
      .execute(ctx.db)
      .then((r) => r.rows)
    const token = /\/unsubscribe\/([A-Za-z0-9._-]+)/.exec(kk!.text)![1]!
    const secret = 'monthly-test-secret-0123456789'
    expect((await unsubscribe(ctx.db, token, secret, SOURCE, new Date())).status).toBe('valid')
    expect(await monthlyReportChoice(ctx.db, users['akmola-kk']!.id)).toBeUndefined()
    expect(await monthlyReportChoice(ctx.db, users['ministry-en']!.id)).toBeDefined()
    expect((await unsubscribe(ctx.db, token, secret, SOURCE, new Date())).status).toBe('used')
  })
})
