// The ranking's scale, zoomed to the data: the values and the reference (target or normative)
// decide the axis, widened to round 5-point steps and kept within 0–100 %, so that 87 % and
// 99.7 % are far apart instead of 17 px on a 0–100 axis. Pure: no I/O.

export interface Axis {
  low: number
  high: number
}

const STEP = 5
/** The narrowest axis drawn, in percentage points. */
const MIN_SPAN = 10

export function rankingAxis(values: readonly (number | null)[], reference: number | null): Axis {
  const all = [...values, reference].filter((v): v is number => v !== null && Number.isFinite(v))
  if (all.length === 0) return { low: 0, high: 100 }
  let low = Math.max(0, Math.floor(Math.min(...all) / STEP) * STEP - STEP)
  let high = Math.min(100, Math.ceil(Math.max(...all) / STEP) * STEP)
  // Too narrow: widen downwards first (the top is usually 100 %), then upwards.
  if (high - low < MIN_SPAN) {
    low = Math.max(0, high - MIN_SPAN)
    high = Math.min(100, low + MIN_SPAN)
  }
  return { low, high }
}

/** A value's place on the axis, in percent of the track (0–100), whatever its decimals. */
export function axisPosition(value: number, axis: Axis): number {
  const span = axis.high - axis.low
  if (span <= 0) return 0
  return Math.max(0, Math.min(100, ((value - axis.low) / span) * 100))
}

/** The reference line's place on the track, or null when there is none or it is off the axis. */
export function referenceLine(reference: number | null, axis: Axis): number | null {
  if (reference === null || reference < axis.low || reference > axis.high) return null
  return axisPosition(reference, axis)
}

export interface RankingReference {
  /** Where the line is drawn, in percent. */
  value: number
  kind: 'target' | 'normative'
  /** The normative as printed in the standard ("not less than 95 %"); the target's number otherwise. */
  printed: string
}

/**
 * What the ranking's line shows: the approved target when there is one (the status is judged
 * against it), else the normative — its bound (a band's lower end, as the status uses it).
 */
export function rankingReference(
  target: number | null,
  normative: { asPrinted: string; low: number | null; high: number | null } | null,
): RankingReference | null {
  if (target !== null) return { value: target, kind: 'target', printed: String(target) }
  const bound = normative ? (normative.low ?? normative.high) : null
  if (!normative || bound === null) return null
  return { value: bound, kind: 'normative', printed: normative.asPrinted }
}
