// The indicator engine's contract, shared by the server, the API, the CLI and the pages.
import type { ChannelCode, Direction, IndicatorGroup, NormativeKind } from '../../db/schema'
import type { EditionStanding } from '../domain/editions'
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
  /** The edition of the standard the row is judged under, and every edition its period spans. */
  edition: RowEdition
  /** 95 % Wilson interval, survey measures only. */
  ciLow: number | null
  ciHigh: number | null
  coverage: { contributing: number; serving: number; low: boolean }
}

/** Which edition of its standard an indicator row follows (decision 0033). */
export interface RowEdition {
  /** The edition whose table (normative, name, group) the row follows. */
  number: number
  standing: EditionStanding
  /** Every edition whose table applies to some day of the period; more than one: it spans. */
  spans: number[]
}

export interface IndicatorResult {
  query: IndicatorQuery
  rows: IndicatorRow[]
}
