// The suggested next-year target of an indicator (decisions 0008 and 0025) and the guards on a
// proposed or approved value. Pure: the page passes the base — the indicator over the last
// complete year, as the engine judged it —, the last approved target and the normative. Every
// step that shaped the number is returned, so that the page can show the method and its reasons.
import type { IndicatorStatus } from './indicator-status'
import { round2 } from './indicator-status'
import { wilsonInterval } from './wilson'

export type Direction = 'higher_is_better' | 'lower_is_better'

export interface NormativeBound {
  kind: 'min' | 'max' | 'band'
  low: number | null
  high: number | null
}

/** The year a suggestion for `targetYear` is based on: never a year still running on `today`. */
export function suggestionBaseYear(targetYear: number, today: string): number {
  // The last complete year: the year before the target year once it is over, else the one
  // before today's year — a part of a year alone is never a base (issue 13).
  return Math.min(targetYear - 1, Number(today.slice(0, 4)) - 1)
}

/** The base of a suggestion: one indicator over one complete year, as the engine counted it. */
export interface SuggestionBase {
  year: number
  numerator: number
  denominator: number
  /** Percent, 2 decimals; null when the denominator is 0. */
  value: number | null
  /** The engine's status (docs/domain.md §6): `insufficient_data` below 30 survey answers. */
  status: IndicatorStatus
  /** The engine's coverage: offices with data of the offices serving in scope; low under half. */
  coverage: { contributing: number; serving: number; low: boolean }
}

/** Why a base is not built on, by the engine's rules (decision 0004). */
export type InsufficientReason = 'no_data' | 'insufficient_data' | 'low_coverage'

/** The engine's verdict on a base: null when it can be built on. */
export function insufficientReason(base: SuggestionBase | null): InsufficientReason | null {
  // No office with data is no data, even where the engine counts a denominator without any
  // (info_online: offices serving, an office without a record counts as not published).
  if (base === null || base.value === null || base.denominator === 0) return 'no_data'
  if (base.coverage.contributing === 0 && base.coverage.serving > 0) return 'no_data'
  if (base.status === 'insufficient_data') return 'insufficient_data'
  if (base.coverage.low) return 'low_coverage'
  return null
}

/**
 * The 95 % Wilson interval of a base, in percent (2 decimals), for every measure: the engine
 * prints it for survey measures only, but a year's cases are also one draw of the rate next year
 * will be measured on, and a chair should see how far 1 of 2 is from a rate (decision 0025).
 */
export function baseInterval(numerator: number, denominator: number) {
  const interval = wilsonInterval(numerator, denominator)
  return interval ? { low: round2(interval.low * 100), high: round2(interval.high * 100) } : null
}

export interface LastApproved {
  value: number
  year: number
}

export interface SuggestionInput {
  direction: Direction
  base: SuggestionBase | null
  /** The last approved target in force (the region's own, else the national one). */
  lastApproved: LastApproved | null
  normative: NormativeBound | null
}

/** One step of the method, in the order it was applied; `value` is the suggestion after it. */
export type SuggestionStep =
  | { kind: 'start_base'; value: number; year: number }
  | { kind: 'start_target'; value: number; reason: InsufficientReason; year: number }
  | { kind: 'start_normative'; value: number; reason: InsufficientReason }
  | { kind: 'kept_target'; value: number; target: number; year: number }
  | { kind: 'raised_to_normative'; value: number; normative: number }
  | { kind: 'capped_normative'; value: number; normative: number; band: boolean }
  | { kind: 'kept_target_past_normative'; value: number; normative: number }
  | { kind: 'band_below_target'; value: number; normative: number; target: number }
  | { kind: 'capped_bound'; value: number; bound: 0 | 100 }

export interface Suggestion {
  /** Percent, 2 decimals; null when there is nothing to start from. */
  value: number | null
  /** Why the base was not built on; null when it was. */
  insufficient: InsufficientReason | null
  steps: SuggestionStep[]
}

/** Is `a` better than `b` for this direction? */
function better(direction: Direction, a: number, b: number): boolean {
  return direction === 'lower_is_better' ? a < b : a > b
}

/**
 * The end of the normative a target goes no further than: for a higher-is-better measure the
 * minimum (`100`, `90`) or the top of a band (`40-50` → 50); for a lower-is-better one the
 * maximum (`1`) or the bottom of a band. Past it the standard asks for nothing more.
 */
export function normativeLimit(direction: Direction, normative: NormativeBound | null) {
  if (!normative) return null
  if (direction === 'higher_is_better') {
    return normative.kind === 'band' ? normative.high : (normative.low ?? normative.high)
  }
  return normative.kind === 'band' ? normative.low : (normative.high ?? normative.low)
}

