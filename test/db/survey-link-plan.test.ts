// Linking a case import's new cases to the survey answers that wait for them reaches the answers
// through survey_responses_waiting (migration 0027), not through the office and standard indexes
// of every answer stored. Inside an import's commit the planner does not yet know the batch's
// cases and expects one: with those indexes the statement then walked every answer of the
// standard once per case (68 of a month import's 82 s at 1M cases). A survey import's answers
// reach their cases through the key of cases, one probe per source, not through every case of
// the office and standard. The plans are read on an office with 3,000 cases of one standard and
// their 3,000 answers, linked, analysed, with sequential scans disabled, as on a large table where none would be taken.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { writeCases, writeSurveys } from '../../app/facts/fact-writer.server'
import { linkSurveysStatement } from '../../db/queries/imports'
import { firstOfficeServing, NOTHING_MEASURED } from '../support/case-inputs'
import { describeEachEngine } from '../support/test-db'

describeEachEngine('linking survey answers to the cases of an import', (ctx) => {
  beforeAll(async () => {
    const officeCode = await firstOfficeServing(
      ctx.db,
      'private-farm-certificate',
      'public_service_center',
    )
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + (i % 300), 5))
    await writeCases(
      ctx.db,
      'plan-test',
      Array.from({ length: 3000 }, (_, i) => ({
        standardId: 'private-farm-certificate',
        channel: 'public_service_center' as const,
        variant: 'standard' as const,
        officeCode,
        externalId: `case-${i}`,
        result: 'issued' as const,
        submittedAt: day(i),
        completedAt: day(i),
        ...NOTHING_MEASURED,
      })),
    )
    // Each case's answer, linked to it (writeSurveys links), as answers stand after their import.
    await writeSurveys(
      ctx.db,
      'plan-test',
      Array.from({ length: 3000 }, (_, i) => ({
        externalId: `answer-${i}`,
        caseExternalId: `case-${i}`,
        standardId: 'private-farm-certificate',
        officeCode,
        respondedOn: day(i).toISOString().slice(0, 10),
        process: true,
        information: true,
        complaintProcedure: null,
        complaintTimeline: null,
        courtesy: true,
      })),
    )
    await sql`analyze cases`.execute(ctx.db)
    await sql`analyze survey_responses`.execute(ctx.db)
  })

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
  it('reads none of the batch’s cases when no answer waits for its case', async () => {
    // Every answer of the office is linked (beforeAll): the gate is false once, the cases are
    // never read. One answer left waiting opens it.
    const planOf = async () => {
      const { rows } = await sql<{
        'QUERY PLAN': string
      }>`explain (analyze, costs off, timing off, summary off) ${linkSurveysStatement(1, 'cases')}`.execute(
        ctx.db,
      )
      return rows.map((r) => r['QUERY PLAN']).join('\n')
    }
    const closed = await planOf()
    expect(closed).toMatch(/One-Time Filter/)
    // Cases are kept by year (0032): the batch's cases are those of the 2025 partition.
    expect(closed).toMatch(/on cases_2025 c_\d+ \(never executed\)/)
    await sql`update survey_responses set case_id = null, case_submitted_on = null
      where external_id = 'answer-0' and source = 'plan-test'`.execute(ctx.db)
    try {
      expect(await planOf()).not.toMatch(/on cases_2025 c_\d+ \(never executed\)/)
    } finally {
      await sql`update survey_responses s set case_id = c.id, case_submitted_on = c.submitted_on
        from cases c
        where s.external_id = 'answer-0' and s.source = 'plan-test'
          and c.external_id = 'case-0' and c.source = 'plan-test'`.execute(ctx.db)
    }
  })
  it('finds the case of each answer of a survey import through the key of cases, not the office and standard', async () => {
    const plan = await ctx.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx)
      const { rows } = await sql<{
        'QUERY PLAN': string
      }>`explain ${linkSurveysStatement(1, 'surveys')}`.execute(trx)
      return rows.map((r) => r['QUERY PLAN']).join('\n')
    })
    // The year that holds the cases (2025) is read through its key index (source, external_id,
    // submitted_on); the empty years' partitions cost nothing either way.
    expect(plan).toMatch(
      /Index Scan using cases_2025_source_external_id_submitted_on_key on cases_2025 c_\d+\s/,
    )
    expect(plan).not.toMatch(/on cases_2025_(standard|office)_|using cases_2025_(standard|office)_/)
  })
})
