// `npm run bench -- scale [--scales 1M,5M,10M,20M] [--runs 20] [--generated 2500000]
//   [--month-rows 20000] [--out docs/bench/scale.json] [--note TEXT] [--resume]`
// Issue 17, point 3: does Sapa stay flat from 1M to 20M cases? On the bench database
// (bench-db.ts: sapa_bench, or BENCH_DB_NAME, kept and grown — never emptied), for each scale,
// smallest first:
//   1. fills up to the scale with `npm run bench -- fill`'s code (the demo generator's chunks up
//      to --generated cases, then SQL copies of them), ANALYZE, VACUUM of the fact tables (as
//      autovacuum keeps them, migration 0030), and the rollups compacted (VACUUM FULL: the fill's
//      small statements leave them mostly dead space, see compactRollups);
//   2. disk: pg_total_relation_size of the fact and rollup tables (partitions summed);
//   3. the engine's queries, without cache, --runs times each after one warm-up: the nation, one
//      standard, a year (goal ≤ 100 ms at 10M); the nation by region; a region's months; an
//      office's year;
//   4. the drill-down's first page (the on-time indicator 1.1 of a region: its figure, the counts
//      and the first 50 late cases) and the region page's loader (regionDashboard), each with the
//      process cache cleared before every run — what a first view costs without the page memo;
//   5. a month's import: a generated CSV of one region's cases of January after the data (the
//      same file at every scale), preview and commit as `sapa import` runs them, then undone so
//      that the next scale starts from the same cases.
// After every scale docs/bench/scale.json is written again (a stopped run keeps the scales done):
// the points, the flatness of every figure from the smallest scale to the largest (goal ≤ 1.3×),
// the machine, its load average, and a note saying which scales the file holds. A stopped run
// goes on with `--resume --scales <the scales left>`: the file's earlier points are kept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { importCommand } from '../../app/cli/import-command'
import { drillDown } from '../../app/dashboards/drill-down.server'
import { regionDashboard } from '../../app/dashboards/region-dashboard.server'
import { undoImport } from '../../app/import/import.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import { clearDataCache } from '../../app/indicators/data-cache.server'
import type { IndicatorQuery } from '../../app/indicators/types'
import type { Db } from '../../db/client.server'
import { monthlyRollups } from '../../db/measure-sql'
import { countCases, demoServices } from '../../db/queries/demo-inputs'
import { analyze } from '../../db/queries/facts'
import { runImportAlerts } from '../support/import-alerts'
import {
  BENCH_DB_NAME,
  compactRollups,
  FACT_TABLES,
  fillTo,
  openBenchDb,
  replicateTo,
  vacuumFacts,
} from './bench-db'
import { writeMonthFile } from './month-file'
import {
  coverageNote,
  DEFAULT_SCALES,
  flatness,
  FLATNESS_GOAL,
  NATIONAL_GOAL,
  nationalGoal,
  parseScales,
  scaleLabel,
  ScaleReport,
  summarize,
  type ScalePoint,
  type Timing,
} from './scale-figures'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FARM = 'private-farm-certificate'
const REGION = 'KZ-11'
const YEAR = 2025
/** The pages' "now": the year 2025 is over, so its figures are as of 31 December. */
const NOW = new Date('2026-02-02T06:00:00Z')
const MONTH = '2026-01'
const MONTH_SOURCE = 'bench-month'
const EVERYTHING = { regions: 'all', standards: 'all' } as const

const seconds = (ms: number) => Math.round(ms / 10) / 100
const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100)

async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn() // warm-up: plans, caches of the database
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    samples.push(performance.now() - started)
  }
  return summarize(samples)
}

async function counts(db: Db) {
  const { rows } = await sql<{ cases: number; surveys: number; complaints: number }>`
    select (select count(*) from cases)::int as cases,
      (select count(*) from survey_responses)::int as surveys,
      (select count(*) from complaints)::int as complaints`.execute(db)
  const r = rows[0]!
  return { cases: r.cases, surveyResponses: r.surveys, complaints: r.complaints }
}

