// The yearly target-approval workflow (issue 5, docs/domain.md §1–2): the /targets page model, the value
// history, and the three actions — propose, approve (one or all at once), reject — each in one
// transaction with exactly one audit row per target. Who may do what is decided by the policy
// module (canProposeTarget, canDecideTarget); the targets table's trigger guards the transitions
// (an approved value is locked: a change is a new proposal that supersedes it on approval).
import { data, redirect } from '@remix-run/node'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { findRegionIdByCode } from '../../db/queries/accounts'
import { listRegions, listStandards } from '../../db/queries/reference'
import {
  approvedInForce,
  indicatorForTargets,
  indicatorsOfStandard,
  insertProposal,
  lockApproved,
  markDecided,
  markSuperseded,
  pendingProposalOf,
  targetForDecision,
  targetHistory,
  targetsOfStandard,
  type TargetRow,
} from '../../db/queries/targets'
import type { TargetStatus } from '../../db/schema'
import { audit, type AuditSource } from '../accounts/audit.server'
import type { IndicatorStatus } from '../domain/indicator-status'
import type { MeasureSlug } from '../domain/measures'
import {
  isEasierThan,
  suggestTarget,
  type Direction,
  type SuggestionStep,
} from '../domain/target-suggestion'
import { en as dashboardEn } from '../i18n/dashboard/en'
import { kk as dashboardKk } from '../i18n/dashboard/kk'
import { ru as dashboardRu } from '../i18n/dashboard/ru'
import { localName, type Language } from '../i18n/languages'
import { en } from '../i18n/targets/en'
import { kk } from '../i18n/targets/kk'
import { ru } from '../i18n/targets/ru'
import type { TargetsContent } from '../i18n/targets/targets-content'
import {
  calendarDay,
  optionalField,
  regionCode,
  reportingYear,
  standardId,
} from '../http/input-schemas.server'
import { isProposalYear } from '../domain/target-years'
import { asOfDate, todayInKazakhstan, yearOf } from '../domain/reporting-period'
import type { IndicatorRow } from '../indicators/types'
import { indicatorsInScope } from '../indicators/engine.server'
import {
  canDecideTarget,
  canProposeTarget,
  canRead,
  userScope,
  type AccountUser,
  type Scope,
} from '../accounts/policy.server'

const texts: Record<Language, TargetsContent> = { kk, ru, en }

// ── errors the doors map to statuses ────────────────────────────────────────────────────────

/** The actor's role or scope does not allow the action: 403 for an action, 404 for a page. */
export class TargetForbidden extends Error {
  constructor(readonly reason: string) {
    super(`target action refused: ${reason}`)
  }
}

/** The indicator, region or target named does not exist (or is outside the reader's scope). */
export class TargetNotFound extends Error {
  constructor(readonly what: string) {
    super(`not found: ${what}`)
  }
}

/** A posted form that no page of ours sends (missing or malformed identifiers): 400. */
export class BadTargetForm extends Error {}

// ── input (one schema per boundary) ─────────────────────────────────────────────────────────

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
const Intent = z.discriminatedUnion('intent', [
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

export const ProposeFields = z.object({ value: Percent, comment: optionalText(1000) })
export const ApproveFields = z.object({
  orderNumber: required(100),
  orderDate: OrderDate,
  comment: optionalText(1000),
})
export const RejectFields = z.object({ comment: required(1000) })
export const ApproveAllFields = z.object({ orderNumber: required(100), orderDate: OrderDate })

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

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

function parseFields<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: fieldErrorsOf(result.error) }
}

/** An order may not be dated after today (Kazakhstan's date). */
function futureOrder(orderDate: string, now: Date): FieldErrors | null {
  return orderDate > todayInKazakhstan(now) ? { orderDate: 'future' } : null
}

// ── the actions ─────────────────────────────────────────────────────────────────────────────

export interface Actor {
  user: AccountUser
  source: AuditSource
  now: Date
}

export type ActionOutcome = { ok: true; ids: number[] } | { ok: false; errors: FieldErrors }

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
  )
}

async function regionIdOf(db: Db, unit: string): Promise<number | null> {
  if (unit === 'nation') return null
  const id = await findRegionIdByCode(db, unit)
  if (id === undefined) throw new TargetNotFound(`region ${unit}`)
  return id
}

