// The query strings of the region dashboard, the office view and the drill-down (one Zod schema
// per page), and the sizes of their case lists. Their reporting period (as-of date, default
// year, year options) is app/domain/reporting-period.ts.
import { z } from 'zod'
import { CASE_SORTS } from '../../db/queries/case-lists'
import { EXPORT_FORMATS } from '../exports/export-formats'
import {
  channel,
  optionalField,
  pageNumber,
  regionCode,
  reportingYear,
  standardId,
} from '../http/input-schemas.server'

const direction = z.enum(['asc', 'desc'])
/** A unit table's sort column: the unit's name or an indicator code. */
const unitSort = z.union([z.literal('name'), z.string().regex(/^\d{1,2}\.\d{1,2}$/)])
/** A district's or an office's code. */
const unitCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/)

/** The late-cases list of a dashboard: `lsort`, `ldir`, `lpage`. */
const lateList = {
  lsort: optionalField(z.enum(CASE_SORTS)),
  ldir: optionalField(direction),
  lpage: optionalField(pageNumber),
}

export const RegionDashboardQuery = z.object({
  year: optionalField(reportingYear),
  standard: optionalField(standardId),
  channel: optionalField(channel),
  /** The reference tab (districts and offices of the region) instead of the indicators. */
  view: optionalField(z.enum(['indicators', 'reference'])),
  /** The folded sections to open: names from region-folds.ts, comma-separated, or `all`. */
  open: optionalField(z.string().regex(/^[a-z]{1,12}(,[a-z]{1,12}){0,9}$/)),
  dsort: optionalField(unitSort),
  ddir: optionalField(direction),
  osort: optionalField(unitSort),
  odir: optionalField(direction),
  ...lateList,
})
export type RegionDashboardInput = z.output<typeof RegionDashboardQuery>

export const OfficeParams = z.object({ id: unitCode })

export const OfficeViewQuery = z.object({
  year: optionalField(reportingYear),
  standard: optionalField(standardId),
  ...lateList,
})
export type OfficeViewInput = z.output<typeof OfficeViewQuery>

export const DrillDownParams = z.object({
  standard: standardId,
  code: z.string().regex(/^\d{1,2}\.\d{1,2}$/),
})

export const DrillDownQuery = z.object({
  year: reportingYear,
  month: optionalField(z.coerce.number().int().min(1).max(12)),
  region: optionalField(regionCode),
  district: optionalField(unitCode),
  office: optionalField(unitCode),
  channel: optionalField(channel),
  cases: optionalField(z.enum(['rest', 'numerator', 'denominator'])),
  sort: optionalField(z.enum(CASE_SORTS)),
  dir: optionalField(direction),
  page: optionalField(pageNumber),
})
export type DrillDownInput = z.output<typeof DrillDownQuery>

/** `?table=…&format=…` of the export resource routes (the page's own filters come along). */
export const ExportQuery = z.object({
  table: z.enum(['indicators', 'monthly', 'districts', 'offices', 'channels', 'late', 'cases']),
  format: z.enum(EXPORT_FORMATS),
})

/** Page size of every case list (the drill-down and the dashboards' late cases). */
export const CASE_PAGE_SIZE = 50

/** At most this many rows go into a downloaded case list. */
export const CASE_EXPORT_LIMIT = 100_000
