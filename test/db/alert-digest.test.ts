// The weekly digest through a real SMTP server (issue 14), on both engines: Monday 09:00 Almaty,
// one mail per user with the digest on, in their language (kk, ru, en), with what was raised in
// the last 7 days and what still fails — within their scope: Mangystau's department, digest on,
// has nothing (the alert is Akmola's) and gets no mail; a user with the digest off gets none.
// With the mail server down the digests are retried and delivered once it is back: none lost,
// none twice. The kk and ru digests are rendered to PNG (docs/screenshots/digest-mail-*.png).
// The alert: as in alert-mail.test.ts, the Kokshetau PSC's 1.1 "on time" at 1 of 2 = 50 %
// against the normative ≥ 100 % (worked out by hand): "50,0 %" with a non-breaking space in kk
// and ru, "50.0 %" in en (docs/domain.md §12).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser } from '../../app/accounts/auth.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { alertsDigestJob } from '../../app/alerts/digest.server'
import { configureAlertMail } from '../../app/alerts/mail-settings.server'
import { ALERT_RULES, lastCompleteMonth } from '../../app/domain/alert-rules'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { JobRegistry, mailSendJob } from '../../app/monitoring/job-kinds.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { createMailer, type Mailer } from '../../app/monitoring/mailer.server'
import { saveSubscription } from '../../db/queries/alerts'
import { mailById } from '../../db/queries/mail-outbox'
import { sql } from 'kysely'
import { importFarmCases } from '../support/farm-case-file'
import { screenshotMails } from '../support/mail-screenshots'
import { describeEachEngine } from '../support/test-db'
import { smtpSink, type SmtpSink } from '../support/smtp-sink'

const PUBLIC_URL = 'https://sapa.example.kz'
const { month } = lastCompleteMonth(todayInKazakhstan(new Date()))
const kokshetau = (id: string, completed: string) => ({
  id,
  office: 'KZ-11-PSC-kokshetau-city',
  submitted: `${month}-03T10:00:00+05:00`,
  completed: `${month}-${completed}T15:00:00+05:00`,
})

