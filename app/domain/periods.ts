// The periods of a reporting year at a granularity, cut at the as-of date: a period that starts
// after it is not reported yet, the one containing it ends on it.

export type Granularity = 'year' | 'quarter' | 'month'

export interface Period {
  /** '2025', '2025-Q1', '2025-03'. */
  label: string
  /** 'YYYY-MM-DD', the first day (equal to date_trunc(granularity, day) of any day inside). */
  start: string
  /** 'YYYY-MM-DD', the last day counted. */
  end: string
}

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(day)}`
}

export function periodsOfYear(year: number, granularity: Granularity, asOf: string): Period[] {
  const spans: [string, number, number][] =
    granularity === 'year'
      ? [[String(year), 1, 12]]
      : granularity === 'quarter'
        ? [1, 2, 3, 4].map((q) => [`${year}-Q${q}`, 3 * q - 2, 3 * q] as [string, number, number])
        : Array.from(
            { length: 12 },
            (_, i) => [`${year}-${pad(i + 1)}`, i + 1, i + 1] as [string, number, number],
          )
  const periods: Period[] = []
  for (const [label, fromMonth, toMonth] of spans) {
    const start = `${year}-${pad(fromMonth)}-01`
    if (start > asOf) break
    const end = lastDayOfMonth(year, toMonth)
    periods.push({ label, start, end: end < asOf ? end : asOf })
  }
  return periods
}
