// The report as an Excel workbook (exceljs): a cover sheet (scope, year, data version, edition,
// commentary, data-quality notes); per standard one sheet laid out like its printed appendix
// (the kk column headings and the 1–4 numbering row as printed, group headings, "1.1. …" rows),
// with Sapa's columns after the printed four, and one sheet with the breakdown by region
// (district). Numbers are numbers: percentages stored as fractions with a % format, counts as
// integers; header rows are frozen. The document date is the edition's, so that a published
// edition gives the same bytes every time (zip-timestamps.ts).
import ExcelJS from 'exceljs'
import { commentaryOf, qualityNotesOf } from './commentary'
import {
  documentDate,
  indicatorLines,
  type Edition,
  type Figure,
  type ReportLanguage,
  type ReportModel,
  type ReportStandard,
} from './model'
import { appendixCaption, editionLine } from './presentation'
import { reportTexts, type ReportTexts } from './texts'
import { withZipTimestamps } from './zip-timestamps'

const PERCENT = '0.00%'
const BOLD = { bold: true }
const WRAP = { wrapText: true, vertical: 'top' } as const
const THIN = { style: 'thin', color: { argb: 'FF9AA5B1' } } as const
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EDF3' },
} as const satisfies ExcelJS.Fill

/** A percentage (0–100) as the fraction Excel's % format expects. */
const fraction = (percent: number | null) => (percent === null ? null : percent / 100)

function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31)
}

export async function reportXlsx(
  model: ReportModel,
  edition: Edition,
  lang: ReportLanguage,
): Promise<Uint8Array> {
  const x = reportTexts(lang)
  const at = documentDate(edition)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Sapa'
  workbook.lastModifiedBy = 'Sapa'
  workbook.created = at
  workbook.modified = at
  workbook.title = `${x.t.title} — ${model.year}`
  coverSheet(workbook, model, edition, x)
  model.standards.forEach((standard, i) => {
    appendixSheet(workbook, model, edition, standard, i + 1, x)
    breakdownSheet(workbook, model, standard, i + 1, x)
  })
  const buffer = await workbook.xlsx.writeBuffer()
  return withZipTimestamps(new Uint8Array(buffer as ArrayBuffer), at)
}

function coverSheet(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  edition: Edition,
  x: ReportTexts,
) {
  const sheet = workbook.addWorksheet(sheetName(x.t.sheet.cover))
  sheet.columns = [{ width: 34 }, { width: 110 }]
  const title = sheet.addRow([x.t.title])
  title.font = { bold: true, size: 14 }
  const facts: [string, string][] = [
    [x.t.scope, x.scope(model)],
    [x.t.pages.year, String(model.year)],
    [x.t.asOfLabel, x.date(model.asOf)],
    [x.t.dataVersion, model.dataVersion],
    [x.t.pages.version, editionLine(edition, x)],
  ]
  if (edition.status === 'published') facts.push([x.t.contentHash, edition.contentHash])
  else facts.push(['', x.t.draftNote])
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value])
    row.getCell(1).font = BOLD
  }
  sheet.addRow([])
  sheet.addRow([x.t.standardsInReport]).font = BOLD
  for (const s of model.standards) {
    sheet.addRow([
      s.id,
      `${x.name(s.name)} (${x.fill(x.t.decree, { number: s.decree.number, date: x.date(s.decree.date) })})`,
    ])
  }
  const section = (heading: string, blocks: { standardName: string; lines: string[] }[]) => {
    sheet.addRow([])
    sheet.addRow([heading]).font = { bold: true, size: 12 }
    for (const block of blocks) {
      sheet.addRow([block.standardName]).font = BOLD
      for (const line of block.lines) sheet.addRow(['', line]).getCell(2).alignment = WRAP
    }
  }
  section(x.t.commentary, commentaryOf(model, x))
  section(x.t.quality, qualityNotesOf(model, x))
  sheet.addRow([])
  sheet.addRow(['', x.t.methodNote]).getCell(2).alignment = WRAP
}

