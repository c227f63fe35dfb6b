// The one write path for facts: resolves office codes, derives each case's deadline and period
// keys (app/domain/case-keys.ts) and each complaint's term, and upserts by (source, external_id).
// The demo loader, the golden fixture and the imports all write through here.
import type { Db } from '../../db/client.server'
import {
  upsertCases,
  upsertComplaints,
  upsertInfoPublications,
  upsertSurveyResponses,
  linkSurveysToCases,
} from '../../db/queries/facts'
import {
  calendarForWrite,
  editionsForWrite,
  officesForWrite,
  rulesForWrite,
} from '../../db/queries/write-context'
import type { CaseResult, ChannelCode, VariantCode } from '../../db/schema'
import { deriveCaseKeys, deriveComplaintKeys } from '../domain/case-keys'
import { localDay } from '../domain/deadline'
import { editionOn } from '../domain/editions'
import { createWorkingCalendar, type WorkingCalendar } from '../domain/working-calendar'

export interface CaseInput {
  externalId: string
  standardId: string
  channel: ChannelCode
  variant: VariantCode
  officeCode: string
  submittedAt: Date
  completedAt: Date | null
  result: CaseResult
  waitMinutesSubmit: number | null
  waitMinutesPickup: number | null
  serviceMinutes: number | null
  docsCorrect: boolean | null
  firstTimeCorrect: boolean | null
  suspendedFrom: Date | null
  suspendedTo: Date | null
}

/** One answer: yes/no, a 1–5 score, or not asked (null). */
export type SurveyAnswer = boolean | 1 | 2 | 3 | 4 | 5 | null

export interface SurveyInput {
  externalId: string
  caseExternalId: string | null
  standardId: string
  officeCode: string
  respondedOn: string
  process: SurveyAnswer
  information: SurveyAnswer
  complaintProcedure: SurveyAnswer
  complaintTimeline: SurveyAnswer
  courtesy: SurveyAnswer
  /** The scale the answers were read with (decision 0018); null or absent: not recorded. */
  scale?: 'yes-no' | '1-5' | null
}

export interface ComplaintInput {
  externalId: string
  standardId: string
  officeCode: string
  receivedAt: Date
  justified: boolean
  decidedAt: Date | null
  upheld: boolean | null
  /**
   * Null: the review term of the edition in force on receipt, else the standard's (land point 25:
   * 30 days); a value (15 where the file says) is the complaint's own and stays.
   */
  reviewTermDays: number | null
}

export interface PublicationInput {
  officeCode: string
  standardId: string
  year: number
  published: boolean
  url: string | null
}

export class UnknownReferenceError extends Error {}

export interface WriteContext {
  office(code: string): { id: number; timeZone: string }
  /** The office of a code, or undefined (imports report unknown codes instead of throwing). */
  findOffice(code: string): { id: number; timeZone: string; regionId: number } | undefined
  hasRule(standardId: string, channel: string, variant: string): boolean
  hasStandard(standardId: string): boolean
  /**
   * The deadline rule of the edition in force when the case was submitted (its civil date in the
   * office's zone; decision 0033): the latest edition started by then, else the first.
   */
  rule(
    standardId: string,
    channel: ChannelCode,
    variant: VariantCode,
    submittedAt: Date,
    timeZone: string,
  ): {
    termAmount: number
    termUnit: 'minutes' | 'calendar_days' | 'working_days'
    maxWaitMinutes: number
  }
  calendar: WorkingCalendar
  /**
   * The review term of a complaint received then (its civil date in the office's zone): the
   * term of the edition in force that day, else the standard's (decision 0033).
   */
  complaintReviewDays(standardId: string, receivedAt: Date, timeZone: string): number
}

