// How a worksheet Sapa writes prints (decision 0023): on A4, portrait unless its columns are
// wider than a portrait page holds, scaled to one page wide and as many pages tall as it needs,
// with its header rows repeated on every page, a page header naming what is printed (title,
// scope, data version) and a footer with the sheet's name and "page N of M". Columns are as wide
// as their longest word, so that text wraps between words; rows as tall as their wrapped text,
// since neither Excel nor LibreOffice sizes rows on opening a file.
import type ExcelJS from 'exceljs'
import { fill } from '../i18n/fill'

// ── measuring text ───────────────────────────────────────────────────────────────────────────
// A column's width is counted in digits of the default font (Calibri 11 in Excel; LibreOffice
// counts in digits of the font it puts in Calibri's place, Carlito or Noto Sans). Text is
// measured with Noto Sans's advance widths (reports/fonts), the widest of these fonts: each
// letter in digits, rounded to a tenth; bold adds 7 %. Lines of the report's own texts printed
// by LibreOffice in Noto Sans measured 0.95–1.01 times this sum, so the estimate is taken 5 %
// wider: a text never needs more room than it is given, and Calibri, narrower, leaves a little
// to spare.

const GLYPH_WIDTHS: [number, string][] = [
  [0.4, "'"],
  [0.5, 'іІijlJ .,:;!()·\u00a0'],
  [0.6, 'ftI-[]'],
  [0.7, 'r/"'],
  [0.8, 'гтғcsz?_'],
  [0.9, 'зксухэұүГҒkvxyFL«»–'],
  [1.1, 'дийнпрцъңөһАБВКРСУЬЭЯbdghnopquABCKPR'],
  [1.2, 'ЛЧЪҚҺ'],
  [1.3, 'жмфыДИЙНОПЦӘҢDGHNU'],
  [1.4, 'юФӨwOQ…'],
  [1.5, 'Ы%'],
  [1.6, 'шщЖМmMW'],
  [1.7, 'Ю—'],
  [1.8, 'ШЩ№'],
]
const GLYPH = new Map(GLYPH_WIDTHS.flatMap(([w, chars]) => [...chars].map((c) => [c, w] as const)))
const MARGIN = 1.05

/** Where a line may break: at a space, never at a no-break space. */
const BREAKS = /[ \t\r\n]+/

/** The width of a text in digits of 11 pt text, at `size` pt (bold: 7 % wider). */
export function textWidth(text: string, size = 11, bold = false): number {
  let units = 0
  for (const ch of text) units += GLYPH.get(ch) ?? 1
  return (units * MARGIN * size * (bold ? 1.07 : 1)) / 11
}

/**
 * The workbook's font (Excel's default) at a size. A cell's font must carry its name: without
 * one, LibreOffice prints the cell in its own default, a serif.
 */
export function calibri(size: number, bold = false): Partial<ExcelJS.Font> {
  return { name: 'Calibri', family: 2, size, bold }
}

/** A cell's text as printed: numbers in their format, dates as dd.mm.yyyy. */
function shownText(cell: ExcelJS.Cell): string {
  const v = cell.value
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') {
    const percent = /0(\.(0+))?%/.exec(cell.numFmt ?? '')
    if (percent) return `${(v * 100).toFixed(percent[2]?.length ?? 0)}%`
    if ((cell.numFmt ?? '').includes('#,##0')) return Math.round(v).toLocaleString('en')
    return String(Number(v.toPrecision(10)))
  }
  if (v instanceof Date)
    return (cell.numFmt ?? '').includes('h') ? '00.00.0000 00:00' : '00.00.0000'
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('')
  return String(v)
}

const fontOf = (cell: ExcelJS.Cell) => ({
  size: cell.font?.size ?? 11,
  bold: cell.font?.bold ?? false,
})

// A cell's text keeps a little room from its borders.
const PADDING = 1

/** The lines a text wraps into in a column `width` digits wide (words never split). */
export function wrappedLines(text: string, width: number, size = 11, bold = false): number {
  const room = Math.max(1, width - PADDING)
  const space = textWidth(' ', size, bold)
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    lines += 1
    for (const word of paragraph.split(BREAKS).filter(Boolean)) {
      const w = textWidth(word, size, bold)
      if (used > 0 && used + space + w > room) {
        lines += 1
        used = 0
      }
      // A word wider than the column takes as many lines as it needs.
      if (w > room) {
        lines += Math.ceil(w / room) - 1
        used = w % room
      } else {
        used += (used > 0 ? space : 0) + w
      }
    }
  }
  return lines
}

// ── columns and rows ─────────────────────────────────────────────────────────────────────────

export interface ColumnFit {
  /** Never narrower (digits). */
  min?: number
  /** Never wider, unless one word needs more (digits); wrapped text makes the row taller. */
  max: number
}

/**
 * Sets each column's width from the cells below `fromRow` (the table, not a title above it):
 * wide enough for the longest word of any cell (a wrapped cell) or its whole text (a number, a
 * code), and for the whole text of the longest cell up to `max`.
 */
