// CSV and XLSX downloads of a page's table. A page builds an ExportTable from the same rows it
// renders (already limited to the user's scope by its loader) and answers `?export=csv|xlsx`
// with tableDownload(). Numbers stay numbers in XLSX; a column with `percent` is written as a
// fraction with a 0.0% format, so Excel shows 91.9% and computes with 0.919.
import ExcelJS from 'exceljs'
import { toCsv } from './csv-writer'

export type ExportFormat = 'csv' | 'xlsx'
export type ExportValue = string | number | null

export interface ExportColumn {
  key: string
  label: string
  /** The value is a percentage 0–100: XLSX stores value/100 with a % format. */
  percent?: boolean
}

export interface ExportTable {
  /** File name without extension, e.g. `sapa-KZ-11-2025-offices`. */
  name: string
  /** Sheet name (XLSX, at most 31 characters). */
  title: string
  columns: ExportColumn[]
  rows: Record<string, ExportValue>[]
}

export function exportFormatOf(url: URL): ExportFormat | null {
  const format = url.searchParams.get('export')
  return format === 'csv' || format === 'xlsx' ? format : null
}

/** UTF-8 with a BOM, so that Excel opens the Cyrillic and Kazakh letters correctly. */
export function tableCsv(table: ExportTable): string {
  return (
    '\uFEFF' +
    toCsv(
      table.rows,
      table.columns.map((c) => ({ header: c.label, value: (row) => row[c.key] ?? null })),
    )
  )
}

export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Sapa'
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(60, Math.max(10, c.label.length + 2)),
    style: c.percent ? { numFmt: '0.0%' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of table.rows) {
    sheet.addRow(
      Object.fromEntries(
        table.columns.map((c) => {
          const value = row[c.key] ?? null
          return [c.key, c.percent && typeof value === 'number' ? value / 100 : value]
        }),
      ),
    )
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export async function tableDownload(table: ExportTable, format: ExportFormat): Promise<Response> {
  const body = format === 'csv' ? tableCsv(table) : new Uint8Array(await tableXlsx(table))
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${safeFileName(table.name)}.${format}"`,
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