/**
 * A new value proposed for an indicator × year × region (or the nation). Refused while another
 * proposal for the same value awaits a decision, and when it repeats the approved value.
 */
export async function proposeTarget(
  db: Db,
  actor: Actor,
  input: { indicatorId: number; year: number; region: string; value: number; comment?: string },
): Promise<ActionOutcome> {
  const indicator = await indicatorForTargets(db, input.indicatorId)
  if (!indicator) throw new TargetNotFound(`indicator ${input.indicatorId}`)
  const regionId = await regionIdOf(db, input.region)
  if (!canProposeTarget(actor.user, { agencyId: indicator.agencyId, regionId })) {
    throw new TargetForbidden('this role may not propose this value')
  }
  // After the role (a refused actor learns nothing), before anything is read or written.
  if (!isProposalYear(input.year, todayInKazakhstan(actor.now))) {
    return { ok: false, errors: { year: 'closedYear' } }
  }
  const cell = { indicatorId: indicator.id, year: input.year, regionId }
  try {
    return await db.transaction().execute(async (tx) => {
      if (await pendingProposalOf(tx, cell)) return { ok: false, errors: { value: 'pending' } }
      const approved = await lockApproved(tx, cell)
      if (approved && approved.value === input.value) {
        return { ok: false, errors: { value: 'same' } }
      }
      const previous = await approvedInForce(tx, { ...cell, year: input.year - 1 })
      const id = await insertProposal(tx, {
        ...cell,
        value: input.value,
        comment: input.comment ?? null,
        proposedBy: actor.user.id,
        proposedAt: actor.now,
      })
      await audit(tx, {
        userId: actor.user.id,
        action: 'target.propose',
        entity: 'target',
        entityId: id,
        before: approved
          ? { approvedTargetId: approved.id, value: approved.value, status: 'approved' }
          : null,
        after: {
          ...cellFacts(indicator, input.year, input.region),
          value: input.value,
          status: 'proposed',
          comment: input.comment ?? null,
          previousYearTarget: previous?.value ?? null,
          easierThanPreviousYear: isEasierThan(
            previous?.value ?? null,
            input.value,
            indicator.direction,
          ),
        },
        source: actor.source,
      })
      return { ok: true, ids: [id] }
    })
  } catch (error) {
    // Two proposals racing for one value: the partial unique index (0005) lets one in.
    if (isUniqueViolation(error)) return { ok: false, errors: { value: 'pending' } }
    throw error
  }
}

function cellFacts(
  indicator: { id: number; standardId: string; code: string },
  year: number,
  region: string | null,
) {
  return {
    indicatorId: indicator.id,
    standardId: indicator.standardId,
    code: indicator.code,
    year,
    region: region === null || region === 'nation' ? null : region,
  }
}

interface Decision {
  orderNumber: string
  orderDate: string
  comment?: string
}

/** Approves one pending proposal inside `tx`: the approved value it replaces becomes superseded. */
async function approveInTx(
  tx: Db,
  actor: Actor,
  targetId: number,
  decision: Decision,
  expectedStandard?: string,
): Promise<'ok' | 'notPending'> {
  const target = await targetForDecision(tx, targetId, true)
  if (!target) throw new TargetNotFound(`target ${targetId}`)
  if (!canDecideTarget(actor.user, { agencyId: target.agencyId })) {
    throw new TargetForbidden('only the chair of the standard’s agency may decide')
  }
  if (expectedStandard !== undefined && target.standardId !== expectedStandard) {
    throw new TargetForbidden('the target is not of this standard')
  }
  if (target.status !== 'proposed') return 'notPending'
  const cell = { indicatorId: target.indicatorId, year: target.year, regionId: target.regionId }
  const replaced = await lockApproved(tx, cell)
  // The unique index allows one approved value per cell: the old one goes first.
  if (replaced) await markSuperseded(tx, replaced.id)
  await markDecided(tx, target.id, {
    status: 'approved',
    decidedBy: actor.user.id,
    decidedAt: actor.now,
    orderNumber: decision.orderNumber,
    orderDate: decision.orderDate,
    decisionComment: decision.comment ?? null,
    supersedesId: replaced?.id ?? null,
  })
  const previous = await approvedInForce(tx, { ...cell, year: target.year - 1 })
  await audit(tx, {
    userId: actor.user.id,
    action: 'target.approve',
    entity: 'target',
    entityId: target.id,
    before: {
      status: 'proposed',
      value: target.value,
      replacedTargetId: replaced?.id ?? null,
      replacedValue: replaced?.value ?? null,
    },
    after: {
      status: 'approved',
      value: target.value,
      standardId: target.standardId,
      indicatorId: target.indicatorId,
      year: target.year,
      regionId: target.regionId,
      orderNumber: decision.orderNumber,
      orderDate: decision.orderDate,
      comment: decision.comment ?? null,
      supersededTargetId: replaced?.id ?? null,
      easierThanPreviousYear: isEasierThan(previous?.value ?? null, target.value, target.direction),
    },
    source: actor.source,
  })
  return 'ok'
}

