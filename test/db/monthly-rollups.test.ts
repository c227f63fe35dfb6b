// The month grain of the rollups (migration 0025, decision 0036) stays equal to the daily rollups
// summed by month, and the engine's figures read from it — whole months from the month grain, the
// other days from the daily rollups — equal those of the daily rollups alone and of the plain
// computation over the records: after the demo data, an import, a re-import that changes cases,
// the undo of that re-import, a deadline recomputation after a calendar edit, a new edition of a
// standard (its deadlines recomputed from its first day) and a rebuild of the rollups. An office
// that moves to another region inside a month keeps each day where it was; a month grain whose
// triggers fell behind the registry is refilled by the next migration run.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { periodsOfYear } from '../../app/domain/periods'
import { recomputeDeadlines } from '../../app/facts/deadline-recompute.server'
import { writeCases } from '../../app/facts/fact-writer.server'
import { commitImport, previewImport, undoImport } from '../../app/import/import.server'
import { definitionText, type StandardDefinition } from '../../app/standards/definition.server'
import { exportDefinition } from '../../app/standards/export.server'
import { importDefinitionText } from '../../app/standards/store.server'
import type { Db } from '../../db/client.server'
import { migrateToLatest } from '../../db/migrate'
import { derivedObjects, monthlyRollups } from '../../db/measure-sql'
import { fingerprint } from '../../db/measure-sql-sync'
import { findDistrictId, findRegionId } from '../../db/queries/indicator-context'
import { measureCounts, type CountsQuery, type MeasureCountRow } from '../../db/queries/indicators'
import { rebuildRollups } from '../../db/queries/rollups'
import { loadDemoData } from '../../seeds/demo/load-demo'
import { leaseDuplicate } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'
import { secondTestEdition } from '../support/test-edition'

const FARM = 'private-farm-certificate'
const PSC = 'KZ-11-PSC-kokshetau-city'
const HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'

/** A farm-certificate case at the Kokshetau PSC (Akmola, UTC+5). */
function caseLine(id: string, submitted: string, completed: string, result = 'issued'): string {
  return [
    id,
    FARM,
    'standard',
    'public_service_center',
    PSC,
    submitted,
    completed,
    result,
    '5',
    '40',
    '12',
    'yes',
    'no',
    '',
    '',
  ].join(',')
}

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n')

const key = (r: MeasureCountRow) => `${r.standardId}|${r.measure}|${r.periodStart}|${r.unitId}`
const sorted = (rows: MeasureCountRow[]) =>
  rows
    .filter((r) => r.numerator !== 0 || r.denominator !== 0 || r.contributing !== 0)
    .sort((a, b) => key(a).localeCompare(key(b)))

/** Each daily rollup summed by month, and its month table, as sorted rows (no all-zero row). */
async function bothGrains(db: Db) {
  const out: { table: string; fromDaily: unknown[]; monthly: unknown[] }[] = []
  for (const m of monthlyRollups()) {
    const keys = `office_id, region_id, standard_id${m.channel ? ', channel' : ''}`
    const nonZero = m.columns.map((c) => `${c} <> 0`).join(' or ')
    const sums = m.columns.map((c) => `sum(${c})::int as ${c}`).join(', ')
    const order = `order by ${keys}, month`
    const fromDaily = await sql
      .raw(
        `select * from (select ${keys}, date_trunc('month', day)::date::text as month, ${sums}
        from ${m.daily} group by ${keys}, date_trunc('month', day)) d where ${nonZero} ${order}`,
      )
      .execute(db)
    const monthly = await sql
      .raw(
        `select ${keys}, month::text as month, ${m.columns.map((c) => `${c}::int`).join(', ')}
        from ${m.monthly} where ${nonZero} ${order}`,
      )
      .execute(db)
    out.push({ table: m.monthly, fromDaily: fromDaily.rows, monthly: monthly.rows })
  }
  return out
}

