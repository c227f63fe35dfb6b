// The indicator engine's contract, shared by the server, the API, the CLI and the pages.
import type { ChannelCode, Direction, IndicatorGroup, NormativeKind } from '../../db/schema'
import type { IndicatorStatus } from '../domain/indicator-status'
import type { MeasureSlug } from '../domain/measures'

export type Granularity = 'year' | 'quarter' | 'month'
export type ScopeLevel = 'nation' | 'region' | 'district' | 'office'
export type Breakdown = 'region' | 'district' | 'office'

export interface IndicatorQuery {
  year: number
  /** One row per indicator per period of the year at this granularity. */
  period: Granularity
  standard?: string
  /** ISO 3166-2:KZ code, e.g. KZ-11. */
  region?: string
  /** District code, e.g. KZ-11-akkol. */
  district?: string
  /** Office code, e.g. KZ-11-LRD-akkol. */
  office?: string
  channel?: ChannelCode
  /** 'YYYY-MM-DD': rows with a later key date are not counted (the caller resolves "today"). */
  asOf: string
  /** Rows per region / district / office inside the scope instead of one row for the scope. */
  by?: Breakdown
}

export interface IndicatorRow {
  standard: string
  code: string
  position: number
  name: { kk: string; ru: string; en: string }
  group: IndicatorGroup
  measure: MeasureSlug
  direction: Direction
  scope: {
    level: ScopeLevel
    code: string | null
    name: { kk: string; ru: string; en: string } | null
  }
  /** '2025', '2025-Q1' or '2025-03'. */
  period: string
  numerator: number
  denominator: number
  /** Percent, 2 decimals; null when the denominator is 0 ("no data"). */
  value: number | null
  normative: {
    asPrinted: string
    kind: NormativeKind
    low: number | null
    high: number | null
  } | null
  /** The approved target for the period's year (regional overrides national); null if none. */
  target: number | null
  status: IndicatorStatus
  /** 95 % Wilson interval, survey measures only. */
  ciLow: number | null
  ciHigh: number | null
  coverage: { contributing: number; serving: number; low: boolean }
}

export interface IndicatorResult {
  query: IndicatorQuery
  rows: IndicatorRow[]
}