export function fitColumns(
  sheet: ExcelJS.Worksheet,
  fits: readonly ColumnFit[],
  fromRow = 1,
): void {
  fits.forEach((fit, i) => {
    let longestWord = fit.min ?? 0
    let longestText = fit.min ?? 0
    sheet.getColumn(i + 1).eachCell({ includeEmpty: false }, (cell, row) => {
      if (row < fromRow || cell.isMerged) return
      const text = shownText(cell)
      const { size, bold } = fontOf(cell)
      const whole = textWidth(text, size, bold) + PADDING
      const words = cell.alignment?.wrapText
        ? Math.max(0, ...text.split(BREAKS).map((w) => textWidth(w, size, bold))) + PADDING
        : whole
      longestWord = Math.max(longestWord, words)
      longestText = Math.max(longestText, whole)
    })
    const width = Math.ceil(Math.max(longestWord, Math.min(longestText, fit.max)) * 2) / 2
    // exceljs leaves out a column 9 wide (its default), and applications then use their own.
    sheet.getColumn(i + 1).width = width === 9 ? 9.5 : width
  })
}

/** The columns a merged cell spans (itself alone when not merged). */
function spanWidth(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, col: number): number {
  const master = row.getCell(col)
  let width = sheet.getColumn(col).width ?? 9
  for (let c = col + 1; c <= sheet.columnCount; c++) {
    const next = row.getCell(c)
    if (!next.isMerged || next.master !== master) break
    width += sheet.getColumn(c).width ?? 9
  }
  return width
}

/** The default row height (pt) for 11 pt text; a line of text takes 1.36 × its size (Noto Sans;
 * Calibri 1.22). */
const DEFAULT_ROW = 15
const lineHeight = (size: number) => size * 1.36

/**
 * Makes every row as tall as its wrapped cells need (once the columns have their widths):
 * neither Excel nor LibreOffice computes a row's height when it opens a file. A row of single
 * lines no larger than 11 pt keeps its height (the default 15 pt, or what was set).
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow({ includeEmpty: false }, (row) => {
    let height = 0
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return
      const { size, bold } = fontOf(cell)
      const lines = cell.alignment?.wrapText
        ? wrappedLines(shownText(cell), spanWidth(sheet, row, col), size, bold)
        : 1
      if (lines > 1 || size > 11) height = Math.max(height, lines * lineHeight(size) + 2)
    })
    if (height > (row.height ?? DEFAULT_ROW)) row.height = Math.ceil(height)
  })
}

// ── the page ─────────────────────────────────────────────────────────────────────────────────

/**
 * What an A4 portrait page holds between 0.5″ side margins: 184.6 mm, 698 px at 96 px an inch.
 * A sheet prints portrait while that takes no more shrinking than to 90 % (a long list keeps
 * more rows a page), landscape (271.6 mm) beyond.
 */
const PORTRAIT_PX = 698
const PORTRAIT_MIN_SCALE = 0.9

/** The printed width of columns in pixels, as Excel converts column widths (a digit of
 * Calibri 11 is 7 px, and every column has 5 px of padding). */
export function columnsPx(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + Math.round(w * 7) + 5, 0)
}

export interface PrintLayout {
  /** The page header's first line (bold): what is printed, e.g. the report's title. */
  title: string
  /** The page header's second line: scope, year, data version, edition. */
  subtitle: string
  /** "Page {page} of {pages}" in the document's language. */
  pageOf: string
  /** Rows repeated at the top of every printed page: the table's header rows. */
  titleRows?: { first: number; last: number }
  /** At most this many pages tall, shrunk to fit if need be (a document of a set length);
   * without it, as many pages as the rows take. */
  pagesTall?: number
}

/** Header and footer text is a small language of its own: `&` starts a code, `&&` prints one. */
const literal = (text: string) => text.replace(/&/g, '&&')

// Excel refuses a header or footer longer than 255 characters, codes included.
const HEADER_MAX = 255

/** The text as header codes, cut with "…" to at most `max` characters (never half an "&&"). */
function cutLiteral(text: string, max: number): string {
  if (literal(text).length <= max) return literal(text)
  let t = text.slice(0, max - 1)
  while (literal(t).length > max - 1) t = t.slice(0, -1)
  return `${literal(t)}…`
}

/** The page header: the title in bold over the subtitle, both cut to fit Excel's limit. */
export function pageHeader(title: string, subtitle: string): string {
  const bold = '&L&8&"-,Bold"'
  const regular = '\n&"-,Regular"'
  const room = HEADER_MAX - bold.length - regular.length
  const t = cutLiteral(title, Math.ceil(room / 2))
  return `${bold}${t}${regular}${cutLiteral(subtitle, room - t.length)}`
}

/** The footer: the sheet's name (&A) left, "Page &P of &N" right. */
export function pageFooter(pageOf: string): string {
  return `&L&8&A&R&8${fill(literal(pageOf), { page: '&P', pages: '&N' })}`
}

/**
 * Sets the sheet up to print as a document, once its columns have their widths: the rows get
 * their heights, the page its orientation, scale (fitToWidth applies only with the fitToPage
 * flag; fitToHeight 0 is "as many pages as it takes"), repeated rows, header and footer.
 */
export function printAsDocument(sheet: ExcelJS.Worksheet, layout: PrintLayout): void {
  fitRowHeights(sheet)
  const widths = (sheet.columns ?? []).map((c) => c.width ?? 9)
  const landscape = columnsPx(widths) > PORTRAIT_PX / PORTRAIT_MIN_SCALE
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: layout.pagesTall ?? 0,
    margins: { left: 0.5, right: 0.5, top: 0.85, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(layout.titleRows
      ? { printTitlesRow: `${layout.titleRows.first}:${layout.titleRows.last}` }
      : {}),
  }
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddHeader: pageHeader(layout.title, layout.subtitle),
    oddFooter: pageFooter(layout.pageOf),
  }
}
