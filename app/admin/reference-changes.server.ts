// What an administrator changes in the reference data (/admin/reference): the working calendar
// (add or remove a holiday, a transferred day off or a transferred working day) and the term of a
// deadline rule. Each save is one transaction: the edit, the recomputation of the stored
// deadlines it can move (app/facts/deadline-recompute.server.ts) and exactly one audit row
// (`reference.calendar`, `reference.deadline_rule`) with before → after and how many cases
// changed. The daily rollups follow the recomputed deadlines through their triggers, in the same
// transaction (decision 0005); a full rollups_rebuild() is not run: neither edit touches the only
// rollup inputs outside the fact rows (a rule's maximum wait, office region history), and at
// demo scale it takes most of a minute on the embedded database, which serves one connection.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  deleteCalendarDay,
  findCalendarDay,
  findDeadlineRule,
  firstDayReachingCalendarDay,
  insertCalendarDay,
  updateDeadlineTerm,
} from '../../db/queries/reference-edits'
import { changeOrPreview } from '../../db/preview-transaction'
import { freshnessThresholds, updateFreshnessThresholds } from '../../db/queries/freshness'
import { audit } from '../accounts/audit.server'
import { recomputeDeadlinesIn, type RecomputeResult } from '../facts/deadline-recompute.server'
import { calendarDayProblem } from '../domain/calendar-exception'
import { calendarDay, channel, standardId, variant } from '../http/input-schemas.server'
import type { AdminActor } from './actor.server'

/**
 * A change's answer: done, or with `preview` what it would do (nothing written; the page asks
 * to confirm), or refused.
 */
export type ReferenceChangeResult =
  ({ ok: true; preview?: true } & RecomputeResult) | { ok: false; error: string; field?: string }

const Day = calendarDay('notADate')
const Name = z.string().trim().min(1, { message: 'required' }).max(200, { message: 'tooLong' })

// ── the working calendar ────────────────────────────────────────────────────────────────────

export const CalendarDayForm = z.object({
  day: Day,
  kind: z.enum(['holiday', 'transfer_day_off', 'transfer_working_day'], { message: 'invalid' }),
  nameKk: Name,
  nameRu: Name,
  nameEn: Name,
})

function firstIssue(error: z.ZodError): { error: string; field?: string } {
  const issue = error.issues[0]!
  return { error: issue.message, field: issue.path.map(String).join('.') || undefined }
}

export async function addCalendarDay(
  db: Db,
  form: Record<string, unknown>,
  actor: AdminActor,
  now = new Date(),
): Promise<ReferenceChangeResult> {
  const parsed = CalendarDayForm.safeParse(form)
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) }
  const input = parsed.data
  const problem = calendarDayProblem(input.day, input.kind)
  if (problem) return { ok: false, error: problem, field: problem === 'notADate' ? 'day' : 'kind' }
  if (await findCalendarDay(db, input.day)) return { ok: false, error: 'exists', field: 'day' }
  const row = {
    ...input,
    source: `Sapa administrator ${actor.email}, ${now.toISOString().slice(0, 10)}`,
  }
  return db.transaction().execute(async (tx) => {
    const fromDay = await firstDayReachingCalendarDay(tx, input.day)
    await insertCalendarDay(tx, row)
    const recomputed = await recomputeDeadlinesIn(tx, { fromDay })
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'reference.calendar',
        entity: 'calendar_day',
        entityId: input.day,
        before: null,
        after: {
          day: input.day,
          kind: input.kind,
          nameKk: input.nameKk,
          nameRu: input.nameRu,
          nameEn: input.nameEn,
          casesChanged: recomputed.casesChanged,
          complaintsChanged: recomputed.complaintsChanged,
        },
        source: actor.source,
      },
      now,
    )
    return { ok: true as const, ...recomputed }
  })
}

export const RemoveCalendarDayForm = z.object({ day: Day })

export async function removeCalendarDay(
  db: Db,
  form: Record<string, unknown>,
  actor: AdminActor,
  now = new Date(),
  preview = false,
): Promise<ReferenceChangeResult> {
  const parsed = RemoveCalendarDayForm.safeParse(form)
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) }
  const { day } = parsed.data
  return changeOrPreview(db, preview, async (tx): Promise<ReferenceChangeResult> => {
    const fromDay = await firstDayReachingCalendarDay(tx, day)
    const removed = await deleteCalendarDay(tx, day)
    if (!removed) return { ok: false, error: 'notFound', field: 'day' }
    const recomputed = await recomputeDeadlinesIn(tx, { fromDay })
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'reference.calendar',
        entity: 'calendar_day',
        entityId: day,
        before: {
          day,
          kind: removed.kind,
          nameKk: removed.nameKk,
          nameRu: removed.nameRu,
          nameEn: removed.nameEn,
        },
        after: {
          casesChanged: recomputed.casesChanged,
          complaintsChanged: recomputed.complaintsChanged,
        },
        source: actor.source,
      },
      now,
    )
    return { ok: true, ...recomputed, ...(preview && { preview: true as const }) }
  })
}