describeEachEngine('the weekly digest', (ctx) => {
  let sink: SmtpSink
  let mailer: Mailer

  beforeAll(async () => {
    configureAlertMail({ publicUrl: PUBLIC_URL, secret: 'digest-test-secret-0123456789' })
    sink = await smtpSink()
    mailer = createMailer({ smtpUrl: sink.url, from: 'Sapa <sapa@example.kz>' })!
    const make = async (
      key: string,
      regionCode: string,
      digest: boolean,
      language: 'kk' | 'ru' | 'en',
    ) => {
      const id = await createUser(
        ctx.db,
        {
          email: `${key}@digest.test`,
          name: key,
          role: 'regional_qc',
          regionCode,
          agencyId: null,
          password: 'long enough password',
        },
        { userId: null, source: CLI_SOURCE },
      )
      await saveSubscription(ctx.db, id, {
        rules: [...ALERT_RULES],
        regionIds: null,
        standardIds: null,
        channels: ['inbox'],
        digest,
        language,
      })
    }
    await make('akmola-kk', 'KZ-11', true, 'kk')
    await make('akmola-ru', 'KZ-11', true, 'ru')
    await make('akmola-en', 'KZ-11', true, 'en')
    await make('akmola-off', 'KZ-11', false, 'kk')
    await make('mangystau', 'KZ-47', true, 'ru')
    await importFarmCases(ctx.db, [kokshetau('W-1', '03'), kokshetau('W-2', '20')], 'digest')
  })
  afterAll(async () => {
    mailer?.close()
    await sink?.stop()
  })

  const runnerAt = (clock: { now: Date }) =>
    new JobRunner({
      db: ctx.db,
      registry: new JobRegistry()
        .register(mailSendJob(mailer, { baseMs: 1_000, capMs: 8_000 }))
        .register(alertsDigestJob()),
      runnerId: 'digest-test',
      clock: () => clock.now,
    })
  const to = (key: string) => sink.received.filter((m) => m.headers.to === `${key}@digest.test`)

  it('is sent on Monday 09:00 Almaty to the users with the digest on, within their scope, in kk, ru and en', async () => {
    const clock = { now: new Date() }
    const runner = runnerAt(clock)
    await runner.runDue()
    const { rows } = await sql<{ runAt: Date }>`
      select run_at from jobs where kind = 'alerts.digest'`.execute(ctx.db)
    expect(rows).toHaveLength(1)
    const runAt = new Date(rows[0]!.runAt)
    // Monday 09:00 in Almaty (UTC+5) is Monday 04:00Z.
    expect([runAt.getUTCDay(), runAt.toISOString().slice(11, 16)]).toEqual([1, '04:00'])
    expect(sink.received).toEqual([])

    clock.now = new Date(runAt.getTime() + 30_000)
    await runner.runDue()
    expect(sink.received).toHaveLength(3)
    expect(to('mangystau')).toEqual([])
    expect(to('akmola-off')).toEqual([])
    // One alert, raised this week and still open: listed as raised (1) and as failing (1).
    const [kk] = to('akmola-kk')
    expect(kk!.subject).toMatch(/^Sapa: апталық шолу, \d\d\.\d\d\.\d{4}$/)
    expect(kk!.headers['content-language']).toBe('kk')
    expect(kk!.text).toContain('Соңғы 7 күнде пайда болған ескертулер (1):')
    expect(kk!.text).toContain('Әлі де нысаналы мәнге немесе нормативке жетпейтін')
    // 1 of 2 = 50 %, in the one number style (one decimal, non-breaking spaces; decision 0029).
    const kkLine = '50,0\u00a0% болды (2\u00a0ішінен\u00a01); норматив — 100,0\u00a0%'
    expect(kk!.text.split(kkLine)).toHaveLength(3)
    expect(kk!.text).toContain(`${PUBLIC_URL}/unsubscribe/`)
    expect(kk!.html).toContain('<html lang="kk">')
    expect(kk!.html).toContain(kkLine)
    const [ru] = to('akmola-ru')
    expect(ru!.subject).toMatch(/^Sapa: еженедельная сводка, \d\d\.\d\d\.\d{4}$/)
    expect(ru!.text).toContain('Предупреждения за последние 7 дней (1):')
    expect(ru!.text).toContain('Показатели, которые всё ещё не достигают')
    expect(
      ru!.text.match(/ — 50,0\u00a0% \(1\u00a0из\u00a02\); норматив — 100,0\u00a0%/g),
    ).toHaveLength(2)
    expect(ru!.text).toContain(`${PUBLIC_URL}/unsubscribe/`)
    const [en] = to('akmola-en')
    expect(en!.subject).toMatch(/^Sapa: weekly digest, /)
    expect(en!.headers['content-language']).toBe('en')
    expect(en!.text).toContain('Alerts raised in the last 7 days (1):')
    expect(en!.text).toContain('Indicators still below their target or normative')
    // English: a full stop for the decimal, the same non-breaking space before the sign.
    expect(
      en!.text.match(
        / was 50\.0\u00a0% in .+ \(1\u00a0of\u00a02\); the normative is 100\.0\u00a0%/g,
      ),
    ).toHaveLength(2)
    expect(en!.text).toContain(`Open your inbox in Sapa: ${PUBLIC_URL}/inbox`)
    expect(en!.text).toContain(`${PUBLIC_URL}/unsubscribe/`)
    // Each digest went through the outbox: one row each, sent on the first attempt.
    const outbox = await sql<{ id: number; recipient: string }>`
      select id, recipient from mail_outbox where purpose = 'digest' order by recipient`.execute(
      ctx.db,
    )
    expect(outbox.rows.map((r) => r.recipient)).toEqual([
      'akmola-en@digest.test',
      'akmola-kk@digest.test',
      'akmola-ru@digest.test',
    ])
    for (const r of outbox.rows) {
      expect(await mailById(ctx.db, r.id)).toMatchObject({ status: 'sent', attempts: 1 })
    }
  })

  it('the kk and ru digests, rendered by Chromium (docs/screenshots)', async () => {
    await screenshotMails(ctx.engine, [
      [to('akmola-kk')[0]!.html, 'digest-mail-kk.png', 1366, 900],
      [to('akmola-ru')[0]!.html, 'digest-mail-ru.png', 390, 844],
    ])
  })

  it('with the mail server down, the next Monday’s digests are retried and delivered once it is back: none lost, none twice', async () => {
    sink.received.length = 0
    await sink.stop()
    const { rows } = await sql<{ runAt: Date }>`
      select run_at from jobs where kind = 'alerts.digest' and status = 'queued'`.execute(ctx.db)
    expect(rows).toHaveLength(1)
    const clock = { now: new Date(new Date(rows[0]!.runAt).getTime() + 30_000) }
    const runner = runnerAt(clock)
    // The digest job queues three mails; their first sends fail (connection refused).
    await runner.runDue()
    let pass = await runner.runDue()
    const queued = await sql<{ id: number; status: string; attempts: number }>`
      select id, status, attempts from mail_outbox
      where purpose = 'digest' and status <> 'sent' order by id`.execute(ctx.db)
    expect(queued.rows).toHaveLength(3)
    for (const m of queued.rows) expect(m).toMatchObject({ status: 'queued', attempts: 1 })
    expect(sink.received).toEqual([])

    await sink.start()
    // Attempt 1 failed: the next after 1 s × 2^0.
    clock.now = new Date(clock.now.getTime() + 60_000)
    pass = await runner.runDue()
    expect(pass.done).toBeGreaterThanOrEqual(3)
    clock.now = new Date(clock.now.getTime() + 3_600_000)
    await runner.runDue()
    await runner.runDue()
    expect(sink.received.map((m) => m.headers.to).sort()).toEqual([
      'akmola-en@digest.test',
      'akmola-kk@digest.test',
      'akmola-ru@digest.test',
    ])
    for (const m of queued.rows) {
      expect(await mailById(ctx.db, m.id)).toMatchObject({ status: 'sent', attempts: 2 })
    }
  })
})
