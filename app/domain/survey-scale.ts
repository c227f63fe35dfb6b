// The scale of a survey file's answers (decision 0018): yes/no, or 1–5 where 4 and 5 are
// satisfied. The scale belongs to the file (to one sheet of a workbook), never to a row: a "1" is
// "yes" in a yes/no file and the worst score in a 1–5 file, and only the rest of the file tells
// which. Stated by the import option or the file's answer_scale column, or inferred from every
// answer of the file; a file of only 0 and 1 says nothing either way, so the user is asked.

export const SURVEY_SCALES = ['yes-no', '1-5'] as const
export type SurveyScale = (typeof SURVEY_SCALES)[number]

export function isSurveyScale(value: unknown): value is SurveyScale {
  return value === 'yes-no' || value === '1-5'
}

/**
 * How the scale was chosen: stated by the import `option` or the `column` answer_scale, inferred
 * from the `answers` (the first that decides is the evidence), `confirmed` by the user on the
 * preview of a file of only 0 and 1, still `unconfirmed` (the commit waits for it), or `none`:
 * no answer and no statement at all.
 */
export type ScaleBasis = 'option' | 'column' | 'answers' | 'confirmed' | 'unconfirmed' | 'none'

/** A cell that decided: its row (as the file numbers it), column and text. */
export interface ScaleEvidence {
  row: number
  column: string
  value: string
}

export interface ScaleReading {
  /** null: unconfirmed or none. */
  scale: SurveyScale | null
  basis: ScaleBasis
  evidence: ScaleEvidence | null
}

/** What a whole file holds, gathered cell by cell in one pass (the first of each in row order). */
export interface ScaleObservations {
  /** The import option (API query parameter, CLI flag, Import page field). */
  option: SurveyScale | null
  /** The first answer_scale cell that names a scale. */
  column: (ScaleEvidence & { scale: SurveyScale }) | null
  /** The first answer from 2 to 5. */
  firstScore: ScaleEvidence | null
  /** The first yes/no word (да, жоқ, yes, false …). */
  firstWord: ScaleEvidence | null
  /** The first 0 or 1. */
  firstBit: ScaleEvidence | null
}

/**
 * The file's scale: an explicit statement wins (the option over the column); otherwise any score
 * 2–5 anywhere makes a 1–5 file, yes/no words (with 0/1 or alone) make a yes/no file, and 0/1
 * alone are not guessed at.
 */
export function decideSurveyScale(o: ScaleObservations): ScaleReading {
  if (o.option) return { scale: o.option, basis: 'option', evidence: null }
  if (o.column) {
    const { scale, ...evidence } = o.column
    return { scale, basis: 'column', evidence }
  }
  if (o.firstScore) return { scale: '1-5', basis: 'answers', evidence: o.firstScore }
  if (o.firstWord) return { scale: 'yes-no', basis: 'answers', evidence: o.firstWord }
  if (o.firstBit) return { scale: null, basis: 'unconfirmed', evidence: o.firstBit }
  return { scale: null, basis: 'none', evidence: null }
}

/**
 * A scale as written in the answer_scale column or an option: "1-5" (also 1–5, 1..5, 1 to 5) or
 * "yes-no" (also yes/no, иә/жоқ, да/нет). undefined: not a scale.
 */
export function parseSurveyScale(text: string): SurveyScale | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*(?:\.\.|[-–—/]|to)\s*/g, '-')
  if (t === '1-5') return '1-5'
  if (t === 'yes-no' || t === 'иә-жоқ' || t === 'да-нет') return 'yes-no'
  return undefined
}
