// The late list's page in order of lateness (the drill-down's and the region page's first view)
// is taken office by office from the top of the two lateness indexes of each office's late cases
// (db/measure-sql.ts, lateOrderIndexes; db/queries/case-lists.ts, mostLatePage) — and it is the
// same list, in the same order, as ordering every late case of the scope.
//
// Farm certificate at a public service center: due two calendar days after the submission day,
// at the end of the day (23:59:59.999 local time, UTC+5: minutes late count from midnight; a
// term ending on a day off ends on the next working day, so every deadline below is a working
// day). Akmola (KZ-11) 2025, as of 31 December:
//   D  open, submitted Sat 20 Dec, due Mon 22 Dec        → 9 days late (31 − 22), no minutes
//   B  Mon 3 Mar, due Wed 5 Mar 23:59, done 10 Mar 12:00 → 5 days, 4 × 1440 + 12 h = 6,480 min
//   C  Tue 4 Mar, due Thu 6 Mar 23:59, done 11 Mar 10:00 → 5 days, 4 × 1440 + 10 h = 6,360 min
//   A  Mon 3 Mar, due Wed 5 Mar 23:59, done 10 Mar 10:00 → 5 days, 6,360 min: ties C, and the
//                                                          later deadline comes first (C, A)
//   E  open, Wed 24 Dec, due Fri 26 Dec                  → 5 days, no minutes: after A (nulls last)
//   H  Tue 2 Sep, due Thu 4 Sep 23:59, done 7 Sep 10:00  → 3 days, 2 × 1440 + 600 = 3,480 min
//   600 fillers: Tue 14 Oct, due Thu 16 Oct 23:59, done Sat 18 Oct 00:30
//                                                        → 2 days, 1440 + 30 = 1,470 min
//   G  open, Sat 27 Dec, due Mon 29 Dec                  → 2 days, no minutes: after the fillers
//   F  Tue 1 Jul, due Thu 3 Jul 23:59, done 4 Jul 09:00  → 1 day, 9 h = 540 min
// Not listed: X (another region: Mon 12 May, due Wed 14 May, done Fri 13 Jun → 30 days), Y
// (Akmola, due in 2024) and 200 cases done the day after submission (on time).
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases, type CaseInput } from '../../app/facts/fact-writer.server'
import {
  caseListStatement,
  listMeasureCases,
  type CaseListQuery,
} from '../../db/queries/case-lists'
import { findRegionId } from '../../db/queries/indicator-context'
import type { Db } from '../../db/client.server'
import { NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'
import { withDeclaredIndexNames } from '../support/plan-index-names'

const FARM = 'private-farm-certificate'
const AS_OF = '2025-12-31'
const FILLERS = 600

/** The first office of a region (or of any other region) serving the farm certificate at a PSC. */
async function officeIn(db: Db, regionCode: string, other: boolean): Promise<string> {
  const { rows } = await sql<{ code: string }>`
    select o.code from office_services s
    join offices o on o.id = s.office_id
    join office_regions orr on orr.office_id = o.id and orr.valid_to is null
    join regions r on r.id = orr.region_id
    where s.standard_id = ${FARM} and s.channel = 'public_service_center'
      and (r.code = ${regionCode}) <> ${other}
    order by o.id limit 1`.execute(db)
  return rows[0]!.code
}

/** A local (UTC+5) time as the instant it is. */
const local = (day: string, time: string) => new Date(`${day}T${time}:00+05:00`)

describeEachEngine('the late list in order of lateness', (ctx) => {
  let regionId = 0

  beforeAll(async () => {
    regionId = (await findRegionId(ctx.db, 'KZ-11'))!
    const akmola = await officeIn(ctx.db, 'KZ-11', false)
    const elsewhere = await officeIn(ctx.db, 'KZ-11', true)
    const kase = (
      externalId: string,
      officeCode: string,
      submitted: string,
      completed: [string, string] | null,
    ): CaseInput => ({
      standardId: FARM,
      channel: 'public_service_center',
      variant: 'standard',
      officeCode,
      ...NOTHING_MEASURED,
      externalId,
      result: completed ? 'issued' : 'in_progress',
      submittedAt: local(submitted, '10:00'),
      completedAt: completed ? local(...completed) : null,
    })
    await writeCases(ctx.db, 'most-late-test', [
      kase('D', akmola, '2025-12-20', null),
      kase('B', akmola, '2025-03-03', ['2025-03-10', '12:00']),
      kase('C', akmola, '2025-03-04', ['2025-03-11', '10:00']),
      kase('A', akmola, '2025-03-03', ['2025-03-10', '10:00']),
      kase('E', akmola, '2025-12-24', null),
      kase('H', akmola, '2025-09-02', ['2025-09-07', '10:00']),
      kase('G', akmola, '2025-12-27', null),
      kase('F', akmola, '2025-07-01', ['2025-07-04', '09:00']),
      kase('X', elsewhere, '2025-05-12', ['2025-06-13', '10:00']),
      kase('Y', akmola, '2024-09-03', ['2024-12-13', '10:00']),
      ...Array.from({ length: 200 }, (_, i) =>
        kase(`ok-${i}`, akmola, '2025-10-14', ['2025-10-15', '10:00']),
      ),
      ...Array.from({ length: FILLERS }, (_, i) =>
        kase(`fill-${i}`, akmola, '2025-10-14', ['2025-10-18', '00:30']),
      ),
    ])
    await sql`analyze cases`.execute(ctx.db)
  })

  const query = (q: Partial<CaseListQuery>): CaseListQuery => ({
    measure: 'on_time',
    standardId: FARM,
    from: '2025-01-01',
    to: AS_OF,
    regionId,
    subset: 'rest',
    asOf: AS_OF,
    sort: 'late',
    dir: 'desc',
    limit: 50,
    offset: 0,
    ...q,
  })
  const named = (rows: { externalId: string }[]) =>
    rows.map((r) => (r.externalId.startsWith('fill-') ? 'fill' : r.externalId))

  it('the most late first: days, then minutes (open cases after), then the later deadline', async () => {
    const rows = await listMeasureCases(ctx.db, query({ limit: 9 }))
    expect(named(rows)).toEqual(['D', 'B', 'C', 'A', 'E', 'H', 'fill', 'fill', 'fill'])
    expect(rows.slice(0, 6).map((r) => [r.daysLate, r.minutesLate])).toEqual([
      [9, null],
      [5, 6480],
      [5, 6360],
      [5, 6360],
      [5, null],
      [3, 3480],
    ])
    expect(rows[0]!.dueAt).toBe('2025-12-22 23:59')
    expect(rows[2]!.dueAt).toBe('2025-03-06 23:59')
    expect(rows[3]!.dueAt).toBe('2025-03-05 23:59')
    expect(rows[6]).toMatchObject({ daysLate: 2, minutesLate: 1470 })
  })

  it('pages follow one another: every late case once, G and F after the fillers', async () => {
    const pages = []
    for (let offset = 0; offset < FILLERS + 8; offset += 50) {
      pages.push(...(await listMeasureCases(ctx.db, query({ offset }))))
    }
    const names = named(pages)
    expect(names).toHaveLength(FILLERS + 8)
    expect(new Set(pages.map((r) => r.externalId)).size).toBe(FILLERS + 8)
    expect(names.slice(0, 6)).toEqual(['D', 'B', 'C', 'A', 'E', 'H'])
    expect(names.slice(-2)).toEqual(['G', 'F'])
    expect(pages.at(-1)).toMatchObject({ daysLate: 1, minutesLate: 540 })
  })

  it('least late first: the reverse order, open cases still after the completed of their day', async () => {
    const first = await listMeasureCases(ctx.db, query({ dir: 'asc', limit: 3 }))
    expect(named(first)).toEqual(['F', 'fill', 'fill'])
    const last = await listMeasureCases(ctx.db, query({ dir: 'asc', offset: FILLERS + 1 }))
    expect(named(last)).toEqual(['G', 'H', 'A', 'C', 'B', 'E', 'D'])
  })

  it('the nation lists the other region’s case too, and only the scope’s year', async () => {
    const nation = await listMeasureCases(ctx.db, query({ regionId: undefined, limit: 3 }))
    expect(nation.map((r) => [r.externalId, r.daysLate])).toEqual([
      // 13 June − 14 May.
      ['X', 30],
      ['D', 9],
      ['B', 5],
    ])
  })

  it('reads the page from the lateness indexes, not from every late case of the region', async () => {
    const compiled = caseListStatement(query({})).compile(ctx.db)
    const plan = await ctx.db.transaction().execute(async (trx) => {
      // As at national scale, where sorting all of an office's year of late cases to keep fifty
      // costs more than reading the top of its indexes (at a few hundred here it does not, and
      // the planner rightly sorts them: the office index, or the table, is then the cheaper).
      await sql`set local enable_seqscan = off`.execute(trx)
      await sql`set local enable_bitmapscan = off`.execute(trx)
      await sql`set local enable_sort = off`.execute(trx)
      const { rows } = await trx.executeQuery<{ 'QUERY PLAN': string }>({
        ...compiled,
        sql: `explain ${compiled.sql}`,
      })
      return withDeclaredIndexNames(trx, rows.map((r) => r['QUERY PLAN']).join('\n'))
    })
    expect(plan).toMatch(/Index Only Scan( Backward)? using cases_late_completed_by_days/)
    expect(plan).toMatch(/Index Only Scan( Backward)? using cases_late_open_by_due/)
    expect(plan).not.toMatch(/cases_late_by_office/)
  })
})
