// From a parsed row to a staged row: the checks that need the database (office and standard codes,
// deadline rules, the user's regions), local times read in the office's zone, the rules the tables'
// constraints enforce (completed after submitted, a suspension inside the case …) reported by
// column, then the same derivation as every other write (app/facts/fact-writer.server.ts).
import type { ImportKind } from '../../db/schema'
import type { StagedRow } from '../../db/queries/imports'
import { caseRow, complaintRow, surveyRow, type WriteContext } from '../facts/fact-writer.server'
import type { MessageKey } from '../i18n/kk'
import { parseCaseCells, type CaseCellIndex } from './case-cells.server'
import type { RowIssue } from './issues.server'
import {
  CaseRowSchema,
  ComplaintRowSchema,
  PublicationRowSchema,
  SurveyRowSchema,
  type CaseRowValues,
  type ComplaintRowValues,
  type PublicationRowValues,
  type SurveyRowValues,
} from './schemas.server'
import { stagedAnswerColumns } from './survey-scale.server'
import {
  CLOCK_MARGIN_MS,
  dayIn,
  EARLIEST_DATE_MS,
  EARLIEST_DATE_YEAR,
  instantIn,
} from './values.server'

export interface RowContext {
  write: WriteContext
  source: string
  batchId: number
  /** null: every region. */
  allowedRegionIds: ReadonlySet<number> | null
  /** The import's moment (ms since the epoch): no date of a row may be later (CLOCK_MARGIN_MS). */
  now: number
}

/**
 * A date of a row outside the dates a record can have: before EARLIEST_DATE_YEAR, or later than
 * the import's moment plus the clock margin. Pushes the issue; true when the date is plausible.
 */
function plausibleDate(at: Date, column: string, ctx: RowContext, issues: RowIssue[]): boolean {
  const ms = at.getTime()
  if (ms < EARLIEST_DATE_MS) {
    issues.push({ column, key: 'import.error.dateTooEarly', params: { year: EARLIEST_DATE_YEAR } })
    return false
  }
  if (ms > ctx.now + CLOCK_MARGIN_MS) {
    issues.push({
      column,
      key: 'import.error.dateInFuture',
      params: { now: new Date(ctx.now).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' },
    })
    return false
  }
  return true
}

export type RowResult =
  { ok: true; key: string; row: StagedRow } | { ok: false; issues: RowIssue[] }

const SCHEMAS = {
  cases: CaseRowSchema,
  surveys: SurveyRowSchema,
  complaints: ComplaintRowSchema,
  publications: PublicationRowSchema,
} as const

/** Parses and resolves one row (canonical column → cell text) of a file of `kind`. */
export function resolveRow(
  kind: ImportKind,
  cells: Record<string, string>,
  rowNumber: number,
  ctx: RowContext,
): RowResult {
  const parsed = SCHEMAS[kind].safeParse(cells)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        column: issue.path.length > 0 ? String(issue.path[0]) : null,
        key: issue.message as MessageKey,
        params: (issue as { params?: Record<string, string | number> }).params,
      })),
    }
  }
  const staged = { rowNumber }
  const issues: RowIssue[] = []
  const office = officeOf(String((parsed.data as { office: string }).office), ctx, issues)
  const standard = String((parsed.data as { standard: string }).standard)
  if (!ctx.write.hasStandard(standard)) {
    issues.push({ column: 'standard', key: 'import.error.unknownStandard' })
  }

  if (kind === 'cases') {
    const r = parsed.data as CaseRowValues
    const raw = { submitted: cells.submitted_at ?? '', suspendedFrom: cells.suspended_from ?? '' }
    return resolveCase(r, raw, office, issues, rowNumber, ctx)
  }

  if (kind === 'surveys') {
    const r = parsed.data as SurveyRowValues
    if (!office || issues.length > 0) return { ok: false, issues }
    if (!plausibleDate(instantIn(r.respondedAt, office.timeZone), 'responded_at', ctx, issues)) {
      return { ok: false, issues }
    }
    const row = surveyRow(ctx.write, ctx.source, {
      externalId: r.externalId,
      caseExternalId: r.caseExternalId,
      standardId: standard,
      officeCode: r.office,
      respondedOn: dayIn(r.respondedAt, office.timeZone),
      process: null,
      information: null,
      complaintProcedure: null,
      complaintTimeline: null,
      courtesy: null,
    })
    // Staged as written; read once the whole file's scale is known (survey-scale.server.ts).
    const answers = { ...stagedAnswerColumns(r.answers), scale: r.statedScale }
    return { ok: true, key: r.externalId, row: { ...staged, ...row, ...answers } }
  }

  if (kind === 'complaints') {
    const r = parsed.data as ComplaintRowValues
    if (!office || issues.length > 0) return { ok: false, issues }
    const receivedAt = instantIn(r.received_at, office.timeZone)
    const decidedAt = r.decided_at ? instantIn(r.decided_at, office.timeZone) : null
    plausibleDate(receivedAt, 'received_at', ctx, issues)
    if (decidedAt) plausibleDate(decidedAt, 'decided_at', ctx, issues)
    if (issues.length > 0) return { ok: false, issues }
    if (decidedAt && decidedAt < receivedAt) {
      issues.push({
        column: 'decided_at',
        key: 'import.error.decidedBeforeReceived',
        params: { received: cells.received_at ?? '' },
      })
    }
    if (r.upheld !== null && !decidedAt) {
      issues.push({ column: 'upheld', key: 'import.error.upheldWithoutDecision' })
    }
    if (issues.length > 0) return { ok: false, issues }
    const row = complaintRow(ctx.write, ctx.source, {
      externalId: r.external_id,
      standardId: standard,
      officeCode: r.office,
      receivedAt,
      justified: r.justified,
      decidedAt,
      upheld: r.upheld,
      reviewTermDays: r.review_term_days,
    })
    return { ok: true, key: r.external_id, row: { ...staged, ...row } }
  }

  const r = parsed.data as PublicationRowValues
  if (!office || issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    key: `${r.office}|${standard}|${r.year}`,
    row: {
      ...staged,
      officeId: office.id,
      standardId: standard,
      year: r.year,
      published: r.published,
      url: r.url,
    },
  }
}

