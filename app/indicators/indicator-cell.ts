// One indicator's result as every page, download and the annual report show it: the value with
// its status, the counts behind it, the target that applied, the 95 % interval and the coverage.
// Made from the engine's row by `cellOf` alone, so a cell on the overview, in a region's table,
// in an XLSX download and in a published report is the same object.
import type { IndicatorStatus } from '../domain/indicator-status'
import type { IndicatorRow } from './types'

/**
 * Also the report model's `Figure` (reports/model.ts), frozen in every published edition: a
 * field added, renamed or removed here changes REPORT_SCHEMA.
 */
export interface IndicatorCell {
  /** Percent, 2 decimals; null when the denominator is 0 ("no data"). */
  value: number | null
  numerator: number
  denominator: number
  status: IndicatorStatus
  /** The approved target of the period's year that applied (regional overrides national). */
  target: number | null
  /** 95 % Wilson interval, survey measures only. */
  ciLow: number | null
  ciHigh: number | null
  /** Offices with data / offices serving the standard in scope. */
  contributing: number
  serving: number
  /** Under half of the serving offices contributed (decision 0004). */
  lowCoverage: boolean
}

/** The cell of a period the engine has no row for (a month after the as-of date): no data. */
export const NO_DATA_CELL: IndicatorCell = {
  value: null,
  numerator: 0,
  denominator: 0,
  status: 'no_data',
  target: null,
  ciLow: null,
  ciHigh: null,
  contributing: 0,
  serving: 0,
  lowCoverage: false,
}

export function cellOf(row: IndicatorRow): IndicatorCell {
  return {
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    status: row.status,
    target: row.target,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    contributing: row.coverage.contributing,
    serving: row.coverage.serving,
    lowCoverage: row.coverage.low,
  }
}
