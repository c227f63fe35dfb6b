// Cases are kept by year of submission (migration 0032, decision 0044): each case is stored in
// its year's partition, which the import makes for the years a file holds; the record's key
// (source, external_id) stays one record across all the years; a file that corrects a
// submission day into another year moves the record, its figures and its survey answer's link,
// and undo moves them back. Facts used (seeds/reference): the Kokshetau PSC (KZ-11, UTC+5 since
// March 2024) serves the farm certificate on the PSC channel; its maximum queue wait is 15 minutes.
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { periodsOfYear } from '../../app/domain/periods'
import { writeCases } from '../../app/facts/fact-writer.server'
import { casePartitionsJob, partitionYearsAt } from '../../app/import/case-partitions-job.server'
import { commitImport, previewImport, undoImport } from '../../app/import/import.server'
import { caseYearPartitions } from '../../db/queries/case-partitions'
import { measureCounts } from '../../db/queries/indicators'
import type { Db } from '../../db/client.server'
import type { NewCase } from '../../db/schema'
import { NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'

const PSC = 'KZ-11-PSC-kokshetau-city'
const FARM = 'private-farm-certificate'
const CASE_HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit'
const SURVEY_HEADER = 'external_id,case_external_id,standard,office,responded_at,satisfied_process'

const encode = (...lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n')
const caseLine = (id: string, submitted: string, completed: string) =>
  `${id},${FARM},standard,public_service_center,${PSC},${submitted},${completed},issued,5`

/** The PSC's id, for rows written directly. */
async function pscId(db: Db): Promise<number> {
  const office = await db
    .selectFrom('offices')
    .select('id')
    .where('code', '=', PSC)
    .executeTakeFirstOrThrow()
  return office.id
}

async function importFile(db: Db, kind: 'cases' | 'surveys', source: string, bytes: Uint8Array) {
  const preview = await previewImport(db, { kind, fileName: `${kind}.csv`, input: bytes, source })
  expect(preview.errors).toEqual([])
  return { preview, commit: await commitImport(db, preview.batchId, { alerts: false }) }
}

/** A cases file of these lines, previewed and committed under `source`. */
const importCases = (db: Db, source: string, ...lines: string[]) =>
  importFile(db, 'cases', source, encode(CASE_HEADER, ...lines))

/** Where each case of a source is stored: its partition and submission day, by external id. */
async function stored(db: Db, source: string) {
  const { rows } = await sql<{ externalId: string; id: string; partition: string; day: string }>`
    select external_id, id::text, tableoid::regclass::text as partition, submitted_on::text as day
    from cases where source = ${source} order by external_id`.execute(db)
  return rows
}

/** The queue-wait measure (within 15 minutes) by month of 2025 and 2026, plain and rolled up. */
async function queueWaitByMonth(db: Db) {
  const months: [string, number, number][] = []
  for (const year of [2025, 2026]) {
    for (const source of ['plain', 'rollup'] as const) {
      const counts = (
        await measureCounts(db, {
          year,
          granularity: 'month',
          periods: periodsOfYear(year, 'month', `${year}-12-31`),
          standardId: FARM,
          source,
        })
      )
        .filter((r) => r.measure === 'queue_wait_ok' && r.denominator > 0)
        .map((r): [string, number, number] => [r.periodStart, r.numerator, r.denominator])
        .sort()
      if (source === 'plain') months.push(...counts)
      else expect(counts, `rollup ${year}`).toEqual(months.filter(([m]) => m.startsWith(`${year}`)))
    }
  }
  return months
}

describe('the years whose partitions the daily job keeps ready', () => {
  it('are this year and the next on the clock of Kazakhstan (UTC+5)', () => {
    // 31 Dec 2027 18:59 UTC is 23:59 in Kazakhstan; a minute later it is 1 January 2028 there.
    expect(partitionYearsAt(new Date('2027-12-31T18:59:00Z'))).toEqual({ first: 2027, last: 2028 })
    expect(partitionYearsAt(new Date('2027-12-31T19:00:00Z'))).toEqual({ first: 2028, last: 2029 })
  })
})

describeEachEngine('cases kept by year', (ctx) => {
  it('stores each case in its year’s partition, made by the preview for the years the file holds', async () => {
    const partitionNames = async () => (await caseYearPartitions(ctx.db)).map((p) => p.name)
    expect(await partitionNames()).not.toContain('cases_2023')
    const preview = await previewImport(ctx.db, {
      kind: 'cases',
      fileName: 'years.csv',
      input: encode(
        CASE_HEADER,
        caseLine('Y-1', '2023-06-01T10:00:00+06:00', '2023-06-02T10:00:00+06:00'),
        caseLine('Y-2', '2025-02-03T10:00:00+05:00', '2025-02-04T10:00:00+05:00'),
      ),
      source: 'years',
    })
    expect(preview.errors).toEqual([])
    // Made at the preview, in a statement of its own: the commit's transaction makes none.
    expect(await partitionNames()).toContain('cases_2023')
    await commitImport(ctx.db, preview.batchId, { alerts: false })
    expect((await stored(ctx.db, 'years')).map((r) => [r.externalId, r.partition, r.day])).toEqual([
      ['Y-1', 'cases_2023', '2023-06-01'],
      ['Y-2', 'cases_2025', '2025-02-03'],
    ])
  })

  it('refuses a second record with a stored key in any year, as the unique index did (SQLSTATE 23505)', async () => {
    await importCases(
      ctx.db,
      'keys',
      caseLine('K-1', '2025-03-03T10:00:00+05:00', '2025-03-04T10:00:00+05:00'),
    )
    const officeId = await pscId(ctx.db)
    const row = (day: string): NewCase => ({
      source: 'keys',
      externalId: 'K-1',
      standardId: FARM,
      channel: 'public_service_center',
      variant: 'standard',
      officeId,
      submittedAt: `${day}T05:00:00Z`,
      submittedOn: day,
      result: 'in_progress',
      maxWaitMinutes: 15,
    })
    const refusal = async (day: string) => {
      try {
        await ctx.db.insertInto('cases').values(row(day)).execute()
        return null
      } catch (error) {
        const e = error as { code?: string; constraint?: string }
        return { code: e.code, constraint: e.constraint }
      }
    }
    // Another year, another day of the same year (its partition's index holds the day), the same
    // day (the index itself).
    const refusals = async () => {
      expect(await refusal('2026-03-03')).toEqual({
        code: '23505',
        constraint: 'cases_key_across_years',
      })
      expect(await refusal('2025-03-05')).toEqual({
        code: '23505',
        constraint: 'cases_key_across_years',
      })
      expect((await refusal('2025-03-03'))?.code).toBe('23505')
    }
    // Few stored rows as the statistics say (none analyzed): the check hashes the stored keys.
    await refusals()
    // Many: it probes each year's key index for the one new row. Both ways refuse alike.
    const fillers = Array.from({ length: 200 }, (_, i) =>
      caseLine(`F-${i}`, '2025-04-07T10:00:00+05:00', '2025-04-08T10:00:00+05:00'),
    )
    await importCases(ctx.db, 'keys-fill', ...fillers)
    await sql`analyze cases`.execute(ctx.db)
    await refusals()
    // Moving a stored record onto another's key is refused the same way.
    await importCases(
      ctx.db,
      'keys',
      caseLine('K-2', '2026-03-05T10:00:00+05:00', '2026-03-06T10:00:00+05:00'),
    )
    const move = ctx.db
      .updateTable('cases')
      .set({ externalId: 'K-1' })
      .where('source', '=', 'keys')
      .where('externalId', '=', 'K-2')
      .execute()
    await expect(move).rejects.toMatchObject({ code: '23505' })
    expect((await stored(ctx.db, 'keys')).map((r) => r.externalId)).toEqual(['K-1', 'K-2'])
  })

  it('refuses a row of a year that has no partition rather than keep it anywhere', async () => {
    const officeId = await pscId(ctx.db)
    const insert = ctx.db
      .insertInto('cases')
      .values({
        source: 'no-year',
        externalId: 'N-1',
        standardId: FARM,
        channel: 'public_service_center',
        variant: 'standard',
        officeId,
        submittedAt: '2011-05-05T05:00:00Z',
        submittedOn: '2011-05-05',
        result: 'in_progress',
        maxWaitMinutes: 15,
      })
      .execute()
    await expect(insert).rejects.toThrow(/no partition of relation "cases" found for row/)
  })

  it('moves a case whose submission day a file corrects into another year — record, figures, answer — and undo moves it back', async () => {
    // Nothing else of the farm certificate is held in December 2025 or January 2026.
    expect(
      (await queueWaitByMonth(ctx.db)).filter(([m]) => m >= '2025-12-01' && m < '2026-02-01'),
    ).toEqual([])
    const first = await importCases(
      ctx.db,
      'move',
      caseLine('M-1', '2025-12-30T10:00:00+05:00', '2025-12-31T15:00:00+05:00'),
    )
    expect(first.commit.rowsInserted).toBe(1)
    await importFile(
      ctx.db,
      'surveys',
      'move',
      encode(SURVEY_HEADER, `MS-1,M-1,${FARM},${PSC},2025-12-31,yes`),
    )
    const [before] = await stored(ctx.db, 'move')
    expect(before).toMatchObject({ partition: 'cases_2025', day: '2025-12-30' })
    const link = async () =>
      (
        await sql<{ caseId: string | null; caseSubmittedOn: string | null }>`
          select case_id::text, case_submitted_on::text from survey_responses
          where source = 'move'`.execute(ctx.db)
      ).rows[0]
    expect(await link()).toEqual({ caseId: before!.id, caseSubmittedOn: '2025-12-30' })
    // One case waited 5 minutes (within 15): December 2025, 1 of 1.
    const inDecember: [string, number, number][] = [['2025-12-01', 1, 1]]
    const inJanuary: [string, number, number][] = [['2026-01-01', 1, 1]]
    const around = async () =>
      (await queueWaitByMonth(ctx.db)).filter(([m]) => m >= '2025-12-01' && m < '2026-02-01')
    expect(await around()).toEqual(inDecember)

    // The source system corrects the submission: 2 January 2026.
    const corrected = encode(
      CASE_HEADER,
      caseLine('M-1', '2026-01-02T10:00:00+05:00', '2026-01-03T15:00:00+05:00'),
    )
    const second = await importFile(ctx.db, 'cases', 'move', corrected)
    expect(second.preview).toMatchObject({ rowsNew: 0, rowsUpdated: 1, rowsUnchanged: 0 })
    expect(second.commit).toMatchObject({ rowsInserted: 0, rowsUpdated: 1, rowsUnchanged: 0 })
    const [after] = await stored(ctx.db, 'move')
    expect(after).toEqual({ ...before, partition: 'cases_2026', day: '2026-01-02' })
    expect(await link()).toEqual({ caseId: before!.id, caseSubmittedOn: '2026-01-02' })
    expect(await around()).toEqual(inJanuary)

    // Importing the corrected file again changes nothing.
    const again = await importFile(ctx.db, 'cases', 'move', corrected)
    expect(again.commit).toMatchObject({ rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 1 })
    await undoImport(ctx.db, again.preview.batchId, { alerts: false })

    await undoImport(ctx.db, second.preview.batchId, { alerts: false })
    expect(await stored(ctx.db, 'move')).toEqual([before])
    expect(await link()).toEqual({ caseId: before!.id, caseSubmittedOn: '2025-12-30' })
    expect(await around()).toEqual(inDecember)
  })

  it('the fact writer moves a re-sent case whose submission day changed, keeping its id', async () => {
    const sent = (submittedAt: string, completedAt: string) =>
      writeCases(ctx.db, 'writer', [
        {
          externalId: 'W-1',
          standardId: FARM,
          channel: 'public_service_center',
          variant: 'standard',
          officeCode: PSC,
          submittedAt: new Date(submittedAt),
          completedAt: new Date(completedAt),
          result: 'issued',
          ...NOTHING_MEASURED,
        },
      ])
    // 2 a.m. on 1 January 2022 in Kazakhstan (UTC+6 then) is still 2021 in UTC.
    await sent('2021-12-31T20:00:00Z', '2022-01-03T05:00:00Z')
    const [first] = await stored(ctx.db, 'writer')
    expect(first).toMatchObject({ partition: 'cases_2022', day: '2022-01-01' })
    await sent('2021-12-30T05:00:00Z', '2022-01-03T05:00:00Z')
    expect(await stored(ctx.db, 'writer')).toEqual([
      { ...first, partition: 'cases_2021', day: '2021-12-30' },
    ])
  })

  it('keeps this year’s and next year’s partitions ready by a daily job', async () => {
    const job = casePartitionsJob()
    const logs: string[] = []
    const run = (now: string) =>
      job.run(
        {
          db: ctx.db,
          now: new Date(now),
          jobId: 0,
          attempt: 1,
          maxAttempts: 3,
          retryAt: null,
          log: (m) => logs.push(m),
        },
        {},
      )
    // The whole table's statistics, cleared (an earlier test analyzed it): the job takes them.
    const treeStatistics = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stats
        where tablename = 'cases' and inherited and attname = 'submitted_on'`.execute(ctx.db)
      return rows[0]!.n
    }
    await sql`delete from pg_statistic where starelid = 'cases'::regclass and stainherit`.execute(
      ctx.db,
    )
    expect(await treeStatistics()).toBe(0)
    // 1 January 2041, 00:30 in Kazakhstan.
    await run('2040-12-31T19:30:00Z')
    await run('2041-01-01T19:30:00Z')
    expect(logs).toEqual([
      'cases.partitions: 2041–2042 present, 2 made, statistics taken',
      'cases.partitions: 2041–2042 present, 0 made, statistics taken',
    ])
    const years = (await caseYearPartitions(ctx.db)).map((p) => p.year)
    expect(years).toEqual(expect.arrayContaining([2041, 2042]))
    expect(years).not.toContain(2040)
    // And the statistics of the whole table, which autovacuum never takes for a partitioned one.
    expect(await treeStatistics()).toBe(1)
  })
})
