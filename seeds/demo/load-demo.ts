// Writes the demo dataset (seeds/demo/generate-demo.ts) into a database, in one transaction,
// with source 'demo'. `npm start` calls loadDemoDataIfEmpty; `npm run sapa -- demo` reloads.
import type { Db } from '../../db/client.server'
import {
  calendarExceptions,
  complaintReviewDays,
  countCases,
  demoRules,
  demoServices,
} from '../../db/queries/demo-inputs'
import { analyze, deleteFactsOfSource } from '../../db/queries/facts'
import { generateDemoDataset, type DemoOptions } from './generate-demo'
import { writeDemoDataset } from './write-demo'
import { demoTargets } from './demo-targets'
import { todayInKazakhstan } from '../../app/domain/reporting-period'

export const DEMO_SOURCE = 'demo'

/**
 * A fixed demo: two full years exported in early January 2026 (the benchmarks' datasets, and
 * tests that want no current year).
 */
export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  seed: 20_260_110,
  years: [2024, 2025],
  scale: 1,
  exportedAt: new Date('2026-01-10T04:00:00Z'),
}

/**
 * The demo as of `today`: from January two years back to the day before `today` (in
 * Kazakhstan), so the current year's months to date are full. The same `today` gives the same
 * rows (one seed).
 */
export function demoOptions(today: Date): DemoOptions {
  const year = Number(todayInKazakhstan(today).slice(0, 4))
  return {
    seed: DEFAULT_DEMO_OPTIONS.seed,
    years: [year - 2, year - 1, year],
    scale: 1,
    exportedAt: today,
  }
}

export interface DemoLoadOptions {
  log?: (m: string) => void
  /** The day the demo runs to (default: now); tests pass a fixed one. */
  today?: Date
  demo?: Partial<DemoOptions>
}

export interface DemoLoadResult {
  loaded: boolean
  cases: number
  surveys: number
  complaints: number
  publications: number
  targets: number
}

export async function loadDemoDataIfEmpty(
  db: Db,
  options: DemoLoadOptions = {},
): Promise<DemoLoadResult> {
  if ((await countCases(db)) > 0) {
    return { loaded: false, cases: 0, surveys: 0, complaints: 0, publications: 0, targets: 0 }
  }
  return loadDemoData(db, options)
}

export async function loadDemoData(db: Db, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const log = options.log ?? (() => {})
  const demo = { ...demoOptions(options.today ?? new Date()), ...options.demo }
  const started = Date.now()
  const [services, rules, calendar, reviewDays] = await Promise.all([
    demoServices(db),
    demoRules(db),
    calendarExceptions(db),
    complaintReviewDays(db),
  ])
  if (!services.length)
    throw new Error('no offices serve any standard: load the reference data first')
  const data = generateDemoDataset(
    { services, rules, calendar, complaintReviewDays: reviewDays },
    demo,
  )
  log(
    `demo data generated in ${((Date.now() - started) / 1000).toFixed(1)} s: ${data.cases.length} cases, writing…`,
  )

  const targets = await db.transaction().execute(async (tx) => {
    await deleteFactsOfSource(tx, DEMO_SOURCE)
    await writeDemoDataset(tx, data, DEMO_SOURCE)
    return demoTargets(tx, demo.years)
  })
  await analyze(db)
  log(`demo data written in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return {
    loaded: true,
    cases: data.cases.length,
    surveys: data.surveys.length,
    complaints: data.complaints.length,
    publications: data.publications.length,
    targets,
  }
}
