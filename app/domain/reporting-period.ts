// The reporting period, one rule for every page, download and report (decision 0020): a year
// counted from 1 January up to its as-of date — today while the year runs, its last day once it
// is over — and compared with the same period of the year before (1 January to the same day a
// year earlier), never with a whole year against a part of one. Also which year a page opens on
// and which years its filter offers. Pure: "today" is passed in (todayInKazakhstan turns the
// clock the caller read into Kazakhstan's date).
import { localDay } from './deadline'

/** Kazakhstan's civil date at `now`, 'YYYY-MM-DD' (one zone, UTC+5, since 1 March 2024). */
export function todayInKazakhstan(now: Date): string {
  return localDay(now, 'Asia/Almaty')
}

/** The year it is in Kazakhstan at `now` (on 31 December after 19:00 UTC it is already the next). */
export function currentYear(now: Date): number {
  return yearOf(todayInKazakhstan(now))
}

/** The year of a 'YYYY-MM-DD' date. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

/** A year counted from its first day up to `asOf` (inclusive). */
export interface ReportingPeriod {
  year: number
  /** 'YYYY-MM-DD': 1 January of the year. */
  from: string
  /** 'YYYY-MM-DD': the last day counted. */
  asOf: string
}

/** The as-of date of a reporting year: today while it runs, its last day once it is over. */
export function asOfDate(year: number, today: string): string {
  const yearEnd = `${year}-12-31`
  return today < yearEnd ? today : yearEnd
}

/** The same day one year earlier; 29 February becomes 28 February. */
export function sameDayYearBefore(day: string): string {
  const [y, m, d] = day.split('-')
  const year = String(Number(y) - 1).padStart(4, '0')
  return m === '02' && d === '29' ? `${year}-02-28` : `${year}-${m}-${d}`
}

/** The period a year is counted over on `today`. */
export function reportingPeriod(year: number, today: string): ReportingPeriod {
  return { year, from: `${year}-01-01`, asOf: asOfDate(year, today) }
}

/**
 * What a period is compared with: the same period of the year before — 1 January to the same
 * day a year earlier, so the whole previous year once the period's year is over.
 */
export function samePeriodYearBefore(period: ReportingPeriod): ReportingPeriod {
  const year = period.year - 1
  return { year, from: `${year}-01-01`, asOf: sameDayYearBefore(period.asOf) }
}

/** The years with data (first and last), or null when there are none. */
export interface DataYears {
  first: number
  last: number
}

/**
 * The year a dashboard opens on: the latest year with data, unless it is in the future; the
 * current year when there is none.
 */
export function defaultYear(data: DataYears | null, today: string): number {
  const current = yearOf(today)
  return data ? Math.min(data.last, current) : current
}

/** The years a page's filter offers, latest first: those with data, the current one and `year`. */
export function yearOptions(data: DataYears | null, year: number, today: string): number[] {
  const current = yearOf(today)
  const first = Math.min(data?.first ?? current, current, year)
  const last = Math.max(data?.last ?? current, current, year)
  return Array.from({ length: last - first + 1 }, (_, i) => last - i)
}

/**
 * What a dashboard page shows and offers: the year asked for (or the default), counted up to its
 * as-of date, the period it is compared with, and the years of its filter.
 */
export function pagePeriod(
  data: DataYears | null,
  asked: number | undefined,
  today: string,
): ReportingPeriod & { previous: ReportingPeriod; years: number[] } {
  const year = asked ?? defaultYear(data, today)
  const period = reportingPeriod(year, today)
  return {
    ...period,
    previous: samePeriodYearBefore(period),
    years: yearOptions(data, year, today),
  }
}

/** The year an annual report opens on: the latest year that is over. */
export function defaultReportYear(today: string): number {
  return yearOf(today) - 1
}