export async function loadWriteContext(db: Db): Promise<WriteContext> {
  const [offices, rules, calendar, standards, editions] = await Promise.all([
    officesForWrite(db),
    rulesForWrite(db),
    calendarForWrite(db),
    db.selectFrom('standards').select(['id', 'complaintReviewDays']).execute(),
    editionsForWrite(db),
  ])
  const officeByCode = new Map(offices.map((o) => [o.code, o]))
  // Standard → channel → variant → the editions' rules in the order they start: looked up twice
  // per imported case, without building a key.
  const ruleTree = new Map<string, Map<string, Map<string, (typeof rules)[number][]>>>()
  for (const r of rules) {
    let channels = ruleTree.get(r.standardId)
    if (!channels) ruleTree.set(r.standardId, (channels = new Map()))
    let variants = channels.get(r.channel)
    if (!variants) channels.set(r.channel, (variants = new Map()))
    const list = variants.get(r.variant)
    if (list) list.push(r)
    else variants.set(r.variant, [r])
  }
  const findRule = (standardId: string, channel: string, variant: string) =>
    ruleTree.get(standardId)?.get(channel)?.get(variant)
  const reviewDays = new Map(standards.map((s) => [s.id, s.complaintReviewDays]))
  const editionsOf = new Map<string, typeof editions>()
  for (const e of editions) {
    const list = editionsOf.get(e.standardId)
    if (list) list.push(e)
    else editionsOf.set(e.standardId, [e])
  }
  return {
    office(code) {
      const office = officeByCode.get(code)
      if (!office) throw new UnknownReferenceError(`unknown office code "${code}"`)
      return office
    },
    findOffice: (code) => officeByCode.get(code),
    hasRule: (standardId, channel, variant) => findRule(standardId, channel, variant) !== undefined,
    hasStandard: (standardId) => reviewDays.has(standardId),
    rule(standardId, channel, variant, submittedAt, timeZone) {
      const list = findRule(standardId, channel, variant)
      const rule = list && ruleInForce(list, submittedAt, timeZone)
      if (!rule) {
        throw new UnknownReferenceError(
          `standard "${standardId}" has no deadline rule for channel "${channel}", variant "${variant}"`,
        )
      }
      return rule
    },
    calendar: createWorkingCalendar(calendar),
    complaintReviewDays(standardId, receivedAt, timeZone) {
      const days = reviewDays.get(standardId)
      if (days === undefined) throw new UnknownReferenceError(`unknown standard "${standardId}"`)
      const list = editionsOf.get(standardId)
      if (!list) return days
      return editionOn(list, localDay(receivedAt, timeZone))?.edition.complaintReviewDays ?? days
    },
  }
}

/** Of one channel × variant's rules (ordered by start), the one in force on the submission day. */
function ruleInForce<R extends { validFrom: string }>(
  list: readonly R[],
  submittedAt: Date,
  timeZone: string,
): R | undefined {
  if (list.length <= 1) return list[0]
  const day = localDay(submittedAt, timeZone)
  let chosen = list[0]
  for (const r of list) if (r.validFrom <= day) chosen = r
  return chosen
}

function answerColumns(answer: SurveyAnswer): { yes: boolean | null; score: number | null } {
  if (answer === null) return { yes: null, score: null }
  if (typeof answer === 'boolean') return { yes: answer, score: null }
  return { yes: null, score: answer }
}

/** A case as stored: office resolved, deadline and period keys derived. */
export function caseRow(context: WriteContext, source: string, c: CaseInput) {
  const office = context.office(c.officeCode)
  const rule = context.rule(c.standardId, c.channel, c.variant, c.submittedAt, office.timeZone)
  const keys = deriveCaseKeys(c, rule, { timeZone: office.timeZone, calendar: context.calendar })
  // Spelled out rather than spread: imports build a million of these per file.
  return {
    externalId: c.externalId,
    standardId: c.standardId,
    channel: c.channel,
    variant: c.variant,
    submittedAt: c.submittedAt,
    completedAt: c.completedAt,
    result: c.result,
    waitMinutesSubmit: c.waitMinutesSubmit,
    waitMinutesPickup: c.waitMinutesPickup,
    serviceMinutes: c.serviceMinutes,
    docsCorrect: c.docsCorrect,
    firstTimeCorrect: c.firstTimeCorrect,
    suspendedFrom: c.suspendedFrom,
    suspendedTo: c.suspendedTo,
    source,
    officeId: office.id,
    dueAt: keys.dueAt,
    dueOn: keys.dueOn,
    submittedOn: keys.submittedOn,
    completedOn: keys.completedOn,
    maxWaitMinutes: rule.maxWaitMinutes,
  }
}

