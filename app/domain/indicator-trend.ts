// An indicator over time, as the dashboards show it: the change from the same period of the
// previous year in percentage points, and a year's twelve months with "no data" kept as a gap (never as 0 %).
import { round2 } from './indicator-status'

/**
 * The change between two percentages in percentage points (2 decimals), from the shown
 * (rounded) values so that the cards add up; null when either year has no data.
 */
export function changeInPoints(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null
  return round2(current - previous)
}

/**
 * The twelve months of `year` ('YYYY-MM'), each with the engine's monthly row for it, or null
 * where the engine has none (a month after the as-of date): a gap, never 0 %.
 */
export function monthlySeries<R extends { period: string }>(
  year: number,
  rows: readonly R[],
): { month: string; row: R | null }[] {
  const byMonth = new Map(rows.map((r) => [r.period, r]))
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    return { month, row: byMonth.get(month) ?? null }
  })
}
