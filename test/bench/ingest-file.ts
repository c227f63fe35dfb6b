// The ingest benchmark's input: a cases CSV in the canonical import format, written from the demo
// generator (seeded chunks with their own id prefixes, 2024–2025, every office that serves a
// standard) the way a regional export writes it — local wall-clock times without an offset,
// yes/no words. Run as its own process (`tsx test/bench/ingest-file.ts <file> <rows>`) so that the
// generator's memory does not count in the import's peak RSS.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { pathToFileURL } from 'node:url'
import { tzOffset } from '@date-fns/tz'
import { csvField } from '../../app/exports/csv-writer'
import { FORMATS } from '../../app/import/formats.server'
import { createDb, type Db } from '../../db/client.server'
import {
  calendarExceptions,
  complaintReviewDays,
  demoRules,
  demoServices,
} from '../../db/queries/demo-inputs'
import { generateDemoDataset, type DemoCase } from '../../seeds/demo/generate-demo'
import { DEFAULT_DEMO_OPTIONS } from '../../seeds/demo/load-demo'

/** ≈ 58,000 cases per chunk: bounded memory whatever the row count. */
const CHUNK_SCALE = 0.5

/** The office's wall-clock time, `YYYY-MM-DD HH:MM:SS`, as a spreadsheet export writes it. */
function localText(at: Date | null, timeZone: string): string {
  if (!at) return ''
  const local = new Date(at.getTime() + tzOffset(timeZone, at) * 60_000)
  return local.toISOString().slice(0, 19).replace('T', ' ')
}

const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no')

/** The header line of a cases file in the canonical import format. */
export const CASES_CSV_HEADER = FORMATS.cases.map((c) => c.name).join(',')

/** One generated case as a line of a cases file, in its office's wall-clock time. */
export function caseCsvLine(c: DemoCase, office: { officeCode: string; timeZone: string }) {
  const tz = office.timeZone
  return [
    c.externalId,
    c.standardId,
    c.variant,
    c.channel,
    office.officeCode,
    localText(c.submittedAt, tz),
    localText(c.completedAt, tz),
    c.result,
    c.waitMinutesSubmit ?? '',
    c.waitMinutesPickup ?? '',
    c.serviceMinutes ?? '',
    yesNo(c.docsCorrect),
    yesNo(c.firstTimeCorrect),
    localText(c.suspendedFrom, tz),
    localText(c.suspendedTo, tz),
  ]
    .map((v) => csvField(v))
    .join(',')
}

/**
 * Writes `rows` case rows (plus the header) to `file`; reads the reference data from `database`
 * (a PostgreSQL URL, or an open database, which stays open).
 */
export async function writeIngestFile(
  database: string | Db,
  file: string,
  rows: number,
  options: { idPrefix?: string } = {},
) {
  const db =
    typeof database === 'string'
      ? await createDb({ kind: 'postgres', url: database, maxConnections: 1 })
      : database
  const services = await demoServices(db)
  const inputs = {
    services,
    rules: await demoRules(db),
    calendar: await calendarExceptions(db),
    complaintReviewDays: await complaintReviewDays(db),
  }
  if (typeof database === 'string') await db.destroy()
  const officeOf = new Map(services.map((s) => [s.officeId, s]))
  const out = createWriteStream(file)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(CASES_CSV_HEADER + '\r\n')
  let written = 0
  // A small file needs no chunk of 58,000 cases (≈ 116,000 per unit of scale, with a margin).
  const scale = Math.min(CHUNK_SCALE, Math.max(0.01, rows / 90_000))
  for (let chunk = 1; written < rows; chunk++) {
    const data = generateDemoDataset(inputs, {
      ...DEFAULT_DEMO_OPTIONS,
      seed: DEFAULT_DEMO_OPTIONS.seed + chunk * 7919,
      scale,
      idPrefix: `${options.idPrefix ?? 'I'}${chunk}`,
    })
    const lines: string[] = []
    for (const c of data.cases as DemoCase[]) {
      if (written >= rows) break
      lines.push(caseCsvLine(c, officeOf.get(c.officeId)!))
      written++
      if (lines.length === 10_000) {
        await write(lines.join('\r\n') + '\r\n')
        lines.length = 0
      }
    }
    if (lines.length) await write(lines.join('\r\n') + '\r\n')
  }
  out.end()
  await once(out, 'finish')
  return written
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, file, rows] = process.argv.slice(2)
  if (!url || !file || !rows) {
    console.error('usage: tsx test/bench/ingest-file.ts <database-url> <file> <rows>')
    process.exit(2)
  }
  writeIngestFile(url, file, Number(rows)).then(
    (n) => console.log(`wrote ${n} rows to ${file}`),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
