// The indicator query at the doors (API query string, CLI flags): one Zod schema, parsed to the
// engine's IndicatorQuery. The default as-of date is the year's (app/domain/reporting-period.ts):
// today in Kazakhstan, cut at the year's end.
import { z } from 'zod'
import { asOfDate, todayInKazakhstan } from '../domain/reporting-period'
import {
  calendarDay,
  channel,
  regionCode,
  reportingYear,
  standardId,
} from '../http/input-schemas.server'
import type { IndicatorQuery, IndicatorRow } from './types'

export const IndicatorQueryInput = z
  .object({
    year: reportingYear,
    period: z.enum(['year', 'quarter', 'month']).default('year'),
    standard: standardId.optional(),
    region: regionCode.optional(),
    district: z.string().min(1).optional(),
    office: z.string().min(1).optional(),
    channel: channel.optional(),
    as_of: calendarDay().optional(),
    by: z.enum(['region', 'district', 'office']).optional(),
  })
  .strict()

export type IndicatorQueryInput = z.input<typeof IndicatorQueryInput>

export function toIndicatorQuery(
  input: z.output<typeof IndicatorQueryInput>,
  now: Date,
): IndicatorQuery {
  const asOf = input.as_of ?? asOfDate(input.year, todayInKazakhstan(now))
  return {
    year: input.year,
    period: input.period,
    standard: input.standard,
    region: input.region,
    district: input.district,
    office: input.office,
    channel: input.channel,
    asOf,
    by: input.by,
  }
}

/** The wire format of one row (API JSON, CLI JSON and CSV): the names the issue tracker agreed. */
export function indicatorRowToWire(row: IndicatorRow) {
  return {
    standard: row.standard,
    code: row.code,
    measure: row.measure,
    name_kk: row.name.kk,
    name_ru: row.name.ru,
    name_en: row.name.en,
    scope: row.scope.level,
    scope_code: row.scope.code,
    period: row.period,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    normative: row.normative?.asPrinted ?? null,
    target: row.target,
    status: row.status,
    ci_low: row.ciLow,
    ci_high: row.ciHigh,
    offices_contributing: row.coverage.contributing,
    offices_serving: row.coverage.serving,
    low_coverage: row.coverage.low,
    // Decision 0033: the edition the row is judged under, whether its table is applied after the
    // act's cancellation ('continued'), and the editions the period spans ("1" or "1+2").
    edition: row.edition.number,
    edition_standing: row.edition.standing,
    editions_spanned: row.edition.spans.join('+'),
  }
}

export type IndicatorWireRow = ReturnType<typeof indicatorRowToWire>