/**
 * The cases hot path: parses a row's cells with the hand-written twin of CaseRowSchema
 * (case-cells.server.ts), then resolves it exactly as resolveRow does.
 */
export function resolveCaseCells(
  cells: readonly string[],
  index: CaseCellIndex,
  rowNumber: number,
  ctx: RowContext,
): RowResult {
  const parsed = parseCaseCells(cells, index)
  if (!parsed.ok) return parsed
  const issues: RowIssue[] = []
  const r = parsed.value
  const office = officeOf(r.office, ctx, issues)
  if (!ctx.write.hasStandard(r.standard)) {
    issues.push({ column: 'standard', key: 'import.error.unknownStandard' })
  }
  const raw = {
    submitted: index.submitted_at < 0 ? '' : (cells[index.submitted_at] ?? ''),
    suspendedFrom: index.suspended_from < 0 ? '' : (cells[index.suspended_from] ?? ''),
  }
  return resolveCase(r, raw, office, issues, rowNumber, ctx)
}

/** A parsed case row's checks against the reference data and its derivation (both paths). */
function resolveCase(
  r: CaseRowValues,
  /** Cells as written, for the messages that quote them. */
  raw: { submitted: string; suspendedFrom: string },
  office: ReturnType<WriteContext['findOffice']>,
  issues: RowIssue[],
  rowNumber: number,
  ctx: RowContext,
): RowResult {
  const standard = r.standard
  if (issues.length === 0 && !ctx.write.hasRule(standard, r.channel, r.variant)) {
    issues.push({
      column: 'channel',
      key: 'import.error.noRule',
      params: { standard, channel: r.channel, variant: r.variant },
    })
  }
  if (!office || issues.length > 0) return { ok: false, issues }
  const zone = office.timeZone
  const submittedAt = instantIn(r.submitted_at!, zone)
  const completedAt = r.completed_at ? instantIn(r.completed_at, zone) : null
  const suspendedFrom = r.suspended_from ? instantIn(r.suspended_from, zone) : null
  const suspendedTo = r.suspended_to ? instantIn(r.suspended_to, zone) : null
  plausibleDate(submittedAt, 'submitted_at', ctx, issues)
  if (completedAt) plausibleDate(completedAt, 'completed_at', ctx, issues)
  if (suspendedFrom) plausibleDate(suspendedFrom, 'suspended_from', ctx, issues)
  if (suspendedTo) plausibleDate(suspendedTo, 'suspended_to', ctx, issues)
  if (issues.length > 0) return { ok: false, issues }
  if (completedAt && completedAt < submittedAt) {
    issues.push({
      column: 'completed_at',
      key: 'import.error.completedBeforeSubmitted',
      params: { submitted: raw.submitted },
    })
  }
  if ((r.result === 'issued' || r.result === 'refused') && !completedAt) {
    issues.push({
      column: 'completed_at',
      key: 'import.error.resultNeedsCompletion',
      params: { result: r.result },
    })
  }
  if ((r.result === 'in_progress' || r.result === 'suspended') && completedAt) {
    issues.push({
      column: 'completed_at',
      key: 'import.error.openWithCompletion',
      params: { result: r.result },
    })
  }
  if (suspendedTo && !suspendedFrom) {
    issues.push({ column: 'suspended_from', key: 'import.error.suspendedWithoutStart' })
  }
  if (suspendedFrom && suspendedFrom < submittedAt) {
    issues.push({ column: 'suspended_from', key: 'import.error.suspendedBeforeSubmitted' })
  }
  if (suspendedFrom && suspendedTo && suspendedTo < suspendedFrom) {
    issues.push({
      column: 'suspended_to',
      key: 'import.error.suspendedEndBeforeStart',
      params: { from: raw.suspendedFrom },
    })
  }
  if (r.result === 'suspended' && (!suspendedFrom || suspendedTo)) {
    issues.push({ column: 'result', key: 'import.error.suspendedStillOpen' })
  }
  if (issues.length > 0) return { ok: false, issues }
  const row = caseRow(ctx.write, ctx.source, {
    externalId: r.external_id,
    standardId: standard,
    channel: r.channel,
    variant: r.variant,
    officeCode: r.office,
    submittedAt,
    completedAt,
    result: r.result,
    waitMinutesSubmit: r.wait_minutes_submit,
    waitMinutesPickup: r.wait_minutes_pickup,
    serviceMinutes: r.service_minutes,
    docsCorrect: r.docs_correct,
    firstTimeCorrect: r.first_time_correct,
    suspendedFrom,
    suspendedTo,
  })
  return { ok: true, key: r.external_id, row: Object.assign(row, { rowNumber }) }
}

function officeOf(code: string, ctx: RowContext, issues: RowIssue[]) {
  const office = ctx.write.findOffice(code)
  if (!office) {
    issues.push({ column: 'office', key: 'import.error.unknownOffice' })
    return undefined
  }
  if (ctx.allowedRegionIds && !ctx.allowedRegionIds.has(office.regionId)) {
    issues.push({ column: 'office', key: 'import.error.officeRegion' })
    return undefined
  }
  return office
}
