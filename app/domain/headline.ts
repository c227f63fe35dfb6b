// The national overview's headline figures from the engine's counts (docs/domain.md §3), summed
// over the standards in view — each case, answer and complaint weighs the same:
//   cases served        = cases completed (issued or refused) in the period: the denominator of
//                         `justified_complaint_rate` (4.1), "consumers served";
//   share on time       = Σ numerators / Σ denominators of `on_time` (1.1);
//   satisfaction        = Σ satisfied / Σ answered of `satisfied_process` (2.1);
//   justified complaints = justified complaints received in the period: the numerator of
//                         `justified_complaint_rate`, also shown per 100 cases served.
// Each with its change from the same period of the previous year (app/domain/reporting-period.ts).
// Pure: no I/O.
import { round2 } from './indicator-status'

/** One engine count row (db/queries/indicators.ts MeasureCountRow, the fields used here). */
export interface MeasureCount {
  measure: string
  numerator: number
  denominator: number
}

export interface HeadlineCounts {
  served: number
  onTime: { numerator: number; denominator: number }
  satisfied: { numerator: number; denominator: number }
  justifiedComplaints: number
}

export function headlineCounts(rows: readonly MeasureCount[]): HeadlineCounts {
  const sum = (measure: string) => {
    let numerator = 0
    let denominator = 0
    for (const r of rows) {
      if (r.measure !== measure) continue
      numerator += r.numerator
      denominator += r.denominator
    }
    return { numerator, denominator }
  }
  const complaints = sum('justified_complaint_rate')
  return {
    served: complaints.denominator,
    onTime: sum('on_time'),
    satisfied: sum('satisfied_process'),
    justifiedComplaints: complaints.numerator,
  }
}

/** Percent rounded to 2 decimals, as the engine rounds; null when nothing was counted. */
export function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : round2((100 * numerator) / denominator)
}

export type HeadlineKey = 'served' | 'onTime' | 'satisfaction' | 'complaints'

export interface HeadlineFigure {
  key: HeadlineKey
  /** A count (served, complaints) or a percentage (on time, satisfaction); null: no data. */
  value: number | null
  unit: 'count' | 'percent'
  numerator: number
  denominator: number
  /** Complaints only: justified complaints per 100 cases served. */
  rate: number | null
  previous: number | null
  /** value − previous: a count, or percentage points (2 decimals); null when either is missing. */
  change: number | null
}

function figure(
  key: HeadlineKey,
  unit: HeadlineFigure['unit'],
  now: { value: number | null; numerator: number; denominator: number; rate?: number | null },
  previous: number | null,
): HeadlineFigure {
  const change =
    now.value === null || previous === null
      ? null
      : unit === 'percent'
        ? round2(now.value - previous)
        : now.value - previous
  return {
    key,
    unit,
    value: now.value,
    numerator: now.numerator,
    denominator: now.denominator,
    rate: now.rate ?? null,
    previous,
    change,
  }
}

/**
 * The four cards. A count with nothing behind it is "no data" too: no case served and no
 * complaint register means nothing was loaded for the period, not zero.
 */
export function headlineFigures(now: HeadlineCounts, before: HeadlineCounts): HeadlineFigure[] {
  const count = (c: HeadlineCounts, n: number) =>
    c.served > 0 || c.justifiedComplaints > 0 ? n : null
  return [
    figure(
      'served',
      'count',
      { value: count(now, now.served), numerator: now.served, denominator: now.served },
      count(before, before.served),
    ),
    figure(
      'onTime',
      'percent',
      { value: share(now.onTime.numerator, now.onTime.denominator), ...now.onTime },
      share(before.onTime.numerator, before.onTime.denominator),
    ),
    figure(
      'satisfaction',
      'percent',
      { value: share(now.satisfied.numerator, now.satisfied.denominator), ...now.satisfied },
      share(before.satisfied.numerator, before.satisfied.denominator),
    ),
    figure(
      'complaints',
      'count',
      {
        value: count(now, now.justifiedComplaints),
        numerator: now.justifiedComplaints,
        denominator: now.served,
        rate: share(now.justifiedComplaints, now.served),
      },
      count(before, before.justifiedComplaints),
    ),
  ]
}

/**
 * The headline counts month by month: `months` ('YYYY-MM', oldest first) from the engine's
 * monthly count rows (periodStart 'YYYY-MM-01'); a month without rows counts zero.
 */
export function headlineCountsByMonth(
  rows: readonly (MeasureCount & { periodStart: string })[],
  months: readonly string[],
): HeadlineCounts[] {
  const byMonth = new Map<string, MeasureCount[]>()
  for (const r of rows) {
    const month = r.periodStart.slice(0, 7)
    byMonth.set(month, [...(byMonth.get(month) ?? []), r])
  }
  return months.map((m) => headlineCounts(byMonth.get(m) ?? []))
}

/** The `count` months ending with `last` ('YYYY-MM'), oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number]
  const months: string[] = []
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`)
  }
  return months
}