async function queries(db: Db): Promise<[string, CountsQuery][]> {
  const year = (
    granularity: CountsQuery['granularity'],
    asOf: string,
    y = Number(asOf.slice(0, 4)),
  ) => ({
    year: y,
    granularity,
    periods: periodsOfYear(y, granularity, asOf),
  })
  const akmola = await findRegionId(db, 'KZ-11')
  const district = await findDistrictId(db, 'KZ-11-akkol')
  const psc = (
    await db.selectFrom('offices').select('id').where('code', '=', PSC).executeTakeFirstOrThrow()
  ).id
  return [
    ['nation, 2025', year('year', '2025-12-31')],
    ['nation, months of 2025', year('month', '2025-12-31')],
    ['nation, 2025 to 17 June (a month in part)', year('year', '2025-06-17')],
    ['nation, 2024 to 17 June, by region', { ...year('year', '2024-06-17'), breakdown: 'region' }],
    [
      'nation, quarters to 17 June, by region',
      { ...year('quarter', '2025-06-17'), breakdown: 'region' },
    ],
    ['Akmola, months', { ...year('month', '2025-12-31'), regionId: akmola }],
    ['Akmola, months to 17 June', { ...year('month', '2025-06-17'), regionId: akmola }],
    [
      'Akmola, by district',
      { ...year('year', '2025-12-31'), regionId: akmola, breakdown: 'district' },
    ],
    [
      'Akmola, by office, farm, to 30 June',
      { ...year('year', '2025-06-30'), regionId: akmola, breakdown: 'office', standardId: FARM },
    ],
    ['a district, to 17 June', { ...year('year', '2025-06-17'), districtId: district }],
    ['the Kokshetau PSC, months', { ...year('month', '2025-12-31'), officeId: psc }],
    [
      'PSC channel, by region, to 17 June',
      { ...year('year', '2025-06-17'), channel: 'public_service_center', breakdown: 'region' },
    ],
    [
      'a standard in scope, Akmola only',
      { ...year('quarter', '2025-06-17'), allowedRegionIds: [akmola!], allowedStandardIds: [FARM] },
    ],
    [
      '2022 by region, months (the reform of 8 June)',
      { ...year('month', '2022-12-31'), breakdown: 'region' },
    ],
    ['2022 by region, to 7 June', { ...year('year', '2022-06-07'), breakdown: 'region' }],
  ]
}

