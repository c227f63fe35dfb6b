// The daily alert evaluation as a stored job (decisions 0027, 0030), on both engines: a runner's
// pass stores the next 06:00 Almaty occurrence of `alerts.evaluate`; when it is due, running the
// due jobs evaluates every office — an import written with its evaluation switched off (one late
// case of two at the Kokshetau PSC: 1.1 at 50 % against the normative ≥ 100 %, as in
// alerts.test.ts) is found by it and raises its one alert, audited with the trigger 'daily'.
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { lastCompleteMonth } from '../../app/domain/alert-rules'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { commitImport, previewImport } from '../../app/import/import.server'
import { jobRegistry } from '../../app/monitoring/job-registry.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { farmCaseFile } from '../support/farm-case-file'
import { describeEachEngine } from '../support/test-db'

const PSC = 'KZ-11-PSC-kokshetau-city'

describeEachEngine('the daily alert evaluation job', (ctx) => {
  it('is scheduled at 06:00 Almaty and, when due, evaluates every office', async () => {
    const clock = { now: new Date() }
    const runner = new JobRunner({
      db: ctx.db,
      registry: jobRegistry({ mailer: null }),
      runnerId: 'daily-test',
      clock: () => clock.now,
    })
    await runner.runDue()
    const { rows: jobs } = await sql<{ id: number; runAt: Date; uniqueKey: string }>`
      select id, run_at, unique_key from jobs where kind = 'alerts.evaluate'`.execute(ctx.db)
    expect(jobs).toHaveLength(1)
    const runAt = new Date(jobs[0]!.runAt)
    // 06:00 in Almaty (UTC+5) is 01:00Z, within the next day.
    expect(runAt.toISOString().slice(11, 16)).toBe('01:00')
    expect(jobs[0]!.uniqueKey).toMatch(/^alerts\.evaluate@\d{4}-\d\d-\d\dT06:00\+05:00$/)
    expect(runAt.getTime() - clock.now.getTime()).toBeGreaterThan(0)
    expect(runAt.getTime() - clock.now.getTime()).toBeLessThanOrEqual(86_400_000)

    // The month the job will look at: the last complete one on the day it runs.
    const { month } = lastCompleteMonth(todayInKazakhstan(runAt))
    const kokshetau = (id: string, completedDay: string) => ({
      id,
      office: PSC,
      submitted: `${month}-03T10:00:00+05:00`,
      completed: `${month}-${completedDay}T15:00:00+05:00`,
    })
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'cases.csv',
      input: farmCaseFile([kokshetau('D-1', '03'), kokshetau('D-2', '20')]),
      source: 'daily-job',
      allowedRegionIds: null,
    })
    await commitImport(ctx.db, preview.batchId, { alerts: false })
    const count = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from alerts
          where rule = 'indicator_fails'`.execute(ctx.db)
      ).rows[0]!.n
    expect(await count()).toBe(0)

    clock.now = new Date(runAt.getTime() + 30_000)
    const pass = await runner.runDue()
    expect(pass.failed).toBe(0)
    expect(await count()).toBe(1)
    const { rows: audit } = await sql<{ after: { trigger: string; measure: string } }>`
      select after from audit_log where action = 'alert.raise'`.execute(ctx.db)
    expect(audit.map((a) => [a.after.trigger, a.after.measure])).toContainEqual(['daily', '1.1'])
    const { rows: done } = await sql<{ status: string }>`
      select status from jobs where id = ${jobs[0]!.id}`.execute(ctx.db)
    expect(done[0]!.status).toBe('done')
  })
})