export async function approveTarget(
  db: Db,
  actor: Actor,
  input: { targetId: number } & Decision,
): Promise<ActionOutcome> {
  const future = futureOrder(input.orderDate, actor.now)
  if (future) return { ok: false, errors: future }
  const result = await db
    .transaction()
    .execute((tx) => approveInTx(tx, actor, input.targetId, input))
  return result === 'ok'
    ? { ok: true, ids: [input.targetId] }
    : { ok: false, errors: { form: 'notPending' } }
}

class ListChanged extends Error {}

/**
 * Approves, under one order, every proposal the chair was shown (their ids came with the form):
 * one transaction, one audit row per target. If any of them was decided meanwhile, nothing is
 * approved and the page asks to look again.
 */
export async function approveAllTargets(
  db: Db,
  actor: Actor,
  input: { standard: string; targetIds: number[]; orderNumber: string; orderDate: string },
): Promise<ActionOutcome> {
  const future = futureOrder(input.orderDate, actor.now)
  if (future) return { ok: false, errors: future }
  const ids = [...new Set(input.targetIds)].sort((a, b) => a - b)
  try {
    await db.transaction().execute(async (tx) => {
      for (const id of ids) {
        const result = await approveInTx(tx, actor, id, input, input.standard)
        if (result !== 'ok') throw new ListChanged()
      }
    })
  } catch (error) {
    if (error instanceof ListChanged || isUniqueViolation(error)) {
      return { ok: false, errors: { form: 'changed' } }
    }
    throw error
  }
  return { ok: true, ids }
}

/** Rejects a pending proposal with a reason; the approved value in force stays as it is. */
export async function rejectTarget(
  db: Db,
  actor: Actor,
  input: { targetId: number; comment: string },
): Promise<ActionOutcome> {
  return db.transaction().execute(async (tx) => {
    const target = await targetForDecision(tx, input.targetId, true)
    if (!target) throw new TargetNotFound(`target ${input.targetId}`)
    if (!canDecideTarget(actor.user, { agencyId: target.agencyId })) {
      throw new TargetForbidden('only the chair of the standard’s agency may decide')
    }
    if (target.status !== 'proposed') return { ok: false, errors: { form: 'notPending' } }
    await markDecided(tx, target.id, {
      status: 'rejected',
      decidedBy: actor.user.id,
      decidedAt: actor.now,
      orderNumber: null,
      orderDate: null,
      decisionComment: input.comment,
      supersedesId: null,
    })
    await audit(tx, {
      userId: actor.user.id,
      action: 'target.reject',
      entity: 'target',
      entityId: target.id,
      before: { status: 'proposed', value: target.value },
      after: {
        status: 'rejected',
        value: target.value,
        standardId: target.standardId,
        indicatorId: target.indicatorId,
        year: target.year,
        regionId: target.regionId,
        comment: input.comment,
      },
      source: actor.source,
    })
    return { ok: true, ids: [target.id] }
  })
}

// ── the form dispatcher (the route's action) ───────────────────────────────────────────────

export type TargetFormResult =
  | { ok: true; done: 'proposed' | 'approved' | 'rejected' | 'approved-all'; count: number }
  | {
      ok: false
      intent: TargetIntent['intent']
      /** Which form failed: `propose:<indicator>:<unit>`, `decide:<target>` or `approve-all`. */
      formKey: string
      errors: FieldErrors
      values: Record<string, string>
    }

