// The suggested next-year target of an indicator (issue 5, decision 0008) and the "easier than
// last year" flag. Pure: the page passes this year's value, approved target and the normative.
// Every step that shaped the number is returned, so that the page can show the method.
import { round2 } from './indicator-status'

export type Direction = 'higher_is_better' | 'lower_is_better'

export interface NormativeBound {
  kind: 'min' | 'max' | 'band'
  low: number | null
  high: number | null
}

export interface SuggestionInput {
  direction: Direction
  /** This year's measured value in percent (null: no data). */
  current: number | null
  /**
   * The value rests on too few survey answers to build on (status insufficient_data, docs/domain.md
   * §6): the suggestion then starts as if there were no data.
   */
  insufficient?: boolean
  /** This year's approved target in force (the region's own, else the national one). */
  currentTarget: number | null
  normative: NormativeBound | null
}

/** Why this year's value was not the start: none measured, or too few answers. */
export type NoValueReason = 'no_data' | 'insufficient_data'

/** One step of the method, in the order it was applied; `value` is the suggestion after it. */
export type SuggestionStep =
  | { kind: 'start_current'; value: number }
  | { kind: 'start_target'; value: number; reason: NoValueReason }
  | { kind: 'start_normative'; value: number; reason: NoValueReason }
  | { kind: 'kept_target'; value: number; target: number }
  | { kind: 'capped_normative'; value: number; normative: number; band: boolean }
  | { kind: 'kept_target_past_normative'; value: number; normative: number }
  | { kind: 'capped_bound'; value: number; bound: 0 | 100 }

export interface Suggestion {
  /** Percent, 2 decimals; null when there is nothing to start from. */
  value: number | null
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
 * The suggested target for next year:
 *  1. start from this year's value (no data, or too few survey answers to build on: this year's
 *     target; none: the normative);
 *  2. never easier than this year's approved target (below it, or above it when lower is better);
 *  3. never past the normative (band-aware: the far end of a band), unless this year's approved
 *     target is already past it — then that target stands (rule 2 wins: a suggestion is never a
 *     step back);
 *  4. never past the physical bound: 100 % when higher is better, 0 % when lower is better.
 */
export function suggestTarget(input: SuggestionInput): Suggestion {
  const { direction, currentTarget, normative } = input
  const current = input.insufficient ? null : input.current
  const reason: NoValueReason =
    input.insufficient && input.current !== null ? 'insufficient_data' : 'no_data'
  const limit = normativeLimit(direction, normative)
  const steps: SuggestionStep[] = []
  let value: number
  if (current !== null) {
    value = round2(current)
    steps.push({ kind: 'start_current', value })
  } else if (currentTarget !== null) {
    value = currentTarget
    steps.push({ kind: 'start_target', value, reason })
  } else if (limit !== null) {
    value = limit
    steps.push({ kind: 'start_normative', value, reason })
  } else {
    return { value: null, steps }
  }

  if (currentTarget !== null && better(direction, currentTarget, value)) {
    value = currentTarget
    steps.push({ kind: 'kept_target', value, target: currentTarget })
  }

  if (limit !== null && better(direction, value, limit)) {
    if (currentTarget !== null && better(direction, currentTarget, limit)) {
      if (value !== currentTarget) {
        value = currentTarget
        steps.push({ kind: 'kept_target_past_normative', value, normative: limit })
      }
    } else {
      value = limit
      steps.push({
        kind: 'capped_normative',
        value,
        normative: limit,
        band: normative?.kind === 'band',
      })
    }
  }

  const bound = direction === 'lower_is_better' ? 0 : 100
  if (better(direction, value, bound)) {
    value = bound
    steps.push({ kind: 'capped_bound', value, bound })
  }
  // A percentage stays inside 0–100 whatever the direction (the targets table's check).
  value = Math.min(100, Math.max(0, value))
  return { value, steps }
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
