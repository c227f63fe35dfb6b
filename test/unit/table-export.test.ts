// A page table downloads as CSV (UTF-8 with BOM, quoted where needed) and as XLSX with numbers
// kept as numbers and percentages as fractions with a % format.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  tableCsv,
  tableDownload,
  tableXlsx,
  type ExportTable,
} from '../../app/exports/table-export.server'

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

  it('names the download safely', async () => {
    const response = await tableDownload(table, 'csv')
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="sapa-KZ-11-2025-offices.csv"',
    )
  })
})
