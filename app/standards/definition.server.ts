// The definition of a standard as a JSON file (docs/standards.md, decision 0033): the standard,
// its editions — each with its legal act, validity, cancellation, deadline rules and appendix
// table — and the offices that serve it. One Zod schema for every door (CLI import, the
// administrator's page, export); `standard export` writes exactly this shape, in this key order.
import { z } from 'zod'
import { standardId } from '../http/input-schemas.server'

export const DEFINITION_FORMAT = 'sapa-standard/1'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
const text = z.string().min(1)
const nullableText = text.nullable()

const act = z.strictObject({
  name_kk: text,
  name_ru: text,
  name_en: text,
  number: text,
  date: day,
})

const deadlineRule = z.strictObject({
  channel: text,
  variant: text,
  term_amount: z.number().int().positive(),
  term_unit: z.enum(['minutes', 'calendar_days', 'working_days']),
  max_wait_minutes: z.number().int().nonnegative(),
  max_service_minutes: z.number().int().nonnegative(),
  term_as_printed_kk: text,
  interpretation_kk: nullableText,
  interpretation_ru: nullableText,
  interpretation_en: nullableText,
  source: text,
})

const indicatorGroup = z.strictObject({
  slug: z.enum(['timeliness', 'quality', 'accessibility', 'complaints', 'courtesy']),
  position: z.number().int().positive(),
  heading_kk: text,
  heading_ru: text,
  heading_en: text,
})

const normative = z.strictObject({
  as_printed: text,
  kind: z.enum(['min', 'max', 'band']),
  low: z.number().nullable(),
  high: z.number().nullable(),
})

const indicator = z.strictObject({
  code: z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'code'),
  position: z.number().int().positive(),
  group: text,
  name_kk: text,
  name_ru: text,
  name_en: text,
  // Checked against the measure registry (app/domain/measures.ts) with its own message.
  measure: text,
  normative: normative.nullable(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  source: text,
})

const edition = z.strictObject({
  edition: z.number().int().positive(),
  act,
  valid_from: day,
  valid_to: day.nullable(),
  cancelled_by: z.strictObject({ number: text, date: day }).nullable(),
  amendments: z.array(z.strictObject({ number: text, date: day, what_en: nullableText })),
  /**
   * The review term of the complaints received under this edition, calendar days; absent: the
   * standard's `complaint_review_days`.
   */
  complaint_review_days: z.number().int().positive().optional(),
  source: text,
  deadline_rules: z.array(deadlineRule).min(1),
  indicator_groups: z.array(indicatorGroup).min(1),
  indicators: z.array(indicator).min(1),
})

export const StandardDefinition = z.strictObject({
  format: z.literal(DEFINITION_FORMAT),
  /** Free text: what the file is (an example file says so here). */
  about: nullableText,
  standard: z.strictObject({
    id: standardId,
    name_kk: text,
    name_ru: text,
    name_en: text,
    agency_id: text,
    complaint_review_days: z.number().int().positive(),
    table_title_kk: text,
    source: text,
    notes_kk: nullableText,
    notes_ru: nullableText,
    notes_en: nullableText,
  }),
  editions: z.array(edition).min(1),
  office_services: z.array(
    z.strictObject({ office: text, channel: text, appendix: z.number().int().nonnegative() }),
  ),
})

export type StandardDefinition = z.infer<typeof StandardDefinition>
export type EditionDefinition = StandardDefinition['editions'][number]

/** The file's text as the export writes it: two-space JSON, keys in the schema's order, a newline. */
export function definitionText(definition: StandardDefinition): string {
  return JSON.stringify(definition, null, 2) + '\n'
}
