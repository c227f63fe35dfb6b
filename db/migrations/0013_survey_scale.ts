// 0013 — the scale of survey answers belongs to the file (issue 19, decision 0018).
// - survey_responses.scale: the scale the response's file was read with ('yes-no' or '1-5'), part
//   of the data an import compares, so a re-import with the scale corrected updates the rows.
//   Responses stored before this migration were read row by row: they keep null ("not recorded")
//   rather than a scale nobody chose — no row is rewritten, so no rollup trigger fires. A stated
//   scale must fit the answers: no yes/no answer on 1–5, no score on yes/no.
// - import_staged_surveys.scale: the answer_scale a row states, then the file's scale.
// - import_batches.survey_scale: how a survey file's scale was chosen (option, column, answers,
//   confirmed, or still unconfirmed — a commit waits for it), with the cell that decided.
// Cheap on a large database: columns without defaults, one check validated by a scan.
import { sql, type Kysely } from 'kysely'

const QUESTIONS = [
  'process',
  'information',
  'complaint_procedure',
  'complaint_timeline',
  'courtesy',
]
const yes = QUESTIONS.map((q) => `${q}_yes`).join(', ')
const scores = QUESTIONS.map((q) => `${q}_score`).join(', ')

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `alter table survey_responses add column scale text
        constraint survey_responses_scale_known check (scale in ('yes-no', '1-5')),
      add constraint survey_responses_scale_fits_answers check (
        scale is null
        or (scale = '1-5' and num_nonnulls(${yes}) = 0)
        or (scale = 'yes-no' and num_nonnulls(${scores}) = 0))`,
    )
    .execute(db)
  await sql`alter table import_staged_surveys add column scale text`.execute(db)
  await sql`alter table import_batches add column survey_scale jsonb`.execute(db)
}