/** Reads one posted form (CSRF already checked); throws TargetForbidden / TargetNotFound. */
export async function submitTargetForm(
  db: Db,
  actor: Actor,
  form: FormData,
): Promise<TargetFormResult> {
  const fields = Object.fromEntries(
    [...form.keys()].filter((k) => k !== 'targetIds').map((k) => [k, String(form.get(k))]),
  )
  const intent = Intent.safeParse({ ...fields, targetIds: form.getAll('targetIds') })
  if (!intent.success) throw new BadTargetForm('malformed target form')
  const input = intent.data
  const values = Object.fromEntries(
    ['value', 'comment', 'orderNumber', 'orderDate']
      .filter((k) => typeof fields[k] === 'string')
      .map((k) => [k, fields[k]!.slice(0, 1000)]),
  )
  const fail = (formKey: string, errors: FieldErrors): TargetFormResult => ({
    ok: false,
    intent: input.intent,
    formKey,
    errors,
    values,
  })
  switch (input.intent) {
    case 'propose': {
      const key = `propose:${input.indicatorId}:${input.region}`
      const parsed = parseFields(ProposeFields, fields)
      if (!parsed.ok) {
        // The role is checked before the fields: a refused actor learns nothing from validation.
        await assertMayPropose(db, actor.user, input.indicatorId, input.region)
        return fail(key, parsed.errors)
      }
      const outcome = await proposeTarget(db, actor, { ...input, ...parsed.value })
      return outcome.ok ? { ok: true, done: 'proposed', count: 1 } : fail(key, outcome.errors)
    }
    case 'approve': {
      const key = `decide:${input.targetId}`
      const parsed = parseFields(ApproveFields, fields)
      if (!parsed.ok) {
        await assertMayDecide(db, actor.user, input.targetId)
        return fail(key, parsed.errors)
      }
      const outcome = await approveTarget(db, actor, { targetId: input.targetId, ...parsed.value })
      return outcome.ok ? { ok: true, done: 'approved', count: 1 } : fail(key, outcome.errors)
    }
    case 'reject': {
      const key = `decide:${input.targetId}`
      const parsed = parseFields(RejectFields, fields)
      if (!parsed.ok) {
        await assertMayDecide(db, actor.user, input.targetId)
        return fail(key, parsed.errors)
      }
      const outcome = await rejectTarget(db, actor, { targetId: input.targetId, ...parsed.value })
      return outcome.ok ? { ok: true, done: 'rejected', count: 1 } : fail(key, outcome.errors)
    }
    case 'approve-all': {
      const parsed = parseFields(ApproveAllFields, fields)
      if (!parsed.ok) {
        await assertMayDecideStandard(db, actor.user, input.standard)
        return fail('approve-all', parsed.errors)
      }
      const outcome = await approveAllTargets(db, actor, { ...input, ...parsed.value })
      return outcome.ok
        ? { ok: true, done: 'approved-all', count: outcome.ids.length }
        : fail('approve-all', outcome.errors)
    }
  }
}

/**
 * The route's action after requireUser and requireCsrf: a done form redirects back to the page
 * (GET after POST, with a notice); a form with field errors answers 400 with them; a role or
 * scope that may not act gets 403, an unknown target or indicator 404.
 */
export async function targetFormResponse(db: Db, actor: Actor, form: FormData, requestUrl: string) {
  try {
    const result = await submitTargetForm(db, actor, form)
    if (!result.ok) return data(result, { status: 400 })
    const url = new URL(requestUrl)
    const back = new URLSearchParams()
    for (const key of ['year', 'standard', 'region']) {
      const value = url.searchParams.get(key)
      if (value) back.set(key, value)
    }
    back.set('done', result.done)
    back.set('count', String(result.count))
    return redirect(`${url.pathname}?${back.toString()}`)
  } catch (error) {
    const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
    if (error instanceof TargetForbidden) {
      throw new Response('Your role or region may not do this.', { status: 403, headers: plain })
    }
    if (error instanceof TargetNotFound) {
      throw new Response('No such target, indicator or region.', { status: 404, headers: plain })
    }
    if (error instanceof BadTargetForm) {
      throw new Response('Malformed form.', { status: 400, headers: plain })
    }
    throw error
  }
}

