// The scale benchmark's pure parts (test/bench/scale-figures.ts): the scales it is given, the
// median and p95 of a set of timings, the flatness of each figure from the smallest scale to the
// largest against the goal of 1.3×, the note that says which scales a file holds, and the shape of
// docs/bench/scale.json. Every expected number is worked out by hand in the comments.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  coverageNote,
  DEFAULT_SCALES,
  flatness,
  nationalGoal,
  parseScale,
  parseScales,
  percentile,
  scaleLabel,
  ScaleReport,
  summarize,
  type ScalePoint,
} from '../bench/scale-figures'

describe('scales', () => {
  it('reads M, k and plain numbers of cases', () => {
    expect(parseScale('1M')).toBe(1_000_000)
    expect(parseScale('20m')).toBe(20_000_000)
    expect(parseScale('200k')).toBe(200_000)
    expect(parseScale('2.5M')).toBe(2_500_000)
    expect(parseScale(' 1500000 ')).toBe(1_500_000)
  })

  it('refuses what is not a whole positive number of cases', () => {
    for (const bad of ['', 'M', '1G', '-1M', '0', '1.5', '0.0000001M', '1,5M', 'ten']) {
      expect(() => parseScale(bad), bad).toThrow()
    }
  })

  it('puts a list smallest first, since the data only grows, and refuses a scale given twice', () => {
    expect(parseScales('1M,5M,10M,20M')).toEqual([1e6, 5e6, 10e6, 20e6])
    expect(parseScales('20M,1M,200k')).toEqual([200_000, 1_000_000, 20_000_000])
    expect(() => parseScales('1M,1000000')).toThrow(/twice/)
    expect(() => parseScales(',')).toThrow(/no scale/)
  })

  it('labels a scale the way it is written', () => {
    expect(scaleLabel(1_000_000)).toBe('1M')
    expect(scaleLabel(2_500_000)).toBe('2.5M')
    expect(scaleLabel(200_000)).toBe('200k')
    expect(scaleLabel(1_234)).toBe('1234')
  })
})

describe('timings', () => {
  it('p95 is the nearest rank: of 20 samples the 19th, of 10 the 10th', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i) // 20, 19, …, 1 (unsorted)
    expect(percentile(twenty, 95)).toBe(19) // ceil(0.95 × 20) = 19th of 1…20
    const ten = [5, 1, 9, 3, 7, 2, 8, 4, 10, 6]
    expect(percentile(ten, 95)).toBe(10) // ceil(9.5) = 10th
    expect(percentile(ten, 50)).toBe(5) // ceil(5) = 5th
  })

  it('the median of an even count is the lower middle sample: a time that was measured', () => {
    // Sorted: 10, 20, 30, 40 → the 2nd; p95: ceil(3.8) = 4th → 40.
    expect(summarize([40, 10, 30, 20])).toEqual({
      medianMs: 20,
      p95Ms: 40,
      minMs: 10,
      maxMs: 40,
      runs: 4,
    })
    // Odd count: the middle one; rounded to a tenth of a millisecond.
    expect(summarize([1.26, 3.04, 2.15]).medianMs).toBe(2.2)
  })
})

function point(cases: number, figures: { national: number; page: number; import: number }) {
  const timing = (ms: number) => ({
    medianMs: ms,
    p95Ms: ms * 2,
    minMs: ms,
    maxMs: ms * 2,
    runs: 5,
  })
  return {
    targetCases: cases,
    counts: { cases, surveyResponses: Math.round(cases / 12), complaints: Math.round(cases / 140) },
    measuredAt: '2026-12-04T21:00:00.000Z',
    loadAverage: { before: [1, 1, 1], after: [2, 1.5, 1] },
    fillSeconds: 100,
    measureSeconds: 60,
    queries: { nationalOneStandardYear: timing(figures.national) },
    drillDownFirstPage: timing(50),
    regionPage: timing(figures.page),
    monthImport: {
      region: 'KZ-11',
      month: '2026-01',
      rows: 20_000,
      previewSeconds: 1,
      commitSeconds: figures.import - 1,
      wallSeconds: figures.import,
      rowsPerSecond: 20_000 / figures.import,
      undoSeconds: 1,
      alertsAloneSeconds: 0.5,
    },
    disk: {
      tablesMB: { cases: 300 },
      tableRows: { cases },
      factTablesMB: 300,
      rollupTablesMB: 100,
      databaseMB: 500,
      mbPerMillionCases: 400,
    },
  } satisfies ScalePoint
}

