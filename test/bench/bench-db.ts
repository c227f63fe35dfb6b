// The benchmarks' PostgreSQL database (sapa_bench, or BENCH_DB_NAME, on BENCH_DATABASE_URL's
// server, default the local one) and its filling with synthetic cases from the demo generator: chunks with their own
// seeds and id prefixes, 2024–2025, then SQL copies of those rows. `npm run bench -- fill
// --cases 10000000 [--generated 2500000]` fills it once, then vacuums the fact tables and compacts
// the rollups as the scale benchmark does at each of its points; the indicators, pages and reports
// scenarios reuse it with --keep.
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
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
import { monthlyRollups } from '../../db/measure-sql'
import { vacuumRollups } from '../../db/queries/rollups'
import { loadReferenceData } from '../../seeds/load-reference'
import { generateDemoDataset } from '../../seeds/demo/generate-demo'
import { DEFAULT_DEMO_OPTIONS } from '../../seeds/demo/load-demo'
import { writeDemoDataset } from '../../seeds/demo/write-demo'
import { databaseUrlWithName } from '../support/database-url'

/** BENCH_DB_NAME: another database of the same server, e.g. a copy of a filled one to compare
 * two branches on the same rows (`create database … template sapa_bench`). */
export const BENCH_DB_NAME = process.env.BENCH_DB_NAME ?? 'sapa_bench'
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
  // Continue after the chunks an earlier run wrote (their ids must not repeat).
  chunk = Math.max(chunk, await lastChunk(db))
  for (;;) {
    const have = await countCases(db)
    if (have >= target) return
    chunk++
    // At least ≈ 1,200 cases a chunk: a shortfall of a few cases would make a chunk of none (the
    // generator rounds each standard's count of a year), and the loop would never end.
    const scale = Math.min(CHUNK_SCALE, Math.max(0.01, (target - have) / 117_500))
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

async function lastChunk(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number | null }>`
    select max(substring(external_id from '^B([0-9]+)-')::int) as n
    from cases where source = 'bench'`.execute(db)
  return rows[0]?.n ?? 0
}

const CASE_COLUMNS = `source, standard_id, variant, channel, office_id, submitted_at, completed_at,
  result, wait_minutes_submit, wait_minutes_pickup, service_minutes, docs_correct,
  first_time_correct, suspended_from, suspended_to, due_at, submitted_on, completed_on, due_on,
  max_wait_minutes`
const SURVEY_COLUMNS = `source, case_external_id, standard_id, office_id, responded_on, process_yes,
  process_score, information_yes, information_score, complaint_procedure_yes,
  complaint_procedure_score, complaint_timeline_yes, complaint_timeline_score, courtesy_yes,
  courtesy_score`
const COMPLAINT_COLUMNS = `source, standard_id, office_id, received_at, justified, decided_at,
  upheld, review_term_days, review_term_stated, term_ends_at, received_on, term_ends_on`

/**
 * Tops the database up to `target` cases by copying the generated rows in SQL (new external ids
 * `…~rN`, deadlines and period keys as derived on write), with their surveys and complaints in
 * proportion. Generating in JavaScript costs ≈ 4 µs a case plus the write path; a copy is one
 * statement per round, and the rollup triggers see it as one statement too.
 */