// ── deadline rules ──────────────────────────────────────────────────────────────────────────

/** Longest terms accepted: a month in minutes, a year in days (the standards print 10 min – 30 days). */
export const MAX_TERM = { minutes: 43_200, calendar_days: 365, working_days: 365 } as const

export const DeadlineTermForm = z
  .object({
    standardId,
    channel,
    variant,
    termAmount: z.coerce
      .number({ message: 'invalid' })
      .int({ message: 'invalid' })
      .min(1, { message: 'tooSmall' }),
    termUnit: z.enum(['minutes', 'calendar_days', 'working_days'], { message: 'invalid' }),
  })
  .refine((r) => r.termAmount <= MAX_TERM[r.termUnit], {
    message: 'tooLarge',
    path: ['termAmount'],
  })

export async function setDeadlineTerm(
  db: Db,
  form: Record<string, unknown>,
  actor: AdminActor,
  now = new Date(),
  preview = false,
): Promise<ReferenceChangeResult> {
  const parsed = DeadlineTermForm.safeParse(form)
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) }
  const { termAmount, termUnit, ...key } = parsed.data
  const entityId = `${key.standardId}/${key.channel}/${key.variant}`
  return changeOrPreview(db, preview, async (tx): Promise<ReferenceChangeResult> => {
    const rule = await findDeadlineRule(tx, key)
    if (!rule) return { ok: false, error: 'notFound' }
    if (rule.termAmount === termAmount && rule.termUnit === termUnit) {
      return { ok: false, error: 'unchanged', field: 'termAmount' }
    }
    await updateDeadlineTerm(tx, key, { termAmount, termUnit })
    // A rule has no validity period: it applies to every case of its standard × channel ×
    // variant, so all of the standard's cases are checked (only those of this rule can move).
    const recomputed = await recomputeDeadlinesIn(tx, {
      fromDay: '1900-01-01',
      standardId: key.standardId,
    })
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'reference.deadline_rule',
        entity: 'deadline_rule',
        entityId,
        before: { termAmount: rule.termAmount, termUnit: rule.termUnit },
        after: { termAmount, termUnit, casesChanged: recomputed.casesChanged },
        source: actor.source,
      },
      now,
    )
    return { ok: true, ...recomputed, ...(preview && { preview: true as const }) }
  })
}

// ── data freshness thresholds (decision 0028) ───────────────────────────────────────────────

export const FreshnessThresholdsForm = z.object({
  staleAfterDays: z.coerce
    .number({ message: 'staleAfterDays' })
    .int({ message: 'staleAfterDays' })
    .min(1, { message: 'staleAfterDays' })
    .max(366, { message: 'staleAfterDays' }),
  regularMonths: z.coerce
    .number({ message: 'regularMonths' })
    .int({ message: 'regularMonths' })
    .min(1, { message: 'regularMonths' })
    .max(12, { message: 'regularMonths' }),
})

const NOTHING_RECOMPUTED: RecomputeResult = {
  casesChecked: 0,
  casesChanged: 0,
  complaintsChecked: 0,
  complaintsChanged: 0,
}

/** The stale rule's thresholds: one row, one audit row (`reference.freshness`) with before → after. */
export async function setFreshnessThresholds(
  db: Db,
  form: Record<string, unknown>,
  actor: AdminActor,
  now = new Date(),
): Promise<ReferenceChangeResult> {
  const parsed = FreshnessThresholdsForm.safeParse(form)
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) }
  const after = parsed.data
  return db.transaction().execute(async (tx): Promise<ReferenceChangeResult> => {
    const before = await freshnessThresholds(tx)
    if (
      before.staleAfterDays === after.staleAfterDays &&
      before.regularMonths === after.regularMonths
    ) {
      return { ok: false, error: 'unchanged', field: 'staleAfterDays' }
    }
    await updateFreshnessThresholds(tx, after, actor.userId)
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'reference.freshness',
        entity: 'freshness_settings',
        entityId: 'thresholds',
        before: { ...before },
        after: { ...after },
        source: actor.source,
      },
      now,
    )
    return { ok: true, ...NOTHING_RECOMPUTED }
  })
}