/** MB (1,048,576 bytes) of each fact and rollup table, every partition of it counted. */
async function disk(db: Db, cases: number): Promise<ScalePoint['disk']> {
  const rollups = monthlyRollups().flatMap((m) => [m.daily, m.monthly])
  const tablesMB: Record<string, number> = {}
  const tableRows: Record<string, number> = {}
  for (const table of [...FACT_TABLES, ...rollups]) {
    // A plain table is no partition tree (pg_partition_tree gives no row): its own size then.
    const { rows } = await sql<{ bytes: string }>`
      select coalesce(
        (select sum(pg_total_relation_size(relid)) from pg_partition_tree(${table}::regclass)),
        pg_total_relation_size(${table}::regclass))::text as bytes`.execute(db)
    tablesMB[table] = Math.round((Number(rows[0]!.bytes) / 2 ** 20) * 10) / 10
    const { rows: counted } = await sql<{ n: string }>`
      select count(*)::text as n from ${sql.table(table)}`.execute(db)
    tableRows[table] = Number(counted[0]!.n)
  }
  const sum = (tables: string[]) =>
    Math.round(tables.reduce((a, t) => a + tablesMB[t]!, 0) * 10) / 10
  const { rows } = await sql<{ bytes: string }>`
    select pg_database_size(current_database())::text as bytes`.execute(db)
  const factTablesMB = sum(FACT_TABLES)
  const rollupTablesMB = sum(rollups)
  return {
    tablesMB,
    tableRows,
    factTablesMB,
    rollupTablesMB,
    databaseMB: Math.round((Number(rows[0]!.bytes) / 2 ** 20) * 10) / 10,
    mbPerMillionCases: Math.round(((factTablesMB + rollupTablesMB) / (cases / 1e6)) * 10) / 10,
  }
}

/** The month file imported (preview and commit, the CLI's path), then undone. */
async function monthImport(db: Db, file: string, rows: number): Promise<ScalePoint['monthImport']> {
  const before = await countCases(db)
  const started = performance.now()
  const result = await importCommand(db, ['cases', file, '--source', MONTH_SOURCE])
  const wallMs = performance.now() - started
  if (result.exitCode !== 0) throw new Error(`the month's import failed:\n${result.output}`)
  if ((await countCases(db)) !== before + rows) {
    throw new Error(`the month's import did not add its ${rows} rows:\n${result.output}`)
  }
  // The commit queues the evaluation of the alert rules for the offices it wrote (decision 0043):
  // run here as a server's job runner runs it, timed on its own — the import does not wait for it.
  const alertsStarted = performance.now()
  if ((await runImportAlerts(db)) !== 1) throw new Error("the month's import queued no alerts")
  const alertsMs = performance.now() - alertsStarted
  const undoStarted = performance.now()
  const undone = await undoImport(db, result.batchId)
  const undoMs = performance.now() - undoStarted
  await runImportAlerts(db)
  if (undone.rowsDeleted !== rows || (await countCases(db)) !== before) {
    throw new Error(`the undo of the month's import left ${await countCases(db)} cases`)
  }
  return {
    region: REGION,
    month: MONTH,
    rows,
    previewSeconds: seconds(result.timings.previewMs),
    commitSeconds: seconds(result.timings.commitMs),
    wallSeconds: seconds(wallMs),
    rowsPerSecond: Math.round(rows / (wallMs / 1000)),
    undoSeconds: seconds(undoMs),
    alertsAloneSeconds: seconds(alertsMs),
  }
}

