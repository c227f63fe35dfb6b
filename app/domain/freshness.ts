// Data freshness (docs/domain.md "Data freshness", decision 0028): is an office still sending its
// records? Pure: dates are civil dates 'YYYY-MM-DD' in Kazakhstan, months 'YYYY-MM', and "today"
// is passed in (todayInKazakhstan). The SQL (db/queries/freshness.ts) supplies the latest record
// date and the months in which an office had records; the rules are here.

/** The thresholds an administrator sets on /admin/reference (freshness_settings, 0016). */
export interface FreshnessThresholds {
  /** Stale after more than this many days without a case. */
  staleAfterDays: number
  /** …from an office that had cases in each of this many calendar months before. */
  regularMonths: number
}

export const DEFAULT_FRESHNESS_THRESHOLDS: FreshnessThresholds = {
  staleAfterDays: 35,
  regularMonths: 3,
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'): 2026-11-01 → 2026-11-02 is 1. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000)
}

/** The month 'YYYY-MM' of a date or month. */
export function monthOf(day: string): string {
  return day.slice(0, 7)
}

/** The month `n` months after `month` ('YYYY-MM'; n may be negative). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  const year = Math.floor(index / 12)
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The months from `from` to `through`, both included; empty when `from` is later. */
export function monthRange(from: string, through: string): string[] {
  const months: string[] = []
  for (let m = from; m <= through; m = addMonths(m, 1)) months.push(m)
  return months
}

/** The last month that is over on `today`: on 4 December, November. */
export function lastCompleteMonth(today: string): string {
  return addMonths(monthOf(today), -1)
}

/**
 * Did the office send records regularly before it went quiet: records in each of the
 * `regularMonths` calendar months before the month of its latest record? A new office (records
 * in fewer months than that) and an office with a gap in those months are not regular.
 */
export function wasRegular(
  latestOn: string,
  monthsWithRecords: Iterable<string>,
  regularMonths: number,
): boolean {
  const months = new Set(monthsWithRecords)
  const latestMonth = monthOf(latestOn)
  for (let n = 1; n <= regularMonths; n++) {
    if (!months.has(addMonths(latestMonth, -n))) return false
  }
  return true
}

/**
 * Stale: more than `staleAfterDays` days since the office's latest case (exactly that many is
 * not stale yet), from an office that had cases in each of the `regularMonths` months before the
 * month of that case. An office with no case at all, or one that never sent regularly, is not
 * stale: there is nothing it stopped doing.
 */
export function isStale(input: {
  /** The date of the office's latest case, null when it has none. */
  latestOn: string | null
  today: string
  /** The months ('YYYY-MM') in which the office had cases; at least the ones before its latest. */
  monthsWithRecords: Iterable<string>
  thresholds: FreshnessThresholds
}): boolean {
  const { latestOn, today, thresholds } = input
  if (latestOn === null) return false
  if (daysBetween(latestOn, today) <= thresholds.staleAfterDays) return false
  return wasRegular(latestOn, input.monthsWithRecords, thresholds.regularMonths)
}

/**
 * The months without records: each month from `from` to `through` (both 'YYYY-MM', usually the
 * last complete month) in which the office had no record although it had records in an earlier
 * month — a gap, or the months since it stopped. The months before its first record are not
 * counted (a new office has not missed anything).
 */
export function monthsWithoutRecords(input: {
  monthsWithRecords: Iterable<string>
  from: string
  through: string
}): string[] {
  const months = new Set(input.monthsWithRecords)
  let first: string | null = null
  for (const m of months) if (first === null || m < first) first = m
  if (first === null) return []
  return monthRange(input.from, input.through).filter((m) => m > first && !months.has(m))
}

/** The latest of some dates ('YYYY-MM-DD' or null): the "data through" date of a scope. */
export function latestDate(days: Iterable<string | null>): string | null {
  let latest: string | null = null
  for (const day of days) if (day !== null && (latest === null || day > latest)) latest = day
  return latest
}
