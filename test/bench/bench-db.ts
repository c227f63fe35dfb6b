// The benchmarks' PostgreSQL database (sapa_bench on BENCH_DATABASE_URL's server, default the
// local one) and its filling with synthetic cases from the demo generator: chunks with their own
// seeds and id prefixes, 2024–2025. `npm run bench -- fill --cases 10000000` fills it once; the
// indicators, pages and reports scenarios reuse it with --keep.
import { parseArgs } from 'node:util'
import pg from 'pg'
import { createDb, type Db } from '../../db/client.server'
import { migrateToLatest } from '../../db/migrate'
import { analyze } from '../../db/queries/facts'
import {
  calendarExceptions,
  complaintReviewDays,
  countCases,
  demoRules,
  demoServices,
} from '../../db/queries/demo-inputs'
import { vacuumRollups } from '../../db/queries/rollups'
import { loadReferenceData } from '../../seeds/load-reference'
import { generateDemoDataset } from '../../seeds/demo/generate-demo'
import { DEFAULT_DEMO_OPTIONS } from '../../seeds/demo/load-demo'
import { writeDemoDataset } from '../../seeds/demo/write-demo'
import { databaseUrlWithName } from '../support/database-url'

export const BENCH_DB_NAME = 'sapa_bench'
export const benchServerUrl = () =>
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
export const benchDbUrl = () => databaseUrlWithName(benchServerUrl(), BENCH_DB_NAME)

/** Opens the bench database, migrated with reference data; `keep` reuses an earlier fill. */
export async function openBenchDb(options: { keep: boolean }): Promise<Db> {
  const admin = new pg.Client({ connectionString: benchServerUrl() })
  await admin.connect()
  const exists = (
    await admin.query('select 1 from pg_database where datname = $1', [BENCH_DB_NAME])
  ).rowCount
  if (!options.keep || !exists) {
    await admin.query(`drop database if exists ${BENCH_DB_NAME} with (force)`)
    await admin.query(`create database ${BENCH_DB_NAME}`)
  }
  await admin.end()
  const db = await createDb({ kind: 'postgres', url: benchDbUrl() })
  await migrateToLatest(db)
  await loadReferenceData(db)
  return db
}

const CHUNK_SCALE = 4 // ≈ 470,000 cases per generated chunk
let chunk = 0 // across scales: each chunk has its own seed and id prefix

export async function fillTo(db: Db, target: number, log: (m: string) => void) {
  const inputs = {
    services: await demoServices(db),
    rules: await demoRules(db),
    calendar: await calendarExceptions(db),
    complaintReviewDays: await complaintReviewDays(db),
  }
  for (;;) {
    const have = await countCases(db)
    if (have >= target) return
    chunk++
    const scale = Math.min(CHUNK_SCALE, ((target - have) / 117_500) * 1.0)
    const started = Date.now()
    const data = generateDemoDataset(inputs, {
      ...DEFAULT_DEMO_OPTIONS,
      seed: DEFAULT_DEMO_OPTIONS.seed + chunk * 7919,
      scale,
      idPrefix: `B${chunk}`,
    })
    await db.transaction().execute((tx) => writeDemoDataset(tx, data, 'bench'))
    log(
      `  chunk ${chunk}: +${data.cases.length} cases in ${((Date.now() - started) / 1000).toFixed(0)} s ` +
        `(${(await countCases(db)).toLocaleString('en')} total)`,
    )
  }
}

/** `npm run bench -- fill [--cases 10000000]`: fills (or tops up) the bench database, then ANALYZE. */
export async function fillBench(args: string[]) {
  const { values } = parseArgs({ args, options: { cases: { type: 'string' } } })
  const target = Number(values.cases ?? 10_000_000)
  const log = (m: string) => console.log(`[bench] ${m}`)
  const db = await openBenchDb({ keep: true })
  const started = Date.now()
  await fillTo(db, target, log)
  await analyze(db)
  await vacuumRollups(db)
  log(
    `filled to ${(await countCases(db)).toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  await db.destroy()
}
