// The cases row parser of the import's hot path: the same values and the same issues, in the same
// order, as CaseRowSchema (schemas.server.ts) — one issue per column at most, columns in the
// schema's order — without building a record object and a Zod result per row (issue 4's bench:
// per-row Zod and its object churn were half of the time). test/unit/case-cells.test.ts holds
// the two equal over a corpus of good and bad rows; CaseRowSchema stays the specification.
import { CHANNEL_CODES, VARIANT_CODES } from '../../db/schema'
import type { RowIssue } from './issues.server'
import type { CaseRowValues } from './schemas.server'
import { CASE_RESULTS, range } from './schemas.server'
import {
  CONTROL_CHARACTER,
  MAX_ID_LENGTH,
  parseInteger,
  parseWrittenTime,
  parseYesNo,
  VALUE_RANGES,
  type WrittenTime,
} from './values.server'

/** The canonical case columns in CaseRowSchema's order. */
export const CASE_COLUMNS = [
  'external_id',
  'standard',
  'variant',
  'channel',
  'office',
  'submitted_at',
  'completed_at',
  'result',
  'wait_minutes_submit',
  'wait_minutes_pickup',
  'service_minutes',
  'docs_correct',
  'first_time_correct',
  'suspended_from',
  'suspended_to',
] as const

export type CaseColumn = (typeof CASE_COLUMNS)[number]

/** Where each canonical column is in a file's cells (-1: the file has no such column). */
export type CaseCellIndex = Record<CaseColumn, number>

export function caseCellIndex(columns: readonly (string | null)[]): CaseCellIndex {
  const index = Object.fromEntries(CASE_COLUMNS.map((c) => [c, -1])) as CaseCellIndex
  columns.forEach((column, i) => {
    if (column !== null && column in index) index[column as CaseColumn] = i
  })
  return index
}

const variants = new Set<string>(VARIANT_CODES)
const channels = new Set<string>(CHANNEL_CODES)
const results = new Set<string>(CASE_RESULTS)
const VARIANT_LIST = VARIANT_CODES.join(', ')
const CHANNEL_LIST = CHANNEL_CODES.join(', ')
const RESULT_LIST = CASE_RESULTS.join(', ')
const MINUTES_RANGE = range('minutes')

export type CaseCellsResult = { ok: true; value: CaseRowValues } | { ok: false; issues: RowIssue[] }

// Module-level helpers rather than closures: this runs a million times per file.
type Issues = RowIssue[]

function fail(
  issues: Issues,
  column: CaseColumn,
  key: RowIssue['key'],
  params?: RowIssue['params'],
) {
  issues.push(params ? { column, key, params } : { column, key })
}

/**
 * A cell that did not parse: a control character in it is what is wrong (as the schemas say of
 * any cell), otherwise `key`. Tested only on this path: a parsed cell holds none.
 */
function unreadable(
  issues: Issues,
  column: CaseColumn,
  s: string,
  key: RowIssue['key'],
  params?: RowIssue['params'],
) {
  if (CONTROL_CHARACTER.test(s)) fail(issues, column, 'import.error.controlCharacter')
  else fail(issues, column, key, params)
}

function textOf(cells: readonly string[], i: number): string {
  return i < 0 ? '' : (cells[i] ?? '').trim()
}

function required(
  cells: readonly string[],
  index: CaseCellIndex,
  column: CaseColumn,
  issues: Issues,
) {
  const s = textOf(cells, index[column])
  if (s === '') fail(issues, column, 'import.error.required')
  // The free-text cells (ids, codes looked up later); the others are parsed or matched to a list.
  else if (CONTROL_CHARACTER.test(s)) fail(issues, column, 'import.error.controlCharacter')
  return s
}

/** A row's id: required, free of control characters, at most MAX_ID_LENGTH characters. */
function id(cells: readonly string[], index: CaseCellIndex, column: CaseColumn, issues: Issues) {
  const before = issues.length
  const s = required(cells, index, column, issues)
  if (issues.length === before && s.length > MAX_ID_LENGTH) {
    fail(issues, column, 'import.error.tooLong', { max: MAX_ID_LENGTH })
  }
  return s
}

function code(
  cells: readonly string[],
  index: CaseCellIndex,
  column: CaseColumn,
  issues: Issues,
  set: Set<string>,
  codes: string,
): string {
  const s = textOf(cells, index[column])
  if (s === '') {
    fail(issues, column, 'import.error.required')
    return s
  }
  const lower = s.toLowerCase()
  if (!set.has(lower)) unreadable(issues, column, s, 'import.error.unknownCode', { codes })
  return lower
}

function time(
  cells: readonly string[],
  index: CaseCellIndex,
  column: CaseColumn,
  issues: Issues,
  isRequired: boolean,
): WrittenTime | null {
  const s = textOf(cells, index[column])
  if (s === '') {
    if (isRequired) fail(issues, column, 'import.error.required')
    return null
  }
  const t = parseWrittenTime(s)
  if (t === undefined) unreadable(issues, column, s, 'import.error.timestamp')
  return t ?? null
}

function minutes(
  cells: readonly string[],
  index: CaseCellIndex,
  column: CaseColumn,
  issues: Issues,
) {
  const s = textOf(cells, index[column])
  if (s === '') return null
  const n = parseInteger(s)
  if (n === undefined) unreadable(issues, column, s, 'import.error.integer')
  else if (n < 0) fail(issues, column, 'import.error.negative')
  else if (n > VALUE_RANGES.minutes.max) {
    fail(issues, column, 'import.error.outOfRange', MINUTES_RANGE)
  }
  return n ?? null
}

function yesNo(cells: readonly string[], index: CaseCellIndex, column: CaseColumn, issues: Issues) {
  const s = textOf(cells, index[column])
  if (s === '') return null
  const v = parseYesNo(s)
  if (v === undefined) unreadable(issues, column, s, 'import.error.boolean')
  return v ?? null
}

/** Parses one row of a cases file, as CaseRowSchema.safeParse of its record would. */
export function parseCaseCells(cells: readonly string[], index: CaseCellIndex): CaseCellsResult {
  const issues: Issues = []
  const value = {
    external_id: id(cells, index, 'external_id', issues),
    standard: required(cells, index, 'standard', issues),
    variant: code(cells, index, 'variant', issues, variants, VARIANT_LIST),
    channel: code(cells, index, 'channel', issues, channels, CHANNEL_LIST),
    office: required(cells, index, 'office', issues),
    submitted_at: time(cells, index, 'submitted_at', issues, true),
    completed_at: time(cells, index, 'completed_at', issues, false),
    result: code(cells, index, 'result', issues, results, RESULT_LIST),
    wait_minutes_submit: minutes(cells, index, 'wait_minutes_submit', issues),
    wait_minutes_pickup: minutes(cells, index, 'wait_minutes_pickup', issues),
    service_minutes: minutes(cells, index, 'service_minutes', issues),
    docs_correct: yesNo(cells, index, 'docs_correct', issues),
    first_time_correct: yesNo(cells, index, 'first_time_correct', issues),
    suspended_from: time(cells, index, 'suspended_from', issues, false),
    suspended_to: time(cells, index, 'suspended_to', issues, false),
  }
  if (issues.length > 0) return { ok: false, issues }
  // Every check passed: the codes are members of their lists and submitted_at is a time.
  return { ok: true, value: value as CaseRowValues }
}
