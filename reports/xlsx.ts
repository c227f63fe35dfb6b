// The report as an Excel workbook (exceljs) that prints as the document it is (decision 0023): a
// title sheet laid out as a document (labels beside their values, long texts wrapped); per
// standard one sheet laid out like its printed appendix (the kk column headings and the 1–4
// numbering row as printed, group headings, "1.1. …" rows) with Sapa's columns after the printed
// four, and one sheet with the breakdown by region (district) as a list, one row per indicator
// and unit, that sorts and filters. Every sheet is A4, one page wide, its header rows repeated
// on each page, under a page header with the title, scope and data version. Numbers are numbers:
// percentages stored as fractions with a % format, counts as integers, the as-of date as a date.
// The document date is the edition's, so that a published edition gives the same bytes every
// time (zip-timestamps.ts).
import ExcelJS from 'exceljs'
import { calibri, fitColumns, printAsDocument } from '../app/exports/xlsx-print'
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
import { reportTexts, type ReportTexts } from './texts.server'
import { dataThroughLine } from './texts'
import { withZipTimestamps } from './zip-timestamps'

const PERCENT = '0.00%'
const COUNT = '#,##0'
/** The title sheet's text; the tables' text a size smaller, their headings smaller still (they
 * wrap in narrow columns): 12 columns then print on a landscape page at about 80 %. */
const BODY_SIZE = 10
const TABLE_SIZE = 9
const HEADING_SIZE = 8
const BOLD = calibri(BODY_SIZE, true)
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
  workbook.title = `${x.msg('reports.title')} — ${model.year}`
  const page = pageLayout(model, edition, x)
  coverSheet(workbook, model, edition, x, page)
  model.standards.forEach((standard, i) => {
    appendixSheet(workbook, model, edition, standard, i + 1, x, page)
    breakdownSheet(workbook, model, standard, i + 1, x, page)
  })
  const buffer = await workbook.xlsx.writeBuffer()
  return withZipTimestamps(new Uint8Array(buffer as ArrayBuffer), at)
}

/** The page header and footer every sheet prints with. */
function pageLayout(model: ReportModel, edition: Edition, x: ReportTexts) {
  return {
    title: x.msg('reports.title'),
    subtitle: [
      x.scope(model),
      x.msg('reports.reportingYear', { year: model.year }),
      `${x.msg('reports.dataVersion')}: ${model.dataVersion}`,
      editionLine(edition, x),
    ].join(' · '),
    pageOf: x.msg('reports.page'),
  }
}

type PageLayout = ReturnType<typeof pageLayout>

// ── sizing ───────────────────────────────────────────────────────────────────────────────────

/**
 * A text across columns `from`–`to` (a title above a table), wrapped; fitRowHeights (in
 * printAsDocument) gives the row the height of its lines.
 */
function spanning(
  row: ExcelJS.Row,
  from: number,
  to: number,
  font: Partial<ExcelJS.Font> = calibri(BODY_SIZE),
): ExcelJS.Row {
  row.worksheet.mergeCells(row.number, from, row.number, to)
  const cell = row.getCell(from)
  cell.font = font
  cell.alignment = WRAP
  return row
}

/** A table's header row: bold, shaded, bordered, centred and wrapped across its columns. */
function headingCells(row: ExcelJS.Row, columns: number): ExcelJS.Row {
  for (let col = 1; col <= columns; col++) {
    const cell = row.getCell(col)
    cell.font = calibri(HEADING_SIZE, true)
    cell.fill = HEADER_FILL
    cell.border = BORDER
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  }
  return row
}

const spanningText = (
  sheet: ExcelJS.Worksheet,
  text: string,
  columns: number,
  font?: Partial<ExcelJS.Font>,
) => spanning(sheet.addRow([text]), 1, columns, font)

// ── the title sheet ──────────────────────────────────────────────────────────────────────────

/** The label and value columns together: a portrait page's width (xlsx-print.ts). */
const COVER_WIDTH = 88

