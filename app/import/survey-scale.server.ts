// A survey file's scale, end to end (decision 0018). While the file is read, each row's answers
// are staged as written (a word, a digit 0–5) and SurveyScaleReader notes what the whole file
// holds; once read, decideSurveyScale chooses the scale and resolveStagedScale reads the staged
// rows on it in SQL: a row that cannot be read on the file's scale (a yes/no word or a 0 in a 1–5
// file, a 2–5 in a yes/no file, an answer_scale that says otherwise) is an error naming its file,
// row and column. A file of only 0 and 1 is left staged as written until the user says its scale.
import {
  removeScaleConflicts,
  settleStagedScale,
  QUESTION_COLUMNS,
  type ScaleConflictRow,
} from '../../db/queries/survey-scale'
import type { Db } from '../../db/client.server'
import {
  decideSurveyScale,
  parseSurveyScale,
  type ScaleEvidence,
  type ScaleObservations,
  type ScaleReading,
  type SurveyScale,
} from '../domain/survey-scale'
import type { MessageKey } from '../i18n/kk'
import type { ImportError } from './issues.server'
import { SURVEY_QUESTIONS } from './schemas.server'
import { parseAnswerToken, type AnswerToken } from './values.server'

/** The staged answer columns of a row's tokens: a word in *_yes, a digit (0–5) in *_score. */
export function stagedAnswerColumns(answers: {
  process: AnswerToken
  information: AnswerToken
  complaintProcedure: AnswerToken
  complaintTimeline: AnswerToken
  courtesy: AnswerToken
}) {
  const yes = (t: AnswerToken) => (t.kind === 'word' ? t.yes : null)
  const score = (t: AnswerToken) => (t.kind === 'digit' ? t.n : null)
  return {
    processYes: yes(answers.process),
    processScore: score(answers.process),
    informationYes: yes(answers.information),
    informationScore: score(answers.information),
    complaintProcedureYes: yes(answers.complaintProcedure),
    complaintProcedureScore: score(answers.complaintProcedure),
    complaintTimelineYes: yes(answers.complaintTimeline),
    complaintTimelineScore: score(answers.complaintTimeline),
    courtesyYes: yes(answers.courtesy),
    courtesyScore: score(answers.courtesy),
  }
}

/** Cells kept as written for the error messages (words and answer_scale cells): bounded. */
const MAX_KEPT_CELLS = 10_000

/**
 * Notes, cell by cell in one pass, what a survey file holds — the first score 2–5, the first
 * yes/no word, the first 0/1, the first answer_scale — from every row, valid or not: a 4 on a row
 * with an unknown office still makes the file a 1–5 file.
 */
export class SurveyScaleReader {
  private readonly observed: ScaleObservations
  private readonly answerColumns: { index: number; name: string }[] = []
  private readonly scaleIndex: number
  private readonly kept = new Map<string, string>()

  constructor(columns: readonly (string | null)[], option: SurveyScale | null) {
    this.observed = { option, column: null, firstScore: null, firstWord: null, firstBit: null }
    for (const [index, name] of columns.entries()) {
      if (name && (SURVEY_QUESTIONS as readonly string[]).includes(name)) {
        this.answerColumns.push({ index, name })
      }
    }
    this.scaleIndex = columns.indexOf('answer_scale')
  }

  observe(cells: readonly string[], row: number): void {
    const o = this.observed
    for (const { index, name } of this.answerColumns) {
      const value = (cells[index] ?? '').trim()
      if (value === '') continue
      const token = parseAnswerToken(value)
      if (!token || token.kind === 'blank') continue
      if (token.kind === 'word') {
        o.firstWord ??= { row, column: name, value }
        this.keep(row, name, value)
      } else if (token.n >= 2) {
        o.firstScore ??= { row, column: name, value }
      } else {
        o.firstBit ??= { row, column: name, value }
      }
    }
    if (this.scaleIndex >= 0) {
      const value = (cells[this.scaleIndex] ?? '').trim()
      const scale = value === '' ? undefined : parseSurveyScale(value)
      if (scale) {
        o.column ??= { row, column: 'answer_scale', value, scale }
        this.keep(row, 'answer_scale', value)
      }
    }
  }