async function assertMayPropose(db: Db, user: AccountUser, indicatorId: number, region: string) {
  const indicator = await indicatorForTargets(db, indicatorId)
  if (!indicator) throw new TargetNotFound(`indicator ${indicatorId}`)
  const regionId = await regionIdOf(db, region)
  if (!canProposeTarget(user, { agencyId: indicator.agencyId, regionId })) {
    throw new TargetForbidden('this role may not propose this value')
  }
}

async function assertMayDecide(db: Db, user: AccountUser, targetId: number) {
  const target = await targetForDecision(db, targetId)
  if (!target) throw new TargetNotFound(`target ${targetId}`)
  if (!canDecideTarget(user, { agencyId: target.agencyId })) {
    throw new TargetForbidden('only the chair of the standard’s agency may decide')
  }
}

async function assertMayDecideStandard(db: Db, user: AccountUser, standardId: string) {
  const standard = (await listStandards(db)).find((s) => s.id === standardId)
  if (!standard) throw new TargetNotFound(`standard ${standardId}`)
  if (!canDecideTarget(user, { agencyId: standard.agencyId })) {
    throw new TargetForbidden('only the chair of the standard’s agency may decide')
  }
}

// ── the page ────────────────────────────────────────────────────────────────────────────────

export interface TargetRef {
  id: number
  value: number
  status: TargetStatus
  comment: string | null
  proposedBy: string | null
  proposedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  orderNumber: string | null
  orderDate: string | null
  decisionComment: string | null
}

function refOf(row: TargetRow): TargetRef {
  return {
    id: row.id,
    value: row.value,
    status: row.status,
    comment: row.comment,
    proposedBy: row.proposedByName,
    proposedAt: row.proposedAt?.toISOString() ?? null,
    decidedBy: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    orderNumber: row.orderNumber,
    orderDate: row.orderDate,
    decisionComment: row.decisionComment,
  }
}

export interface TargetCell {
  indicatorId: number
  code: string
  measure: MeasureSlug
  /** Short label of the measure; fullName: the indicator's name in the standard. */
  name: string
  fullName: string
  direction: Direction
  normative: string | null
  /** This year's approved target in force, and whether it is the national one. */
  target: { value: number; inherited: boolean } | null
  current: { value: number | null; status: IndicatorStatus } | null
  suggestion: { value: number | null; steps: SuggestionStep[] }
  next: {
    /** Next year's approved value of this unit itself (locked). */
    approved: TargetRef | null
    /** Next year's national value, in force here while the region has none of its own. */
    inheritedValue: number | null
    pending: (TargetRef & { easier: boolean }) | null
    /** The latest rejection, when it is the latest decision and nothing is pending. */
    rejected: TargetRef | null
  }
}

export interface TargetUnit {
  /** 'nation' or the region's code. */
  key: string
  name: string
  canPropose: boolean
  cells: TargetCell[]
}

const nameIn = (lang: Language, n: { kk: string; ru: string; en: string }) => n[lang]

function unitKeyOf(regionId: number | null, codeById: Map<number, string>): string {
  return regionId === null ? 'nation' : (codeById.get(regionId) ?? `#${regionId}`)
}

/**
 * The /targets page: for a reporting year and a standard, every indicator × (nation + each
 * region the reader may see) with the normative, this year's target and value, the suggested
 * next-year target and next year's proposals and approvals. Throws TargetNotFound outside scope.
 */
