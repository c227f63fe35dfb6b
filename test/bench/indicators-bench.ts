// `npm run bench -- indicators [--scales 1000000,10000000] [--runs 7] [--keep]`
// On PostgreSQL (BENCH_DATABASE_URL, default the local server), fills a fresh database with
// synthetic cases from the demo generator (chunks with their own seeds, 2024–2025) up to each
// scale, then times the engine: the national set of one standard for a year, one region's set
// with its 12 monthly points, and the office table of a region. Medians to docs/bench/indicators.json.
import { writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { analyze } from '../../db/queries/facts'
import { computeIndicators } from '../../app/indicators/engine.server'
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
    ['regionAllStandardsMonthly', { year, period: 'month', asOf, region: 'KZ-11' }],
    ['regionOfficeTable', { year, period: 'year', asOf, region: 'KZ-11', by: 'office' }],
    [
      'nationalByRegionOneStandard',
      { year, period: 'year', asOf, standard: 'private-farm-certificate', by: 'region' },
    ],
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