export async function replicateTo(db: Db, target: number, log: (m: string) => void) {
  const base = (
    await sql<{ n: number }>`select count(*)::int as n from cases
      where source = 'bench' and external_id not like '%~r%'`.execute(db)
  ).rows[0]!.n
  if (base === 0) return
  for (let round = 1; ; round++) {
    const have = await countCases(db)
    if (have >= target) return
    const taken = (
      await sql<{ n: number }>`select count(*)::int as n from cases
        where external_id like ${`%~r${round}`}`.execute(db)
    ).rows[0]!.n
    if (taken >= base) continue
    const want = Math.min(base - taken, target - have)
    const share = want / base
    const started = Date.now()
    await db.transaction().execute(async (tx) => {
      await sql`insert into cases (external_id, ${sql.raw(CASE_COLUMNS)})
        select external_id || ${`~r${round}`}, ${sql.raw(CASE_COLUMNS)} from cases
        where source = 'bench' and external_id not like '%~r%'
        order by id offset ${taken} limit ${want}`.execute(tx)
      await sql`insert into survey_responses (external_id, ${sql.raw(SURVEY_COLUMNS)})
        select external_id || ${`~r${round}`}, ${sql.raw(SURVEY_COLUMNS)} from survey_responses s
        where source = 'bench' and external_id not like '%~r%'
          and not exists (select 1 from survey_responses t
            where t.source = s.source and t.external_id = s.external_id || ${`~r${round}`})
        order by id limit ceil(${share}::float8 * (select count(*) from survey_responses
          where source = 'bench' and external_id not like '%~r%'))`.execute(tx)
      await sql`insert into complaints (external_id, ${sql.raw(COMPLAINT_COLUMNS)})
        select external_id || ${`~r${round}`}, ${sql.raw(COMPLAINT_COLUMNS)} from complaints c
        where source = 'bench' and external_id not like '%~r%'
          and not exists (select 1 from complaints t
            where t.source = c.source and t.external_id = c.external_id || ${`~r${round}`})
        order by id limit ceil(${share}::float8 * (select count(*) from complaints
          where source = 'bench' and external_id not like '%~r%'))`.execute(tx)
    })
    log(
      `  copy round ${round}: +${want.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(0)} s ` +
        `(${(await countCases(db)).toLocaleString('en')} total)`,
    )
  }
}

/** `npm run bench -- fill [--cases 10000000]`: fills (or tops up) the bench database, then ANALYZE. */
export async function fillBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { cases: { type: 'string' }, generated: { type: 'string' } },
  })
  const target = Number(values.cases ?? 10_000_000)
  // Cases made by the demo generator (distinct seeds); the rest are SQL copies of them.
  const generated = Number(values.generated ?? 2_500_000)
  const log = (m: string) => console.log(`[bench] ${m}`)
  const db = await openBenchDb({ keep: true })
  const started = Date.now()
  await fillTo(db, Math.min(target, generated), log)
  await replicateTo(db, target, log)
  await analyze(db)
  // As the scale benchmark leaves each point: the pages and reports measured on a database that
  // imports every day, not on a table autovacuum has not reached yet.
  await vacuumFacts(db)
  await compactRollups(db)
  log(
    `filled to ${(await countCases(db)).toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  await db.destroy()
}

/** The fact tables autovacuum visits after every 50,000 inserted rows (migration 0030). */
export const FACT_TABLES = ['cases', 'survey_responses', 'complaints']

/**
 * VACUUM of the fact tables: what autovacuum does after every 50,000 inserted rows (migration
 * 0030) — it marks the copied pages all-visible, so that the late list's index-only reads skip the
 * table as they do on a database that imports every day. Without it the 20M point measured a
 * table of which no page had been vacuumed since the fill.
 */
export async function vacuumFacts(db: Db) {
  await sql`vacuum ${sql.raw(FACT_TABLES.join(', '))}`.execute(db)
}

/**
 * VACUUM FULL of the rollup tables, then VACUUM ANALYZE. The fill writes 1,000 cases a statement,
 * and each statement's triggers rewrite the rollup rows of its days and months: every rollup row
 * is rewritten hundreds of times, dead space a real import (one statement a batch, decision 0011)
 * does not leave and plain VACUUM does not give back. Compacted, every scale starts from rollups
 * as a database that imports in batches holds them, and their size per million cases means
 * something. The rollups are bounded by offices × days, so this stays short at any scale.
 */
export async function compactRollups(db: Db) {
  const tables = monthlyRollups().flatMap((m) => [m.daily, m.monthly])
  await sql`vacuum full ${sql.raw(tables.join(', '))}`.execute(db)
  await vacuumRollups(db)
}
