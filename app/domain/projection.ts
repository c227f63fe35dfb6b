// Where the current year lands: an indicator's projected year-end value, its 80 % interval and a
// verdict against the approved target (or the normative), from the monthly counts the engine
// computes (docs/domain.md §9, decision 0026). Pure: counts in, numbers out.
import { meetsReference, type Normative } from './indicator-status'

/** The 80 % two-sided normal quantile. */
export const Z_80 = 1.281552

/** Before this many elapsed months of the year a projection is "too early". */
export const MIN_PROJECTION_MONTHS = 3
/** Before this many cases (answers, complaints) in the year to date, "too early" too. */
export const MIN_PROJECTION_CASES = 30

export type ProjectionVerdict = 'on_track' | 'at_risk' | 'off_track' | 'too_early' | 'no_reference'

export interface MonthCounts {
  numerator: number
  denominator: number
}

export interface ProjectionInput {
  direction: 'higher_is_better' | 'lower_is_better'
  /** The approved target of the year, percent; it wins over the normative. */
  target: number | null
  normative: Normative | null
  /** This year's months from January up to the one containing the cut (index 0 = January). */
  months: MonthCounts[]
  /** The elapsed share of the last listed month: 1 at a month end. */
  lastMonthElapsed: number
  /** Earlier years with data, each with its twelve months (January first). */
  history: MonthCounts[][]
}

export interface Projection {
  /** Percent, 2 decimals; null when the year to date has no cases. */
  value: number | null
  /** The 80 % interval, percent, 2 decimals. */
  low: number | null
  high: number | null
  verdict: ProjectionVerdict
  /** Months of the year elapsed at the cut (a partial month counts by its elapsed share). */
  elapsedMonths: number
  /** Cases expected in the rest of the year. */
  expectedRemaining: number
  /** Where the remaining months' volume and rate came from. */
  basis: 'earlier_years' | 'year_to_date'
  /** The beta-binomial intra-month correlation used (0: plain binomial). */
  overdispersion: number
}

const round2 = (x: number) => Math.round(x * 100) / 100
const clamp01 = (x: number) => Math.min(1, Math.max(0, x))
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

/** Weight of month j (0-based) in the year to date: 1 before the cut, the elapsed share at it. */
function ytdWeights(monthsListed: number, lastMonthElapsed: number): number[] {
  return Array.from({ length: 12 }, (_, j) =>
    j < monthsListed - 1 ? 1 : j === monthsListed - 1 ? clamp01(lastMonthElapsed) : 0,
  )
}

/**
 * The beta-binomial intra-class correlation ρ of the months of earlier years, by the method of
 * moments: each month's Pearson X² = (N − D·p)² / (D·p·(1 − p)) around its year's rate p has
 * expectation 1 + (D − 1)·ρ, so ρ = (ΣX² − (cells − years)) / Σ(D − 1), floored at 0.
 * No usable history: 0 (binomial).
 */
export function estimateOverdispersion(history: MonthCounts[][]): number {
  let chi2 = 0
  let cells = 0
  let years = 0
  let weight = 0
  for (const year of history) {
    const n = sum(year.map((m) => m.numerator))
    const d = sum(year.map((m) => m.denominator))
    if (d === 0 || n === 0 || n === d) continue
    const p = n / d
    const used = year.filter((m) => m.denominator > 0)
    if (used.length < 2) continue
    years++
    for (const m of used) {
      chi2 += (m.numerator - m.denominator * p) ** 2 / (m.denominator * p * (1 - p))
      cells++
      weight += m.denominator - 1
    }
  }
  if (years === 0 || weight <= 0) return 0
  return Math.max(0, (chi2 - (cells - years)) / weight)
}

/** Does a percentage meet the target, or the normative when no target applies? */
function meets(percent: number, input: ProjectionInput): boolean {
  return meetsReference(percent, input.direction, input.target, input.normative)
}