export async function scaleBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      scales: { type: 'string' },
      runs: { type: 'string' },
      generated: { type: 'string' },
      'month-rows': { type: 'string' },
      out: { type: 'string' },
      note: { type: 'string' },
      resume: { type: 'boolean' },
    },
  })
  const scales = parseScales(values.scales ?? DEFAULT_SCALES)
  const curve = parseScales(DEFAULT_SCALES)
  const runs = Number(values.runs ?? 20)
  const generated = Number(values.generated ?? 2_500_000)
  const monthRows = Number(values['month-rows'] ?? 20_000)
  const out = path.resolve(ROOT, values.out ?? 'docs/bench/scale.json')
  const log = (m: string) => console.log(`[bench] ${m}`)
  const loadAtStart = loadAverage()

  const db = await openBenchDb({ keep: true })
  const held = await countCases(db)
  if (held > scales[0]! * 1.01) {
    throw new Error(
      `${BENCH_DB_NAME} already holds ${held.toLocaleString('en')} cases, more than the first scale ` +
        `${scaleLabel(scales[0]!)}: the data only grows (use another BENCH_DB_NAME)`,
    )
  }
  const services = await demoServices(db)
  const region = await db
    .selectFrom('regions')
    .select('key')
    .where('code', '=', REGION)
    .executeTakeFirstOrThrow()
  // An office's year: the region's first Public Service Center (by code) serving the standard.
  const office = services.find(
    (s) =>
      s.regionKey === region.key &&
      s.standardId === FARM &&
      s.officeKind === 'public_service_center',
  )!.officeCode
  const { rows: version } = await sql<{ v: string }>`select version() as v`.execute(db)

  const monthFile = path.join(os.tmpdir(), `sapa-scale-month-${REGION}-${MONTH}-${monthRows}.csv`)
  await writeMonthFile(db, monthFile, { regionKey: region.key, month: MONTH, rows: monthRows })
  log(`month file: ${monthRows.toLocaleString('en')} cases of ${REGION}, ${MONTH}: ${monthFile}`)

  const asOf = `${YEAR}-12-31`
  const queries: [string, IndicatorQuery][] = [
    ['nationalOneStandardYear', { year: YEAR, period: 'year', asOf, standard: FARM }],
    [
      'nationalByRegionOneStandard',
      { year: YEAR, period: 'year', asOf, standard: FARM, by: 'region' },
    ],
    ['regionMonths', { year: YEAR, period: 'month', asOf, region: REGION }],
    ['officeYear', { year: YEAR, period: 'year', asOf, standard: FARM, office }],
  ]

  // --resume: the points an earlier, stopped run wrote to the same file are kept (those of the
  // scales below this run's first; the database has grown past them and cannot measure them again).
  const points: ScalePoint[] =
    values.resume && existsSync(out)
      ? ScaleReport.parse(JSON.parse(readFileSync(out, 'utf8'))).points.filter(
          (p) => p.targetCases < scales[0]!,
        )
      : []
  if (points.length)
    log(`resuming after ${points.map((p) => scaleLabel(p.targetCases)).join(', ')}`)
  const write = () => {
    const measured = points.map((p) => p.targetCases)
    const busy = Math.max(
      ...points.flatMap((p) => [p.loadAverage.before[0]!, p.loadAverage.after[0]!]),
    )
    const report = {
      benchmark: 'scale',
      date: new Date().toISOString(),
      note: [
        coverageNote(measured, curve),
        busy > os.cpus().length
          ? `Other work shared the machine (1-minute load average up to ${busy} on ${os.cpus().length} cores): absolute times are slower than on an idle machine.`
          : '',
        values.note ?? '',
      ]
        .filter(Boolean)
        .join(' '),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: loadAtStart,
      },
      database: `${version[0]!.v.split(' on ')[0]}, database ${BENCH_DB_NAME} (BENCH_DATABASE_URL's server)`,
      settings: { scalesAsked: scales, runs, year: YEAR, region: REGION, office, standard: FARM },
      goals: {
        flatnessRatio: FLATNESS_GOAL,
        nationalOneStandardYearMs: NATIONAL_GOAL.ms,
        atCases: NATIONAL_GOAL.atCases,
      },
      points,
      flatness: flatness(points),
      nationalGoal: nationalGoal(points),
    }
    // A long run's points are written even if they miss the schema (said loudly): hours of
    // measuring are not thrown away for a field.
    const checked = ScaleReport.safeParse(report)
    if (!checked.success)
      log(`WARNING: scale.json does not match its schema: ${checked.error.message}`)
    mkdirSync(path.dirname(out), { recursive: true })
    writeFileSync(out, JSON.stringify(checked.success ? checked.data : report, null, 2) + '\n')
    log(`written ${path.relative(ROOT, out)} (${measured.map(scaleLabel).join(', ')})`)
  }

  for (const scale of scales) {
    const before = loadAverage()
    log(`filling to ${scale.toLocaleString('en')} cases…`)
    const fillStarted = performance.now()
    await fillTo(db, Math.min(scale, generated), log)
    await replicateTo(db, scale, log)
    await analyze(db)
    await vacuumFacts(db)
    await compactRollups(db)
    const fillSeconds = seconds(performance.now() - fillStarted)
    const held = await counts(db)
    log(`  filled in ${fillSeconds} s: ${JSON.stringify(held)}`)

    const measureStarted = performance.now()
    const diskNow = await disk(db, held.cases)
    log(`  disk: ${JSON.stringify(diskNow)}`)
    const timings: Record<string, Timing> = {}
    for (const [name, query] of queries) {
      timings[name] = await time(runs, () => computeIndicators(db, query))
      log(`  ${name}: median ${timings[name]!.medianMs} ms, p95 ${timings[name]!.p95Ms} ms`)
    }
    const drill = await time(runs, () => {
      clearDataCache(db)
      return drillDown(
        db,
        { standard: FARM, code: '1.1' },
        { year: YEAR, region: REGION },
        'ru',
        NOW,
        {},
      )
    })
    log(`  drill-down first page: median ${drill.medianMs} ms, p95 ${drill.p95Ms} ms`)
    const page = await time(runs, () => {
      clearDataCache(db)
      return regionDashboard(db, REGION, { year: YEAR }, 'ru', NOW, EVERYTHING)
    })
    log(`  region page loader: median ${page.medianMs} ms, p95 ${page.p95Ms} ms`)
    const month = await monthImport(db, monthFile, monthRows)
    log(`  month import: ${JSON.stringify(month)}`)

    points.push({
      targetCases: scale,
      counts: held,
      measuredAt: new Date().toISOString(),
      loadAverage: { before, after: loadAverage() },
      fillSeconds,
      measureSeconds: seconds(performance.now() - measureStarted),
      queries: timings,
      drillDownFirstPage: drill,
      regionPage: page,
      monthImport: month,
      disk: diskNow,
    })
    write()
  }
  await db.destroy()
}
