// The daily rollups (migration 0002, maintained by triggers) give exactly the numbers of the
// plain computation over the base tables — after inserts, updates and deletes, for every scope,
// breakdown, granularity and filter the engine offers. Also: region history counts where it
// happened (a Semey office counts for East Kazakhstan before 8 June 2022, for Abai after).
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases } from '../../app/facts/fact-writer.server'
import { periodsOfYear } from '../../app/domain/periods'
import { measureCounts, type CountsQuery } from '../../db/queries/indicators'
import { rebuildRollups } from '../../db/queries/rollups'
import { findDistrictId, findOfficeId, findRegionId } from '../../db/queries/indicator-context'
import type { Db } from '../../db/client.server'
import { loadDemoData } from '../../seeds/demo/load-demo'
import { leaseDuplicate } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'

const sorted = <
  T extends { standardId: string; measure: string; periodStart: string; unitId: number | null },
>(
  rows: T[],
) =>
  [...rows].sort((a, b) =>
    `${a.standardId}|${a.measure}|${a.periodStart}|${a.unitId}`.localeCompare(
      `${b.standardId}|${b.measure}|${b.periodStart}|${b.unitId}`,
    ),
  )

/** Rows with all counts 0 carry no information; the rollups may keep emptied keys. */
const nonEmpty = <T extends { numerator: number; denominator: number; contributing: number }>(
  rows: T[],
) => rows.filter((r) => r.numerator !== 0 || r.denominator !== 0 || r.contributing !== 0)

async function queries(db: Db): Promise<[string, CountsQuery][]> {
  const year = (granularity: CountsQuery['granularity'], asOf = '2025-12-31', y = 2025) => ({
    year: y,
    granularity,
    periods: periodsOfYear(y, granularity, asOf),
  })
  const akmola = await findRegionId(db, 'KZ-11')
  const district = await findDistrictId(db, 'KZ-11-akkol')
  const office = await db
    .selectFrom('cases')
    .select('officeId')
    .groupBy('officeId')
    .orderBy(sql`count(*)`, 'desc')
    .executeTakeFirstOrThrow()
  return [
    ['nation, year', year('year')],
    ['nation, by region, quarters', { ...year('quarter'), breakdown: 'region' }],
    ['Akmola, months', { ...year('month'), regionId: akmola }],
    ['Akmola, by district', { ...year('year'), regionId: akmola, breakdown: 'district' }],
    [
      'Akmola, by office, farm',
      {
        ...year('year'),
        regionId: akmola,
        breakdown: 'office',
        standardId: 'private-farm-certificate',
      },
    ],
    ['a district', { ...year('year'), districtId: district }],
    ['the busiest office, months', { ...year('month'), officeId: office.officeId }],
    [
      'PSC channel, by region',
      { ...year('year'), channel: 'public_service_center', breakdown: 'region' },
    ],
    ['as of 30 June 2024, months', year('month', '2024-06-30', 2024)],
    ['2022 by region (the reform)', { ...year('month', '2022-12-31', 2022), breakdown: 'region' }],
  ]
}

async function expectRollupsEqualPlain(db: Db) {
  for (const [name, q] of await queries(db)) {
    const plain = nonEmpty(await measureCounts(db, { ...q, source: 'plain' }))
    const rolled = nonEmpty(await measureCounts(db, { ...q, source: 'rollup' }))
    expect(plain.length, name).toBeGreaterThan(0)
    expect(sorted(rolled), name).toEqual(sorted(plain))
  }
}

