// `npm run bench -- projection [--today 2026-12-03] [--scale 1] [--keep]`
// Backtest of the year-end projection (decision 0026): the demo dataset as of `today` (its full
// years are the two before today's), each full year replayed as if it were cut at each month-end
// (31 January … 30 November), every indicator projected at every scope — the nation, each region,
// each office — with the method the pages use (app/indicators/projection.server.ts), and compared
// with the year's actual value. Writes docs/bench/projection.json: the share of actual year-end
// values inside the 80 % interval (overall, by month of the cut, by scope level and by measure)
// and the mean absolute error by month of the cut. Counted: projections that are not "too
// early" and are flows (information online is a state, its interval has no width).
// On PostgreSQL: database sapa_projection_bench on BENCH_DATABASE_URL's server (default local).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { createDb, type Db } from '../../db/client.server'
import { migrateToLatest } from '../../db/migrate'
import { computeIndicators } from '../../app/indicators/engine.server'
import {
  computeProjections,
  projectionKey,
  type ProjectionQuery,
} from '../../app/indicators/projection.server'
import type { Breakdown, IndicatorRow } from '../../app/indicators/types'
import { loadReferenceData } from '../../seeds/load-reference'
import { loadDemoData } from '../../seeds/demo/load-demo'
import { countCases } from '../../db/queries/demo-inputs'
import { databaseUrlWithName } from '../support/database-url'
import { benchServerUrl } from './bench-db'

const DB_NAME = 'sapa_projection_bench'

async function openDb(keep: boolean): Promise<Db> {
  const admin = new pg.Client({ connectionString: benchServerUrl() })
  await admin.connect()
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]))
    .rowCount
  if (!keep || !exists) {
    await admin.query(`drop database if exists ${DB_NAME} with (force)`)
    await admin.query(`create database ${DB_NAME}`)
  }
  await admin.end()
  const db = await createDb({
    kind: 'postgres',
    url: databaseUrlWithName(benchServerUrl(), DB_NAME),
  })
  await migrateToLatest(db)
  await loadReferenceData(db)
  return db
}

const pad = (n: number) => String(n).padStart(2, '0')
const monthEnd = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`

interface Tally {
  n: number
  inside: number
  absError: number
}
const tally = (): Tally => ({ n: 0, inside: 0, absError: 0 })
const add = (t: Tally, inside: boolean, error: number) => {
  t.n++
  if (inside) t.inside++
  t.absError += error
}
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits
const summary = (t: Tally) => ({
  n: t.n,
  coverage: t.n ? round(t.inside / t.n, 4) : null,
  meanAbsoluteErrorPoints: t.n ? round(t.absError / t.n, 3) : null,
})

export async function projectionBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      today: { type: 'string', default: '2026-12-03' },
      scale: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
    },
  })
  const today = new Date(`${values.today}T05:00:00Z`)
  const scale = Number(values.scale)
  const db = await openDb(values.keep!)
  try {
    if (!values.keep || (await countCases(db)) === 0) {
      const loaded = await loadDemoData(db, { today, demo: { scale }, log: console.log })
      console.log(`demo data: ${loaded.cases} cases as of ${values.today}`)
    }
    const todayYear = Number(values.today!.slice(0, 4))
    const years = [todayYear - 2, todayYear - 1]
    const scopes: { level: 'nation' | Breakdown; by?: Breakdown }[] = [
      { level: 'nation' },
      { level: 'region', by: 'region' },
      { level: 'office', by: 'office' },
    ]

    const overall = tally()
    const byCut = new Map<number, Tally>()
    const byLevel = new Map<string, Tally>()
    const byMeasure = new Map<string, Tally>()
    const byBasis = new Map<string, Tally>()
    const units = new Map<string, Set<string>>()
    const measures = new Set<string>()
    let tooEarly = 0

    for (const year of years) {
      for (const scope of scopes) {
        const actual = new Map<string, IndicatorRow>()
        for (const row of (
          await computeIndicators(db, {
            year,
            period: 'year',
            asOf: `${year}-12-31`,
            by: scope.by,
          })
        ).rows)
          actual.set(projectionKey(row), row)
        const measureOf = new Map([...actual].map(([k, r]) => [k, r.measure]))
        for (let cut = 1; cut <= 11; cut++) {
          const started = Date.now()
          const query: ProjectionQuery = { asOf: monthEnd(year, cut), by: scope.by }
          const projections = await computeProjections(db, query)
          for (const [key, p] of projections) {
            const measure = measureOf.get(key)
            const real = actual.get(key)?.value ?? null
            if (!measure || measure === 'info_online' || real === null) continue
            if (p.verdict === 'too_early' || p.value === null) {
              tooEarly++
              continue
            }
            const inside = p.low! <= real && real <= p.high!
            const error = Math.abs(p.value - real)
            add(overall, inside, error)
            for (const [map, k] of [
              [byCut, cut],
              [byLevel, scope.level],
              [byMeasure, measure],
              [byBasis, p.basis],
            ] as const) {
              const m = map as Map<typeof k, Tally>
              if (!m.has(k)) m.set(k, tally())
              add(m.get(k)!, inside, error)
            }
            measures.add(measure)
            if (!units.has(scope.level)) units.set(scope.level, new Set())
            units.get(scope.level)!.add(key.split('|')[2]!)
          }
          console.log(
            `${year} cut ${monthEnd(year, cut)} ${scope.level}: ${projections.size} projections, ` +
              `${((Date.now() - started) / 1000).toFixed(1)} s`,
          )
        }
      }
    }

    const result = {
      scenario: 'projection',
      measured: {
        what:
          'Each full demo year replayed as if cut at each month-end (31 January … 30 November): ' +
          'the projected year-end value and its 80 % interval (app/domain/projection.ts) against ' +
          'the value the engine computes for the whole year. Counted: flow indicators whose ' +
          'projection is not "too early" (information online, a state, is left out).',
        demoToday: values.today,
        demoScale: scale,
        cases: await countCases(db),
        years,
        cuts: Array.from({ length: 11 }, (_, i) => i + 1),
        scopes: Object.fromEntries([...units].map(([level, set]) => [level, set.size])),
        measures: [...measures].sort(),
        tooEarlyLeftOut: tooEarly,
        nominalCoverage: 0.8,
        goal: 'coverage between 0.70 and 0.90',
      },
      overall: summary(overall),
      byMonthOfCut: Object.fromEntries(
        [...byCut].sort((a, b) => a[0] - b[0]).map(([k, t]) => [k, summary(t)]),
      ),
      byScopeLevel: Object.fromEntries([...byLevel].map(([k, t]) => [k, summary(t)])),
      byMeasure: Object.fromEntries([...byMeasure].sort().map(([k, t]) => [k, summary(t)])),
      byBasis: Object.fromEntries([...byBasis].map(([k, t]) => [k, summary(t)])),
    }
    const file = path.join('docs', 'bench', 'projection.json')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n')
    console.log(JSON.stringify(result.overall), `→ ${file}`)
  } finally {
    await db.destroy()
  }
}
