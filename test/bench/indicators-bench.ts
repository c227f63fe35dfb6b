// `npm run bench -- indicators [--scales 1000000,10000000] [--runs 7] [--keep]`
// On PostgreSQL (BENCH_DATABASE_URL, default the local server), fills a fresh database with
// synthetic cases from the demo generator (chunks with their own seeds, 2024–2025) up to each
// scale, then times the engine: the national set of one standard for a year (and for a year up to
// 17 June), one region's set with its 12 monthly points, the office table of a region, and the
// engine's queries of a region page and of the national overview, each set run together as the
// page runs it. Medians to docs/bench/indicators.json. BENCH_DB_NAME names another database
// (with --keep: an existing copy).
import { writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { analyze } from '../../db/queries/facts'
import { computeIndicators, computeMeasureCounts } from '../../app/indicators/engine.server'
import type { IndicatorQuery } from '../../app/indicators/types'
import { measureCounts } from '../../db/queries/indicators'
import { vacuumRollups } from '../../db/queries/rollups'
import { periodsOfYear } from '../../app/domain/periods'
import { fillTo, openBenchDb } from './bench-db'

interface Timing {
  medianMs: number
  minMs: number
  maxMs: number
  runs: number
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn() // warm-up: plans, caches
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    medianMs: round(samples[Math.floor(samples.length / 2)]!),
    minMs: round(samples[0]!),
    maxMs: round(samples[samples.length - 1]!),
    runs,
  }
}

async function tableCounts(db: Db) {
  const count = async (table: 'cases' | 'surveyResponses' | 'complaints' | 'rollupCasesDue') =>
    (
      await db
        .selectFrom(table as 'cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n
  return {
    cases: await count('cases'),
    surveyResponses: await count('surveyResponses'),
    complaints: await count('complaints'),
    rollupRowsByDeadline: await count('rollupCasesDue'),
  }
}

export async function indicatorsBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { scales: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'boolean' } },
  })
  const scales = (values.scales ?? '1000000,10000000').split(',').map(Number)
  const runs = Number(values.runs ?? 7)
  const log = (m: string) => console.log(`[bench] ${m}`)

  const db = await openBenchDb({ keep: values.keep ?? false })

  const year = 2025
  const asOf = '2025-12-31'
  const scenarios: [string, IndicatorQuery][] = [
    [
      'nationalOneStandardYear',
      { year, period: 'year', asOf, standard: 'private-farm-certificate' },
    ],
    [
      'nationalOneStandardYearTo17June',
      { year, period: 'year', asOf: `${year}-06-17`, standard: 'private-farm-certificate' },
    ],
    ['regionAllStandardsMonthly', { year, period: 'month', asOf, region: 'KZ-11' }],
    ['regionOfficeTable', { year, period: 'year', asOf, region: 'KZ-11', by: 'office' }],
    [
      'nationalByRegionOneStandard',
      { year, period: 'year', asOf, standard: 'private-farm-certificate', by: 'region' },
    ],
  ]
  // The engine's queries of one region page (app/dashboards/region-dashboard.server.ts) and of
  // the national overview (national-overview.server.ts), run together as the pages run them,
  // without the page memo: for the year over (as of 31 December) and for a year up to 17 June,
  // whose last month the rollups hold in part.
  const farm = 'private-farm-certificate'
  const channels = (
    await db
      .selectFrom('deadlineRules')
      .select('channel')
      .distinct()
      .where('standardId', '=', farm)
      .execute()
  ).map((r) => r.channel)
  const regionPage = (day: string) => {
    const before = `${year - 1}${day.slice(4)}`
    const q = { period: 'year' as const, standard: farm, region: 'KZ-11' }
    return () =>
      Promise.all([
        computeIndicators(db, { ...q, year, asOf: day }),
        computeIndicators(db, { ...q, year: year - 1, asOf: before }),
        computeIndicators(db, { ...q, year, asOf: day, period: 'month' }),
        computeIndicators(db, { ...q, year, asOf: day, by: 'district' }),
        computeIndicators(db, { ...q, year, asOf: day, by: 'office' }),
        ...channels.map((channel) => computeIndicators(db, { ...q, year, asOf: day, channel })),
      ])
  }
  const overviewPage = (day: string) => {
    const before = `${year - 1}${day.slice(4)}`
    const q = { year, period: 'year' as const, asOf: day }
    return () =>
      Promise.all([
        computeIndicators(db, q),
        computeIndicators(db, { ...q, by: 'region' }),
        computeMeasureCounts(db, q),
        computeMeasureCounts(db, { ...q, year: year - 1, asOf: before }),
        computeMeasureCounts(db, { ...q, period: 'month' }),
        computeMeasureCounts(db, {
          ...q,
          year: year - 1,
          asOf: `${year - 1}-12-31`,
          period: 'month',
        }),
      ])
  }
  const pageSets: [string, () => Promise<unknown>][] = [
    ['regionPageQueries', regionPage(asOf)],
    ['regionPageQueriesTo17June', regionPage(`${year}-06-17`)],
    ['overviewPageQueries', overviewPage(asOf)],
    ['overviewPageQueriesTo17June', overviewPage(`${year}-06-17`)],
  ]
  const results = []
  for (const scale of scales) {
    log(`filling to ${scale.toLocaleString('en')} cases…`)
    const fillStarted = Date.now()
    await fillTo(db, scale, log)
    await analyze(db)
    await vacuumRollups(db)
    const counts = await tableCounts(db)
    log(`filled in ${((Date.now() - fillStarted) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`)
    const timings: Record<string, Timing> = {}
    for (const [label, query] of scenarios) {
      timings[label] = await time(runs, () => computeIndicators(db, query))
      log(`  ${label}: median ${timings[label]!.medianMs} ms`)
    }
    for (const [label, run] of pageSets) {
      timings[label] = await time(runs, run)
      log(`  ${label}: median ${timings[label]!.medianMs} ms`)
    }
    // The same national figure from the base tables, for comparison (one standard, a year).
    const plain = await time(Math.min(runs, 3), () =>
      measureCounts(db, {
        year,
        granularity: 'year',
        periods: periodsOfYear(year, 'year', asOf),
        standardId: 'private-farm-certificate',
        source: 'plain',
      }),
    )
    log(`  plain computation (national, one standard, year): median ${plain.medianMs} ms`)
    results.push({ targetCases: scale, counts, timings, plainNationalOneStandardYear: plain })
  }
  await db.destroy()

  const out = {
    benchmark: 'indicators',
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    database: 'PostgreSQL (local server), engine reading the daily rollups (migration 0002)',
    goals: {
      nationalOneStandardYearMs: 1000,
      regionAllStandardsMonthlyMs: 300,
      atCases: 10_000_000,
    },
    results,
  }
  const file = path.resolve(import.meta.dirname, '../../docs/bench/indicators.json')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n')
  log(`written ${file}`)
}