describeEachEngine('month-grain rollups', (ctx) => {
  /** The figures of every query, to see that each step below moved some of them. */
  let last = ''

  async function expectEqualEverywhere(step: string) {
    for (const { table, fromDaily, monthly } of await bothGrains(ctx.db)) {
      expect(monthly, `${step}: ${table}`).toEqual(fromDaily)
    }
    const figures: string[] = []
    for (const [name, q] of await queries(ctx.db)) {
      const plain = sorted(await measureCounts(ctx.db, { ...q, source: 'plain' }))
      const daily = sorted(await measureCounts(ctx.db, { ...q, source: 'daily' }))
      const rollup = sorted(await measureCounts(ctx.db, { ...q, source: 'rollup' }))
      expect(plain.length, `${step}: ${name}`).toBeGreaterThan(0)
      expect(daily, `${step}: ${name}, daily`).toEqual(plain)
      expect(rollup, `${step}: ${name}, month grain`).toEqual(plain)
      figures.push(JSON.stringify(rollup))
    }
    const now = figures.join('\n')
    expect(now, `${step} changed no figure`).not.toBe(last)
    last = now
  }

  beforeAll(async () => {
    await loadDemoData(ctx.db, { demo: { scale: 0.02 }, today: new Date('2026-06-15T05:00:00Z') })
  })

  it('an office moved to another region on 8 June 2022 has a month row in each region for June', async () => {
    const base = leaseDuplicate('KZ-10-LRD-semey-city')
    // As in test/db/rollups.test.ts: due Tue 7 June 2022 (East Kazakhstan, KZ-63) and completed
    // on the 6th, on time; due Wed 8 June (Abai, KZ-10) and completed on the 10th, late.
    await writeCases(ctx.db, 'reform-2022', [
      {
        ...base,
        externalId: 'before',
        submittedAt: new Date('2022-06-01T04:00:00Z'),
        completedAt: new Date('2022-06-06T06:00:00Z'),
      },
      {
        ...base,
        externalId: 'after',
        submittedAt: new Date('2022-06-02T04:00:00Z'),
        completedAt: new Date('2022-06-10T06:00:00Z'),
      },
    ])
    const { rows } = await sql<{ region: string; cases: number; onTime: number }>`
      select g.code as region, m.cases, m.on_time from rollup_cases_due_monthly m
      join regions g on g.id = m.region_id join offices o on o.id = m.office_id
      where o.code = 'KZ-10-LRD-semey-city' and m.month = '2022-06-01' order by g.code`.execute(
      ctx.db,
    )
    expect(rows).toEqual([
      { region: 'KZ-10', cases: 1, onTime: 0 },
      { region: 'KZ-63', cases: 1, onTime: 1 },
    ])
    // June 2022 from the month grain: 1 of 1 on time in KZ-63, 0 of 1 in KZ-10.
    const june = await measureCounts(ctx.db, {
      year: 2022,
      granularity: 'month',
      periods: periodsOfYear(2022, 'month', '2022-12-31'),
      standardId: 'land-lease-act',
      breakdown: 'region',
    })
    const onTime = (code: string) =>
      findRegionId(ctx.db, code).then((id) =>
        june.find(
          (r) => r.measure === 'on_time' && r.periodStart === '2022-06-01' && r.unitId === id,
        ),
      )
    expect(await onTime('KZ-63')).toMatchObject({ numerator: 1, denominator: 1, contributing: 1 })
    expect(await onTime('KZ-10')).toMatchObject({ numerator: 0, denominator: 1, contributing: 1 })
  })

  it('after the demo data: month grain = daily rollups = plain computation', async () => {
    await expectEqualEverywhere('demo data')
  })

  let importSource = ''
  let correction = 0
  it('after an import, a re-import that changes cases, and its undo', async () => {
    importSource = 'monthly-test'
    const preview = (lines: string[]) =>
      previewImport(ctx.db, {
        kind: 'cases',
        fileName: 'cases.csv',
        input: csv(HEADER, ...lines),
        source: importSource,
        allowedRegionIds: null,
      })
    // Around the turn of May and June 2025 and in mid-June, where the month in part ends.
    const first = await preview([
      caseLine('M-1', '2025-05-29T10:00:00+05:00', '2025-05-30T15:00:00+05:00'),
      caseLine('M-2', '2025-05-30T10:00:00+05:00', '2025-06-05T15:00:00+05:00'),
      caseLine('M-3', '2025-06-16T10:00:00+05:00', '2025-06-17T15:00:00+05:00'),
      caseLine('M-4', '2025-06-17T10:00:00+05:00', '2025-06-30T15:00:00+05:00', 'refused'),
      caseLine('M-5', '2025-06-27T10:00:00+05:00', '', 'in_progress'),
    ])
    expect(first.errors).toEqual([])
    await commitImport(ctx.db, first.batchId)
    await expectEqualEverywhere('import')

    const second = await preview([
      caseLine('M-1', '2025-05-29T10:00:00+05:00', '2025-06-03T15:00:00+05:00'),
      caseLine('M-2', '2025-05-30T10:00:00+05:00', '2025-05-31T15:00:00+05:00'),
      caseLine('M-3', '2025-06-16T10:00:00+05:00', '', 'withdrawn'),
      caseLine('M-4', '2025-06-17T10:00:00+05:00', '2025-06-30T15:00:00+05:00', 'refused'),
      caseLine('M-5', '2025-06-27T10:00:00+05:00', '2025-07-02T15:00:00+05:00'),
      caseLine('M-6', '2025-07-31T10:00:00+05:00', '2025-08-01T15:00:00+05:00'),
    ])
    expect(second).toMatchObject({ rowsNew: 1, rowsUpdated: 4, rowsUnchanged: 1 })
    await commitImport(ctx.db, second.batchId)
    correction = second.batchId
    await expectEqualEverywhere('re-import')

    await undoImport(ctx.db, correction)
    await expectEqualEverywhere('undo')
  })

  it('after a deadline recomputation: a day off on Wed 30 April 2025 moves deadlines into May', async () => {
    await ctx.db
      .insertInto('calendarDays')
      .values({
        day: '2025-04-30',
        kind: 'transfer_day_off',
        nameKk: 'Сынақ демалыс күні',
        nameRu: 'Тестовый выходной',
        nameEn: 'Test day off',
        source: 'test',
      })
      .execute()
    const result = await recomputeDeadlines(ctx.db, { fromDay: '2025-03-01' })
    expect(result.casesChanged).toBeGreaterThan(0)
    await expectEqualEverywhere('deadline recomputation')
  })

  it('after a new edition of the farm certificate from 16 June 2025 (PSC term 1 day instead of 2)', async () => {
    const farm = JSON.parse(
      definitionText((await exportDefinition(ctx.db, FARM))!),
    ) as StandardDefinition
    const second = secondTestEdition(farm.editions[0]!, {
      act: '2025-06-01',
      validFrom: '2025-06-16',
    })
    second.deadline_rules.find((r) => r.channel === 'public_service_center')!.term_amount = 1
    const stored = await importDefinitionText(
      ctx.db,
      definitionText({ ...farm, editions: [second] }),
      {
        dryRun: false,
        userId: null,
        source: CLI_SOURCE,
      },
    )
    expect(stored).toMatchObject({ ok: true, editions: [2] })
    expect(stored.ok && stored.recomputed.casesChanged).toBeGreaterThan(0)
    // The edition applies by key date: M-3, submitted Mon 16 June 10:00, is due the next day
    // (Tue 17 June); M-1, submitted Thu 29 May under edition 1, keeps 2 calendar days: Sat 31
    // May, a day off, so the next working day, Mon 2 June.
    const due = await ctx.db
      .selectFrom('cases')
      .select(['externalId', 'dueOn'])
      .where('source', '=', importSource)
      .where('externalId', 'in', ['M-1', 'M-3'])
      .orderBy('externalId')
      .execute()
    expect(due).toEqual([
      { externalId: 'M-1', dueOn: '2025-06-02' },
      { externalId: 'M-3', dueOn: '2025-06-17' },
    ])
    await expectEqualEverywhere('new edition')
  })

  it('after a rebuild of the rollups (a maximum wait changed): the month grain is refilled with them', async () => {
    // Each case carries the maximum of its edition (migration 0026): changed behind the
    // triggers' back, as a repair would, so that only the rebuild brings the rollups to it.
    await sql`alter table cases disable trigger user`.execute(ctx.db)
    await sql`update cases set max_wait_minutes = 30 where standard_id = ${FARM}`.execute(ctx.db)
    await sql`alter table cases enable trigger user`.execute(ctx.db)
    await rebuildRollups(ctx.db)
    await expectEqualEverywhere('rebuild')
  })

  it('a month grain whose triggers fell behind the registry is refilled from the daily rollups on the next migration run', async () => {
    // A stale copy: the month table lost its on-time counts and its insert trigger is marked old.
    await sql`update rollup_cases_due_monthly set on_time = 0`.execute(ctx.db)
    await sql`update measure_sql set fingerprint = 'an older rule'
      where name = 'rollup_cases_due_monthly_insert'`.execute(ctx.db)
    const stale = await bothGrains(ctx.db)
    expect(stale.find((t) => t.table === 'rollup_cases_due_monthly')!.monthly).not.toEqual(
      stale.find((t) => t.table === 'rollup_cases_due_monthly')!.fromDaily,
    )

    expect(await migrateToLatest(ctx.db)).toEqual([])

    for (const { table, fromDaily, monthly } of await bothGrains(ctx.db)) {
      expect(monthly, table).toEqual(fromDaily)
    }
    const { rows } = await sql<{ fingerprint: string }>`
      select fingerprint from measure_sql where name = 'rollup_cases_due_monthly_insert'`.execute(
      ctx.db,
    )
    const insert = derivedObjects().find((o) => o.name === 'rollup_cases_due_monthly_insert')!
    expect(rows[0]!.fingerprint).toBe(fingerprint(insert))
  })
})