function appendixSheet(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  edition: Edition,
  standard: ReportStandard,
  index: number,
  x: ReportTexts,
) {
  const translated = x.lang !== 'kk'
  const sheet = workbook.addWorksheet(sheetName(`${index}. ${x.t.sheet.appendix}`))
  sheet.columns = [
    { width: 70 },
    { width: 14 },
    { width: 16 },
    { width: 16 },
    { width: 14 },
    { width: 20 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 12 },
  ]
  sheet.addRow([x.name(standard.name)]).font = { bold: true, size: 12 }
  sheet.addRow([appendixCaption(standard, x)])
  sheet.addRow([standard.appendix.titleKk]).font = BOLD
  sheet.addRow([
    `${x.scope(model)} · ${model.year} · ${x.fill(x.t.asOf, { date: x.date(model.asOf) })} · ${x.t.dataVersion}: ${model.dataVersion} · ${editionLine(edition, x)}`,
  ])
  sheet.addRow([])
  const c = x.t.columns
  const sapaHeadings = [
    x.fill(x.t.targetThisYear, { year: model.year }),
    x.t.status,
    c.numerator,
    c.denominator,
    c.ciLow,
    c.ciHigh,
    c.contributing,
    c.serving,
  ]
  const headerRows: ExcelJS.Row[] = []
  headerRows.push(sheet.addRow([...standard.appendix.columnsKk, ...sapaHeadings]))
  if (translated) headerRows.push(sheet.addRow([...x.t.printedColumns]))
  headerRows.push(sheet.addRow(['1', '2', '3', '4']))
  for (const row of headerRows) {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > 12) return
      cell.font = BOLD
      cell.fill = HEADER_FILL
      cell.border = BORDER
      cell.alignment = { ...WRAP, horizontal: 'center' }
    })
  }
  sheet.views = [{ state: 'frozen', ySplit: sheet.rowCount }]

  const printed = (kk: string, other: string) => (translated ? `${kk}\n${other}` : kk)
  for (const row of standard.rows) {
    if (row.kind === 'group') {
      const r = sheet.addRow([printed(row.heading.kk, x.name(row.heading))])
      r.font = BOLD
      r.getCell(1).alignment = WRAP
      r.getCell(1).border = BORDER
      continue
    }
    const f = row.figure
    const r = sheet.addRow([
      printed(`${row.code}. ${row.name.kk}`, x.name(row.name)),
      row.normative ?? '',
      row.targetNextYear === null ? x.t.notApproved : fraction(row.targetNextYear),
      f.value === null ? x.t.noData : fraction(f.value),
      fraction(f.target),
      x.t.statuses[f.status],
      f.numerator,
      f.denominator,
      fraction(f.ciLow),
      fraction(f.ciHigh),
      f.contributing,
      f.serving,
    ])
    r.getCell(1).alignment = WRAP
    for (const col of [3, 4, 5, 9, 10]) r.getCell(col).numFmt = PERCENT
    for (const col of [7, 8, 11, 12]) r.getCell(col).numFmt = '#,##0'
    for (let col = 1; col <= 12; col++) r.getCell(col).border = BORDER
  }
}

function breakdownSheet(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  standard: ReportStandard,
  index: number,
  x: ReportTexts,
) {
  const level = standard.breakdown.level
  const sheet = workbook.addWorksheet(sheetName(`${index}. ${x.t.sheet[level]}`))
  const lines = indicatorLines(standard)
  sheet.getColumn(1).width = 14
  sheet.getColumn(2).width = 36
  sheet.addRow([x.name(standard.name)]).font = { bold: true, size: 12 }
  sheet.addRow([`${x.t.breakdown[level]} · ${x.scope(model)} · ${model.year}`])
  sheet.addRow([x.t.breakdownNote])
  const top = sheet.addRow(['', x.t.unit[level], ...lines.flatMap((l) => [l.code, '', '', ''])])
  const sub = sheet.addRow([
    '',
    '',
    ...lines.flatMap(() => [
      x.t.columns.value,
      x.t.status,
      x.t.columns.numerator,
      x.t.columns.denominator,
    ]),
  ])
  lines.forEach((line, i) => {
    const first = 3 + i * 4
    sheet.mergeCells(top.number, first, top.number, first + 3)
    top.getCell(first).value = `${line.code} ${x.name(line.name)}`
    for (let c = first; c < first + 4; c++) sheet.getColumn(c).width = c === first + 1 ? 16 : 11
  })
  for (const row of [top, sub]) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = BOLD
      cell.fill = HEADER_FILL
      cell.border = BORDER
      cell.alignment = { ...WRAP, horizontal: 'center' }
    })
  }
  top.height = 48
  sheet.views = [{ state: 'frozen', ySplit: sub.number, xSplit: 2 }]

  const addUnit = (code: string, name: string, figure: (code: string) => Figure | undefined) => {
    const r = sheet.addRow([
      code,
      name,
      ...lines.flatMap((l) => {
        const f = figure(l.code)
        if (!f) return [null, null, null, null]
        return [fraction(f.value), x.t.statuses[f.status], f.numerator, f.denominator]
      }),
    ])
    lines.forEach((_, i) => {
      r.getCell(3 + i * 4).numFmt = PERCENT
      r.getCell(5 + i * 4).numFmt = '#,##0'
      r.getCell(6 + i * 4).numFmt = '#,##0'
    })
    return r
  }
  addUnit(
    model.scope.code ?? '',
    x.scope(model),
    (code) => lines.find((l) => l.code === code)?.figure,
  ).font = BOLD
  for (const unit of standard.breakdown.units) {
    addUnit(unit.code, x.name(unit.name), (code) => unit.figures[code])
  }
}
