// The pieces of input every door shares — query strings, route parameters, forms, the CLI's flags,
// the reference files — each rule written once here; each door composes its own schema from them
// (one Zod schema per boundary, types inferred with z.output). The lists of codes come from
// db/schema.ts and the year ranges from app/domain/year-range.ts, where the pages can read them
// too: this module is server-only, as Zod in a browser bundle would cost it 450 KB.
import { z } from 'zod'
import { CHANNEL_CODES, IMPORT_KINDS, VARIANT_CODES } from '../../db/schema'
import { REFERENCE_YEARS, REPORTING_YEARS, type YearRange } from '../domain/year-range'
import { languages } from '../i18n/languages'

// ── empty fields ────────────────────────────────────────────────────────────────────────────

/** A form field left empty ("all channels", a cleared year) is a parameter not given. */
export function blankAsAbsent(value: unknown): unknown {
  return value === '' ? undefined : value
}

/** A parameter that may be left out, or sent empty by a form: then it is absent (undefined). */
export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankAsAbsent, schema.optional())
}

// ── years ───────────────────────────────────────────────────────────────────────────────────

function yearIn({ first, last }: YearRange) {
  return z.coerce
    .number({ error: 'must be a year such as 2025' })
    .int('must be a whole year such as 2025')
    .min(first, `must be ${first} or later`)
    .max(last, `must be ${last} or earlier`)
}

/** A year of the figures (cases, targets, reports): 2000–2100, the range the database checks. */
export const reportingYear = yearIn(REPORTING_YEARS)

/** A year of the reference data (the regions, districts and offices valid in it): 1991–2100. */
export const referenceYear = yearIn(REFERENCE_YEARS)

// ── places and services ─────────────────────────────────────────────────────────────────────

/**
 * A region's ISO 3166-2:KZ code: two digits (KZ-11), or three letters in the older codes each
 * region keeps as its legacy code (KZ-AKM, seeds/reference/regions.csv).
 */
export const regionCode = z
  .string()
  .regex(/^KZ-[0-9A-Z]{2,3}$/, 'must be an ISO 3166-2:KZ code such as KZ-11')

/** A standard's id as seeds/reference/standards.json names it: lowercase words and hyphens. */
export const standardId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a standard id such as private-farm-certificate')

/** The channel a service is applied for through (db/schema.ts CHANNEL_CODES). */
export const channel = z.enum(CHANNEL_CODES)

/** The variant of a service (db/schema.ts VARIANT_CODES). */
export const variant = z.enum(VARIANT_CODES)

// ── the rest ────────────────────────────────────────────────────────────────────────────────

/** What an import file holds (db/schema.ts IMPORT_KINDS). */
export const importKind = z.enum(IMPORT_KINDS)

/** An interface language, which is also a report's language (app/i18n/languages.ts). */
export const language = z.enum(languages)

/**
 * A page of a long list (the drill-down's cases, a dashboard's late cases, the audit log),
 * counted from 1. The bound keeps the offset a small integer: a million pages of 50 rows is
 * more than any list holds.
 */
export const pageNumber = z.coerce.number().int().min(1).max(1_000_000)

/**
 * A calendar day written YYYY-MM-DD that exists (2025-02-30 does not), years 1000–9999: a day
 * that only looked like one passed a Date.parse check and reached PostgreSQL (a 500).
 */
export function calendarDay(message = 'must be a real date YYYY-MM-DD') {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message, abort: true })
    .refine((d) => {
      const parsed = new Date(`${d}T00:00:00Z`)
      return (
        !Number.isNaN(parsed.getTime()) &&
        parsed.toISOString().slice(0, 10) === d &&
        parsed.getUTCFullYear() >= 1000
      )
    }, message)
}
