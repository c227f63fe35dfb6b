// The input of the target pages, one Zod schema per boundary: the /targets and /targets/history
// query strings, the four forms (propose, approve, reject, approve all) and the field errors a
// form comes back with.
import { z } from 'zod'
import {
  calendarDay,
  optionalField,
  regionCode,
  reportingYear,
  standardId,
} from '../http/input-schemas.server'

/** 'nation' for the national value, else an ISO 3166-2:KZ code. */
const UnitCode = z.union([z.literal('nation'), regionCode])

export const TargetsPageQuery = z.object({
  year: optionalField(reportingYear),
  standard: optionalField(standardId),
  region: optionalField(UnitCode),
  /** The outcome of the action this page was redirected from. */
  done: optionalField(z.enum(['proposed', 'approved', 'rejected', 'approved-all'])),
  count: optionalField(z.coerce.number().int().min(0).max(100_000)),
})
export type TargetsPageInput = z.output<typeof TargetsPageQuery>

export const TargetHistoryQuery = z.object({
  indicator: z.coerce.number().int().positive(),
  year: reportingYear,
  region: optionalField(UnitCode),
})
export type TargetHistoryInput = z.output<typeof TargetHistoryQuery>

/** The field errors a form can come back with; the page shows each by its field. */
export type TargetFieldError =
  | 'required'
  | 'number'
  | 'range'
  | 'tooLong'
  | 'date'
  | 'future'
  | 'pending'
  | 'same'
  | 'notPending'
  | 'changed'
  | 'closedYear'
  /** A value weaker than the normative or the last approved target came without a reason. */
  | 'justification'

const required = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z.string({ error: 'required' }).min(1, 'required').max(max, 'tooLong'),
  )

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
    z.string().max(max, 'tooLong').optional(),
  )

/** A percentage as typed: "92,5", "92.5", "92.5 %"; at most two decimals, 0–100. */
const Percent = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/[\s%\u00a0]/g, '').replace(',', '.') : v),
  z
    .string({ error: 'required' })
    .min(1, 'required')
    .regex(/^\d{1,3}(\.\d{1,2})?$/, 'number')
    .transform(Number)
    .refine((n) => n >= 0 && n <= 100, 'range'),
)

const OrderDate = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z.string({ error: 'required' }).min(1, 'required').pipe(calendarDay('date')),
)

const Id = z.coerce.number().int().positive()

/** The form of each intent; identifiers are checked first (a bad one is a 400, not a field error). */
export const Intent = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('propose'),
    indicatorId: Id,
    // Any whole year reads; proposeTarget answers a year the workflow does not open (2001,
    // 9999) with a field error.
    year: z.coerce.number().int(),
    region: UnitCode,
  }),
  z.object({ intent: z.literal('approve'), targetId: Id }),
  z.object({ intent: z.literal('reject'), targetId: Id }),
  z.object({
    intent: z.literal('approve-all'),
    standard: standardId,
    targetIds: z.array(Id).min(1).max(5000),
  }),
])
export type TargetIntent = z.output<typeof Intent>

/** Needed only for a weaker value (the workflow decides, decision 0025); blank reads as none. */
const justification = optionalText(2000)

export const ProposeFields = z.object({
  value: Percent,
  comment: optionalText(1000),
  justification,
})
export const ApproveFields = z.object({
  orderNumber: required(100),
  orderDate: OrderDate,
  comment: optionalText(1000),
  justification,
})
export const RejectFields = z.object({ comment: required(1000) })
export const ApproveAllFields = z.object({
  orderNumber: required(100),
  orderDate: OrderDate,
  justification,
})

export type FieldErrors = Partial<Record<string, TargetFieldError>>

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    const code = issue.message as TargetFieldError
    errors[field] ??= code
  }
  return errors
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

export function parseFields<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: fieldErrorsOf(result.error) }
}