export async function targetsPage(
  db: Db,
  user: AccountUser,
  query: TargetsPageInput,
  lang: Language,
  now: Date,
) {
  const scope = await userScope(db, user)
  const today = todayInKazakhstan(now)
  const year = query.year ?? yearOf(today)
  const nextYear = year + 1
  // The forms propose for next year: offered only while that year is open to proposals.
  const proposalsOpen = isProposalYear(nextYear, today)
  const standards = (await listStandards(db)).filter((s) => canRead(scope, { standardId: s.id }))
  const standard = query.standard ? standards.find((s) => s.id === query.standard) : standards[0]
  if (!standard) throw new TargetNotFound(`standard ${query.standard ?? ''}`)

  // The units: the nation (not for a regional reader) and the regions of next year in scope.
  const allRegions = await listRegions(db, { year: nextYear })
  const regions = allRegions.filter((r) => canRead(scope, { regionCode: r.code }))
  const nationVisible = canRead(scope, { nation: true })
  if (query.region === 'nation' && !nationVisible) throw new TargetNotFound('nation')
  if (query.region && query.region !== 'nation' && !regions.some((r) => r.code === query.region)) {
    throw new TargetNotFound(`region ${query.region}`)
  }
  const showNation = nationVisible && (query.region === undefined || query.region === 'nation')
  const shownRegions =
    query.region === undefined || query.region === 'nation'
      ? query.region === 'nation'
        ? []
        : regions
      : regions.filter((r) => r.code === query.region)

  const base = { year, period: 'year' as const, standard: standard.id, asOf: asOfDate(year, today) }
  const [indicators, targets, nationValues, regionValues] = await Promise.all([
    indicatorsOfStandard(db, standard.id),
    targetsOfStandard(db, {
      standardId: standard.id,
      years: [year, nextYear],
      // The national value applies in every region (a regional reader sees it as its own).
      units: { nation: true, regionIds: scope.regions === 'all' ? undefined : scope.regions.ids },
    }),
    showNation ? indicatorsInScope(db, scope, base) : Promise.resolve(null),
    shownRegions.length === 0
      ? Promise.resolve(null)
      : shownRegions.length === 1
        ? indicatorsInScope(db, scope, { ...base, region: shownRegions[0]!.code })
        : indicatorsInScope(db, scope, { ...base, by: 'region' }),
  ])

  const codeById = new Map(allRegions.map((r) => [r.id, r.code]))
  const valueByKey = new Map<string, IndicatorRow>()
  for (const row of nationValues?.rows ?? []) valueByKey.set(`nation|${row.code}`, row)
  for (const row of regionValues?.rows ?? []) {
    const unit = row.scope.code ?? shownRegions[0]?.code
    valueByKey.set(`${unit}|${row.code}`, row)
  }
  const byCell = new Map<string, TargetRow[]>()
  for (const t of targets) {
    const key = `${t.year}|${unitKeyOf(t.regionId, codeById)}|${t.indicatorId}`
    byCell.set(key, [...(byCell.get(key) ?? []), t])
  }
  const rowsOf = (y: number, unit: string, indicatorId: number) =>
    byCell.get(`${y}|${unit}|${indicatorId}`) ?? []
  const approvedOf = (y: number, unit: string, indicatorId: number) =>
    rowsOf(y, unit, indicatorId).find((t) => t.status === 'approved') ?? null

  const measureShort = { kk: dashboardKk, ru: dashboardRu, en: dashboardEn }[lang].measureShort
  const cellsOf = (unit: string): TargetCell[] =>
    indicators.map((indicator) => {
      const own = approvedOf(year, unit, indicator.id)
      const national = unit === 'nation' ? own : approvedOf(year, 'nation', indicator.id)
      const inForce = own ?? national
      const measured = valueByKey.get(`${unit}|${indicator.code}`)
      const normative = indicator.normativeKind
        ? {
            kind: indicator.normativeKind,
            low: indicator.normativeLow,
            high: indicator.normativeHigh,
          }
        : null
      const suggestion = suggestTarget({
        direction: indicator.direction,
        current: measured?.value ?? null,
        insufficient: measured?.status === 'insufficient_data',
        currentTarget: inForce?.value ?? null,
        normative,
      })
      const nextRows = rowsOf(nextYear, unit, indicator.id)
      const nextApproved = nextRows.find((t) => t.status === 'approved') ?? null
      const pending = nextRows.find((t) => t.status === 'proposed') ?? null
      const lastDecided = nextRows
        .filter((t) => t.decidedAt !== null)
        .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime() || b.id - a.id)[0]
      const nationalNext = unit === 'nation' ? null : approvedOf(nextYear, 'nation', indicator.id)
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        measure: indicator.measure,
        name: measureShort[indicator.measure],
        fullName: localName(indicator, lang),
        direction: indicator.direction,
        normative: indicator.normativeAsPrinted,
        target: inForce ? { value: inForce.value, inherited: own === null } : null,
        current: measured ? { value: measured.value, status: measured.status } : null,
        suggestion,
        next: {
          approved: nextApproved ? refOf(nextApproved) : null,
          inheritedValue: nextApproved ? null : (nationalNext?.value ?? null),
          pending: pending
            ? {
                ...refOf(pending),
                easier: isEasierThan(inForce?.value ?? null, pending.value, indicator.direction),
              }
            : null,
          rejected: !pending && lastDecided?.status === 'rejected' ? refOf(lastDecided) : null,
        },
      }
    })

  const agencyId = standard.agencyId
  const units: TargetUnit[] = [
    ...(showNation
      ? [
          {
            key: 'nation',
            name: texts[lang].filters.nation,
            canPropose: proposalsOpen && canProposeTarget(user, { agencyId, regionId: null }),
            cells: cellsOf('nation'),
          },
        ]
      : []),
    ...shownRegions.map((r) => ({
      key: r.code,
      name: localName(r, lang),
      canPropose: proposalsOpen && canProposeTarget(user, { agencyId, regionId: r.id }),
      cells: cellsOf(r.code),
    })),
  ]
  const pending = units.flatMap((u) =>
    u.cells.flatMap((c) => (c.next.pending ? [c.next.pending] : [])),
  )
  return {
    lang,
    texts: texts[lang],
    role: user.role,
    year,
    nextYear,
    today,
    region: query.region ?? null,
    done: query.done ?? null,
    doneCount: query.count ?? null,
    standards: standards.map((s) => ({ id: s.id, name: localName(s, lang) })),
    standard: {
      id: standard.id,
      name: localName(standard, lang),
      approver: nameIn(lang, {
        kk: standard.approverKk,
        ru: standard.approverRu,
        en: standard.approverEn,
      }),
    },
    unitOptions: [
      ...(nationVisible ? [{ key: 'nation', name: texts[lang].filters.nation }] : []),
      ...regions.map((r) => ({ key: r.code, name: localName(r, lang) })),
    ],
    canDecide: canDecideTarget(user, { agencyId }),
    units,
    pending: {
      ids: pending.map((p) => p.id),
      easier: pending.filter((p) => p.easier).length,
    },
  }
}

