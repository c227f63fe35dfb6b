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
