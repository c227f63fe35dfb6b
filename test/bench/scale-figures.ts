// The pure parts of the scale benchmark (`npm run bench -- scale`, scale-bench.ts): the list of
// scales it is given (`1M,5M,10M,20M`, `200k`, `1500000`), the summary of a set of timings
// (median and nearest-rank p95), the flatness of each figure from the smallest scale measured to
// the largest (issue 17, point 3: ≤ 1.3× from 1M to 20M), and the shape of docs/bench/scale.json.
import { z } from 'zod'

/** The curve issue 17 asks for: 1M, 5M, 10M and 20M cases. */
export const DEFAULT_SCALES = '1M,5M,10M,20M'

/** Flatness goal: a figure at the largest scale is at most this many times its value at 1M. */
export const FLATNESS_GOAL = 1.3

/** The national set of one standard for a year answers in ≤ 100 ms at 10M cases. */
export const NATIONAL_GOAL = { ms: 100, atCases: 10_000_000 } as const

const SUFFIX: Record<string, number> = { '': 1, k: 1_000, m: 1_000_000 }

/** One scale: `20M`, `200k`, `2.5M` or a plain number of cases; a positive whole number. */
export function parseScale(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim())
  if (!m) throw new Error(`not a scale: "${text}" (write e.g. 1M, 200k or 1500000)`)
  const cases = Number(m[1]) * SUFFIX[m[2]!.toLowerCase()]!
  if (!Number.isInteger(cases) || cases <= 0) {
    throw new Error(`not a whole positive number of cases: "${text}"`)
  }
  return cases
}

/** A comma-separated list of scales, smallest first (the data only grows); no scale twice. */
export function parseScales(text: string): number[] {
  const scales = text
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(parseScale)
  if (scales.length === 0) throw new Error('no scale given')
  const sorted = [...scales].sort((a, b) => a - b)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new Error(`scale ${scaleLabel(sorted[i]!)} given twice`)
  }
  return sorted
}

/** 1000000 → `1M`, 200000 → `200k`, 2500000 → `2.5M`, 1234 → `1234`. */
export function scaleLabel(cases: number): string {
  if (cases >= 1_000_000 && cases % 100_000 === 0) return `${cases / 1_000_000}M`
  if (cases >= 1_000 && cases % 1_000 === 0) return `${cases / 1_000}k`
  return String(cases)
}

const round1 = (x: number) => Math.round(x * 10) / 10

/** The q-th percentile (0–100) of samples, nearest rank. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((q / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export const Timing = z.object({
  medianMs: z.number().nonnegative(),
  p95Ms: z.number().nonnegative(),
  minMs: z.number().nonnegative(),
  maxMs: z.number().nonnegative(),
  runs: z.number().int().positive(),
})
export type Timing = z.infer<typeof Timing>

/** Median (the lower middle of an even count: a sample that was measured), p95, min and max. */
export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    medianMs: round1(sorted[Math.floor((sorted.length - 1) / 2)]!),
    p95Ms: round1(percentile(sorted, 95)),
    minMs: round1(sorted[0]!),
    maxMs: round1(sorted[sorted.length - 1]!),
    runs: sorted.length,
  }
}

const Megabytes = z.number().nonnegative()

