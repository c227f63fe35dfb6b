// The golden fixture (test/fixtures/golden.ts) written out in the import formats, as a regional
// department would send it: CSV (instants in ISO 8601 UTC, yes/no words) and XLSX (times as
// date cells in the offices' local time, UTC+5 all over Kazakhstan in 2025). Survey responses go
// in two files, one per answer scale — a file holds one scale (decision 0018): the CSV states it in
// its answer_scale column, the XLSX leaves it to be inferred from the answers.
import ExcelJS from 'exceljs'
import { csvField } from '../../app/exports/csv-writer'
import { FORMATS, type ImportKind } from '../../app/import/formats.server'
import type { SurveyAnswer, SurveyInput } from '../../app/facts/fact-writer.server'
import type { SurveyScale } from '../../app/domain/survey-scale'
import {
  GOLDEN_COMPLAINTS,
  GOLDEN_PUBLICATIONS,
  goldenCases,
  goldenSurveys,
} from '../fixtures/golden'

type Cell = string | number | boolean | Date | null

const yesNo = (v: boolean | null) => (v === null ? null : v ? 'yes' : 'no')
const answer = (a: SurveyAnswer) => (a === null ? null : typeof a === 'boolean' ? yesNo(a) : a)

/** The golden files: one per kind, the surveys one per scale. */
export const GOLDEN_FILES: { kind: ImportKind; name: string; scale?: SurveyScale }[] = [
  { kind: 'cases', name: 'cases' },
  { kind: 'surveys', name: 'surveys-yes-no', scale: 'yes-no' },
  { kind: 'surveys', name: 'surveys-1-5', scale: '1-5' },
  { kind: 'complaints', name: 'complaints' },
  { kind: 'publications', name: 'publications' },
]

/** A golden response's scale: each block of the fixture answers on one. */
function scaleOf(s: SurveyInput): SurveyScale {
  const answers = [s.process, s.information, s.complaintProcedure, s.complaintTimeline, s.courtesy]
  const scores = answers.filter((a) => typeof a === 'number').length
  const words = answers.filter((a) => typeof a === 'boolean').length
  if (scores > 0 && words > 0) throw new Error(`golden survey ${s.externalId} mixes two scales`)
  return scores > 0 ? '1-5' : 'yes-no'
}

/**
 * Each kind's rows, keyed by canonical column (surveys: those on `scale`, which the answer_scale
 * column states when `stated`). Times stay Date: each format writes its own way.
 */
export function goldenRows(
  kind: ImportKind,
  scale?: SurveyScale,
  stated = false,
): Record<string, Cell>[] {
  switch (kind) {
    case 'cases':
      return goldenCases().map((c) => ({
        external_id: c.externalId,
        standard: c.standardId,
        variant: c.variant,
        channel: c.channel,
        office: c.officeCode,
        submitted_at: c.submittedAt,
        completed_at: c.completedAt,
        result: c.result,
        wait_minutes_submit: c.waitMinutesSubmit,
        wait_minutes_pickup: c.waitMinutesPickup,
        service_minutes: c.serviceMinutes,
        docs_correct: yesNo(c.docsCorrect),
        first_time_correct: yesNo(c.firstTimeCorrect),
        suspended_from: c.suspendedFrom,
        suspended_to: c.suspendedTo,
      }))
    case 'surveys':
      return goldenSurveys()
        .filter((s) => scaleOf(s) === scale)
        .map((s) => ({
          external_id: s.externalId,
          case_external_id: s.caseExternalId,
          standard: s.standardId,
          office: s.officeCode,
          responded_at: s.respondedOn,
          satisfied_process: answer(s.process),
          satisfied_information: answer(s.information),
          satisfied_complaint_procedure: answer(s.complaintProcedure),
          satisfied_complaint_timeline: answer(s.complaintTimeline),
          satisfied_courtesy: answer(s.courtesy),
          answer_scale: stated ? (scale ?? null) : null,
        }))
    case 'complaints':
      return GOLDEN_COMPLAINTS.map((k) => ({
        external_id: k.externalId,
        standard: k.standardId,
        office: k.officeCode,
        received_at: k.receivedAt,
        justified: yesNo(k.justified),
        decided_at: k.decidedAt,
        upheld: yesNo(k.upheld),
        review_term_days: k.reviewTermDays,
      }))
    case 'publications':
      return GOLDEN_PUBLICATIONS.map((p) => ({
        office: p.officeCode,
        standard: p.standardId,
        year: p.year,
        published: yesNo(p.published),
        url: p.url,
      }))
  }
}

export function goldenCsv(kind: ImportKind, scale?: SurveyScale): Uint8Array {
  const columns = FORMATS[kind].map((c) => c.name)
  const lines = [columns.join(',')]
  for (const row of goldenRows(kind, scale, true)) {
    lines.push(columns.map((c) => csvField(row[c] ?? null)).join(','))
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n')
}

const UTC_PLUS_5 = 5 * 60 * 60 * 1000

export async function goldenXlsx(kind: ImportKind, scale?: SurveyScale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(kind)
  const columns = FORMATS[kind].map((c) => c.name)
  sheet.addRow(columns)
  for (const row of goldenRows(kind, scale)) {
    sheet.addRow(
      columns.map((c) => {
        const v = row[c] ?? null
        // An Excel date has no zone: write the local wall-clock time (exceljs keeps it in UTC fields).
        if (v instanceof Date) return new Date(v.getTime() + UTC_PLUS_5)
        return v
      }),
    )
  }
  for (const [i, c] of columns.entries()) {
    if (c.endsWith('_at') || c.startsWith('suspended_'))
      sheet.getColumn(i + 1).numFmt = 'dd.mm.yyyy hh:mm'
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