function coverSheet(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  edition: Edition,
  x: ReportTexts,
  page: PageLayout,
) {
  const sheet = workbook.addWorksheet(sheetName(x.msg('reports.sheet.cover')))
  sheet.columns = [{ width: 24 }, { width: COVER_WIDTH - 24 }]
  spanningText(sheet, x.msg('reports.title'), 2, calibri(14, true))
  sheet.addRow([])
  const fact = (label: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const row = sheet.addRow([label, value])
    row.getCell(1).font = BOLD
    row.getCell(1).alignment = WRAP
    row.getCell(2).font = calibri(BODY_SIZE)
    row.getCell(2).alignment = { ...WRAP, horizontal: 'left' }
    if (numFmt) row.getCell(2).numFmt = numFmt
    return row
  }
  fact(x.msg('reports.scope'), x.scope(model))
  fact(x.msg('reports.pages.year'), model.year, '0')
  fact(
    x.msg('reports.asOfLabel'),
    dateCell(model.asOf),
    x.lang === 'en' ? 'dd/mm/yyyy' : 'dd.mm.yyyy',
  )
  if (model.dataThrough !== undefined) fact('', dataThroughLine(model.dataThrough, x))
  fact(x.msg('reports.dataVersion'), model.dataVersion)
  fact(x.msg('reports.pages.version'), editionLine(edition, x))
  if (edition.status === 'published') fact(x.msg('reports.contentHash'), edition.contentHash)
  else fact('', x.msg('reports.draftNote'))

  const heading = (text: string) => {
    sheet.addRow([])
    const row = sheet.addRow([text])
    row.getCell(1).font = calibri(12, true)
    row.getCell(1).alignment = WRAP
  }
  heading(x.msg('reports.standardsInReport'))
  for (const s of model.standards) {
    fact(
      s.id,
      `${x.name(s.name)} (${x.msg('reports.decree', { number: s.decree.number, date: x.date(s.decree.date) })})`,
    ).getCell(1).font = calibri(BODY_SIZE)
  }
  const section = (title: string, blocks: { standardName: string; lines: string[] }[]) => {
    heading(title)
    for (const block of blocks) {
      fact('', block.standardName).getCell(2).font = BOLD
      for (const line of block.lines) fact('', line)
    }
  }
  section(x.msg('reports.commentary'), commentaryOf(model, x))
  section(x.msg('reports.quality'), qualityNotesOf(model, x))
  sheet.addRow([])
  fact('', x.msg('reports.methodNote'))
  // A label column as wide as its longest word, the values in the rest of a portrait page.
  fitColumns(sheet, [{ min: 18, max: 26 }])
  sheet.getColumn(2).width = COVER_WIDTH - (sheet.getColumn(1).width ?? 24)
  printAsDocument(sheet, page)
}

/** 'YYYY-MM-DD' as the date cell Excel shows as that day (a date has no time zone there). */
function dateCell(day: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!))
}

// ── the appendix table of a standard ─────────────────────────────────────────────────────────

function appendixSheet(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  edition: Edition,
  standard: ReportStandard,
  index: number,
  x: ReportTexts,
  page: PageLayout,
) {
  const translated = x.lang !== 'kk'
  const sheet = workbook.addWorksheet(sheetName(`${index}. ${x.msg('reports.sheet.appendix')}`))
  const sapaHeadings = [
    x.msg('reports.targetThisYear', { year: model.year }),
    x.msg('reports.status'),
    x.msg('reports.columns.numerator'),
    x.msg('reports.columns.denominator'),
    x.msg('reports.columns.ciLow'),
    x.msg('reports.columns.ciHigh'),
    x.msg('reports.columns.contributing'),
    x.msg('reports.columns.serving'),
  ]
  const headings = [...standard.appendix.columnsKk, ...sapaHeadings]
  const width = headings.length
  spanningText(sheet, x.name(standard.name), width, calibri(12, true))
  spanningText(sheet, appendixCaption(standard, x), width)
  spanningText(sheet, standard.appendix.titleKk, width, BOLD)
  spanningText(
    sheet,
    `${x.scope(model)} · ${model.year} · ${x.msg('reports.asOf', { date: x.date(model.asOf) })} · ${x.msg('reports.dataVersion')}: ${model.dataVersion} · ${editionLine(edition, x)}`,
    width,
  )
  sheet.addRow([])
  const headerRows: ExcelJS.Row[] = []
  headerRows.push(sheet.addRow(headings))
  if (translated) headerRows.push(sheet.addRow([...x.list('reports.printedColumns')]))
  headerRows.push(sheet.addRow(['1', '2', '3', '4']))
  for (const row of headerRows) headingCells(row, width)
  const first = headerRows[0]!.number
  const last = headerRows[headerRows.length - 1]!.number
  sheet.views = [{ state: 'frozen', ySplit: last }]

  const printed = (kk: string, other: string) => (translated ? `${kk}\n${other}` : kk)
  for (const row of standard.rows) {
    if (row.kind === 'group') {
      const r = sheet.addRow([printed(row.heading.kk, x.name(row.heading))])
      for (let col = 1; col <= width; col++) r.getCell(col).border = BORDER
      r.getCell(1).font = calibri(TABLE_SIZE, true)
      r.getCell(1).alignment = WRAP
      continue
    }
    const f = row.figure
    const r = sheet.addRow([
      printed(`${row.code}. ${row.name.kk}`, x.name(row.name)),
      row.normative ?? '',
      row.targetNextYear === null ? x.msg('reports.notApproved') : fraction(row.targetNextYear),
      f.value === null ? x.msg('reports.noData') : fraction(f.value),
      fraction(f.target),
      x.msg(`reports.statuses.${f.status}`),
      f.numerator,
      f.denominator,
      fraction(f.ciLow),
      fraction(f.ciHigh),
      f.contributing,
      f.serving,
    ])
    for (let col = 1; col <= width; col++) {
      const cell = r.getCell(col)
      cell.font = calibri(TABLE_SIZE)
      cell.border = BORDER
      cell.alignment = { ...WRAP, horizontal: col === 1 ? 'left' : 'right' }
    }
    r.getCell(2).alignment = { ...WRAP, horizontal: 'center' }
    r.getCell(6).alignment = { ...WRAP, horizontal: 'left' }
    for (const col of [3, 4, 5, 9, 10]) r.getCell(col).numFmt = PERCENT
    for (const col of [7, 8, 11, 12]) r.getCell(col).numFmt = COUNT
  }
  // The indicator column holds the printed texts (wrapped); every other column is as wide as the
  // longest word of its headings and its widest number, so that the table prints 12 columns on
  // a landscape page at about 80 %.
  fitColumns(
    sheet,
    [{ min: 44, max: 44 }, ...sapaHeadings.concat('', '', '').map(() => ({ max: 8 }))],
    first,
  )
  // The appendix is a document of its own, as short as the standards print it: one page in kk,
  // two when each text stands under its printed kk (shrunk to fit if it must).
  printAsDocument(sheet, { ...page, titleRows: { first, last }, pagesTall: translated ? 2 : 1 })
}