describe('flatness', () => {
  it('needs two scales', () => {
    expect(flatness([point(1e6, { national: 80, page: 300, import: 2 })])).toBeNull()
  })

  it('divides each figure at the largest scale by the same figure at the smallest, given in any order', () => {
    const result = flatness([
      point(20e6, { national: 100, page: 450, import: 2.5 }),
      point(1e6, { national: 80, page: 300, import: 2 }),
      point(5e6, { national: 999, page: 999, import: 99 }), // in between: not in the ratio
    ])!
    expect(result.fromCases).toBe(1e6)
    expect(result.toCases).toBe(20e6)
    expect(result.ratios).toEqual({
      nationalOneStandardYear: { ratio: 1.25, met: true }, // 100 / 80
      drillDownFirstPage: { ratio: 1, met: true }, // 50 / 50
      regionPage: { ratio: 1.5, met: false }, // 450 / 300
      monthImportWallSeconds: { ratio: 1.25, met: true }, // 2.5 / 2
    })
    expect(result.met).toBe(false)
  })

  it('1.3× exactly meets the goal', () => {
    const result = flatness([
      point(1e6, { national: 100, page: 100, import: 10 }),
      point(20e6, { national: 130, page: 130, import: 13 }),
    ])!
    expect(result.ratios.nationalOneStandardYear).toEqual({ ratio: 1.3, met: true })
    expect(result.met).toBe(true)
  })
})

describe('the national goal', () => {
  it('is judged at 10M only, on the median: 100 ms meets it, 100.1 ms does not', () => {
    expect(nationalGoal([point(1e6, { national: 40, page: 300, import: 2 })])).toBeNull()
    expect(nationalGoal([point(10e6, { national: 100, page: 300, import: 2 })])).toEqual({
      atCases: 10_000_000,
      medianMs: 100,
      p95Ms: 200, // the fixture's p95 is twice its median
      goalMs: 100,
      met: true,
    })
    expect(nationalGoal([point(10e6, { national: 100.1, page: 300, import: 2 })])?.met).toBe(false)
  })
})

describe('scale.json', () => {
  const report = (points: ScalePoint[]) => ({
    benchmark: 'scale',
    date: '2026-12-04T21:30:00.000Z',
    note: coverageNote(
      points.map((p) => p.targetCases),
      [1e6, 5e6, 10e6, 20e6],
    ),
    machine: {
      cpus: 2,
      cpuModel: 'AMD EPYC',
      memoryGiB: 24,
      node: 'v20.20.0',
      loadAverage: [3, 2, 1],
    },
    database: 'PostgreSQL 15.20, database sapa_bench',
    settings: {
      scalesAsked: [1e6],
      runs: 5,
      year: 2025,
      region: 'KZ-11',
      office: 'X',
      standard: 'private-farm-certificate',
    },
    goals: { flatnessRatio: 1.3, nationalOneStandardYearMs: 100, atCases: 10_000_000 },
    points,
    flatness: flatness(points),
    nationalGoal: nationalGoal(points),
  })

  it('a file of 1M alone says plainly that the 5M–20M points are not measured', () => {
    const one = report([point(1e6, { national: 80, page: 300, import: 2 })])
    expect(one.note).toBe(
      'Holds the points at 1M cases only; the 5M, 10M, 20M points are NOT measured, so this is not the curve.',
    )
    expect(ScaleReport.parse(one).flatness).toBeNull()
  })

  it('a file of the whole curve says so, and carries its flatness', () => {
    const all = report(
      [1e6, 5e6, 10e6, 20e6].map((n) => point(n, { national: 80, page: 300, import: 2 })),
    )
    expect(all.note).toBe(
      'Holds the points at 1M, 5M, 10M, 20M cases: the whole curve of 1M, 5M, 10M, 20M.',
    )
    expect(ScaleReport.parse(all).flatness?.met).toBe(true)
  })

  it('refuses a file without a note, with a malformed month or with a p95 missing', () => {
    const good = report([point(1e6, { national: 80, page: 300, import: 2 })])
    expect(() => ScaleReport.parse({ ...good, note: '' })).toThrow()
    const badMonth = structuredClone(good)
    badMonth.points[0]!.monthImport.month = '2026-1'
    expect(() => ScaleReport.parse(badMonth)).toThrow()
    const noP95 = structuredClone(good) as { points: { regionPage: Record<string, unknown> }[] }
    delete noP95.points[0]!.regionPage.p95Ms
    expect(() => ScaleReport.parse(noP95)).toThrow()
  })
})

describe('the committed docs/bench/scale.json', () => {
  const file = path.resolve(import.meta.dirname, '../../docs/bench/scale.json')
  it.runIf(existsSync(file))(
    'has the shape the bench writes, and its note names every point of the curve it lacks',
    () => {
      const report = ScaleReport.parse(JSON.parse(readFileSync(file, 'utf8')))
      const measured = report.points.map((p) => p.targetCases)
      expect(report.note.startsWith(coverageNote(measured, parseScales(DEFAULT_SCALES)))).toBe(true)
      expect(report.flatness).toEqual(flatness(report.points))
      expect(report.nationalGoal).toEqual(nationalGoal(report.points))
    },
  )
})