  private keep(row: number, column: string, value: string) {
    if (this.kept.size < MAX_KEPT_CELLS) this.kept.set(`${row}|${column}`, value)
  }

  /** A cell as written, if kept. */
  cell(row: number, column: string): string | undefined {
    return this.kept.get(`${row}|${column}`)
  }

  decide(): ScaleReading {
    return decideSurveyScale(this.observed)
  }
}

/**
 * The messages by where the scale came from: the answers (the score that made the file 1–5 is
 * named) or a statement (option, column, the user). A 2–5 can only conflict with a stated yes/no:
 * a score makes an unstated file 1–5.
 */
function errorKeys(reading: ScaleReading): {
  word: MessageKey
  zero: MessageKey
  score: MessageKey
  params: Record<string, string | number>
} {
  const e: ScaleEvidence | null = reading.basis === 'answers' ? reading.evidence : null
  if (e) {
    return {
      word: 'import.error.scale.wordInScaleFile',
      zero: 'import.error.scale.zeroInScaleFile',
      score: 'import.error.scale.scoreOnStatedYesNo',
      params: { row: e.row, column: e.column, value: e.value },
    }
  }
  return {
    word: 'import.error.scale.wordOnStatedScale',
    zero: 'import.error.scale.zeroOnStatedScale',
    score: 'import.error.scale.scoreOnStatedYesNo',
    params: {},
  }
}

/**
 * Reads the batch's staged rows on the file's scale: the rows that cannot be read on it are
 * removed from the staging and returned as errors (each cell, located); the others get their
 * values. `cell` gives a cell as written where the reader kept it. No-op without a scale.
 */
export async function resolveStagedScale(
  db: Db,
  batchId: number,
  reading: ScaleReading,
  file: string,
  limit: number,
  cell: (row: number, column: string) => string | undefined = () => undefined,
): Promise<{ rows: number; cells: number; errors: ImportError[] }> {
  const scale = reading.scale
  if (scale === null) return { rows: 0, cells: 0, errors: [] }
  const removed = await removeScaleConflicts(db, batchId, scale, limit)
  await settleStagedScale(db, batchId, scale)
  const keys = errorKeys(reading)
  const errors: ImportError[] = []
  for (const r of removed.first) errors.push(...rowErrors(r, scale, keys, file, cell))
  return { rows: removed.rows, cells: removed.cells, errors: errors.slice(0, limit) }
}

function rowErrors(
  r: ScaleConflictRow,
  scale: SurveyScale,
  keys: ReturnType<typeof errorKeys>,
  file: string,
  cell: (row: number, column: string) => string | undefined,
): ImportError[] {
  const errors: ImportError[] = []
  const at = (column: string, value: string, key: MessageKey, params = keys.params) =>
    errors.push({ file, row: r.rowNumber, column, value, key, params })
  if (r.scale !== null && r.scale !== scale) {
    at(
      'answer_scale',
      cell(r.rowNumber, 'answer_scale') ?? r.scale,
      'import.error.scale.rowDisagrees',
      {
        scale,
      },
    )
  }
  for (const [i, q] of QUESTION_COLUMNS.entries()) {
    const column = SURVEY_QUESTIONS[i]!
    const { yes, score } = r.answers[q]
    if (scale === '1-5' && yes !== null) {
      at(column, cell(r.rowNumber, column) ?? (yes ? 'yes' : 'no'), keys.word)
    } else if (scale === '1-5' && score === 0) {
      at(column, '0', keys.zero)
    } else if (scale === 'yes-no' && score !== null && score >= 2) {
      at(column, String(score), keys.score)
    }
  }
  return errors
}
