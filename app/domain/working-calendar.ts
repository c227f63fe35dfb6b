// Kazakhstan's working calendar (docs/domain.md §5): which civil dates are working days, and
// working-day arithmetic on plain 'YYYY-MM-DD' dates — no time zone, no Date objects.

export type CalendarException = {
  day: string // YYYY-MM-DD
  kind: 'holiday' | 'transfer_day_off' | 'transfer_working_day'
}

// The same calendar operations, once on 'YYYY-MM-DD' strings and once on day numbers (days since
// 1970-01-01) for hot loops that must not parse or format strings.
export type DayArithmetic<Day> = {
  isWorkingDay(day: Day): boolean
  // The first working day strictly after `day`.
  nextWorkingDay(day: Day): Day
  // n > 0: the n-th working day strictly after `day` (the term starts the next day, docs/domain.md
  // §5); n < 0: the |n|-th working day strictly before it; n = 0: `day` itself, working or not.
  addWorkingDays(day: Day, n: number): Day
  // Working days in the half-open interval (from, to]: `from` itself is not counted, as a term
  // does not count the day of its starting event, and `to` is. Antisymmetric: negative if to < from.
  workingDaysBetween(from: Day, to: Day): number
}

export type WorkingCalendar = DayArithmetic<string> & { byDayNumber: DayArithmetic<number> }

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

// Days since 1970-01-01 of a proleptic Gregorian civil date — the numbering of
// Date.UTC(y, m - 1, d) / 86 400 000, computed without a Date (H. Hinnant's days_from_civil).
export function dayNumber(day: string): number {
  const match = DAY_PATTERN.exec(day)
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(day)}`)
  const year = Number(match[1])
  const month = Number(match[2])
  const dayOfMonth = Number(match[3])
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    throw new RangeError(`No such calendar date: ${day}`)
  }
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

// The 'YYYY-MM-DD' date of a day number (H. Hinnant's civil_from_days). Memoized for 1970–2099:
// the import derives three dates per case, a million cases per file, over a few hundred days.
const MEMO_DAYS = 47_482 // 1970-01-01 … 2099-12-31
const dayTexts = new Array<string | undefined>(MEMO_DAYS).fill(undefined)

export function fromDayNumber(n: number): string {
  if (n >= 0 && n < MEMO_DAYS) {
    const memo = dayTexts[n]
    if (memo !== undefined) return memo
    if (Number.isInteger(n)) return (dayTexts[n] = civilText(n))
  }
  if (!Number.isInteger(n)) throw new RangeError(`Not a day number: ${n}`)
  return civilText(n)
}

function civilText(n: number): string {
  const z = n + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  if (year < 0 || year > 9999) throw new RangeError(`Day number out of range: ${n}`)
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`
}

// ISO weekday of a day number: 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday).
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1
}

// Monday–Friday days in [MONDAY_ZERO, n] (negative for n before it): differences of this give the
// plain weekday count of any span in O(1), used beyond the precomputed table.
const MONDAY_ZERO = 4 // 1970-01-05
function weekdayPrefix(n: number): number {
  const t = n - MONDAY_ZERO
  const weeks = Math.floor(t / 7)
  return 5 * weeks + Math.min(t - 7 * weeks + 1, 5)
}

// The precomputed table covers at least 1970–2100 and a year either side of every exception, so
// the questions the dashboard asks are O(1) array reads; outside it only the weekend rule applies
// (no exception can lie there) and the answers come from a closed form or a short loop.
const TABLE_FIRST_DAY = dayNumber('1970-01-01')
const TABLE_LAST_DAY = dayNumber('2100-12-31')
const TABLE_MARGIN_DAYS = 366

export function createWorkingCalendar(exceptions: readonly CalendarException[]): WorkingCalendar {
  const daysOff = new Set<number>()
  const workingWeekendDays = new Set<number>()
  let first = TABLE_FIRST_DAY
  let last = TABLE_LAST_DAY
  for (const exception of exceptions) {
    const n = dayNumber(exception.day)
    if (exception.kind === 'holiday' || exception.kind === 'transfer_day_off') daysOff.add(n)
    else if (exception.kind === 'transfer_working_day') workingWeekendDays.add(n)
    else throw new RangeError(`Unknown calendar exception kind: ${String(exception.kind)}`)
    first = Math.min(first, n - TABLE_MARGIN_DAYS)
    last = Math.max(last, n + TABLE_MARGIN_DAYS)
  }

  // A working day is a Monday–Friday that is not a holiday or a transferred day off, or a weekend
  // day that a transfer made working (docs/domain.md §5). Where the data lists a day both ways,
  // the day off wins: Law 267 art. 5 makes a holiday a non-working day; a transfer cannot undo it.
  const ruleSaysWorking = (n: number): boolean => {
    if (daysOff.has(n)) return false
    return isoWeekday(n) <= 5 || workingWeekendDays.has(n)
  }

  const size = last - first + 1
  const working = new Uint8Array(size)
  // rank[i]: working days in [first, first + i]; workingDays[k]: the k-th working day (0-based).
  const rank = new Int32Array(size)
  const workingDayList: number[] = []
  let count = 0
  for (let i = 0; i < size; i++) {
    if (ruleSaysWorking(first + i)) {
      working[i] = 1
      workingDayList.push(first + i)
      count++
    }
    rank[i] = count
  }
  const workingDays = Int32Array.from(workingDayList)

  const isWorkingDay = (n: number): boolean =>
    n >= first && n <= last ? working[n - first] === 1 : isoWeekday(n) <= 5

  // Working days in [first, n]; below `first` the negated count of (n, first - 1].
  const prefix = (n: number): number => {
    if (n < first) return weekdayPrefix(n) - weekdayPrefix(first - 1)
    if (n > last) return count + weekdayPrefix(n) - weekdayPrefix(last)
    return rank[n - first]!
  }

  const stepWorkingDays = (n: number, steps: number): number => {
    const direction = steps > 0 ? 1 : -1
    let day = n
    for (let remaining = Math.abs(steps); remaining > 0;) {
      day += direction
      if (isWorkingDay(day)) remaining--
    }
    return day
  }

  const addWorkingDays = (n: number, steps: number): number => {
    if (!Number.isInteger(n) || !Number.isInteger(steps)) {
      throw new RangeError(`addWorkingDays needs integers, got ${n}, ${steps}`)
    }
    if (steps === 0) return n
    if (n >= first && n <= last) {
      const workingUpToN = rank[n - first]!
      const index =
        steps > 0 ? workingUpToN + steps - 1 : workingUpToN - working[n - first]! + steps
      if (index >= 0 && index < workingDays.length) return workingDays[index]!
    }
    return stepWorkingDays(n, steps)
  }

  const byDayNumber: DayArithmetic<number> = {
    isWorkingDay,
    nextWorkingDay: (n) => addWorkingDays(n, 1),
    addWorkingDays,
    workingDaysBetween: (from, to) => prefix(to) - prefix(from),
  }

  return {
    byDayNumber,
    isWorkingDay: (day) => isWorkingDay(dayNumber(day)),
    nextWorkingDay: (day) => fromDayNumber(addWorkingDays(dayNumber(day), 1)),
    addWorkingDays: (day, n) => fromDayNumber(addWorkingDays(dayNumber(day), n)),
    workingDaysBetween: (from, to) => prefix(dayNumber(to)) - prefix(dayNumber(from)),
  }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
