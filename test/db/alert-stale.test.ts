// The "office goes stale" alert rule (issue 14, decisions 0028 and 0030), on both engines. Facts
// used (seeds/reference): the Kokshetau PSC (KZ-11, Akmola) serves the farm certificate on the
// PSC channel. Thresholds: the defaults — stale after more than 35 days without a case, from an
// office with cases in each of the 3 months before the month of its latest case.
// Dates are relative to today in Kazakhstan: the latest case on the 1st of the month two months
// back (at least 59 days ago, so stale whatever today is), cases on the 1st of each of the three
// months before it (regular); then one case yesterday makes the office fresh again.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { createUser } from '../../app/accounts/auth.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { evaluateAlerts } from '../../app/alerts/evaluate.server'
import { addMonths, daysBetween, monthOf } from '../../app/domain/freshness'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { commitImport, previewImport } from '../../app/import/import.server'
import { CASES_HEADER, farmCaseLine } from '../support/farm-case-file'
import { describeEachEngine } from '../support/test-db'
import { runImportAlerts } from '../support/import-alerts'

const PSC = 'KZ-11-PSC-kokshetau-city'

const today = todayInKazakhstan(new Date())
const latestMonth = addMonths(monthOf(today), -2)
const regularMonths = [3, 2, 1].map((n) => addMonths(latestMonth, -n))
const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

const caseLine = (id: string, day: string) =>
  farmCaseLine({
    id,
    office: PSC,
    submitted: `${day}T09:00:00+05:00`,
    completed: `${day}T10:00:00+05:00`,
  })

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n')

describeEachEngine('the office-goes-stale alert', (ctx) => {
  const users: Record<string, number> = {}
  let source = 0

  beforeAll(async () => {
    const make = (
      key: string,
      role: 'admin' | 'regional_qc' | 'agency_chair',
      extra: { regionCode?: string; agencyId?: string } = {},
    ) =>
      createUser(
        ctx.db,
        {
          email: `${key}@stale.test`,
          name: key,
          role,
          regionCode: extra.regionCode ?? null,
          agencyId: extra.agencyId ?? null,
          password: 'long enough password',
        },
        { userId: null, source: CLI_SOURCE },
      ).then((id) => (users[key] = id))
    await make('admin', 'admin')
    await make('akmola', 'regional_qc', { regionCode: 'KZ-11' })
    await make('mangystau', 'regional_qc', { regionCode: 'KZ-47' })
    await make('agri', 'agency_chair', { agencyId: 'ministry-of-agriculture' })
  })

  const importCases = async (bytes: Uint8Array) => {
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'cases.csv',
      input: bytes,
      source: `stale-${++source}`,
      allowedRegionIds: null,
    })
    await commitImport(ctx.db, preview.batchId)
    await runImportAlerts(ctx.db)
    return preview.batchId
  }

  const staleAlerts = async () => {
    const { rows } = await sql<{
      id: number
      period: string
      standardId: string
      resolvedAt: Date | null
      figures: Record<string, unknown>
    }>`select id, period, standard_id, resolved_at, figures from alerts
      where rule = 'office_stale' order by id`.execute(ctx.db)
    return rows
  }

  const recipientsOf = async (alertId: number) => {
    const { rows } = await sql<{ userId: number }>`
      select user_id from alert_deliveries where alert_id = ${alertId}`.execute(ctx.db)
    const names = Object.fromEntries(Object.entries(users).map(([k, v]) => [v, k]))
    return rows.map((r) => names[r.userId]).sort()
  }

  let alertId = 0

  it('an office made stale by its data raises one alert, for the readers of its region only', async () => {
    await importCases(
      csv(
        CASES_HEADER,
        ...regularMonths.map((m, i) => caseLine(`S-${i}`, `${m}-01`)),
        caseLine('S-last', `${latestMonth}-01`),
      ),
    )
    const alerts = await staleAlerts()
    expect(alerts).toHaveLength(1)
    const [alert] = alerts
    alertId = alert!.id
    expect(alert).toMatchObject({ period: latestMonth, standardId: '', resolvedAt: null })
    expect(alert!.figures).toMatchObject({
      office: PSC,
      region: 'KZ-11',
      latestOn: `${latestMonth}-01`,
      days: daysBetween(`${latestMonth}-01`, today),
      staleAfterDays: 35,
    })
    // The administrator and Akmola's department; not Mangystau's; not an agency chair (the
    // alert is about the office, no one standard).
    expect(await recipientsOf(alertId)).toEqual(['admin', 'akmola'])
  })

  it('a full evaluation finds it open and raises nothing again', async () => {
    const result = await evaluateAlerts(ctx.db, { trigger: 'cli' })
    expect(result.raised.filter((r) => r.rule === 'office_stale')).toEqual([])
    expect(await staleAlerts()).toHaveLength(1)
  })

  it('a later case resolves it', async () => {
    await importCases(csv(CASES_HEADER, caseLine('S-new', yesterday)))
    const [alert] = await staleAlerts()
    expect(alert!.id).toBe(alertId)
    expect(alert!.resolvedAt).not.toBeNull()
    const { rows } = await sql<{ action: string }>`
      select action from audit_log where entity = 'alert' and entity_id = ${String(alertId)}
      order by id`.execute(ctx.db)
    expect(rows.map((r) => r.action)).toEqual(['alert.raise', 'alert.resolve'])
  })
})