describeEachEngine('rollups', (ctx) => {
  let semeyOffice: string

  beforeAll(async () => {
    await loadDemoData(ctx.db, { demo: { scale: 0.04 }, today: new Date('2026-06-15T05:00:00Z') })
    // A land-relations department of Semey, moved from East Kazakhstan (KZ-63) to Abai (KZ-10)
    // on 8 June 2022.
    semeyOffice = (
      await ctx.db
        .selectFrom('offices')
        .select('code')
        .where('code', '=', 'KZ-10-LRD-semey-city')
        .executeTakeFirstOrThrow()
    ).code
    const base = leaseDuplicate(semeyOffice)
    await writeCases(ctx.db, 'reform-2022', [
      // Submitted Wed 1 June 2022 10:00 (UTC+6): 4 working days → Thu 2, Fri 3, Mon 6, Tue 7
      // June: due 7 June, the last day in East Kazakhstan. Completed on 6 June: on time.
      {
        ...base,
        externalId: 'before',
        submittedAt: new Date('2022-06-01T04:00:00Z'),
        completedAt: new Date('2022-06-06T06:00:00Z'),
      },
      // Submitted Thu 2 June 2022: Fri 3, Mon 6, Tue 7, Wed 8 June → due 8 June, the first day in
      // Abai. Completed 10 June: late.
      {
        ...base,
        externalId: 'after',
        submittedAt: new Date('2022-06-02T04:00:00Z'),
        completedAt: new Date('2022-06-10T06:00:00Z'),
      },
    ])
  })

  it('counts a case where its office belonged on the key date: due 7 June 2022 in KZ-63, due 8 June in KZ-10', async () => {
    const q: CountsQuery = {
      year: 2022,
      granularity: 'year',
      periods: periodsOfYear(2022, 'year', '2022-12-31'),
      standardId: 'land-lease-act',
      breakdown: 'region',
    }
    const rows = await measureCounts(db(), q)
    const onTime = rows.filter((r) => r.measure === 'on_time')
    const east = await findRegionId(db(), 'KZ-63')
    const abai = await findRegionId(db(), 'KZ-10')
    expect(onTime.find((r) => r.unitId === east)).toMatchObject({ numerator: 1, denominator: 1 })
    expect(onTime.find((r) => r.unitId === abai)).toMatchObject({ numerator: 0, denominator: 1 })
    // Both were submitted before 8 June: queue waits (by submission) count for East Kazakhstan.
    const waits = rows.filter((r) => r.measure === 'queue_wait_ok')
    expect(waits.find((r) => r.unitId === east)).toMatchObject({ numerator: 2, denominator: 2 })
    expect(await findOfficeId(db(), semeyOffice)).toBeTypeOf('number')
  })

  const db = () => ctx.db

  it('a later statement adds to a day already counted: its plain insert meets the key and the upsert adds, the new day too', async () => {
    // Written after the test above, which counts the two cases of beforeAll only.
    const officeId = await findOfficeId(db(), semeyOffice)
    const dueRows = async () =>
      (
        await sql<{ day: string; cases: number; onTime: number }>`
          select day, cases, on_time from rollup_cases_due
          where standard_id = 'land-lease-act' and channel = 'land_relations_authority'
            and office_id = ${officeId} and day between '2022-06-07' and '2022-06-09'
          order by day`.execute(db())
      ).rows
    expect(await dueRows()).toEqual([
      { day: '2022-06-07', cases: 1, onTime: 1 },
      { day: '2022-06-08', cases: 1, onTime: 0 },
    ])
    const base = leaseDuplicate(semeyOffice)
    await writeCases(db(), 'reform-2022', [
      // Submitted Thu 2 June like 'after': due Wed 8 June, a key the rollup holds. Completed Tue
      // 7 June: on time.
      {
        ...base,
        externalId: 'again',
        submittedAt: new Date('2022-06-02T04:00:00Z'),
        completedAt: new Date('2022-06-07T06:00:00Z'),
      },
      // Submitted Fri 3 June: Mon 6, Tue 7, Wed 8, Thu 9 → due Thu 9 June, a new key. Completed
      // Wed 8 June: on time.
      {
        ...base,
        externalId: 'new-day',
        submittedAt: new Date('2022-06-03T04:00:00Z'),
        completedAt: new Date('2022-06-08T06:00:00Z'),
      },
    ])
    expect(await dueRows()).toEqual([
      { day: '2022-06-07', cases: 1, onTime: 1 },
      { day: '2022-06-08', cases: 2, onTime: 1 },
      { day: '2022-06-09', cases: 1, onTime: 1 },
    ])
  })

  it('equal the plain computation after the inserts', async () => {
    await expectRollupsEqualPlain(ctx.db)
  })

  it('equal it after updates (results, completions, deadlines, survey answers) and deletes', async () => {
    await sql`update cases set result = 'withdrawn', completed_at = null, completed_on = null
      where source = 'demo' and id % 7 = 0 and result in ('issued', 'refused')`.execute(ctx.db)
    await sql`update cases set completed_at = completed_at + interval '9 days',
      completed_on = completed_on + 9 where source = 'demo' and id % 11 = 0 and completed_at is not null`.execute(
      ctx.db,
    )
    await sql`update cases set wait_minutes_submit = 45, office_id = (select min(office_id) from office_services
      where standard_id = cases.standard_id and channel = cases.channel) where source = 'demo' and id % 13 = 0`.execute(
      ctx.db,
    )
    await sql`update survey_responses set process_score = null, process_yes = false where id % 5 = 0`.execute(
      ctx.db,
    )
    await sql`delete from survey_responses where id % 9 = 0`.execute(ctx.db)
    await sql`delete from cases c where source = 'demo' and id % 17 = 0
      and not exists (select 1 from survey_responses s where s.case_id = c.id)`.execute(ctx.db)
    await expectRollupsEqualPlain(ctx.db)
  })

  it('equal it after the cases’ stored queue maximum changes (as a new edition recomputes it)', async () => {
    await sql`update cases set max_wait_minutes = 5 where standard_id = 'private-farm-certificate'
      and submitted_on >= '2025-07-01'`.execute(ctx.db)
    await expectRollupsEqualPlain(ctx.db)
  })

  it('a rebuild gives the plain computation again', async () => {
    await rebuildRollups(ctx.db)
    await expectRollupsEqualPlain(ctx.db)
  })
})
