// After an administrator edits the working calendar or a deadline rule, or stores an edition of a
// standard, the stored deadlines and queue maxima (cases.due_at/due_on/max_wait_minutes) and
// complaint terms (review_term_days unless the complaint stated it, term_ends_at/on) must follow.
// Recomputes, with the same derivation as on write, the records from a day on (a calendar edit
// cannot move a deadline of a case submitted long before it; an edition moves only the records
// whose key date falls under it), page by page, and updates only the rows that changed.
import type { Db } from '../../db/client.server'
import {
  casesForRecompute,
  complaintsForRecompute,
  updateCaseDeadlines,
  updateComplaintTerms,
} from '../../db/queries/facts'
import type { ChannelCode, VariantCode } from '../../db/schema'
import { deriveCaseKeys, deriveComplaintKeys } from '../domain/case-keys'
import { loadWriteContext } from './fact-writer.server'

const PAGE = 5000

export interface RecomputeResult {
  casesChecked: number
  casesChanged: number
  complaintsChecked: number
  complaintsChanged: number
}

export interface RecomputeOptions {
  fromDay: string
  standardId?: string
}

export async function recomputeDeadlines(
  db: Db,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  return db.transaction().execute((tx) => recomputeDeadlinesIn(tx, options))
}

/**
 * The same, inside a transaction the caller holds (an administrator's reference edit: the edit,
 * the recomputation and its audit row commit together or not at all).
 */
export async function recomputeDeadlinesIn(
  tx: Db,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  const ctx = await loadWriteContext(tx)
  const officeZone = new Map<number, string>()
  const result: RecomputeResult = {
    casesChecked: 0,
    casesChanged: 0,
    complaintsChecked: 0,
    complaintsChanged: 0,
  }
  const offices = await tx.selectFrom('offices').select(['id', 'code']).execute()
  for (const o of offices) officeZone.set(o.id, ctx.office(o.code).timeZone)

  let afterId = 0
  for (;;) {
    const page = await casesForRecompute(tx, { ...options, afterId, limit: PAGE })
    if (page.length === 0) break
    afterId = page[page.length - 1]!.id
    const changed = []
    for (const c of page) {
      const timeZone = officeZone.get(c.officeId)!
      const rule = ctx.rule(
        c.standardId,
        c.channel as ChannelCode,
        c.variant as VariantCode,
        c.submittedAt,
        timeZone,
      )
      const keys = deriveCaseKeys(c, rule, {
        timeZone,
        calendar: ctx.calendar,
      })
      if (
        (keys.dueAt?.getTime() ?? null) !== (c.dueAt?.getTime() ?? null) ||
        rule.maxWaitMinutes !== c.maxWaitMinutes
      ) {
        changed.push({
          id: c.id,
          dueAt: keys.dueAt,
          dueOn: keys.dueOn,
          maxWaitMinutes: rule.maxWaitMinutes,
        })
      }
    }
    await updateCaseDeadlines(tx, changed)
    result.casesChecked += page.length
    result.casesChanged += changed.length
  }

  const complaints = await complaintsForRecompute(tx, options.fromDay, options.standardId)
  const changed = []
  for (const k of complaints) {
    const timeZone = officeZone.get(k.officeId)!
    // A term the complaint's record stated is its own; the others follow the edition in force.
    const reviewTermDays = k.reviewTermStated
      ? k.reviewTermDays
      : ctx.complaintReviewDays(k.standardId, k.receivedAt, timeZone)
    const keys = deriveComplaintKeys(
      { receivedAt: k.receivedAt, reviewTermDays },
      { timeZone, calendar: ctx.calendar },
    )
    if (
      reviewTermDays !== k.reviewTermDays ||
      keys.termEndsAt.getTime() !== k.termEndsAt.getTime()
    ) {
      changed.push({
        id: k.id,
        reviewTermDays,
        termEndsAt: keys.termEndsAt,
        termEndsOn: keys.termEndsOn,
      })
    }
  }
  await updateComplaintTerms(tx, changed)
  result.complaintsChecked = complaints.length
  result.complaintsChanged = changed.length
  return result
}
