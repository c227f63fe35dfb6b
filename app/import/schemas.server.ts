// One Zod schema per import kind: a row (canonical column → cell text) to typed values. An issue's
// message is an i18n key (app/i18n/kk.ts `import.error.*`), its path the column. Checks that need
// the database (codes of offices and standards, regions, time zones) come after, in rows.server.ts.
// The import reads cases — the kind that comes by the million — with case-cells.server.ts, a
// hand-written twin of CaseRowSchema tested equal to it.
import { z } from 'zod'
import { CHANNEL_CODES, VARIANT_CODES } from '../../db/schema'
import type { MessageKey } from '../i18n/kk'
import {
  CONTROL_CHARACTER,
  MAX_ID_LENGTH,
  parseAnswerToken,
  parseInteger,
  parseWrittenTime,
  parseYesNo,
  VALUE_RANGES,
  type AnswerToken,
} from './values.server'
import { parseSurveyScale, type SurveyScale } from '../domain/survey-scale'

export const CASE_RESULTS = ['issued', 'refused', 'suspended', 'withdrawn', 'in_progress'] as const

type Ctx = z.RefinementCtx

function fail(ctx: Ctx, key: MessageKey, params?: Record<string, string | number>): never {
  ctx.addIssue({ code: 'custom', message: key, params })
  return z.NEVER as never
}

const cell = z.string().transform((s, ctx) => {
  const t = s.trim()
  return CONTROL_CHARACTER.test(t) ? fail(ctx, 'import.error.controlCharacter') : t
})

const requiredText = cell.transform((s, ctx) => (s !== '' ? s : fail(ctx, 'import.error.required')))
const optionalText = cell.transform((s) => (s !== '' ? s : null))
const tooLong = (ctx: Ctx) => fail(ctx, 'import.error.tooLong', { max: MAX_ID_LENGTH })
const idText = requiredText.transform((s, ctx) => (s.length <= MAX_ID_LENGTH ? s : tooLong(ctx)))
const optionalIdText = optionalText.transform((s, ctx) =>
  s === null || s.length <= MAX_ID_LENGTH ? s : tooLong(ctx),
)

function code<const C extends readonly string[]>(codes: C) {
  return cell.transform((s, ctx): C[number] => {
    if (s === '') return fail(ctx, 'import.error.required')
    const lower = s.toLowerCase()
    if ((codes as readonly string[]).includes(lower)) return lower as C[number]
    return fail(ctx, 'import.error.unknownCode', { codes: codes.join(', ') })
  })
}

function requiredTime(key: MessageKey = 'import.error.timestamp') {
  return cell.transform((s, ctx) =>
    s === '' ? fail(ctx, 'import.error.required') : (parseWrittenTime(s) ?? fail(ctx, key)),
  )
}

const optionalTime = cell.transform((s, ctx) =>
  s === '' ? null : (parseWrittenTime(s) ?? fail(ctx, 'import.error.timestamp')),
)

const requiredYesNo = cell.transform((s, ctx) =>
  s === ''
    ? fail(ctx, 'import.error.required')
    : (parseYesNo(s) ?? fail(ctx, 'import.error.boolean')),
)

const optionalYesNo = cell.transform((s, ctx) =>
  s === '' ? null : (parseYesNo(s) ?? fail(ctx, 'import.error.boolean')),
)

/** The params of import.error.outOfRange for a range of VALUE_RANGES. */
export function range(name: keyof typeof VALUE_RANGES) {
  return { min: VALUE_RANGES[name].min, max: VALUE_RANGES[name].max }
}

function minutes() {
  return cell.transform((s, ctx) => {
    if (s === '') return null
    const n = parseInteger(s)
    if (n === undefined) return fail(ctx, 'import.error.integer')
    if (n < 0) return fail(ctx, 'import.error.negative')
    return n <= VALUE_RANGES.minutes.max
      ? n
      : fail(ctx, 'import.error.outOfRange', range('minutes'))
  })
}

const answer = cell.transform(
  (s, ctx): AnswerToken => parseAnswerToken(s) ?? fail(ctx, 'import.error.answer'),
)

export const CaseRowSchema = z.object({
  external_id: idText,
  standard: requiredText,
  variant: code(VARIANT_CODES),
  channel: code(CHANNEL_CODES),
  office: requiredText,
  submitted_at: requiredTime(),
  completed_at: optionalTime,
  result: code(CASE_RESULTS),
  wait_minutes_submit: minutes(),
  wait_minutes_pickup: minutes(),
  service_minutes: minutes(),
  docs_correct: optionalYesNo,
  first_time_correct: optionalYesNo,
  suspended_from: optionalTime,
  suspended_to: optionalTime,
})

/** The answer columns of a survey file, in order. */
export const SURVEY_QUESTIONS = [
  'satisfied_process',
  'satisfied_information',
  'satisfied_complaint_procedure',
  'satisfied_complaint_timeline',
  'satisfied_courtesy',
] as const

/** The scale a row states (answer_scale): blank is none. */
const answerScale = cell.transform((s, ctx): SurveyScale | null =>
  s === '' ? null : (parseSurveyScale(s) ?? fail(ctx, 'import.error.scale')),
)

/**
 * A survey row: its answers stay tokens (a word, a digit 0–5, or blank) — what a digit means is
 * decided for the whole file once it is read (app/import/survey-scale.server.ts).
 */
export const SurveyRowSchema = z
  .object({
    external_id: idText,
    case_external_id: optionalIdText,
    standard: requiredText,
    office: requiredText,
    responded_at: requiredTime('import.error.date'),
    answer_scale: answerScale,
    satisfied_process: answer,
    satisfied_information: answer,
    satisfied_complaint_procedure: answer,
    satisfied_complaint_timeline: answer,
    satisfied_courtesy: answer,
  })
  .transform((row) => ({
    externalId: row.external_id,
    caseExternalId: row.case_external_id,
    standard: row.standard,
    office: row.office,
    respondedAt: row.responded_at,
    statedScale: row.answer_scale,
    answers: {
      process: row.satisfied_process,
      information: row.satisfied_information,
      complaintProcedure: row.satisfied_complaint_procedure,
      complaintTimeline: row.satisfied_complaint_timeline,
      courtesy: row.satisfied_courtesy,
    },
  }))

export const ComplaintRowSchema = z.object({
  external_id: idText,
  standard: requiredText,
  office: requiredText,
  received_at: requiredTime(),
  justified: requiredYesNo,
  decided_at: optionalTime,
  upheld: optionalYesNo,
  review_term_days: cell.transform((s, ctx) => {
    if (s === '') return null
    const n = parseInteger(s)
    if (n === undefined) return fail(ctx, 'import.error.integer')
    if (n <= 0) return fail(ctx, 'import.error.positive')
    return n <= VALUE_RANGES.reviewTermDays.max
      ? n
      : fail(ctx, 'import.error.outOfRange', range('reviewTermDays'))
  }),
})

export const PublicationRowSchema = z.object({
  office: requiredText,
  standard: requiredText,
  year: cell.transform((s, ctx) => {
    if (s === '') return fail(ctx, 'import.error.required')
    const n = parseInteger(s)
    const { min, max } = VALUE_RANGES.year
    return n !== undefined && n >= min && n <= max ? n : fail(ctx, 'import.error.year')
  }),
  published: requiredYesNo,
  url: optionalText,
})

export type CaseRowValues = z.output<typeof CaseRowSchema>
export type SurveyRowValues = z.output<typeof SurveyRowSchema>
export type ComplaintRowValues = z.output<typeof ComplaintRowSchema>
export type PublicationRowValues = z.output<typeof PublicationRowSchema>
