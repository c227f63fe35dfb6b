// The alert rule on open overdue cases counts the open cases of the offices an import wrote
// through the index of open cases (cases_open_by_office, migration 0029), not through every case
// the office ever had: a month's import otherwise grew with the cases held. Read on an office with
// 3,000 completed cases and 3 open ones (2 past their deadline), analysed, with sequential scans
// disabled, as on a large table where none would be taken — and the count worked out by hand.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases } from '../../app/facts/fact-writer.server'
import { openOverdueCounts, openOverdueStatement } from '../../db/queries/alerts'
import { firstOfficeServing, NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'
import { withDeclaredIndexNames } from '../support/plan-index-names'

const FARM = 'private-farm-certificate'

describeEachEngine('the open overdue cases of an office', (ctx) => {
  let officeId = 0

  beforeAll(async () => {
    const officeCode = await firstOfficeServing(ctx.db, FARM, 'public_service_center')
    officeId = (
      await ctx.db
        .selectFrom('offices')
        .select('id')
        .where('code', '=', officeCode)
        .executeTakeFirstOrThrow()
    ).id
    const base = {
      standardId: FARM,
      channel: 'public_service_center' as const,
      variant: 'standard' as const,
      officeCode,
      ...NOTHING_MEASURED,
    }
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + (i % 300), 5))
    await writeCases(ctx.db, 'open-plan-test', [
      ...Array.from({ length: 3000 }, (_, i) => ({
        ...base,
        externalId: `done-${i}`,
        result: 'issued' as const,
        submittedAt: day(i),
        completedAt: day(i),
      })),
      // Open: submitted 1 and 2 December 2025 (the PSC's term is 2 calendar days: due by the 3rd
      // and the 4th), and 20 December (due by the 22nd).
      ...['2025-12-01', '2025-12-02', '2025-12-20'].map((d, i) => ({
        ...base,
        externalId: `open-${i}`,
        result: 'in_progress' as const,
        submittedAt: new Date(`${d}T05:00:00Z`),
        completedAt: null,
      })),
    ])
    await sql`analyze cases`.execute(ctx.db)
  })

  it('counts the open cases past their deadline: 2 on 10 December 2025', async () => {
    const now = new Date('2025-12-10T06:00:00Z')
    expect(await openOverdueCounts(ctx.db, [officeId], now)).toEqual([
      { officeId, standardId: FARM, count: 2 },
    ])
  })

  it('reads them from the index of open cases, not from every case of the office', async () => {
    const statement = openOverdueStatement([officeId], new Date('2025-12-10T06:00:00Z'))
    const compiled = statement.compile(ctx.db)
    const plan = await ctx.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx)
      const { rows } = await trx.executeQuery<{ 'QUERY PLAN': string }>({
        ...compiled,
        sql: `explain ${compiled.sql}`,
      })
      return withDeclaredIndexNames(trx, rows.map((r) => r['QUERY PLAN']).join('\n'))
    })
    expect(plan).toMatch(/cases_open_by_office/)
    expect(plan).not.toMatch(/cases_office_due|cases_standard_due/)
  })
})