// ── the breakdown by region (district) ───────────────────────────────────────────────────────

/** The code of the nation's rows in a breakdown list (ISO 3166-1; regions are KZ-xx). */
const NATION_CODE = 'KZ'

function breakdownSheet(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  standard: ReportStandard,
  index: number,
  x: ReportTexts,
  page: PageLayout,
) {
  const level = standard.breakdown.level
  const sheet = workbook.addWorksheet(sheetName(`${index}. ${x.msg(`reports.sheet.${level}`)}`))
  const lines = indicatorLines(standard)
  const headings = [
    x.msg('reports.columns.indicator'),
    x.msg('reports.columns.code'),
    x.msg(`reports.unit.${level}`),
    x.msg('reports.columns.value'),
    x.msg('reports.targetThisYear', { year: model.year }),
    x.msg('reports.status'),
    x.msg('reports.columns.numerator'),
    x.msg('reports.columns.denominator'),
  ]
  const width = headings.length
  spanningText(sheet, x.name(standard.name), width, calibri(12, true))
  spanningText(
    sheet,
    `${x.msg(`reports.breakdown.${level}`)} · ${x.scope(model)} · ${model.year}`,
    width,
  )
  spanningText(sheet, x.msg('reports.breakdownList'), width)
  const header = headingCells(sheet.addRow(headings), width)
  sheet.views = [{ state: 'frozen', ySplit: header.number }]

  const addFigure = (code: string, unitCode: string, unitName: string, f: Figure) => {
    const r = sheet.addRow([
      code,
      unitCode,
      unitName,
      fraction(f.value),
      fraction(f.target),
      x.msg(`reports.statuses.${f.status}`),
      f.numerator,
      f.denominator,
    ])
    // A line of 9 pt text fits 13 pt; fitRowHeights makes a wrapped name's row taller.
    r.height = 13
    for (let col = 1; col <= width; col++) {
      r.getCell(col).font = calibri(TABLE_SIZE)
      r.getCell(col).alignment = { vertical: 'top', wrapText: col === 3 || col === 6 }
    }
    for (const col of [4, 5]) r.getCell(col).numFmt = PERCENT
    for (const col of [7, 8]) r.getCell(col).numFmt = COUNT
    return r
  }
  // Per indicator in printed order: the report's scope first (bold), then its units.
  for (const line of lines) {
    addFigure(line.code, model.scope.code ?? NATION_CODE, x.scope(model), line.figure).font =
      calibri(TABLE_SIZE, true)
    for (const unit of standard.breakdown.units) {
      const f = unit.figures[line.code]
      if (f) addFigure(line.code, unit.code, x.name(unit.name), f)
    }
  }
  sheet.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: sheet.rowCount, column: width },
  }
  // What the codes stand for, under the list (outside the filter's range).
  sheet.addRow([])
  for (const line of lines) {
    const r = sheet.addRow([line.code, x.name(line.name)])
    r.getCell(1).font = calibri(HEADING_SIZE)
    r.getCell(1).alignment = { vertical: 'top' }
    spanning(r, 2, width, calibri(HEADING_SIZE))
  }
  // Codes and numbers on one line; a unit's name and a status fit one line too, mostly (a long
  // name wraps): the list then prints portrait at about 90 %, some 60 rows a page.
  fitColumns(
    sheet,
    [
      { max: 6 },
      { max: 18 },
      { min: 16, max: 21 },
      { max: 8 },
      { max: 8 },
      { max: 18 },
      { max: 8 },
      { max: 8 },
    ],
    header.number,
  )
  printAsDocument(sheet, { ...page, titleRows: { first: header.number, last: header.number } })
}
