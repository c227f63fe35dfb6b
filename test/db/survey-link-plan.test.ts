// Linking a case import's new cases to the survey answers that wait for them reaches the answers
// through survey_responses_waiting (migration 0027), not through the office and standard indexes
// of every answer stored. Inside an import's commit the planner does not yet know the batch's
// cases and expects one: with those indexes the statement then walked every answer of the
// standard once per case (68 of a month import's 82 s at 1M cases). The plan is read with
// sequential scans disabled, as on a large table where the planner would not take one.
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { linkSurveysStatement } from '../../db/queries/imports'
import { describeEachEngine } from '../support/test-db'

describeEachEngine('linking survey answers to the cases of an import', (ctx) => {
  it('probes the waiting answers by external case id, one lookup per case of the batch', async () => {
    const plan = await ctx.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx)
      const { rows } = await sql<{
        'QUERY PLAN': string
      }>`explain ${linkSurveysStatement(1, 'cases')}`.execute(trx)
      return rows.map((r) => r['QUERY PLAN']).join('\n')
    })
    expect(plan).toMatch(/Index Scan using survey_responses_waiting on survey_responses/)
    expect(plan).not.toMatch(/survey_standard_responded|survey_office_responded/)
  })
})
