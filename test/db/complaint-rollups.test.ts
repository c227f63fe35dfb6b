// The complaint rollups (migration 0028, decision 0038): complaints counted by the day received
// (4.1's justified complaints) and by the day their review term ends (4.2's justified complaints
// and those upheld within the term), per office and day and per office and month, kept by the
// triggers of `complaints` through an import, a re-import that changes complaints and the undos —
// and the engine's figures from them equal to its count over the complaints themselves.
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { periodsOfYear } from '../../app/domain/periods'
import { commitImport, previewImport, undoImport } from '../../app/import/import.server'
import { measureCounts, type CountsQuery } from '../../db/queries/indicators'
import { describeEachEngine } from '../support/test-db'

const FARM = 'private-farm-certificate'
const PSC = 'KZ-11-PSC-kokshetau-city'
const HEADER = 'external_id,standard,office,received_at,justified,decided_at,upheld'

const file = (...lines: string[]) =>
  new TextEncoder().encode([HEADER, ...lines].join('\r\n') + '\r\n')

/** Month rows of a complaint month table, zero rows left out, as "month: counts". */
async function months(
  db: Parameters<typeof measureCounts>[0],
  table: string,
  counts: string[],
): Promise<string[]> {
  const { rows } = await sql<{ row: string }>`
    select to_char(month, 'YYYY-MM') || ': ' || ${sql.raw(counts.map((c) => `${c}::text`).join(` || '/' || `))} as row
    from ${sql.table(table)}
    where ${sql.raw(counts.map((c) => `${c} <> 0`).join(' or '))}
    order by month`.execute(db)
  return rows.map((r) => r.row)
}

describeEachEngine('complaint rollups, kept by the triggers of complaints', (ctx) => {
  const received = () => months(ctx.db, 'rollup_complaints_received_monthly', ['justified'])
  const term = () =>
    months(ctx.db, 'rollup_complaints_term_monthly', ['justified', 'resolved_on_time'])

  /** 4.1's numerator and 4.2's counts per month of 2025 as of `asOf`, rollups and plain. */
  async function figures(asOf: string) {
    const q: CountsQuery = {
      year: 2025,
      granularity: 'month',
      periods: periodsOfYear(2025, 'month', asOf),
      standardId: FARM,
    }
    const pick = async (source: 'rollup' | 'daily' | 'plain') =>
      (await measureCounts(ctx.db, { ...q, source }))
        .filter(
          (r) =>
            (r.measure === 'justified_complaint_rate' && r.numerator !== 0) ||
            (r.measure === 'complaints_resolved_on_time' && r.denominator !== 0),
        )
        .map(
          (r) =>
            `${r.measure === 'justified_complaint_rate' ? '4.1' : '4.2'} ${r.periodStart.slice(0, 7)}: ` +
            (r.measure === 'justified_complaint_rate'
              ? `${r.numerator}`
              : `${r.numerator}/${r.denominator}`),
        )
        .sort()
    const rollup = await pick('rollup')
    expect(await pick('daily'), `daily rollups as of ${asOf}`).toEqual(rollup)
    expect(await pick('plain'), `the complaints themselves as of ${asOf}`).toEqual(rollup)
    return rollup
  }

  async function importFile(source: string, ...lines: string[]) {
    const preview = await previewImport(ctx.db, {
      kind: 'complaints',
      fileName: 'complaints.csv',
      input: file(...lines),
      source,
      allowedRegionIds: null,
    })
    expect(preview.errors).toEqual([])
    await commitImport(ctx.db, preview.batchId)
    return preview.batchId
  }

  // The farm certificate's complaints are reviewed within 30 calendar days (its standard's
  // term), received at 10:00 Astana time:
  // - K-1: 5 March, justified, upheld 20 March — term ends 4 April, on time;
  // - K-2: 28 March, justified, upheld 10 May — term ends 27 April, late;
  // - K-3: 2 April, not justified — in no count;
  // - K-4: 20 April, justified, not decided — term ends 20 May, not resolved.
  const K1 = `K-1,${FARM},${PSC},2025-03-05 10:00,yes,2025-03-20 10:00,yes`
  const K2 = `K-2,${FARM},${PSC},2025-03-28 10:00,yes,2025-05-10 10:00,yes`
  const K3 = `K-3,${FARM},${PSC},2025-04-02 10:00,no,2025-04-10 10:00,no`
  const K4 = `K-4,${FARM},${PSC},2025-04-20 10:00,yes,,`
  let first = 0
  let second = 0

  it('an import: justified complaints by month received, and by month their term ends', async () => {
    first = await importFile('complaint-rollups', K1, K2, K3, K4)
    // Received: March K-1 and K-2; April K-4.
    expect(await received()).toEqual(['2025-03: 2', '2025-04: 1'])
    // Terms: April K-1 (on time) and K-2 (late); May K-4 (open).
    expect(await term()).toEqual(['2025-04: 2/1', '2025-05: 1/0'])
    expect(await figures('2025-12-31')).toEqual([
      '4.1 2025-03: 2',
      '4.1 2025-04: 1',
      '4.2 2025-04: 1/2',
      '4.2 2025-05: 0/1',
    ])
    // As of 15 April, April is read from the daily rollups: K-1's term (4 April) is in,
    // K-2's (27 April) not yet; K-4 was not yet received.
    expect(await figures('2025-04-15')).toEqual(['4.1 2025-03: 2', '4.2 2025-04: 1/1'])
  })

  it('a re-import that changes two complaints moves their counts, and its undo moves them back', async () => {
    // K-2 now upheld on 20 April (within its term); K-4 found not justified.
    second = await importFile(
      'complaint-rollups',
      K1,
      `K-2,${FARM},${PSC},2025-03-28 10:00,yes,2025-04-20 10:00,yes`,
      K3,
      `K-4,${FARM},${PSC},2025-04-20 10:00,no,2025-04-30 10:00,no`,
    )
    expect(await received()).toEqual(['2025-03: 2'])
    expect(await term()).toEqual(['2025-04: 2/2'])
    expect(await figures('2025-12-31')).toEqual(['4.1 2025-03: 2', '4.2 2025-04: 2/2'])

    await undoImport(ctx.db, second)
    expect(await received()).toEqual(['2025-03: 2', '2025-04: 1'])
    expect(await term()).toEqual(['2025-04: 2/1', '2025-05: 1/0'])
  })

  it('the undo of the first import leaves no count, daily or monthly', async () => {
    await undoImport(ctx.db, first)
    expect(await received()).toEqual([])
    expect(await term()).toEqual([])
    const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from (
          select office_id from rollup_complaints_received where justified <> 0
          union all
          select office_id from rollup_complaints_term where justified <> 0 or resolved_on_time <> 0
        ) nonzero`.execute(ctx.db)
    expect(rows[0]!.n).toBe(0)
    expect(await figures('2025-12-31')).toEqual([])
  })

  it('a rebuild of the rollups refills the complaint rollups from the complaints', async () => {
    await importFile('complaint-rollups-rebuild', K1, K2, K3, K4)
    await sql`truncate rollup_complaints_received, rollup_complaints_term`.execute(ctx.db)
    expect(await received()).toEqual([])
    await sql`select rollups_rebuild()`.execute(ctx.db)
    expect(await received()).toEqual(['2025-03: 2', '2025-04: 1'])
    expect(await term()).toEqual(['2025-04: 2/1', '2025-05: 1/0'])
  })
})