export type TargetsPageData = Awaited<ReturnType<typeof targetsPage>>

// ── the history of one value ────────────────────────────────────────────────────────────────

export async function targetHistoryPage(
  db: Db,
  user: AccountUser,
  query: z.output<typeof TargetHistoryQuery>,
  lang: Language,
) {
  const scope: Scope = await userScope(db, user)
  const indicator = await indicatorForTargets(db, query.indicator)
  if (!indicator || !canRead(scope, { standardId: indicator.standardId })) {
    throw new TargetNotFound(`indicator ${query.indicator}`)
  }
  const unit = query.region ?? 'nation'
  if (!canRead(scope, unit === 'nation' ? { nation: true } : { regionCode: unit })) {
    throw new TargetNotFound(`region ${unit}`)
  }
  const regionId = await regionIdOf(db, unit)
  const [rows, previous, standard, regions] = await Promise.all([
    targetHistory(db, { indicatorId: indicator.id, year: query.year, regionId }),
    approvedInForce(db, { indicatorId: indicator.id, year: query.year - 1, regionId }),
    listStandards(db).then((all) => all.find((s) => s.id === indicator.standardId)!),
    unit === 'nation' ? Promise.resolve([]) : listRegions(db, { year: query.year }),
  ])
  const region = regions.find((r) => r.code === unit)
  const supersededBy = new Map(
    rows.filter((r) => r.supersedesId !== null).map((r) => [r.supersedesId!, r.id]),
  )
  return {
    lang,
    texts: texts[lang],
    year: query.year,
    unit: {
      key: unit,
      name:
        unit === 'nation' ? texts[lang].filters.nation : region ? localName(region, lang) : unit,
    },
    standard: { id: standard.id, name: localName(standard, lang) },
    indicator: {
      id: indicator.id,
      code: indicator.code,
      name: localName(indicator, lang),
      direction: indicator.direction,
      normative: indicator.normativeAsPrinted,
    },
    previousYearTarget: previous?.value ?? null,
    rows: rows.map((r) => ({
      ...refOf(r),
      supersedesId: r.supersedesId,
      supersededById: supersededBy.get(r.id) ?? null,
      easier: isEasierThan(previous?.value ?? null, r.value, indicator.direction),
    })),
  }
}
