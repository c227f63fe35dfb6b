// An indicator over time, as the dashboards show it: the change from the previous year in
// percentage points, and a year's twelve months with "no data" kept as a gap (never as 0 %).
import type { IndicatorStatus } from './indicator-status'
import { round2 } from './indicator-status'

/**
 * The change between two percentages in percentage points (2 decimals), from the shown
 * (rounded) values so that the cards add up; null when either year has no data.
 */
export function changeInPoints(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null
  return round2(current - previous)
}

export interface MonthPoint {
  /** 'YYYY-MM' */
  month: string
  /** Percent, or null: no data that month, or a month after the as-of date. */
  value: number | null
  numerator: number
  denominator: number
  status: IndicatorStatus
}

export interface PeriodValue {
  /** The engine's period label, 'YYYY-MM' for months. */
  period: string
  value: number | null
  numerator: number
  denominator: number
  status: IndicatorStatus
}

/** Twelve months of `year`, filled from the engine's monthly rows; missing months are no data. */
export function monthlySeries(year: number, rows: readonly PeriodValue[]): MonthPoint[] {
  const byMonth = new Map(rows.map((r) => [r.period, r]))
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    const row = byMonth.get(month)
    return row
      ? {
          month,
          value: row.value,
          numerator: row.numerator,
          denominator: row.denominator,
          status: row.status,
        }
      : { month, value: null, numerator: 0, denominator: 0, status: 'no_data' }
  })
}
