// `npm run bench -- reports [--runs 3] [--region KZ-11]`: the national annual report (all five
// standards, every region) on the PostgreSQL bench database (sapa_bench, filled by
// `npm run bench -- fill`; used as it is, never refilled or migrated here): the time to assemble
// the model through the indicator engine, and to render the PDF and the XLSX, after one warm-up.
// Medians to docs/bench/reports.json. Goal: assemble + PDF + XLSX ≤ 10 s at 10M cases.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createDb, type Db } from '../../db/client.server'
import { assembleReport } from '../../app/annual-reports/editions.server'
import { renderReport } from '../../reports/render'
import type { Edition } from '../../reports/model'
import { benchDbUrl } from './bench-db'

const GOAL_MS = 10_000
const OUT = path.resolve(import.meta.dirname, '../../docs/bench/reports.json')

interface Timing {
  medianMs: number
  minMs: number
  maxMs: number
}

const round = (x: number) => Math.round(x * 10) / 10

function summary(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    medianMs: round(sorted[Math.floor(sorted.length / 2)]!),
    minMs: round(sorted[0]!),
    maxMs: round(sorted[sorted.length - 1]!),
  }
}

async function count(db: Db, table: 'cases' | 'surveyResponses' | 'complaints') {
  return (
    await db
      .selectFrom(table as 'cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n
}

export async function reportsBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { runs: { type: 'string' }, region: { type: 'string' } },
  })
  const runs = Number(values.runs ?? 3)
  const key = { year: 2025, regionCode: values.region ?? null }
  const log = (m: string) => console.log(`[bench] ${m}`)
  const db = await createDb({ kind: 'postgres', url: benchDbUrl(), maxConnections: 8 })
  try {
    const counts = {
      cases: await count(db, 'cases'),
      surveyResponses: await count(db, 'surveyResponses'),
      complaints: await count(db, 'complaints'),
    }
    log(`sapa_bench: ${counts.cases.toLocaleString('en')} cases`)
    const edition: Edition = { status: 'draft', renderedAt: new Date().toISOString() }
    const samples = { assemble: [] as number[], pdf: [] as number[], xlsx: [] as number[] }
    const totals: number[] = []
    let pages = 0
    let sizes = { pdfBytes: 0, xlsxBytes: 0 }
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now()
      const model = await assembleReport(db, key, { asOf: '2025-12-31' })
      const t1 = performance.now()
      const pdf = await renderReport(model, edition, 'pdf', 'kk')
      const t2 = performance.now()
      const xlsx = await renderReport(model, edition, 'xlsx', 'kk')
      const t3 = performance.now()
      pages = (
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type \/Page\b/g) ?? []
      ).length
      sizes = { pdfBytes: pdf.byteLength, xlsxBytes: xlsx.byteLength }
      log(
        `${i === 0 ? 'warm-up' : `run ${i}`}: assemble ${round(t1 - t0)} ms, PDF ${round(t2 - t1)} ms, ` +
          `XLSX ${round(t3 - t2)} ms, total ${round(t3 - t0)} ms`,
      )
      if (i === 0) continue
      samples.assemble.push(t1 - t0)
      samples.pdf.push(t2 - t1)
      samples.xlsx.push(t3 - t2)
      totals.push(t3 - t0)
    }
    const total = summary(totals)
    const result = {
      scope: key.regionCode ?? 'national',
      year: key.year,
      counts,
      runs,
      timings: {
        assemble: summary(samples.assemble),
        renderPdf: summary(samples.pdf),
        renderXlsx: summary(samples.xlsx),
        total,
      },
      pdfPages: pages,
      ...sizes,
      // The machine may be shared (other test runs): its load at the end of the measurement.
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
      meetsGoal: total.medianMs <= GOAL_MS,
    }
    let previous: { results?: (typeof result)[] } = {}
    try {
      previous = JSON.parse(readFileSync(OUT, 'utf8'))
    } catch {
      // first run
    }
    const results = [
      ...(previous.results ?? []).filter(
        (r) => !(r.scope === result.scope && r.counts.cases === result.counts.cases),
      ),
      result,
    ]
    mkdirSync(path.dirname(OUT), { recursive: true })
    writeFileSync(
      OUT,
      JSON.stringify(
        {
          benchmark: 'reports',
          date: new Date().toISOString(),
          machine: {
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
            memoryGiB: Math.round(os.totalmem() / 2 ** 30),
            node: process.version,
          },
          database: 'PostgreSQL (local server), sapa_bench; the engine reads the daily rollups',
          what: 'assemble the 2025 report model (computeIndicators for the scope and its breakdown, next year’s targets, missing-field counts, data version), then render the PDF (kk) and the XLSX',
          goal: { totalMs: GOAL_MS, atCases: 10_000_000 },
          results,
        },
        null,
        2,
      ) + '\n',
    )
    log(`total median ${total.medianMs} ms (goal ≤ ${GOAL_MS} ms) → ${OUT}`)
  } finally {
    await db.destroy()
  }
}
