// 0027 — an index of the survey answers still waiting for their case (case_id null, an external
// case id given). An import of cases links the answers waiting for its new cases
// (linkSurveysToCasesOfBatch); inside the commit the new cases are not yet in the planner's
// statistics, so it expects one case and looks up each case's answers through the office and
// standard indexes of every answer ever stored: at 1M cases a month's import (20,000 cases) spent
// 68 of its 82 s there, and the statement grew with the table. Through this index each case is one
// probe into the few answers that wait, whatever the plan's estimate.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index survey_responses_waiting on survey_responses (case_external_id)
    where case_id is null and case_external_id is not null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index survey_responses_waiting`.execute(db)
}