export const ScalePoint = z.object({
  /** The scale asked for, and the cases the database held when it was measured. */
  targetCases: z.number().int().positive(),
  counts: z.object({
    cases: z.number().int().nonnegative(),
    surveyResponses: z.number().int().nonnegative(),
    complaints: z.number().int().nonnegative(),
  }),
  measuredAt: z.string().datetime(),
  /** 1-, 5- and 15-minute load averages before and after measuring this scale. */
  loadAverage: z.object({
    before: z.array(z.number()).length(3),
    after: z.array(z.number()).length(3),
  }),
  fillSeconds: z.number().nonnegative(),
  measureSeconds: z.number().nonnegative(),
  /** The engine's queries (computeIndicators, no cache). */
  queries: z.record(z.string(), Timing),
  /** The drill-down's first page (counts and the first 50 cases), cache cleared before each run. */
  drillDownFirstPage: Timing,
  /** The region page's loader (regionDashboard), cache cleared before each run. */
  regionPage: Timing,
  monthImport: z.object({
    region: z.string(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    rows: z.number().int().positive(),
    previewSeconds: z.number().nonnegative(),
    commitSeconds: z.number().nonnegative(),
    wallSeconds: z.number().positive(),
    rowsPerSecond: z.number().nonnegative(),
    /** The undo, which evaluates the alert rules again as the product does. */
    undoSeconds: z.number().nonnegative(),
    /** The alert evaluation the commit ends with, run once more alone: its share of the commit. */
    alertsAloneSeconds: z.number().nonnegative(),
  }),
  disk: z.object({
    /** pg_total_relation_size (heap, indexes, TOAST; partitions summed), MB of 1,048,576 bytes. */
    tablesMB: z.record(z.string(), Megabytes),
    /** The rows of the same tables. */
    tableRows: z.record(z.string(), z.number().int().nonnegative()),
    factTablesMB: Megabytes,
    rollupTablesMB: Megabytes,
    databaseMB: Megabytes,
    /** The fact and rollup tables together, per million cases held. */
    mbPerMillionCases: Megabytes,
  }),
})
export type ScalePoint = z.infer<typeof ScalePoint>

const Flatness = z.object({
  fromCases: z.number().int().positive(),
  toCases: z.number().int().positive(),
  goal: z.literal(FLATNESS_GOAL),
  /** Per figure: its value at the largest scale / at the smallest (medians; import wall time). */
  ratios: z.record(z.string(), z.object({ ratio: z.number(), met: z.boolean() })),
  met: z.boolean(),
})

const NationalGoal = z.object({
  atCases: z.literal(NATIONAL_GOAL.atCases),
  medianMs: z.number().nonnegative(),
  p95Ms: z.number().nonnegative(),
  goalMs: z.literal(NATIONAL_GOAL.ms),
  met: z.boolean(),
})

/** The national set of one standard for a year at 10M cases, its median against 100 ms. */
export function nationalGoal(points: readonly ScalePoint[]): z.infer<typeof NationalGoal> | null {
  const timing = points.find((p) => p.targetCases === NATIONAL_GOAL.atCases)?.queries
    .nationalOneStandardYear
  if (!timing) return null
  return {
    atCases: NATIONAL_GOAL.atCases,
    medianMs: timing.medianMs,
    p95Ms: timing.p95Ms,
    goalMs: NATIONAL_GOAL.ms,
    met: timing.medianMs <= NATIONAL_GOAL.ms,
  }
}

export const ScaleReport = z.object({
  benchmark: z.literal('scale'),
  date: z.string().datetime(),
  /** Which scales the file holds and which of the curve are not measured, in words. */
  note: z.string().min(1),
  machine: z.object({
    cpus: z.number().int().positive(),
    cpuModel: z.string(),
    memoryGiB: z.number().nonnegative(),
    node: z.string(),
    loadAverage: z.array(z.number()).length(3),
  }),
  database: z.string(),
  settings: z.object({
    scalesAsked: z.array(z.number().int().positive()).min(1),
    runs: z.number().int().positive(),
    year: z.number().int(),
    region: z.string(),
    office: z.string(),
    standard: z.string(),
  }),
  goals: z.object({
    flatnessRatio: z.literal(FLATNESS_GOAL),
    nationalOneStandardYearMs: z.literal(NATIONAL_GOAL.ms),
    atCases: z.literal(NATIONAL_GOAL.atCases),
  }),
  points: z.array(ScalePoint),
  /** Null until two scales are measured. */
  flatness: Flatness.nullable(),
  /** The national set of one standard for a year at 10M against its goal; null without 10M. */
  nationalGoal: NationalGoal.nullable(),
})
export type ScaleReport = z.infer<typeof ScaleReport>

/**
 * The figures whose flatness counts: each query's, the drill-down's and the region page's median,
 * and the month import's wall time (a time, like the others: higher is worse).
 */
export function flatFigures(point: ScalePoint): Record<string, number> {
  const figures: Record<string, number> = {}
  for (const [name, timing] of Object.entries(point.queries)) figures[name] = timing.medianMs
  figures.drillDownFirstPage = point.drillDownFirstPage.medianMs
  figures.regionPage = point.regionPage.medianMs
  figures.monthImportWallSeconds = point.monthImport.wallSeconds
  return figures
}

/** Each figure at the largest scale over the same figure at the smallest; null below 2 scales. */
export function flatness(points: readonly ScalePoint[]): z.infer<typeof Flatness> | null {
  if (points.length < 2) return null
  const byScale = [...points].sort((a, b) => a.targetCases - b.targetCases)
  const first = byScale[0]!
  const last = byScale[byScale.length - 1]!
  const from = flatFigures(first)
  const to = flatFigures(last)
  const ratios: Record<string, { ratio: number; met: boolean }> = {}
  for (const [name, base] of Object.entries(from)) {
    const value = to[name]
    if (value === undefined || base <= 0) continue
    const ratio = Math.round((value / base) * 100) / 100
    ratios[name] = { ratio, met: ratio <= FLATNESS_GOAL }
  }
  return {
    fromCases: first.targetCases,
    toCases: last.targetCases,
    goal: FLATNESS_GOAL,
    ratios,
    met: Object.values(ratios).every((r) => r.met),
  }
}

/** The note's first sentence: which scales the file holds and which of the curve it lacks. */
export function coverageNote(measured: readonly number[], curve: readonly number[]): string {
  const held = measured.map(scaleLabel).join(', ')
  const missing = curve.filter((c) => !measured.includes(c)).map(scaleLabel)
  return missing.length === 0
    ? `Holds the points at ${held} cases: the whole curve of ${curve.map(scaleLabel).join(', ')}.`
    : `Holds the points at ${held} cases only; the ${missing.join(', ')} points are NOT measured, so this is not the curve.`
}
