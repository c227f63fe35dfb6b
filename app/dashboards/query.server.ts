// The query strings of the region dashboard, the office view and the drill-down (one Zod schema
// per page), and the sizes of their case lists. Their reporting period (as-of date, default
// year, year options) is app/domain/reporting-period.ts.
import { z } from 'zod'
import { CASE_SORTS } from '../../db/queries/case-lists'

/** An empty form field ("all channels") means no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional())

const year = z.coerce.number().int().min(2000).max(2100)
const standardId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/)
const channel = z.enum([
  'local_executive_body',
  'land_relations_authority',
  'public_service_center',
])
const direction = z.enum(['asc', 'desc'])
/** A unit table's sort column: the unit's name or an indicator code. */
const unitSort = z.union([z.literal('name'), z.string().regex(/^\d{1,2}\.\d{1,2}$/)])
const page = z.coerce.number().int().min(1).max(1_000_000)

/** The late-cases list of a dashboard: `lsort`, `ldir`, `lpage`. */
const lateList = {
  lsort: optional(z.enum(CASE_SORTS)),
  ldir: optional(direction),
  lpage: optional(page),
}

export const RegionDashboardQuery = z.object({
  year: optional(year),
  standard: optional(standardId),
  channel: optional(channel),
  /** The reference tab (districts and offices of the region) instead of the indicators. */
  view: optional(z.enum(['indicators', 'reference'])),
  dsort: optional(unitSort),
  ddir: optional(direction),
  osort: optional(unitSort),
  odir: optional(direction),
  ...lateList,
})
export type RegionDashboardInput = z.output<typeof RegionDashboardQuery>

export const OfficeParams = z.object({ id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/) })

export const OfficeViewQuery = z.object({
  year: optional(year),
  standard: optional(standardId),
  ...lateList,
})
export type OfficeViewInput = z.output<typeof OfficeViewQuery>

export const DrillDownParams = z.object({
  standard: standardId,
  code: z.string().regex(/^\d{1,2}\.\d{1,2}$/),
})

export const DrillDownQuery = z.object({
  year,
  month: optional(z.coerce.number().int().min(1).max(12)),
  region: optional(z.string().regex(/^KZ-[0-9A-Z]{2,3}$/)),
  district: optional(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/)),
  office: optional(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/)),
  channel: optional(channel),
  cases: optional(z.enum(['rest', 'numerator', 'denominator'])),
  sort: optional(z.enum(CASE_SORTS)),
  dir: optional(direction),
  page: optional(page),
})
export type DrillDownInput = z.output<typeof DrillDownQuery>

/** `?table=…&format=…` of the export resource routes (the page's own filters come along). */
export const ExportQuery = z.object({
  table: z.enum(['indicators', 'monthly', 'districts', 'offices', 'channels', 'late', 'cases']),
  format: z.enum(['csv', 'xlsx']),
})

/** Page size of every case list (the drill-down and the dashboards' late cases). */
export const CASE_PAGE_SIZE = 50

/** At most this many rows go into a downloaded case list. */
export const CASE_EXPORT_LIMIT = 100_000
