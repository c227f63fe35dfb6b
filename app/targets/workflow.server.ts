// The yearly target-approval workflow (issue 5, docs/domain.md §1–2): the three actions — propose,
// approve (one or all at once), reject — each in one transaction with exactly one audit row per
// target. Who may do what is decided by the policy module (through ./permissions.server.ts); the
// targets table's trigger guards the transitions (an approved value is locked: a change is a new
// proposal that supersedes it on approval).
import type { Db } from '../../db/client.server'
import {
  approvedInForce,
  indicatorForTargets,
  insertProposal,
  lastApprovedInForce,
  lockApproved,
  markDecided,
  markSuperseded,
  pendingProposalOf,
  targetForDecision,
} from '../../db/queries/targets'
import { audit, type AuditSource } from '../accounts/audit.server'
import type { AccountUser } from '../accounts/policy.server'
import {
  isEasierThan,
  needsJustification,
  weaknessOf,
  type NormativeBound,
  type Weakness,
} from '../domain/target-suggestion'
import { isProposalYear } from '../domain/target-years'
import { todayInKazakhstan } from '../domain/reporting-period'
import { TargetForbidden, TargetNotFound } from './errors.server'
import type { FieldErrors } from './forms.server'
import { regionIdOf, requireDecider, requireProposer } from './permissions.server'

/** An order may not be dated after today (Kazakhstan's date). */
function futureOrder(orderDate: string, now: Date): FieldErrors | null {
  return orderDate > todayInKazakhstan(now) ? { orderDate: 'future' } : null
}

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

/** The normative of an indicator row as the domain reads it; null when none is printed. */
function normativeOf(row: {
  normativeKind: NormativeBound['kind'] | null
  normativeLow: number | null
  normativeHigh: number | null
}): NormativeBound | null {
  return row.normativeKind
    ? { kind: row.normativeKind, low: row.normativeLow, high: row.normativeHigh }
    : null
}

/**
 * What a value for `year` is weaker than (decision 0025): the normative, and the last approved
 * target in force — for that year itself (a change lowering an approved value is weakening it),
 * else the latest year before (the region's own value, else the national one).
 */
async function weaknessIn(
  db: Db,
  cell: { indicatorId: number; year: number; regionId: number | null },
  indicator: Parameters<typeof normativeOf>[0] & {
    direction: 'higher_is_better' | 'lower_is_better'
  },
  value: number,
) {
  const previous = await lastApprovedInForce(db, {
    indicatorId: cell.indicatorId,
    beforeYear: cell.year + 1,
    regionId: cell.regionId,
  })
  const weakness = weaknessOf({
    value,
    direction: indicator.direction,
    normative: normativeOf(indicator),
    previousApproved: previous?.value ?? null,
  })
  return { weakness, previous }
}

/** The audit's record of a guarded value: what it is weaker than and the words written for it. */
function guardFacts(
  weakness: Weakness,
  previous: { year: number; value: number } | null,
  justification: string | null,
) {
  return {
    weakerThanNormative: weakness.normative,
    weakerThanPreviousApproved: weakness.previous,
    previousApproved: previous ? { year: previous.year, value: previous.value } : null,
    justification,
  }
}

/**
 * A new value proposed for an indicator × year × region (or the nation). Refused while another
 * proposal for the same value awaits a decision, when it repeats the approved value, and — with
 * 422 at the form — when it is weaker than the normative or the last approved target and comes
 * without a written justification.
 */
export async function proposeTarget(
  db: Db,
  actor: Actor,
  input: {
    indicatorId: number
    year: number
    region: string
    value: number
    comment?: string
    justification?: string
  },
): Promise<ActionOutcome> {
  const indicator = await indicatorForTargets(db, input.indicatorId)
  if (!indicator) throw new TargetNotFound(`indicator ${input.indicatorId}`)
  const regionId = await regionIdOf(db, input.region)
  requireProposer(actor.user, { agencyId: indicator.agencyId, regionId })
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
      const guard = await weaknessIn(tx, cell, indicator, input.value)
      const needed = needsJustification(guard.weakness)
      if (needed && !input.justification) {
        return { ok: false, errors: { justification: 'justification' } }
      }
      const justification = needed ? input.justification! : null
      const previous = await approvedInForce(tx, { ...cell, year: input.year - 1 })
      const id = await insertProposal(tx, {
        ...cell,
        value: input.value,
        comment: input.comment ?? null,
        justification,
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
          ...guardFacts(guard.weakness, guard.previous, justification),
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
  /** The chair's words for a value weaker than the normative or the last approved target. */
  justification?: string
}

/** Approves one pending proposal inside `tx`: the approved value it replaces becomes superseded. */
async function approveInTx(
  tx: Db,
  actor: Actor,
  targetId: number,
  decision: Decision,
  expectedStandard?: string,
): Promise<'ok' | 'notPending' | 'justification'> {
  const target = await targetForDecision(tx, targetId, true)
  if (!target) throw new TargetNotFound(`target ${targetId}`)
  requireDecider(actor.user, { agencyId: target.agencyId })
  if (expectedStandard !== undefined && target.standardId !== expectedStandard) {
    throw new TargetForbidden('the target is not of this standard')
  }
  if (target.status !== 'proposed') return 'notPending'
  const cell = { indicatorId: target.indicatorId, year: target.year, regionId: target.regionId }
  const guard = await weaknessIn(tx, cell, target, target.value)
  const needed = needsJustification(guard.weakness)
  // The chair signs the order: a weaker value needs the chair's own words, not only the proposer's.
  if (needed && !decision.justification) return 'justification'
  const justification = needed ? decision.justification! : null
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
    decisionJustification: justification,
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
      proposerJustification: target.justification,
      ...guardFacts(guard.weakness, guard.previous, justification),
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
  if (result === 'justification') return { ok: false, errors: { justification: 'justification' } }
  return result === 'ok'
    ? { ok: true, ids: [input.targetId] }
    : { ok: false, errors: { form: 'notPending' } }
}

class ListChanged extends Error {}
class JustificationMissing extends Error {}

/**
 * Approves, under one order, every proposal the chair was shown (their ids came with the form):
 * one transaction, one audit row per target. If any of them was decided meanwhile, nothing is
 * approved and the page asks to look again.
 */
export async function approveAllTargets(
  db: Db,
  actor: Actor,
  input: {
    standard: string
    targetIds: number[]
    orderNumber: string
    orderDate: string
    /** One justification for every weaker value in the list (the order is one). */
    justification?: string
  },
): Promise<ActionOutcome> {
  const future = futureOrder(input.orderDate, actor.now)
  if (future) return { ok: false, errors: future }
  const ids = [...new Set(input.targetIds)].sort((a, b) => a - b)
  try {
    await db.transaction().execute(async (tx) => {
      for (const id of ids) {
        const result = await approveInTx(tx, actor, id, input, input.standard)
        if (result === 'justification') throw new JustificationMissing()
        if (result !== 'ok') throw new ListChanged()
      }
    })
  } catch (error) {
    if (error instanceof JustificationMissing) {
      return { ok: false, errors: { justification: 'justification' } }
    }
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
    requireDecider(actor.user, { agencyId: target.agencyId })
    if (target.status !== 'proposed') return { ok: false, errors: { form: 'notPending' } }
    await markDecided(tx, target.id, {
      status: 'rejected',
      decidedBy: actor.user.id,
      decidedAt: actor.now,
      orderNumber: null,
      orderDate: null,
      decisionComment: input.comment,
      decisionJustification: null,
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