export function projectYearEnd(input: ProjectionInput): Projection {
  const w = ytdWeights(input.months.length, input.lastMonthElapsed)
  const elapsed = sum(w)
  const ny = sum(input.months.map((m) => m.numerator))
  const dy = sum(input.months.map((m) => m.denominator))
  const rho = estimateOverdispersion(input.history)
  const tooEarly = elapsed < MIN_PROJECTION_MONTHS || dy < MIN_PROJECTION_CASES
  const hasReference = input.target !== null || input.normative !== null

  // History pooled over the earlier years: the year-to-date months (H_Y, G_Y) and the rest,
  // month by month (H_k, G_k).
  const hY = sum(input.history.flatMap((y) => y.map((m, j) => w[j]! * m.denominator)))
  const gY = sum(input.history.flatMap((y) => y.map((m, j) => w[j]! * m.numerator)))
  const hK = w.map((wj, j) => (1 - wj) * sum(input.history.map((y) => y[j]?.denominator ?? 0)))
  const gK = w.map((wj, j) => (1 - wj) * sum(input.history.map((y) => y[j]?.numerator ?? 0)))
  const hR = sum(hK)
  const seasonal = hY > 0 && hR > 0

  if (dy === 0 || elapsed === 0) {
    return {
      value: null,
      low: null,
      high: null,
      verdict: 'too_early',
      elapsedMonths: elapsed,
      expectedRemaining: 0,
      basis: seasonal ? 'earlier_years' : 'year_to_date',
      overdispersion: rho,
    }
  }

  const py = ny / dy
  // Remaining months' volume: this year's volume scaled by the earlier years' month shares, or
  // this year's mean monthly volume.
  const dK = seasonal ? hK.map((h) => (dy * h) / hY) : w.map((wj) => ((1 - wj) * dy) / elapsed)
  const dR = sum(dK)
  // Remaining months' rate: this year's rate, shifted by the earlier years' difference between
  // the rest of the year and the same months to date.
  const pR = seasonal ? clamp01(py + sum(gK) / hR - gY / hY) : py

  const total = dy + dR
  const projected = (ny + pR * dR) / total

  // Variance of the year-end count: the rest of the year's cases (beta-binomial month by month)
  // and the uncertainty of the rate they are drawn at (estimated from this year's months, with
  // the same overdispersion, and the earlier years' shift). p̃ keeps a 0 % or 100 % year to date from giving a zero width.
  const pv = (ny + 0.5) / (dy + 1)
  const pq = pv * (1 - pv)
  const process = pq * sum(dK.map((d) => d * (1 + Math.max(0, d - 1) * rho)))
  const rateVariance =
    (pq *
      sum(input.months.map((m) => m.denominator * (1 + Math.max(0, m.denominator - 1) * rho)))) /
    (dy * dy)
  // With earlier years, the shift of the rate is itself estimated from their counts: its
  // binomial variance p̃q̃·(1/H_R + 1/H_Y) adds to the rate's.
  const shiftVariance = seasonal ? pq * (1 / hR + 1 / hY) : 0
  const sd = Math.sqrt(process + dR * dR * (rateVariance + shiftVariance)) / total
  const low = clamp01(projected - Z_80 * sd)
  const high = clamp01(projected + Z_80 * sd)

  let verdict: ProjectionVerdict
  if (tooEarly) verdict = 'too_early'
  else if (!hasReference) verdict = 'no_reference'
  else {
    const lowMeets = meets(low * 100, input)
    const highMeets = meets(high * 100, input)
    verdict = lowMeets && highMeets ? 'on_track' : !lowMeets && !highMeets ? 'off_track' : 'at_risk'
  }
  return {
    value: round2(projected * 100),
    low: round2(low * 100),
    high: round2(high * 100),
    verdict,
    elapsedMonths: elapsed,
    expectedRemaining: dR,
    basis: seasonal ? 'earlier_years' : 'year_to_date',
    overdispersion: rho,
  }
}

/**
 * A state rather than a flow — the share of offices that publish the standard's information
 * online is counted for the whole year, not month by month: its year-end value is today's, with
 * no interval to add.
 */
export function projectState(
  input: Pick<ProjectionInput, 'direction' | 'target' | 'normative'> & MonthCounts,
): Projection {
  const base = {
    elapsedMonths: 0,
    expectedRemaining: 0,
    basis: 'year_to_date' as const,
    overdispersion: 0,
  }
  if (input.denominator === 0)
    return { ...base, value: null, low: null, high: null, verdict: 'too_early' }
  const percent = (100 * input.numerator) / input.denominator
  const value = round2(percent)
  const verdict: ProjectionVerdict =
    input.target === null && input.normative === null
      ? 'no_reference'
      : meetsReference(percent, input.direction, input.target, input.normative)
        ? 'on_track'
        : 'off_track'
  return { ...base, value, low: value, high: value, verdict }
}
