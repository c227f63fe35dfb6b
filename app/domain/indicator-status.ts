// An indicator's value and status from its counts, target and normative (docs/domain.md §6,
// decision 0004): the one place a percentage is computed and judged.
import { isSurveyMeasure, MIN_SURVEY_ANSWERS, type MeasureSlug } from './measures'
import { wilsonInterval } from './wilson'

export type IndicatorStatus =
  'meets' | 'fails' | 'inconclusive' | 'insufficient_data' | 'no_data' | 'no_reference'

export interface Normative {
  kind: 'min' | 'max' | 'band'
  low: number | null
  high: number | null
}

export interface Judgement {
  /** Percent, rounded to 2 decimals; null when the denominator is 0. */
  value: number | null
  ciLow: number | null
  ciHigh: number | null
  status: IndicatorStatus
  /** What the value was judged against. */
  reference: 'target' | 'normative' | null
}

export interface JudgeInput {
  measure: MeasureSlug
  direction: 'higher_is_better' | 'lower_is_better'
  numerator: number
  denominator: number
  target: number | null
  normative: Normative | null
}

export const round2 = (x: number) => Math.round(x * 100) / 100

/** Does a percentage meet the reference? Exact values, no rounding. */
export function meetsReference(
  percent: number,
  direction: JudgeInput['direction'],
  target: number | null,
  normative: Normative | null,
): boolean {
  if (target !== null)
    return direction === 'lower_is_better' ? percent <= target : percent >= target
  if (!normative) throw new Error('meetsReference() needs a reference')
  switch (normative.kind) {
    case 'min':
      return percent >= normative.low!
    case 'max':
      return percent <= normative.high!
    case 'band':
      // A band 40-50: below 40 fails; within or above it meets (docs/domain.md §6).
      return percent >= normative.low!
  }
}

/**
 * The one number a status is decided against (docs/domain.md §6): the target when one is
 * approved, else the normative's bound — its minimum, its maximum, or a band's lower edge (a band
 * is met from its lower edge up). Null: nothing to judge against.
 */
export function statusThreshold(
  target: number | null,
  normative: Pick<Normative, 'kind' | 'low' | 'high'> | null,
): number | null {
  if (target !== null) return target
  if (!normative) return null
  return normative.kind === 'max' ? normative.high : normative.low
}

/** Decimals of a percentage as Sapa writes it: one (docs/domain.md §12, decision 0029). */
export const PERCENT_DIGITS = 1
/** Decimals of a percentage whose rounding to one decimal would hide its status. */
export const DECIDING_DIGITS = 2

/**
 * Decimals of a target or normative bound itself: one, two when it has a second (a target
 * approved as 92.25 is the threshold; "92,3 %" would misstate it).
 */
export function referenceDigits(value: number): 1 | 2 {
  return Math.round(value * 100) % 10 === 0 ? PERCENT_DIGITS : DECIDING_DIGITS
}

/**
 * How many decimals a percentage is written with: one, and two only where the second decides
 * the status — when the value lies within half a tenth (0.05 points, the distance one-decimal
 * rounding moves a value) of the threshold it is judged against without being equal to it, so
 * that 99.95 against 100 reads "99,95 %", not a "100,0 %" that fails.
 */
export function percentDigits(value: number, threshold: number | null | undefined): 1 | 2 {
  if (threshold === null || threshold === undefined || value === threshold) return PERCENT_DIGITS
  // The slack absorbs binary fractions: 100 − 99.95 is 0.04999999999999716.
  return Math.abs(value - threshold) <= 0.05 + 1e-9 ? DECIDING_DIGITS : PERCENT_DIGITS
}

export function judgeIndicator(input: JudgeInput): Judgement {
  const { numerator, denominator, target, normative, direction } = input
  const survey = isSurveyMeasure(input.measure)
  if (denominator === 0) {
    return { value: null, ciLow: null, ciHigh: null, status: 'no_data', reference: null }
  }
  const percent = (100 * numerator) / denominator
  const interval = survey ? wilsonInterval(numerator, denominator) : null
  const ciLow = interval ? round2(interval.low * 100) : null
  const ciHigh = interval ? round2(interval.high * 100) : null
  const value = round2(percent)
  const reference: Judgement['reference'] =
    target !== null ? 'target' : normative ? 'normative' : null
  const base = { value, ciLow, ciHigh, reference }
  if (survey && denominator < MIN_SURVEY_ANSWERS) return { ...base, status: 'insufficient_data' }
  if (reference === null) return { ...base, status: 'no_reference' }
  if (meetsReference(percent, direction, target, normative)) return { ...base, status: 'meets' }
  if (interval) {
    // The interval still reaching the reference: the miss may be sampling noise.
    const bound = direction === 'lower_is_better' ? interval.low * 100 : interval.high * 100
    if (meetsReference(bound, direction, target, normative))
      return { ...base, status: 'inconclusive' }
  }
  return { ...base, status: 'fails' }
}
