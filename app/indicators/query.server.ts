// The indicator query at the doors (API query string, CLI flags): one Zod schema, parsed to the
// engine's IndicatorQuery. The default as-of date is the year's (app/domain/reporting-period.ts):
// today in Kazakhstan, cut at the year's end.
import { z } from 'zod'
import { asOfDate, todayInKazakhstan } from '../domain/reporting-period'
import { calendarDay } from '../http/calendar-day.server'
import type { IndicatorQuery, IndicatorRow } from './types'

// A real day: 2025-02-30 passed a Date.parse check and reached PostgreSQL (a 500).
const day = calendarDay('must be a real date YYYY-MM-DD')

export const IndicatorQueryInput = z
  .object({
    year: z.coerce.number().int('must be a year such as 2025').min(2000).max(2100),
    period: z.enum(['year', 'quarter', 'month']).default('year'),
    standard: z.string().min(1).optional(),
    region: z
      .string()
      .regex(/^KZ-[0-9A-Z]{2,3}$/, 'must be an ISO 3166-2:KZ code such as KZ-11')
      .optional(),
    district: z.string().min(1).optional(),
    office: z.string().min(1).optional(),
    channel: z
      .enum(['local_executive_body', 'land_relations_authority', 'public_service_center'])
      .optional(),
    as_of: day.optional(),
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
  }
}

export type IndicatorWireRow = ReturnType<typeof indicatorRowToWire>
