// Cell values as regional exports write them: timestamps with an offset or in the office's local
// time, dates as YYYY-MM-DD or DD.MM.YYYY, yes/no in three languages, survey answers yes/no or
// 1–5. Each parser returns the value or `undefined` when the text is not one.
import { utcOffsetMs } from '../domain/deadline'
import { REPORTING_YEARS } from '../domain/year-range'

/** A moment as written: an instant (it had an offset) or a local wall-clock time of the office. */
export type WrittenTime =
  | { kind: 'instant'; at: Date; hasTime: true }
  | { kind: 'local'; parts: LocalParts; hasTime: boolean }

export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  ms: number
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * A real calendar date and time of day — what `Date.UTC` would give back unchanged: years before
 * 100 are refused (Date.UTC reads them as 19xx), as are a 13th month or a 31 April.
 */
function validParts(p: LocalParts): boolean {
  const { year, month, day } = p
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return false
  }
  return p.hour <= 23 && p.minute <= 59 && p.second <= 59
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The number the `count` digits from `from` write, or -1 where one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

const DASH = 45
const COLON = 58
const SPACE = 32
const UPPER_T = 84
const LOWER_T = 116

/**
 * `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS` (T or space) — nearly every cell of an
 * export — read without the regular expression; the same result as the ISO pattern gives them.
 * null: another shape, left to the patterns.
 */
function parsePlainIso(text: string): WrittenTime | undefined | null {
  const n = text.length
  if (n !== 10 && n !== 16 && n !== 19) return null
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  if (year < 0 || month < 0 || day < 0) return null
  let hour = 0
  let minute = 0
  let second = 0
  if (n > 10) {
    const separator = text.charCodeAt(10)
    if (separator !== SPACE && separator !== UPPER_T && separator !== LOWER_T) return null
    if (text.charCodeAt(13) !== COLON || (n === 19 && text.charCodeAt(16) !== COLON)) return null
    hour = digitsAt(text, 11, 2)
    minute = digitsAt(text, 14, 2)
    second = n === 19 ? digitsAt(text, 17, 2) : 0
    if (hour < 0 || minute < 0 || second < 0) return null
  }
  const parts: LocalParts = { year, month, day, hour, minute, second, ms: 0 }
  if (!validParts(parts)) return undefined
  return { kind: 'local', parts, hasTime: n > 10 }
}

/** The matched groups of a written date and time; absent time fields are 0, milliseconds from the fraction's first three digits. */
function partsOf(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  frac?: string,
): LocalParts {
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h ? Number(h) : 0,
    minute: mi ? Number(mi) : 0,
    second: s ? Number(s) : 0,
    ms: frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0,
  }
}

export function parseWrittenTime(text: string): WrittenTime | undefined {
  const plain = parsePlainIso(text)
  if (plain !== null) return plain
  const iso = ISO.exec(text)
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, offset] = iso
    const parts = partsOf(y, mo, d, h, mi, s, frac)
    if (!validParts(parts)) return undefined
    if (offset) {
      const minutes = offsetMinutes(offset)
      if (minutes === undefined) return undefined
      return { kind: 'instant', at: new Date(utcOf(parts) - minutes * 60_000), hasTime: true }
    }
    return { kind: 'local', parts, hasTime: h !== undefined }
  }
  const dotted = DOTTED.exec(text)
  if (dotted) {
    const [, d, mo, y, h, mi, s] = dotted
    const parts = partsOf(y, mo, d, h, mi, s)
    if (!validParts(parts)) return undefined
    return { kind: 'local', parts, hasTime: h !== undefined }
  }
  return undefined
}

function offsetMinutes(offset: string): number | undefined {
  if (offset.toUpperCase() === 'Z') return 0
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)
  if (!m) return undefined
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  if (minutes > 14 * 60) return undefined
  return m[1] === '-' ? -minutes : minutes
}

function utcOf(p: LocalParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms)
}

/** The instant a written time stands for, reading a local time in the office's time zone. */
export function instantIn(time: WrittenTime, timeZone: string): Date {
  if (time.kind === 'instant') return time.at
  const wall = utcOf(time.parts)
  // The zone's offset at the wall-clock time read as UTC is right except within an hour of a
  // change of offset; a second look at the resulting instant settles it.
  let instant = wall - utcOffsetMs(timeZone, wall)
  instant = wall - utcOffsetMs(timeZone, instant)
  return new Date(instant)
}

