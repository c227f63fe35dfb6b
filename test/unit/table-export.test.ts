// A page table downloads as CSV (UTF-8 with BOM, quoted where needed) and as XLSX with numbers
// kept as numbers, percentages as fractions with a % format and dates as dates, ready to print
// (decision 0023).
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  tableCsv,
  tableDownload,
  tableXlsx,
  withHeading,
  type ExportTable,
} from '../../app/exports/table-export.server'

async function sheetOf(table: ExportTable): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  const bytes = await tableXlsx(table)
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook.worksheets[0]!
}

const table: ExportTable = {
  name: 'sapa KZ-11/2025 offices',
  title: 'Ақмола облысы: офистер',
  columns: [
    { key: 'office', label: 'Office' },
    { key: 'onTime', label: 'On time, %', percent: true },
    { key: 'cases', label: 'Cases' },
  ],
  rows: [
    { office: 'Көкшетау, ХҚКО', onTime: 91.95, cases: 236 },
    { office: 'Office "B"', onTime: null, cases: 0 },
  ],
}

describe('table export', () => {
  it('writes CSV with a BOM, the labels and quoted fields', () => {
    expect(tableCsv(table)).toBe(
      '\uFEFFOffice,"On time, %",Cases\r\n"Көкшетау, ХҚКО",91.95,236\r\n"Office ""B""",,0\r\n',
    )
  })

  it('writes XLSX numbers as numbers, percentages as fractions with a % format', async () => {
    const workbook = new ExcelJS.Workbook()
    const bytes = await tableXlsx(table)
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('Ақмола облысы: офистер'.replace(':', ' '))
    expect(sheet.getCell('A2').value).toBe('Көкшетау, ХҚКО')
    expect(sheet.getCell('B2').value).toBeCloseTo(0.9195, 10)
    expect(sheet.getCell('B2').numFmt).toBe('0.0%')
    expect(sheet.getCell('C2').value).toBe(236)
    expect(sheet.getCell('B3').value).toBeNull()
  })

  it('writes XLSX dates as dates, to the minute or the second as written (the wall clock shown, no zone)', async () => {
    const sheet = await sheetOf({
      name: 'cases',
      title: 'Cases',
      columns: [
        { key: 'submitted', label: 'Submitted', date: true },
        { key: 'at', label: 'At (UTC)', date: true },
        { key: 'due', label: 'Due', date: true },
      ],
      rows: [
        { submitted: '2025-03-04 10:15', at: '2025-03-04T05:15:09.000Z', due: null },
        { submitted: '2025-03-05', at: 'not a date', due: null },
      ],
    })
    expect(sheet.getCell('A2').value).toEqual(new Date(Date.UTC(2025, 2, 4, 10, 15)))
    expect(sheet.getCell('A2').numFmt).toBe('dd.mm.yyyy hh:mm')
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2025, 2, 4, 5, 15, 9)))
    expect(sheet.getCell('B2').numFmt).toBe('dd.mm.yyyy hh:mm:ss')
    expect(sheet.getCell('A3').value).toEqual(new Date(Date.UTC(2025, 2, 5)))
    expect(sheet.getCell('A3').numFmt).toBe('dd.mm.yyyy')
    expect(sheet.getCell('B3').value).toBe('not a date')
    expect(sheet.getCell('C2').value).toBeNull()
  })

  it('writes XLSX that prints: A4, one page wide, the header row on every page, under its page header', async () => {
    const t = (_key: string, params?: Record<string, string | number>) =>
      `Data version: ${params?.version}`
    const sheet = await sheetOf(
      withHeading(table, { t }, { subject: 'Akmola', scope: [2025, null], dataVersion: 812 }),
    )
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    })
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.headerFooter.oddHeader).toBe(
      '&L&8&"-,Bold"Akmola — Ақмола облысы: офистер\n&"-,Regular"2025 · Data version: 812',
    )
    expect(sheet.headerFooter.oddFooter).toBe('&L&8&A&R&8&P / &N')
    // "Көкшетау, ХҚКО" wraps in its column; the header row wraps too.
    expect(sheet.getCell('A2').alignment).toMatchObject({ wrapText: true })
    expect(sheet.getCell('A1').alignment).toMatchObject({ wrapText: true })
  })

  it('names the download safely', async () => {
    const response = await tableDownload(table, 'csv')
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="sapa-KZ-11-2025-offices.csv"',
    )
  })
})
