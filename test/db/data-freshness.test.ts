// Data freshness (docs/domain.md "Data freshness", decision 0028) on both engines, worked out by
// hand. Today is 4 December 2026; 30 October is 35 days before, 29 October 36.
// - Kokshetau akimat (KZ-11): cases on the 15th of July, August and September, the last on
//   29 October → regular (July–September each had cases), 36 days quiet → stale; months without
//   records over December 2025 – November 2026: November only (nothing before July is missed).
// - Aktau akimat (KZ-47): the same months, the last case on 30 October → 35 days → not stale.
// - Kokshetau PSC (KZ-11): no case at all → not stale, no months without records.
// The October cases of Kokshetau akimat came in import batch B by akmola-fresh@test (committed);
// its earlier cases in batch A before it, so B is the latest batch that touched the office.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases, type CaseInput } from '../../app/facts/fact-writer.server'
import { dataThroughOf, freshnessReport, staleOffices } from '../../app/monitoring/freshness.server'
import { DATA_PAGE_SIZE, dataExport, dataPage } from '../../app/monitoring/data-page.server'
import { dataAccessOf, scopeOf } from '../../app/accounts/policy.server'
import { setFreshnessThresholds } from '../../app/admin/reference-changes.server'
import { auditRows } from '../../db/queries/audit'
import { regionDashboard } from '../../app/dashboards/region-dashboard.server'
import { nationalOverviewPage } from '../../app/dashboards/national-overview.server'
import { FARM, OFFICE } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'
import { NOTHING_MEASURED } from '../support/case-inputs'

const TODAY = '2026-12-04'

function farmCase(id: string, office: string, day: string): CaseInput {
  return {
    externalId: id,
    standardId: FARM,
    channel: 'local_executive_body',
    variant: 'standard',
    officeCode: office,
    submittedAt: new Date(`${day}T10:00:00+05:00`),
    completedAt: new Date(`${day}T10:05:00+05:00`),
    result: 'issued',
    ...NOTHING_MEASURED,
  }
}

