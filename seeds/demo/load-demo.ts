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

export const DEMO_SOURCE = 'demo'

/** The two most recent full years at the time of writing, exported in early January 2026. */
export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  seed: 20_260_110,
  years: [2024, 2025],
  scale: 1,
  exportedAt: new Date('2026-01-10T04:00:00Z'),
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
  options: { log?: (m: string) => void; demo?: Partial<DemoOptions> } = {},
): Promise<DemoLoadResult> {
  if ((await countCases(db)) > 0) {
    return { loaded: false, cases: 0, surveys: 0, complaints: 0, publications: 0, targets: 0 }
  }
  return loadDemoData(db, options)
}

export async function loadDemoData(
  db: Db,
  options: { log?: (m: string) => void; demo?: Partial<DemoOptions> } = {},
): Promise<DemoLoadResult> {
  const log = options.log ?? (() => {})
  const demo = { ...DEFAULT_DEMO_OPTIONS, ...options.demo }
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
    return demoTargets(tx)
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
