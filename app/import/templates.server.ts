// The downloadable templates of the import formats: a CSV with the header row, and an XLSX whose
// first sheet has the header row and whose second sheet lists the columns (required or not, the
// Kazakh and Russian headers accepted, the values expected).
import ExcelJS from 'exceljs'
import { csvField } from '../exports/csv-writer'
import { FORMATS, type ImportKind } from './formats.server'

export function templateCsv(kind: ImportKind): string {
  return FORMATS[kind].map((c) => csvField(c.name)).join(',') + '\r\n'
}

export async function templateXlsx(kind: ImportKind): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(kind)
  const columns = FORMATS[kind]
  sheet.addRow(columns.map((c) => c.name))
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((column) => (column.width = 24))
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const help = workbook.addWorksheet('columns')
  help.addRow(['column', 'required', 'kk', 'ru', 'values'])
  help.getRow(1).font = { bold: true }
  for (const c of columns) {
    help.addRow([c.name, c.required ? 'yes' : 'no', c.kk.join('; '), c.ru.join('; '), c.describe])
  }
  help.columns.forEach((column, i) => (column.width = i === 4 ? 80 : 32))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