describeEachEngine('data freshness', (ctx) => {
  let akmolaId = 0
  let mangystauId = 0
  let batchA = 0
  let batchB = 0

  beforeAll(async () => {
    const regions = await sql<{ id: number; code: string }>`
      select id, code from regions where code in ('KZ-11', 'KZ-47')`.execute(ctx.db)
    akmolaId = regions.rows.find((r) => r.code === 'KZ-11')!.id
    mangystauId = regions.rows.find((r) => r.code === 'KZ-47')!.id
    const user = await sql<{ id: number }>`
      insert into users (email, name, role, region_id)
      values ('akmola-fresh@test', 'Akmola QC', 'regional_qc', ${akmolaId}) returning id`.execute(
      ctx.db,
    )
    const userId = user.rows[0]!.id
    const batch = async (n: number) =>
      (
        await sql<{ id: number }>`
          insert into import_batches (kind, source, file_name, user_id, status, committed_at, commit_seq)
          values ('cases', 'fresh', ${`cases-${n}.csv`}, ${userId}, 'committed',
            ${`2026-11-0${n}T09:00:00Z`}::timestamptz, nextval('import_commit_seq')) returning id`.execute(
          ctx.db,
        )
      ).rows[0]!.id
    batchA = await batch(1)
    batchB = await batch(2)
    const months = ['2026-07-15', '2026-08-15', '2026-09-15']
    await writeCases(ctx.db, 'fresh', [
      ...months.map((d, i) => farmCase(`A1-${i}`, OFFICE.A1, d)),
      farmCase('A1-last', OFFICE.A1, '2026-10-29'),
      ...months.map((d, i) => farmCase(`A2-${i}`, OFFICE.A2, d)),
      farmCase('A2-last', OFFICE.A2, '2026-10-30'),
    ])
    await sql`update cases set import_batch_id = ${batchA}
      where source = 'fresh' and external_id like 'A1-_'`.execute(ctx.db)
    await sql`update cases set import_batch_id = ${batchB}
      where source = 'fresh' and external_id = 'A1-last'`.execute(ctx.db)
  })

  const row = (
    rows: Awaited<ReturnType<typeof freshnessReport>>['rows'],
    office: string,
    kind = 'cases',
  ) => rows.find((r) => r.officeCode === office && r.kind === kind)

  it('36 days quiet after three regular months is stale; 35 days is not; no history is not', async () => {
    const report = await freshnessReport(ctx.db, {}, TODAY)
    expect(report.thresholds).toEqual({ staleAfterDays: 35, regularMonths: 3 })
    expect(report.months).toEqual({ from: '2025-12', through: '2026-11' })
    const a1 = row(report.rows, OFFICE.A1)!
    expect(a1).toMatchObject({ latestOn: '2026-10-29', stale: true, monthsWithout: ['2026-11'] })
    const a2 = row(report.rows, OFFICE.A2)!
    expect(a2).toMatchObject({ latestOn: '2026-10-30', stale: false, monthsWithout: ['2026-11'] })
    const p1 = row(report.rows, OFFICE.P1)!
    expect(p1).toMatchObject({ latestOn: null, stale: false, monthsWithout: [], batch: null })
    // Surveys, complaints and publications of Kokshetau akimat: none.
    expect(row(report.rows, OFFICE.A1, 'surveys')).toMatchObject({ latestOn: null, stale: false })
    expect(row(report.rows, OFFICE.A1, 'publications')).toMatchObject({ latestYear: null })
  })

  it('names the latest import batch that touched an office, who committed it and when', async () => {
    const report = await freshnessReport(ctx.db, {}, TODAY)
    expect(row(report.rows, OFFICE.A1)!.batch).toEqual({
      id: batchB,
      committedAt: '2026-11-02T09:00:00.000Z',
      userName: 'Akmola QC',
      userEmail: 'akmola-fresh@test',
      fileName: 'cases-2.csv',
    })
    // Aktau's cases were not imported (written directly): no batch.
    expect(row(report.rows, OFFICE.A2)!.batch).toBeNull()
  })

  it('a regional user sees only its own region’s offices', async () => {
    const access = dataAccessOf(
      scopeOf({ role: 'regional_qc', regionId: akmolaId, regionCode: 'KZ-11' } as never),
    )
    const report = await freshnessReport(ctx.db, access, TODAY)
    expect(report.rows.length).toBeGreaterThan(0)
    expect(new Set(report.rows.map((r) => r.regionCode))).toEqual(new Set(['KZ-11']))
    expect(row(report.rows, OFFICE.A1)).toBeDefined()
    expect(row(report.rows, OFFICE.A2)).toBeUndefined()
    // Asking for another region inside the scope leaves nothing.
    const other = await freshnessReport(ctx.db, access, TODAY, { regionIds: [mangystauId] })
    expect(other.rows).toEqual([])
    expect((await staleOffices(ctx.db, access, TODAY)).map((r) => r.officeCode)).toEqual([
      OFFICE.A1,
    ])
  })

  it('/data pages a national reader’s table (100 rows a page); the download keeps every row', async () => {
    const everything = scopeOf({ role: 'ministry_official' } as never)
    const now = new Date(`${TODAY}T12:00:00+05:00`)
    const all = await freshnessReport(ctx.db, dataAccessOf(everything), TODAY)
    // Every office of the reference × four kinds of data: far more than one page.
    expect(all.rows.length).toBeGreaterThan(DATA_PAGE_SIZE)
    const pages = Math.ceil(all.rows.length / DATA_PAGE_SIZE)
    const first = await dataPage(ctx.db, everything, {}, 'en', now)
    expect(first).toMatchObject({ total: all.rows.length, page: 1, pages, previousHref: null })
    expect(first.rows).toHaveLength(DATA_PAGE_SIZE)
    expect(first.nextHref).toBe('?page=2')
    const last = await dataPage(ctx.db, everything, { kind: 'cases', page: 1_000 }, 'en', now)
    // A page past the end shows the last one; the filter stays in the links.
    expect(last.page).toBe(last.pages)
    expect(last.nextHref).toBeNull()
    expect(last.previousHref).toBe(
      last.pages > 2 ? `?kind=cases&page=${last.pages - 1}` : '?kind=cases',
    )
    const seen = new Set<string>()
    for (let n = 1; n <= pages; n++) {
      for (const r of (await dataPage(ctx.db, everything, { page: n }, 'en', now)).rows)
        seen.add(r.key)
    }
    expect(seen.size).toBe(all.rows.length)
    const file = await dataExport(ctx.db, everything, {}, 'en', now)
    expect(file.rows).toHaveLength(all.rows.length)
  })

  it('follows the thresholds: at 40 days Kokshetau akimat is no longer stale', async () => {
    await sql`update freshness_settings set stale_after_days = 40`.execute(ctx.db)
    try {
      const report = await freshnessReport(ctx.db, {}, TODAY)
      expect(row(report.rows, OFFICE.A1)!.stale).toBe(false)
    } finally {
      await sql`update freshness_settings set stale_after_days = 35`.execute(ctx.db)
    }
  })

  it('"data through": the latest record of the scope, never after the as-of date', async () => {
    expect(await dataThroughOf(ctx.db, {}, {}, TODAY)).toBe('2026-10-30')
    expect(await dataThroughOf(ctx.db, { regionIds: [akmolaId] }, {}, TODAY)).toBe('2026-10-29')
    expect(await dataThroughOf(ctx.db, { regionIds: [mangystauId] }, {}, '2026-10-29')).toBe(
      '2026-09-15',
    )
    expect(await dataThroughOf(ctx.db, { standardIds: [FARM] }, {}, TODAY)).toBe('2026-10-30')
    expect(await dataThroughOf(ctx.db, { standardIds: ['land-lease-act'] }, {}, TODAY)).toBeNull()
    const office = await sql<{
      id: number
    }>`select id from offices where code = ${OFFICE.A1}`.execute(ctx.db)
    expect(await dataThroughOf(ctx.db, { officeId: office.rows[0]!.id }, {}, TODAY)).toBe(
      '2026-10-29',
    )
    // A regional user's national view is its region.
    expect(await dataThroughOf(ctx.db, {}, { regionIds: [akmolaId] }, TODAY)).toBe('2026-10-29')
  })

  it('the region page marks Kokshetau akimat stale and says "data through 29.10.2026"', async () => {
    // 4 December 2026, 11:00 in Kazakhstan: the year 2026 is open, its as-of date is today.
    const now = new Date('2026-12-04T06:00:00Z')
    const all = { regions: 'all', standards: 'all' } as const
    const view = await regionDashboard(ctx.db, 'KZ-11', { standard: FARM }, 'kk', now, all)
    expect(view).not.toBeNull()
    expect('dataThrough' in view! && view.dataThrough).toBe('2026-10-29')
    const offices = view!.dashboard!.offices.rows
    expect(offices.find((r) => r.code === OFFICE.A1)?.stale).toBe(true)
    expect(offices.filter((r) => r.stale).map((r) => r.code)).toEqual([OFFICE.A1])
    // The overview of everything: the latest record anywhere, Aktau's 30 October.
    const overview = await nationalOverviewPage(ctx.db, {}, 'kk', now, all)
    expect(overview?.dataThrough).toBe('2026-10-30')
  })

  it('an administrator edits the thresholds: validated, unchanged refused, audited', async () => {
    const admin = await sql<{ id: number }>`
      insert into users (email, name, role) values ('admin-fresh@test', 'Admin', 'admin')
      returning id`.execute(ctx.db)
    const actor = {
      userId: admin.rows[0]!.id,
      email: 'admin-fresh@test',
      source: { ip: '127.0.0.1', userAgent: 'test' },
    }
    expect(
      await setFreshnessThresholds(ctx.db, { staleAfterDays: '0', regularMonths: '3' }, actor),
    ).toEqual({ ok: false, error: 'staleAfterDays', field: 'staleAfterDays' })
    expect(
      await setFreshnessThresholds(ctx.db, { staleAfterDays: '35', regularMonths: '13' }, actor),
    ).toEqual({ ok: false, error: 'regularMonths', field: 'regularMonths' })
    expect(
      await setFreshnessThresholds(ctx.db, { staleAfterDays: '35', regularMonths: '3' }, actor),
    ).toMatchObject({ ok: false, error: 'unchanged' })
    expect(
      await setFreshnessThresholds(ctx.db, { staleAfterDays: '60', regularMonths: '2' }, actor),
    ).toMatchObject({ ok: true })
    const rows = await auditRows(ctx.db, { action: 'reference.freshness' })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      userId: actor.userId,
      entity: 'freshness_settings',
      before: { staleAfterDays: 35, regularMonths: 3 },
      after: { staleAfterDays: 60, regularMonths: 2 },
    })
    // 29 October is 36 days before: not more than 60, so no longer stale.
    const report = await freshnessReport(ctx.db, {}, TODAY)
    expect(report.rows.filter((r) => r.stale)).toEqual([])
  })
})
