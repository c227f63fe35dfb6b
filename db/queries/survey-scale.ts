// The SQL of a survey file's scale (decision 0018): the answers are staged as written — a word in
// *_yes, a digit 0–5 in *_score, the row's answer_scale in scale — and read once the file's scale
// is known: the rows that cannot be read on it are taken out of the staging (and reported), the
// others get their final values, in two set-based statements over the batch.
import { sql } from 'kysely'
import type { SurveyScale, ScaleReading } from '../../app/domain/survey-scale'
import type { Db } from '../client.server'

/** The answer columns' prefix in survey_responses (process_yes, process_score …). */
export const QUESTION_COLUMNS = [
  'process',
  'information',
  'complaint_procedure',
  'complaint_timeline',
  'courtesy',
] as const
export type QuestionColumn = (typeof QUESTION_COLUMNS)[number]

/** The staged answer that cannot be read on `scale`: a word or a 0 on 1–5, a 2–5 on yes/no. */
function answerConflict(scale: SurveyScale, q: QuestionColumn): string {
  return scale === '1-5'
    ? `(s.${q}_yes is not null or s.${q}_score = 0)`
    : `coalesce(s.${q}_score >= 2, false)`
}

function statedConflict(scale: SurveyScale): string {
  return `coalesce(s.scale <> '${scale}', false)`
}

export interface ScaleConflictRow {
  rowNumber: number
  /** The scale the row's answer_scale states (null: none). */
  scale: SurveyScale | null
  /** The staged answers of the row, by question (word → yes, digit → score). */
  answers: Record<QuestionColumn, { yes: boolean | null; score: number | null }>
}

/**
 * Deletes the batch's staged rows that cannot be read on `scale` and returns how many rows and
 * cells that was, with the first `limit` rows (by row number) to report.
 */
export async function removeScaleConflicts(
  db: Db,
  batchId: number,
  scale: SurveyScale,
  limit: number,
): Promise<{ rows: number; cells: number; first: ScaleConflictRow[] }> {
  const checks = [statedConflict(scale), ...QUESTION_COLUMNS.map((q) => answerConflict(scale, q))]
  const answers = QUESTION_COLUMNS.flatMap((q) => [`s.${q}_yes`, `s.${q}_score`]).join(', ')
  const cells = checks.map((c) => `(case when ${c} then 1 else 0 end)`).join(' + ')
  const { rows } = await sql<Record<string, unknown>>`
    with removed as (
      delete from import_staged_surveys s
      where s.batch_id = ${batchId} and (${sql.raw(checks.join(' or '))})
      returning s.row_number, s.scale, ${sql.raw(answers)}, (${sql.raw(cells)})::int as cells
    )
    select *, (count(*) over ())::int as total_rows, (sum(cells) over ())::int as total_cells
    from removed order by row_number limit ${limit}`.execute(db)
  const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  return {
    rows: Number(rows[0]?.totalRows ?? 0),
    cells: Number(rows[0]?.totalCells ?? 0),
    first: rows.map((r) => ({
      rowNumber: Number(r.rowNumber),
      scale: (r.scale ?? null) as SurveyScale | null,
      answers: Object.fromEntries(
        QUESTION_COLUMNS.map((q) => [
          q,
          {
            yes: (r[camel(`${q}_yes`)] ?? null) as boolean | null,
            score: r[camel(`${q}_score`)] == null ? null : Number(r[camel(`${q}_score`)]),
          },
        ]),
      ) as ScaleConflictRow['answers'],
    })),
  }
}

/**
 * Gives the batch's remaining staged rows their values on `scale` (after removeScaleConflicts):
 * on yes/no a digit 1 is yes and 0 is no; on 1–5 the digits are the scores already.
 */
export async function settleStagedScale(
  db: Db,
  batchId: number,
  scale: SurveyScale,
): Promise<void> {
  const set = [
    `scale = '${scale}'`,
    ...(scale === 'yes-no'
      ? QUESTION_COLUMNS.flatMap((q) => [
          `${q}_yes = case when ${q}_score is null then ${q}_yes else ${q}_score = 1 end`,
          `${q}_score = null`,
        ])
      : []),
  ]
  await sql`update import_staged_surveys set ${sql.raw(set.join(', '))}
    where batch_id = ${batchId}`.execute(db)
}

/** Records how the batch's file was read (import_batches.survey_scale, migration 0013). */
export async function setBatchSurveyScale(
  db: Db,
  batchId: number,
  reading: ScaleReading,
): Promise<void> {
  await sql`update import_batches set survey_scale = ${JSON.stringify(reading)}::jsonb
    where id = ${batchId}`.execute(db)
}

/** How the batch's file was read (null: not a survey batch, or one from before 0013). */
export async function batchSurveyScale(db: Db, batchId: number): Promise<ScaleReading | null> {
  const { rows } = await sql<{ surveyScale: ScaleReading | null }>`
    select survey_scale from import_batches where id = ${batchId}`.execute(db)
  return rows[0]?.surveyScale ?? null
}

/** The first errors a batch recorded (to add the ones a confirmed scale finds). */
export async function batchErrors(db: Db, batchId: number): Promise<unknown[]> {
  const { rows } = await sql<{ errors: unknown[] | null }>`
    select errors from import_batches where id = ${batchId}`.execute(db)
  return rows[0]?.errors ?? []
}
