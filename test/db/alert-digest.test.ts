// The weekly digest through a real SMTP server (issue 14), on both engines: Monday 09:00 Almaty,
// one mail per user with the digest on, in their language, with what was raised in the last 7
// days and what still fails — within their scope: Mangystau's department, digest on, has nothing
// (the alert is Akmola's) and gets no mail; a user with the digest off gets none.
// The alert: as in alert-mail.test.ts, the Kokshetau PSC's 1.1 "on time" at 1 of 2 = 50 %
// against the normative ≥ 100 % (worked out by hand).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser } from '../../app/accounts/auth.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { alertsDigestJob } from '../../app/alerts/digest.server'
import { configureAlertMail } from '../../app/alerts/mail-settings.server'
import { ALERT_RULES, lastCompleteMonth } from '../../app/domain/alert-rules'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { commitImport, previewImport } from '../../app/import/import.server'
import { JobRegistry, mailSendJob } from '../../app/monitoring/job-kinds.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { createMailer, type Mailer } from '../../app/monitoring/mailer.server'
import { saveSubscription } from '../../db/queries/alerts'
import { sql } from 'kysely'
import { describeEachEngine } from '../support/test-db'
import { smtpSink, type SmtpSink } from '../support/smtp-sink'

const PUBLIC_URL = 'https://sapa.example.kz'
const HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'
const { month } = lastCompleteMonth(todayInKazakhstan(new Date()))
const line = (id: string, completed: string) =>
  [
    id,
    'private-farm-certificate',
    'standard',
    'public_service_center',
    'KZ-11-PSC-kokshetau-city',
    `${month}-03T10:00:00+05:00`,
    `${month}-${completed}T15:00:00+05:00`,
    'issued',
    '5',
    '8',
    '12',
    'yes',
    'yes',
    '',
    '',
  ].join(',')

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
      language: 'kk' | 'ru',
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
    await make('akmola-off', 'KZ-11', false, 'kk')
    await make('mangystau', 'KZ-47', true, 'ru')
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'cases.csv',
      input: new TextEncoder().encode([HEADER, line('W-1', '03'), line('W-2', '20')].join('\n')),
      source: 'digest',
      allowedRegionIds: null,
    })
    await commitImport(ctx.db, preview.batchId)
  })
  afterAll(async () => {
    mailer?.close()
    await sink?.stop()
  })

  it('is sent on Monday 09:00 Almaty to the users with the digest on, within their scope', async () => {
    const clock = { now: new Date() }
    const runner = new JobRunner({
      db: ctx.db,
      registry: new JobRegistry().register(mailSendJob(mailer)).register(alertsDigestJob()),
      runnerId: 'digest-test',
      clock: () => clock.now,
    })
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
    const to = (key: string) => sink.received.filter((m) => m.headers.to === `${key}@digest.test`)
    expect(sink.received).toHaveLength(2)
    expect(to('mangystau')).toEqual([])
    expect(to('akmola-off')).toEqual([])
    const [kk] = to('akmola-kk')
    expect(kk!.subject).toMatch(/^Sapa: апталық шолу/)
    expect(kk!.text).toContain('Соңғы 7 күнде пайда болған ескертулер (1):')
    // 1 of 2 = 50 %, in the one number style (one decimal, non-breaking spaces; decision 0029).
    expect(kk!.text).toContain('50,0\u00a0% болды (2\u00a0ішінен\u00a01); норматив — 100,0\u00a0%')
    expect(kk!.text).toContain(`${PUBLIC_URL}/unsubscribe/`)
    const [ru] = to('akmola-ru')
    expect(ru!.subject).toMatch(/^Sapa: еженедельная сводка/)
    expect(ru!.text).toContain('Предупреждения за последние 7 дней (1):')
    expect(ru!.text).toMatch(/ 50,0\u00a0%.*1\u00a0из\u00a02.*100,0\u00a0%/)
  })
})
