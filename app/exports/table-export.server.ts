// CSV and XLSX downloads of a page's table. A page builds an ExportTable from the same rows it
// renders (already limited to the user's scope by its loader) and answers
// `?export=csv|csv-excel|xlsx` with tableDownload(). `csv-excel` is the CSV that Excel with
// Russian or Kazakh regional settings opens by a double click (`;`, decimal comma). Numbers stay numbers in XLSX; a column with `percent` is written as a
// fraction with a 0.0% format, so Excel shows 91.9% and computes with 0.919; a `date` column as
// dates. The XLSX prints as a document (xlsx-print.ts, decision 0023).
import ExcelJS from 'exceljs'
import { EXCEL_COMMA_DECIMAL, RFC4180, toCsv } from './csv-writer'
import { extensionOf, isExportFormat, type ExportFormat } from './export-formats'
import { calibri, fitColumns, printAsDocument } from './xlsx-print'
import type { Translator } from '../i18n/translate'

export type { ExportFormat } from './export-formats'
export type ExportValue = string | number | null

export interface ExportColumn {
  key: string
  label: string
  /** The value is a percentage 0–100: XLSX stores value/100 with a % format. */
  percent?: boolean
  /** The value is a local date 'YYYY-MM-DD' or time 'YYYY-MM-DD HH:MM' (an ISO instant is read
   * in UTC): XLSX stores a date. */
  date?: boolean
}

/** The printed page header of the XLSX, in the download's language. */
export interface ExportHeading {
  /** What the table shows, e.g. "Выдача справки … — Районы". */
  title: string
  /** Its scope, period and the data version, e.g. "Акмолинская область · 2025 · Версия данных: 812". */
  subtitle: string
}

export interface ExportTable {
  /** File name without extension, e.g. `sapa-KZ-11-2025-offices`. */
  name: string
  /** Sheet name (XLSX, at most 31 characters). */
  title: string
  columns: ExportColumn[]
  rows: Record<string, ExportValue>[]
  /** Without it the page header names the table by its sheet title. */
  heading?: ExportHeading
}

/**
 * The table with its printed page header: "{subject} — {table title}" over its scope and period
 * and the data version the numbers were computed at (null: not computed from the facts).
 */
export function withHeading(
  table: ExportTable,
  tr: Pick<Translator, 't'>,
  heading: {
    subject: string
    scope: readonly (string | number | null)[]
    dataVersion: number | null
  },
): ExportTable {
  const parts = heading.scope.filter((p) => p !== null && p !== '').map(String)
  if (heading.dataVersion !== null) {
    parts.push(tr.t('export.dataVersion', { version: heading.dataVersion }))
  }
  return {
    ...table,
    heading: { title: `${heading.subject} — ${table.title}`, subtitle: parts.join(' · ') },
  }
}

export function exportFormatOf(url: URL): ExportFormat | null {
  const format = url.searchParams.get('export')
  return isExportFormat(format) ? format : null
}

/** UTF-8 with a BOM, so that Excel opens the Cyrillic and Kazakh letters correctly. */
export function tableCsv(table: ExportTable, format: 'csv' | 'csv-excel' = 'csv'): string {
  return (
    '\uFEFF' +
    toCsv(
      table.rows,
      table.columns.map((c) => ({ header: c.label, value: (row) => row[c.key] ?? null })),
      format === 'csv-excel' ? EXCEL_COMMA_DECIMAL : RFC4180,
    )
  )
}

export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Sapa'
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = table.columns.map((c) => ({ header: c.label, key: c.key }))
  const header = sheet.getRow(1)
  header.eachCell((cell) => {
    cell.font = calibri(9, true)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } }
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  })
  for (const row of table.rows) {
    const r = sheet.addRow(
      Object.fromEntries(
        table.columns.map((c) => {
          const value = row[c.key] ?? null
          if (c.percent && typeof value === 'number') return [c.key, value / 100]
          if (c.date && typeof value === 'string') return [c.key, dateValue(value)]
          return [c.key, value]
        }),
      ),
    )
    table.columns.forEach((c, i) => {
      const cell = r.getCell(i + 1)
      cell.alignment = { vertical: 'top', wrapText: typeof cell.value === 'string' }
      if (c.percent) cell.numFmt = '0.0%'
      else if (cell.value instanceof Date) {
        cell.numFmt = dateFormat(String(row[c.key]))
      }
    })
  }
  // Texts wrap within 40 digits; numbers, codes and dates keep one line.
  fitColumns(
    sheet,
    table.columns.map(() => ({ min: 6, max: 40 })),
  )
  printAsDocument(sheet, {
    title: table.heading?.title ?? table.title,
    subtitle: table.heading?.subtitle ?? '',
    pageOf: '{page} / {pages}',
    titleRows: { first: 1, last: 1 },
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The date's format: to the second, the minute or the day, as precise as the text. */
function dateFormat(text: string): string {
  if (/\d{2}:\d{2}:\d{2}/.test(text)) return 'dd.mm.yyyy hh:mm:ss'
  return /\d{2}:\d{2}/.test(text) ? 'dd.mm.yyyy hh:mm' : 'dd.mm.yyyy'
}

/**
 * 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' as the date Excel shows as written (Excel's dates have no
 * time zone: the UTC fields are the ones shown); the text itself when it is not such a date.
 */
function dateValue(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text)
  if (!m) return text
  const [, y, mo, d, h, mi, sec] = m.map(Number)
  return new Date(Date.UTC(y!, mo! - 1, d!, h || 0, mi || 0, sec || 0))
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'csv-excel': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export async function tableDownload(table: ExportTable, format: ExportFormat): Promise<Response> {
  const body = format === 'xlsx' ? new Uint8Array(await tableXlsx(table)) : tableCsv(table, format)
  const fileName = `${safeFileName(table.name)}${format === 'csv-excel' ? '-excel' : ''}`
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${fileName}.${extensionOf(format)}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sapa'
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-')
}
