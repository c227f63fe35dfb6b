// A worksheet printed as a document (decision 0023): text measured in digits of the default
// font, columns as wide as their longest word, rows as tall as their wrapped lines, A4 in the
// orientation the columns need, and a page header and footer written in Excel's own codes.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  columnsPx,
  fitColumns,
  fitRowHeights,
  pageFooter,
  pageHeader,
  printAsDocument,
  textWidth,
  wrappedLines,
} from '../../app/exports/xlsx-print'

describe('measuring text', () => {
  it('counts a digit as one digit wide, Ш as 1.8, a space as 0.5, all taken 5 % wider; bold 7 % more', () => {
    // 4 digits: 4 × 1.05 = 4.2; "Ш Ш": (1.8 + 0.5 + 1.8) × 1.05 = 4.305.
    expect(textWidth('0000')).toBeCloseTo(4.2, 10)
    expect(textWidth('Ш Ш')).toBeCloseTo(4.305, 10)
    expect(textWidth('0000', 11, true)).toBeCloseTo(4.494, 10)
    // At 22 pt twice as wide as at 11 pt.
    expect(textWidth('0000', 22)).toBeCloseTo(8.4, 10)
  })

  it('wraps between words: "0000 0000" (8.925 digits) is one line in a column of 10, two in 9', () => {
    // A column keeps one digit of padding: room 9 holds 4.2 + 0.525 + 4.2 = 8.925; room 8 does not.
    expect(wrappedLines('0000 0000', 10)).toBe(1)
    expect(wrappedLines('0000 0000', 9)).toBe(2)
    // A new paragraph is a new line.
    expect(wrappedLines('0000\n0000', 10)).toBe(2)
  })

  it('never breaks at a no-break space, and a word wider than its column takes the lines it needs', () => {
    // "0000\u00a00000" is one word of 8.925 digits: two lines' worth in a room of 5 digits.
    expect(wrappedLines('0000\u00a00000', 6)).toBe(2)
    // 20 digits = 21 digits of width in a room of 10: ceil(2.1) = 3 lines.
    expect(wrappedLines('0'.repeat(20), 11)).toBe(3)
  })
})

describe('columns and rows', () => {
  it('sizes a column to its longest word when its text wraps, to its whole text when not, within its maximum', () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('t')
    sheet.addRow(['0000000000 00 00', '0000000000 00 00', 0.5, null])
    sheet.getCell('A1').alignment = { wrapText: true }
    sheet.getCell('C1').numFmt = '0.00%'
    fitColumns(sheet, [{ max: 30 }, { max: 8 }, { max: 30 }, { min: 9, max: 30 }])
    // A: whole text (10 + 0.5 + 2 + 0.5 + 2) × 1.05 + 1 = 16.75 → 17 (half digits, up) — within 30.
    expect(sheet.getColumn(1).width).toBe(17)
    // B: not wrapped, so its whole text counts too, but only up to its maximum of 8; the longest
    // word is the whole text (16.75), which wins: 17.
    expect(sheet.getColumn(2).width).toBe(17)
    // C: "50.00%" shown: (4 × 1 + 0.5 + 1.5) × 1.05 + 1 = 7.3 → 7.5.
    expect(sheet.getColumn(3).width).toBe(7.5)
    // D: empty, its minimum 9 — written as 9.5, since exceljs leaves a 9-wide column out.
    expect(sheet.getColumn(4).width).toBe(9.5)
  })

  it('makes a row as tall as its wrapped lines: three lines of 10 pt are 3 × 13.6 + 2 = 42.8 → 43 pt', () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('t')
    sheet.getColumn(1).width = 10
    const row = sheet.addRow(['0000 0000 0000 0000 0000 0000'])
    row.getCell(1).font = { size: 10 }
    row.getCell(1).alignment = { wrapText: true }
    const single = sheet.addRow(['0000'])
    // At 10 pt a word is 4 × 1.05 × 10/11 = 3.82, a space 0.48: two words (8.1) fit in room 9,
    // a third (12.4) does not — six words make three lines.
    fitRowHeights(sheet)
    expect(row.height).toBe(43)
    // A single line of 11 pt keeps the default height.
    expect(single.height).toBeUndefined()
  })
})

describe('the page', () => {
  it('is A4 portrait while the columns fit 698 px (Excel: 7 px a digit + 5 per column) at 90 %, landscape beyond; one page wide', () => {
    expect(columnsPx([24, 64])).toBe(24 * 7 + 5 + 64 * 7 + 5)
    const workbook = new ExcelJS.Workbook()
    const narrow = workbook.addWorksheet('narrow')
    narrow.columns = [{ width: 54 }, { width: 55 }] // 383 + 390 = 773 px ≤ 698 / 0.9 = 775.6
    const wide = workbook.addWorksheet('wide')
    wide.columns = [{ width: 55 }, { width: 55 }] // 390 + 390 = 780 px
    const layout = { title: 'T', subtitle: 'S', pageOf: 'Page {page} of {pages}' }
    printAsDocument(narrow, layout)
    printAsDocument(wide, { ...layout, titleRows: { first: 3, last: 4 }, pagesTall: 2 })
    expect(narrow.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    })
    expect(narrow.pageSetup.printTitlesRow).toBeUndefined()
    // A document of a set length is shrunk to at most that many pages tall.
    expect(wide.pageSetup).toMatchObject({
      orientation: 'landscape',
      printTitlesRow: '3:4',
      fitToHeight: 2,
    })
  })

  it('writes the header as bold title over subtitle and the footer as sheet name and page N of M', () => {
    expect(pageHeader('Report', 'Akmola · 2025')).toBe(
      '&L&8&"-,Bold"Report\n&"-,Regular"Akmola · 2025',
    )
    expect(pageFooter('Бет {page} / {pages}')).toBe('&L&8&A&R&8Бет &P / &N')
  })

  it('doubles an "&" of the text, and cuts a header to Excel’s 255 characters with "…", never half an "&&"', () => {
    expect(pageHeader('R&D', 'a & b')).toBe('&L&8&"-,Bold"R&&D\n&"-,Regular"a && b')
    const header = pageHeader('&'.repeat(200), '&'.repeat(200))
    expect(header.length).toBeLessThanOrEqual(255)
    // 13 + 13 characters of codes leave 229: the title at most half, 115 ("&&" × 57 + "…"), the
    // subtitle the other 114 ("&&" × 56 + "…" = 113; a 57th pair would pass 114).
    expect(header).toBe(`&L&8&"-,Bold"${'&&'.repeat(57)}…\n&"-,Regular"${'&&'.repeat(56)}…`)
  })
})
