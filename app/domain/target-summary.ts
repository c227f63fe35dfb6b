// "Are the targets met?" for a scope and year: the indicators counted by the engine's statuses
// (app/domain/indicator-status.ts), for the one sentence the overview opens with. An indicator
// is counted once whatever its reference (an approved target, else the normative). Pure: no I/O.
import type { IndicatorStatus } from './indicator-status'

export interface TargetSummary {
  /** Every indicator in view. */
  total: number
  meets: number
  fails: number
  inconclusive: number
  /** No data, or too few survey answers to judge. */
  withoutData: number
  /** Neither a target nor a normative to compare with. */
  noReference: number
}

export function targetSummary(statuses: readonly IndicatorStatus[]): TargetSummary {
  const summary: TargetSummary = {
    total: statuses.length,
    meets: 0,
    fails: 0,
    inconclusive: 0,
    withoutData: 0,
    noReference: 0,
  }
  for (const status of statuses) {
    if (status === 'meets') summary.meets++
    else if (status === 'fails') summary.fails++
    else if (status === 'inconclusive') summary.inconclusive++
    else if (status === 'no_reference') summary.noReference++
    else summary.withoutData++
  }
  return summary
}