/** The civil date a written time falls on in the office's time zone. */
export function dayIn(time: WrittenTime, timeZone: string): string {
  if (time.kind === 'local') {
    const p = time.parts
    return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
  }
  const local = new Date(time.at.getTime() + utcOffsetMs(timeZone, time.at.getTime()))
  return local.toISOString().slice(0, 10)
}

const YES = new Set(['yes', 'y', 'true', '1', 'иә', 'ия', 'да', 'д'])
const NO = new Set(['no', 'n', 'false', '0', 'жоқ', 'нет', 'н'])

export function parseYesNo(text: string): boolean | undefined {
  const word = text.toLowerCase()
  if (YES.has(word)) return true
  if (NO.has(word)) return false
  return undefined
}

/**
 * A control character other than tab, line feed and carriage return: no cell of a real export holds
 * one, PostgreSQL text cannot hold a NUL, and a stray one is named by its cell rather than
 * failing the whole file at staging.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/**
 * The longest id a row may carry (external_id, case_external_id): ids are keys of unique indexes,
 * whose entries PostgreSQL bounds at about 2.7 KB; real ones are a few dozen characters.
 */
export const MAX_ID_LENGTH = 200

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g')

/** A cell as an error message shows it: control characters written out as \u001b (jsonb holds no NUL). */
export function printableCell(text: string): string {
  return CONTROL_CHARACTER.test(text)
    ? text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : text
}

/**
 * The plausible ranges of the numeric columns, checked where a cell is read so that no value
 * outside them reaches a table (a 32-bit column would wrap 4294967301 to 5) or a calculation. They
 * are what a ministry analyst would still believe of one record; the import template's README
 * section lists them.
 */
export const VALUE_RANGES = {
  /** A queue wait or a service at the counter, in minutes: up to one day. */
  minutes: { min: 0, max: 1440 },
  /** A complaint's review term, in days: up to one year. */
  reviewTermDays: { min: 1, max: 365 },
  /** A publication's year: a reporting year. */
  year: { min: REPORTING_YEARS.first, max: REPORTING_YEARS.last },
} as const

/**
 * Dates are refused before this year (no record of these services is older) and after the
 * import's own moment plus CLOCK_MARGIN_MS: a case cannot be submitted, completed, answered or
 * decided in the future, and one that says so would count as thousands of days late.
 */
export const EARLIEST_DATE_YEAR = 2000
export const EARLIEST_DATE_MS = Date.UTC(EARLIEST_DATE_YEAR, 0, 1) - 14 * 3_600_000
/** How far ahead of the server's clock a source system's clock may run. */
export const CLOCK_MARGIN_MS = 15 * 60_000

/** A whole number (Excel may write 12 as "12.0"). */
export function parseInteger(text: string): number | undefined {
  // Plain digits (nearly every cell) without the regular expressions.
  const length = text.length
  if (length > 0 && length <= 15) {
    let value = 0
    let i = 0
    for (; i < length; i++) {
      const d = text.charCodeAt(i) - 48
      if (d < 0 || d > 9) break
      value = value * 10 + d
    }
    if (i === length) return value
  }
  const m = /^([+-]?\d+)(?:[.,]0+)?$/.exec(text.replace(/[\s\u00a0]/g, ''))
  if (!m) return undefined
  const n = Number(m[1])
  return Number.isSafeInteger(n) ? n : undefined
}

/**
 * A survey answer cell as written: a word (yes/no in any language) is a boolean; a digit is kept
 * as a digit, because "1" is "yes" in a yes/no file and the lowest score in a 1–5 file — which of
 * the two only the whole file tells (app/domain/survey-scale.ts, app/import/survey-scale.server.ts).
 */
export type AnswerToken =
  { kind: 'blank' } | { kind: 'word'; yes: boolean } | { kind: 'digit'; n: number }

export function parseAnswerToken(text: string): AnswerToken | undefined {
  if (text === '') return { kind: 'blank' }
  const n = parseInteger(text)
  if (n !== undefined) return n >= 0 && n <= 5 ? { kind: 'digit', n } : undefined
  const yes = parseYesNo(text)
  return yes === undefined ? undefined : { kind: 'word', yes }
}
