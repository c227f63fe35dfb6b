// Reads and validates the reference data files of seeds/reference (one Zod schema per file).
// The files are the source, edited by hand; seeds/README.md documents their columns and where
// each row came from.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { parseCsv } from './csv'
import { MEASURES } from '../app/domain/measures'
import { channel, regionCode, standardId, variant } from '../app/http/input-schemas.server'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date')
/** An empty CSV cell is NULL. */
const orNull = <T extends z.ZodType<string>>(schema: T) =>
  z.union([z.literal('').transform(() => null), schema])
const text = z.string().min(1)
const int = z.coerce.number().int()

const officeKind = z.enum([
  'akimat_apparatus',
  'land_relations_department',
  'public_service_center',
  'specialized_enterprise',
])
const groupSlug = z.enum(['timeliness', 'quality', 'accessibility', 'complaints', 'courtesy'])
const measure = z.enum(MEASURES)
const named = { name_kk: text, name_ru: text, name_en: text }

export const StandardsFile = z.object({
  agencies: z.array(
    z.object({
      id: text,
      ...named,
      approver_kk: text,
      approver_ru: text,
      approver_en: text,
      source: text,
    }),
  ),
  channels: z.array(z.object({ code: channel, ...named, source: text })),
  variants: z.array(z.object({ code: variant, ...named, source: text })),
  standards: z.array(
    z.object({
      // The doors accept only ids of this form: a standard seeded otherwise could not be asked for.
      id: standardId,
      ...named,
      agency_id: text,
      decree_number: text,
      decree_date: day,
      amendments: z.array(z.object({ number: text, date: day, what_en: text })),
      cancelled_by_number: text.nullable(),
      cancelled_by_date: day.nullable(),
      complaint_review_days: z.number().int().positive(),
      complaint_review_source: text,
      table_title_kk: text,
      source: text,
      notes_en: text.nullable(),
      notes_ru: text.nullable(),
      notes_kk: text.nullable(),
      // The legal acts the standard was in force under (decision 0033); the rules and indicators
      // below are the table of the last one.
      editions: z
        .array(
          z.object({
            edition: z.number().int().positive(),
            act_name_kk: text,
            act_name_ru: text,
            act_name_en: text,
            act_number: text,
            act_date: day,
            valid_from: day,
            valid_to: day.nullable(),
            cancelled_by_number: text.nullable(),
            cancelled_by_date: day.nullable(),
            source: text,
          }),
        )
        .min(1),
    }),
  ),
  deadline_rules: z.array(
    z.object({
      standard_id: text,
      channel,
      variant,
      term_amount: z.number().int().positive(),
      term_unit: z.enum(['minutes', 'calendar_days', 'working_days']),
      max_wait_minutes: z.number().int().nonnegative(),
      max_service_minutes: z.number().int().nonnegative(),
      term_as_printed_kk: text,
      interpretation_en: text.nullable(),
      interpretation_ru: text.nullable(),
      interpretation_kk: text.nullable(),
      source: text,
    }),
  ),
  indicator_groups: z.array(
    z.object({
      standard_id: text,
      slug: groupSlug,
      position: z.number().int().positive(),
      heading_kk: text,
      heading_ru: text,
      heading_en: text,
      source: text,
    }),
  ),
  indicators: z.array(
    z.object({
      standard_id: text,
      code: z.string().regex(/^\d\.\d$/),
      position: z.number().int().positive(),
      group_slug: groupSlug,
      ...named,
      name_kk_as_printed: text,
      name_kk_normalized: z.boolean(),
      measure,
      normative_as_printed: text.nullable(),
      normative_kind: z.enum(['min', 'max', 'band']).nullable(),
      normative_low: z.number().nullable(),
      normative_high: z.number().nullable(),
      direction: z.enum(['higher_is_better', 'lower_is_better']),
      source: text,
    }),
  ),
})

const RegionRow = z.object({
  key: text,
  code: regionCode,
  kind: z.enum(['oblast', 'city']),
  ...named,
  capital_kk: orNull(text),
  capital_en: orNull(text),
  time_zone: z.string().regex(/^Asia\/\w+$/),
  legacy_code: orNull(text),
  valid_from: orNull(day),
  valid_to: orNull(day),
  formed_from_key: orNull(text),
  change_note: orNull(text),
  source: text,
})

const DistrictRow = z.object({
  code: z.string().regex(/^KZ-\w{2,3}-[a-z0-9-]+$/),
  kind: z.enum(['district', 'city', 'city_district']),
  ...named,
  region_key_2011: text,
  source: text,
})

const Period = { region_key: text, valid_from: day, valid_to: orNull(day), source: text }
const DistrictRegionRow = z.object({ district_code: text, ...Period })
const OfficeRegionRow = z.object({ office_code: text, ...Period })

const OfficeRow = z.object({
  code: z.string().regex(/^KZ-\w{2,3}-(LRD|AKIMAT|PSC|SE)\b[a-z0-9-]*$/),
  kind: officeKind,
  ...named,
  region_key_2011: text,
  district_code: orNull(text),
  address_kk: orNull(text),
  phone: orNull(text),
  email: orNull(text),
  source: text,
})

const OfficeListingRow = z.object({
  standard_slug: text,
  appendix: int,
  source_line: z.string().regex(/^\d+(;\d+)*$/),
  office_code: text,
  org_name_kk: text,
})

const OfficeServiceRow = z.object({ office_code: text, standard_id: text, channel, appendix: int })

const CalendarDayRow = z.object({
  day,
  kind: z.enum(['holiday', 'transfer_day_off', 'transfer_working_day']),
  ...named,
  source: text,
})

export interface ReferenceFiles {
  standards: z.infer<typeof StandardsFile>
  regions: z.infer<typeof RegionRow>[]
  districts: z.infer<typeof DistrictRow>[]
  districtRegions: z.infer<typeof DistrictRegionRow>[]
  offices: z.infer<typeof OfficeRow>[]
  officeRegions: z.infer<typeof OfficeRegionRow>[]
  officeListings: z.infer<typeof OfficeListingRow>[]
  officeServices: z.infer<typeof OfficeServiceRow>[]
  calendarDays: z.infer<typeof CalendarDayRow>[]
}

/** seeds/reference next to this module (works under tsx, vitest and node --import tsx). */
export function defaultReferenceDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference')
}

export function readReferenceFiles(dir: string = defaultReferenceDir()): ReferenceFiles {
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8')
  const csv = <T extends z.ZodType>(name: string, schema: T): z.infer<T>[] =>
    parseCsv(read(name)).map((row, i) => {
      const parsed = schema.safeParse(row)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new Error(
          `seeds/reference/${name} row ${i + 2}: ${issue?.path.join('.')}: ${issue?.message}`,
        )
      }
      return parsed.data
    })
  const standards = StandardsFile.safeParse(JSON.parse(read('standards.json')))
  if (!standards.success) {
    const issue = standards.error.issues[0]
    throw new Error(`seeds/reference/standards.json: ${issue?.path.join('.')}: ${issue?.message}`)
  }
  return {
    standards: standards.data,
    regions: csv('regions.csv', RegionRow),
    districts: csv('districts.csv', DistrictRow),
    districtRegions: csv('district-regions.csv', DistrictRegionRow),
    offices: csv('offices.csv', OfficeRow),
    officeRegions: csv('office-regions.csv', OfficeRegionRow),
    officeListings: csv('office-listings.csv', OfficeListingRow),
    officeServices: csv('office-services.csv', OfficeServiceRow),
    calendarDays: csv('calendar-days.csv', CalendarDayRow),
  }
}