/**
 * The weakest value the normative allows: at least the minimum or the bottom of a band when
 * higher is better, at most the maximum or the top of a band when lower is better. A minimum
 * says nothing of a lower-is-better measure (nor a maximum of a higher-is-better one).
 */
export function normativeFloor(direction: Direction, normative: NormativeBound | null) {
  if (!normative) return null
  if (direction === 'higher_is_better') {
    return normative.kind === 'max' ? null : normative.low
  }
  return normative.kind === 'min' ? null : normative.high
}

/**
 * The suggested target for next year (decision 0025):
 *  1. start from the base — the last complete year's value — when the engine's rules let it be
 *     built on; else from the last approved target; else from the normative (its weakest
 *     allowed value); the reason is kept;
 *  2. never weaker than the last approved target;
 *  3. never weaker than the normative (at least a minimum, at most a maximum, inside a band);
 *  4. never past the normative (decision 0008): the minimum, the maximum, a band's far end —
 *     unless the last approved target is already past a minimum or a maximum, then it stands;
 *     a band is a band: its far end wins, and the step says that this is weaker than the last
 *     approved target;
 *  5. never past the physical bound: 100 %, or 0 % when lower is better.
 */
export function suggestTarget(input: SuggestionInput): Suggestion {
  const { direction, base, lastApproved, normative } = input
  const insufficient = insufficientReason(base)
  const limit = normativeLimit(direction, normative)
  const floor = normativeFloor(direction, normative)
  const steps: SuggestionStep[] = []
  let value: number
  if (insufficient === null) {
    value = round2(base!.value!)
    steps.push({ kind: 'start_base', value, year: base!.year })
  } else if (lastApproved !== null) {
    value = lastApproved.value
    steps.push({ kind: 'start_target', value, reason: insufficient, year: lastApproved.year })
  } else if (floor !== null || limit !== null) {
    value = (floor ?? limit)!
    steps.push({ kind: 'start_normative', value, reason: insufficient })
  } else {
    return { value: null, insufficient, steps }
  }

  if (lastApproved !== null && better(direction, lastApproved.value, value)) {
    value = lastApproved.value
    steps.push({ kind: 'kept_target', value, target: lastApproved.value, year: lastApproved.year })
  }

  if (floor !== null && better(direction, floor, value)) {
    value = floor
    steps.push({ kind: 'raised_to_normative', value, normative: floor })
  }

  if (limit !== null && better(direction, value, limit)) {
    const band = normative?.kind === 'band'
    if (band && lastApproved !== null && better(direction, lastApproved.value, limit)) {
      value = limit
      steps.push({ kind: 'band_below_target', value, normative: limit, target: lastApproved.value })
    } else if (!band && lastApproved !== null && better(direction, lastApproved.value, limit)) {
      if (value !== lastApproved.value) {
        value = lastApproved.value
        steps.push({ kind: 'kept_target_past_normative', value, normative: limit })
      }
    } else {
      value = limit
      steps.push({ kind: 'capped_normative', value, normative: limit, band })
    }
  }

  const bound = direction === 'lower_is_better' ? 0 : 100
  if (better(direction, value, bound)) {
    value = bound
    steps.push({ kind: 'capped_bound', value, bound })
  }
  // A percentage stays inside 0–100 whatever the direction (the targets table's check).
  value = Math.min(100, Math.max(0, value))
  return { value, insufficient, steps }
}

/**
 * Does a proposal make the target easier than the previous year's approved one? Lower than it
 * when higher is better, higher than it when lower is better. No previous target: never.
 */
export function isEasierThan(
  previousApproved: number | null,
  proposed: number,
  direction: Direction,
): boolean {
  if (previousApproved === null) return false
  return better(direction, previousApproved, proposed)
}

/** What a proposed or approved value is weaker than; both false: no justification needed. */
export interface Weakness {
  /** Weaker than the normative: below a minimum or a band's bottom, above a maximum. */
  normative: boolean
  /** Easier than the previous approved target (isEasierThan). */
  previous: boolean
}

/**
 * The guard on approval (issue 13): a value weaker than the normative or than the previous
 * approved target needs a written justification, from the proposer and from the chair.
 */
export function weaknessOf(input: {
  value: number
  direction: Direction
  normative: NormativeBound | null
  previousApproved: number | null
}): Weakness {
  const floor = normativeFloor(input.direction, input.normative)
  return {
    normative: floor !== null && better(input.direction, floor, input.value),
    previous: isEasierThan(input.previousApproved, input.value, input.direction),
  }
}

export const needsJustification = (w: Weakness) => w.normative || w.previous
