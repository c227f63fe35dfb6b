// "CSV for Excel": the CSV Excel opens by a double click where the regional settings are Russian
// or Kazakh — semicolons between fields, a decimal comma in numbers, a UTF-8 BOM so Cyrillic and
// Kazakh letters survive — beside the RFC 4180 CSV (comma, decimal point), which stays as it was.
import { describe, expect, it } from 'vitest'
import { csvField, EXCEL_COMMA_DECIMAL, toCsv } from '../../app/exports/csv-writer'
import { tableCsv, tableDownload, type ExportTable } from '../../app/exports/table-export.server'
import { isExportFormat } from '../../app/exports/export-formats'

const table: ExportTable = {
  name: 'sapa-KZ-11-2025-indicators',
  title: 'Көрсеткіштер',
  columns: [
    { key: 'code', label: 'Код' },
    { key: 'indicator', label: 'Показатель; доля' },
    { key: 'value', label: 'Значение 2025, %', percent: true },
    { key: 'n', label: 'Числитель' },
  ],
  rows: [
    { code: '1.1', indicator: 'Своевременность', value: 94.75, n: 3004 },
    { code: '3.3', indicator: 'Онлайн, «ХҚКО»', value: -1.5, n: 0 },
    { code: '4.1', indicator: '=1+1', value: null, n: 12 },
  ],
}

describe('CSV for Excel with Russian or Kazakh regional settings', () => {
  it('writes numbers with a decimal comma and no grouping', () => {
    expect(csvField(94.75, EXCEL_COMMA_DECIMAL)).toBe('94,75')
    expect(csvField(-1.5, EXCEL_COMMA_DECIMAL)).toBe('-1,5')
    expect(csvField(3004, EXCEL_COMMA_DECIMAL)).toBe('3004')
    expect(csvField(0, EXCEL_COMMA_DECIMAL)).toBe('0')
  })

  it('quotes a text with a semicolon; a comma in a text needs no quotes there', () => {
    expect(csvField('a;b', EXCEL_COMMA_DECIMAL)).toBe('"a;b"')
    expect(csvField('Көкшетау, ХҚКО', EXCEL_COMMA_DECIMAL)).toBe('Көкшетау, ХҚКО')
    expect(csvField('say "hi"', EXCEL_COMMA_DECIMAL)).toBe('"say ""hi"""')
  })

  it('still neutralises formulas (a text cell, never a number)', () => {
    expect(csvField('=1+1', EXCEL_COMMA_DECIMAL)).toBe("'=1+1")
    expect(csvField(-2, EXCEL_COMMA_DECIMAL)).toBe('-2')
  })

  it('a page table: BOM, semicolons, decimal commas; the RFC 4180 file is unchanged', () => {
    expect(tableCsv(table, 'csv-excel')).toBe(
      '\uFEFFКод;"Показатель; доля";Значение 2025, %;Числитель\r\n' +
        '1.1;Своевременность;94,75;3004\r\n' +
        '3.3;Онлайн, «ХҚКО»;-1,5;0\r\n' +
        "4.1;'=1+1;;12\r\n",
    )
    expect(tableCsv(table)).toBe(
      '\uFEFFКод,Показатель; доля,"Значение 2025, %",Числитель\r\n' +
        '1.1,Своевременность,94.75,3004\r\n' +
        '3.3,"Онлайн, «ХҚКО»",-1.5,0\r\n' +
        "4.1,'=1+1,,12\r\n",
    )
  })

  it('toCsv takes the dialect for every row, the header included', () => {
    const rows = [{ a: 1.25, b: 'x;y' }]
    const columns = [
      { header: 'a;1', value: (r: (typeof rows)[number]) => r.a },
      { header: 'b', value: (r: (typeof rows)[number]) => r.b },
    ]
    expect(toCsv(rows, columns, EXCEL_COMMA_DECIMAL)).toBe('"a;1";b\r\n1,25;"x;y"\r\n')
  })

  it('the download is a .csv file named apart from the RFC 4180 one', async () => {
    const excel = await tableDownload(table, 'csv-excel')
    expect(excel.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(excel.headers.get('Content-Disposition')).toBe(
      'attachment; filename="sapa-KZ-11-2025-indicators-excel.csv"',
    )
    const plain = await tableDownload(table, 'csv')
    expect(plain.headers.get('Content-Disposition')).toBe(
      'attachment; filename="sapa-KZ-11-2025-indicators.csv"',
    )
    expect(isExportFormat('csv-excel')).toBe(true)
    expect(isExportFormat('tsv')).toBe(false)
  })
})
