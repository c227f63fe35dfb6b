// A month's import for the scale benchmark: a cases CSV (the canonical import format, as
// ingest-file.ts writes it) of one region's cases submitted in one month after the bench data
// (the demo generator with only that region's offices, its year cut at the first of the next
// month), with external ids of their own so that the import adds every row. The same seed and
// size give the same file at every scale: the import's work does not change with the database.
import { writeFileSync } from 'node:fs'
import type { Db } from '../../db/client.server'
import {
  calendarExceptions,
  complaintReviewDays,
  demoRules,
  demoServices,
} from '../../db/queries/demo-inputs'
import { generateDemoDataset, type DemoInputs } from '../../seeds/demo/generate-demo'
import { DEFAULT_DEMO_OPTIONS } from '../../seeds/demo/load-demo'
import { caseCsvLine, CASES_CSV_HEADER } from './ingest-file'

/** The region's cases of `month` (YYYY-MM), `rows` of them, written to `file`. */
export async function writeMonthFile(
  db: Db,
  file: string,
  options: { regionKey: string; month: string; rows: number },
): Promise<number> {
  const services = (await demoServices(db)).filter((s) => s.regionKey === options.regionKey)
  if (services.length === 0) throw new Error(`no office serves in region ${options.regionKey}`)
  const inputs: DemoInputs = {
    services,
    rules: await demoRules(db),
    calendar: await calendarExceptions(db),
    complaintReviewDays: await complaintReviewDays(db),
  }
  const [year, month] = options.month.split('-').map(Number) as [number, number]
  // Cases are submitted on the days before the export day (in Kazakhstan): the next month's
  // first day, 09:00 there, cuts the year after the month asked for.
  const next = new Date(Date.UTC(year, month, 1, 4))
  const generate = (scale: number) =>
    generateDemoDataset(inputs, {
      ...DEFAULT_DEMO_OPTIONS,
      seed: DEFAULT_DEMO_OPTIONS.seed + 104_729,
      years: [year],
      scale,
      exportedAt: next,
      idPrefix: `M${options.month.replace('-', '')}`,
    }).cases.filter((c) => c.submittedOn.startsWith(options.month))
  // The generator's volume is proportional to its scale: one probe sizes the real run.
  const probe = generate(1).length
  if (probe === 0) throw new Error(`the generator makes no case in ${options.month}`)
  const cases = generate((options.rows / probe) * 1.1)
  if (cases.length < options.rows) {
    throw new Error(`the generator made ${cases.length} cases, ${options.rows} asked for`)
  }
  const officeOf = new Map(services.map((s) => [s.officeId, s]))
  const lines = [CASES_CSV_HEADER]
  for (const c of cases.slice(0, options.rows))
    lines.push(caseCsvLine(c, officeOf.get(c.officeId)!))
  writeFileSync(file, lines.join('\r\n') + '\r\n')
  return options.rows
}