export async function writeCases(db: Db, source: string, inputs: CaseInput[], ctx?: WriteContext) {
  const context = ctx ?? (await loadWriteContext(db))
  const rows = inputs.map((c) => caseRow(context, source, c))
  await upsertCases(db, rows)
  return rows.length
}

/** A survey response as stored (its case is linked afterwards by external id). */
export function surveyRow(context: WriteContext, source: string, s: SurveyInput) {
  const process = answerColumns(s.process)
  const information = answerColumns(s.information)
  const complaintProcedure = answerColumns(s.complaintProcedure)
  const complaintTimeline = answerColumns(s.complaintTimeline)
  const courtesy = answerColumns(s.courtesy)
  return {
    source,
    externalId: s.externalId,
    caseExternalId: s.caseExternalId,
    standardId: s.standardId,
    officeId: context.office(s.officeCode).id,
    respondedOn: s.respondedOn,
    processYes: process.yes,
    processScore: process.score,
    informationYes: information.yes,
    informationScore: information.score,
    complaintProcedureYes: complaintProcedure.yes,
    complaintProcedureScore: complaintProcedure.score,
    complaintTimelineYes: complaintTimeline.yes,
    complaintTimelineScore: complaintTimeline.score,
    courtesyYes: courtesy.yes,
    courtesyScore: courtesy.score,
    scale: s.scale ?? null,
  }
}

export async function writeSurveys(
  db: Db,
  source: string,
  inputs: SurveyInput[],
  ctx?: WriteContext,
) {
  const context = ctx ?? (await loadWriteContext(db))
  const rows = inputs.map((s) => ({
    ...surveyRow(context, source, s),
    caseId: null,
    caseSubmittedOn: null,
  }))
  await upsertSurveyResponses(db, rows)
  await linkSurveysToCases(db, source)
  return rows.length
}

/**
 * A complaint as stored: review term defaulted from the edition in force on its receipt (or the
 * standard), and marked as stated when its record gave one; term end derived.
 */
export function complaintRow(context: WriteContext, source: string, k: ComplaintInput) {
  const office = context.office(k.officeCode)
  const reviewTermDays =
    k.reviewTermDays ?? context.complaintReviewDays(k.standardId, k.receivedAt, office.timeZone)
  const { officeCode: _code, ...facts } = k
  return {
    ...facts,
    source,
    reviewTermDays,
    reviewTermStated: k.reviewTermDays !== null,
    officeId: office.id,
    ...deriveComplaintKeys(
      { receivedAt: k.receivedAt, reviewTermDays },
      { timeZone: office.timeZone, calendar: context.calendar },
    ),
  }
}

export async function writeComplaints(
  db: Db,
  source: string,
  inputs: ComplaintInput[],
  ctx?: WriteContext,
) {
  const context = ctx ?? (await loadWriteContext(db))
  const rows = inputs.map((k) => complaintRow(context, source, k))
  await upsertComplaints(db, rows)
  return rows.length
}

export async function writePublications(db: Db, inputs: PublicationInput[], ctx?: WriteContext) {
  const context = ctx ?? (await loadWriteContext(db))
  await upsertInfoPublications(
    db,
    inputs.map(({ officeCode, ...p }) => ({ ...p, officeId: context.office(officeCode).id })),
  )
  return inputs.length
}
