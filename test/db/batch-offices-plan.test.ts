// The offices whose rows carry a batch's id are read office by office through
// `(office_id, import_batch_id)`, one probe each — the way the rows of a batch are found since
// migration 0033 dropped the index of the batch id alone (decision 0046). Written as an EXISTS,
// the planner turned the probe into a join and read the batch's offices out of a scan of every row
// the batch wrote: here with the batch's statistics, and inside a commit of a million, before any.
// Read on 40,000 cases of one batch over every office, written and read in one transaction as a
// commit does (then rolled back), before and after ANALYZE.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases } from '../../app/facts/fact-writer.server'
import { officesOfBatchRows } from '../../db/queries/imports'
import { firstOfficeServing, NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'

const ROWS = 40_000

describeEachEngine('the offices of a batch, inside its commit', (ctx) => {
  beforeAll(async () => {
    const officeCode = await firstOfficeServing(
      ctx.db,
      'private-farm-certificate',
      'public_service_center',
    )
    await writeCases(ctx.db, 'batch-plan-template', [
      {
        standardId: 'private-farm-certificate',
        channel: 'public_service_center',
        variant: 'standard',
        officeCode,
        externalId: 'template',
        result: 'issued',
        submittedAt: new Date(Date.UTC(2025, 2, 3, 5)),
        completedAt: new Date(Date.UTC(2025, 2, 4, 5)),
        ...NOTHING_MEASURED,
      },
    ])
  })

  /** The plan of the offices' read after writing a batch, with or without ANALYZE. */
  const planAfterWrite = (analyze: boolean) =>
    ctx.db
      .transaction()
      .execute(async (trx) => {
        const { rows: batch } = await sql<{ id: number }>`
          insert into import_batches (kind, source, status) values ('cases', 'batch-plan', 'preview')
          returning id`.execute(trx)
        const batchId = batch[0]!.id
        await sql`
          with o as (select id, row_number() over (order by id) - 1 as i from offices),
            n as (select count(*) as n from offices)
          insert into cases (source, external_id, standard_id, variant, channel, office_id,
            submitted_at, completed_at, result, submitted_on, completed_on, due_at, due_on,
            max_wait_minutes, import_batch_id)
          select 'batch-plan', 'c-' || g, t.standard_id, t.variant, t.channel, o.id,
            t.submitted_at, t.completed_at, t.result, t.submitted_on, t.completed_on, t.due_at,
            t.due_on, t.max_wait_minutes, ${batchId}
          from generate_series(0, ${ROWS - 1}) g
          cross join n
          join o on o.i = g % n.n
          cross join cases t
          where t.source = 'batch-plan-template'
          order by o.id`.execute(trx)
        if (analyze) await sql`analyze cases`.execute(trx)
        const { rows } = await sql<{
          'QUERY PLAN': string
        }>`explain (costs off) ${officesOfBatchRows('cases', batchId)}`.execute(trx)
        throw new Rollback(rows.map((r) => r['QUERY PLAN']).join('\n'))
      })
      .catch((e: unknown) => {
        if (e instanceof Rollback) return e.plan
        throw e
      })

  for (const analyzed of [false, true]) {
    it(`probes each office once, ${analyzed ? 'with' : 'without'} the batch's statistics`, async () => {
      const plan = await planAfterWrite(analyzed)
      expect(plan).toMatch(/Nested Loop[\s\S]*Limit[\s\S]*Append/)
      // An index of the office's own (with the batch's statistics saying that every row is the
      // batch's, the office's first row of any index is the one).
      expect(plan).toMatch(
        /Index (Only )?Scan using cases_2025_office_\w+ on cases_2025 \w+\s+Index Cond: \(+office_id = o\.id/,
      )
      expect(plan).not.toMatch(/Seq Scan on cases_2025|Hash/)
    })
  }
})

class Rollback extends Error {
  constructor(readonly plan: string) {
    super('rolled back')
  }
}
