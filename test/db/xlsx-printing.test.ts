// The XLSX files Sapa writes print as the documents officials file (decision 0023). LibreOffice,
// headless, prints the annual report (kk and ru; the nation and Akmola) and a table export of the
// region dashboard to PDF, from the demo dataset; every printed page is read back: A4; each page
// names its sheet in the footer and carries the page header (title, scope, data version); each
// appendix sheet takes one page in kk, at most two in ru; every page of a table repeats all its
// column headings, each printed whole — so no page holds a part of a table's columns; no word of
// any sheet is cut. Two pages are kept as PNG in docs/screenshots (the kk title sheet, an ru
// appendix).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { OPERATOR_SCOPE } from '../../app/accounts/policy.server'
import { assembleReport } from '../../app/annual-reports/editions.server'
import { regionExport } from '../../app/dashboards/region-dashboard.server'
import { tableXlsx } from '../../app/exports/table-export.server'
import type { Edition, ReportLanguage, ReportModel } from '../../reports/model'
import { reportXlsx } from '../../reports/xlsx'
import { reportTexts } from '../../reports/texts.server'
import { loadDemoData } from '../../seeds/demo/load-demo'
import {
  printedPages,
  printedWhole,
  printToPdf,
  SOFFICE,
  type PrintedPage,
} from '../support/printed-pages'
import { openTestDb, type TestDb } from '../support/test-db'

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')
const DRAFT: Edition = { status: 'draft', renderedAt: '2026-01-15T05:00:00.000Z' }
const FARM = 'private-farm-certificate'

interface Printed {
  workbook: ExcelJS.Workbook
  pdf: Buffer
  pages: PrintedPage[]
  /** What every page header carries: the title and the data version. */
  header: string[]
  lang: ReportLanguage | null
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook
}

/** The texts of a sheet's repeated header rows (its column headings). */
function headings(sheet: ExcelJS.Worksheet): string[] {
  const rows = sheet.pageSetup.printTitlesRow
  if (!rows) return []
  const [first, last] = rows.split(':').map(Number)
  const out: string[] = []
  for (let r = first!; r <= last!; r++) {
    sheet.getRow(r).eachCell((cell) => {
      const text = String(cell.value ?? '').trim()
      if (text) out.push(text)
    })
  }
  return out
}

/** Every word of a sheet's texts, as a printed page would show it (a line may break after "-"). */
function wordsOf(sheet: ExcelJS.Worksheet): Set<string> {
  const words = new Set<string>()
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value !== 'string') return
      for (const word of cell.value.split(/[\s\u00a0]+/)) if (word) words.add(word)
    }),
  )
  return words
}

const printedWords = (pages: PrintedPage[]) =>
  new Set(pages.flatMap((p) => p.words.map((w) => w.text)))

/** A word is printed whole when it is on the page, or its parts around a hyphen are. */
function printedWord(word: string, printed: Set<string>): boolean {
  if (printed.has(word)) return true
  const parts = word.split(/(?<=-)/)
  return parts.length > 1 && parts.every((p) => printed.has(p))
}

function png(pdf: Buffer, page: number): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-xlsx-png-'))
  writeFileSync(path.join(dir, 'p.pdf'), pdf)
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path.join(dir, 'p.pdf'),
    path.join(dir, 'page'),
  ])
  return readFileSync(path.join(dir, 'page.png'))
}

describe.skipIf(!existsSync(SOFFICE))(
  `XLSX printed by LibreOffice (skipped without ${SOFFICE}: .ci/run installs libreoffice-calc-nogui)`,
  () => {
    let handle: TestDb
    const printed = new Map<string, Printed>()

    beforeAll(async () => {
      handle = await openTestDb('pglite')
      const db = handle.db
      await loadDemoData(db, { demo: { scale: 0.05 }, today: new Date('2026-06-15T05:00:00Z') })
      const models: Record<string, ReportModel> = {
        nation: await assembleReport(db, { year: 2025, regionCode: null }, { asOf: '2025-12-31' }),
        'KZ-11': await assembleReport(
          db,
          { year: 2025, regionCode: 'KZ-11' },
          { asOf: '2025-12-31' },
        ),
      }
      const files: Record<string, Uint8Array> = {}
      const meta: Record<string, { header: string[]; lang: ReportLanguage | null }> = {}
      for (const [scope, model] of Object.entries(models)) {
        for (const lang of ['kk', 'ru'] as const) {
          const x = reportTexts(lang)
          files[`${scope}-${lang}`] = await reportXlsx(model, DRAFT, lang)
          meta[`${scope}-${lang}`] = {
            header: [x.msg('reports.title'), x.scope(model), model.dataVersion],
            lang,
          }
        }
      }
      const table = (await regionExport(
        db,
        'KZ-11',
        { standard: FARM, year: 2025 },
        'indicators',
        'ru',
        new Date('2026-01-15T05:00:00Z'),
        OPERATOR_SCOPE,
      ))!
      files['table-indicators'] = await tableXlsx(table)
      meta['table-indicators'] = {
        header: [table.heading!.title, table.heading!.subtitle],
        lang: null,
      }
      const started = Date.now()
      const pdfs = printToPdf(files)
      // What CI pays for these five files (measured figures: decision 0023).
      console.info(
        `LibreOffice printed ${Object.keys(files).length} XLSX in ${Date.now() - started} ms`,
      )
      for (const [name, pdf] of Object.entries(pdfs)) {
        printed.set(name, {
          workbook: await workbookOf(files[name]!),
          pdf,
          pages: printedPages(pdf),
          ...meta[name]!,
        })
      }
      await handle.close()
    })

    const sheetsOf = (p: Printed) =>
      p.workbook.worksheets.map((sheet) => ({
        sheet,
        pages: p.pages.filter((page) => page.sheet === sheet.name),
      }))

    const names = ['nation-kk', 'nation-ru', 'KZ-11-kk', 'KZ-11-ru', 'table-indicators']

    for (const name of names) {
      it(`${name}: A4 pages, each naming its sheet in the footer in the workbook's order, under the page header`, () => {
        const p = printed.get(name)!
        expect(p.pages.length).toBeGreaterThan(0)
        for (const page of p.pages) {
          const size = [page.width, page.height].sort((a, b) => a - b).map(Math.round)
          expect(size, `page ${page.number}`).toEqual([595, 842])
          for (const part of p.header) {
            expect(page.text.replace(/\s+/g, ' '), `page ${page.number}`).toContain(
              part.replace(/\s+/g, ' '),
            )
          }
        }
        const order = p.pages.map((page) => page.sheet).filter((s, i, all) => s !== all[i - 1])
        expect(order).toEqual(p.workbook.worksheets.map((s) => s.name))
      })

      it(`${name}: every page of a table repeats all its column headings, each printed whole`, () => {
        const p = printed.get(name)!
        for (const [i, { sheet, pages }] of sheetsOf(p).entries()) {
          // Every sheet is a table with repeated header rows, but the report's title sheet.
          if (p.lang === null || i > 0)
            expect(headings(sheet).length, sheet.name).toBeGreaterThan(0)
          for (const heading of headings(sheet)) {
            for (const page of pages) {
              expect(
                printedWhole(page, heading),
                `${sheet.name}, page ${page.number}: «${heading}»`,
              ).toBe(true)
            }
          }
        }
      })

      it(`${name}: no word of any sheet is cut (every word printed whole)`, () => {
        const p = printed.get(name)!
        for (const { sheet, pages } of sheetsOf(p)) {
          const words = printedWords(pages)
          const cut = [...wordsOf(sheet)].filter((w) => !printedWord(w, words))
          expect(cut, sheet.name).toEqual([])
        }
      })
    }

    for (const name of ['nation-kk', 'nation-ru', 'KZ-11-kk', 'KZ-11-ru']) {
      it(`${name}: each appendix sheet prints on landscape pages, one in kk, at most two in ru (kk text under each line)`, () => {
        const p = printed.get(name)!
        const appendix = reportTexts(p.lang!).msg('reports.sheet.appendix')
        const sheets = sheetsOf(p).filter(({ sheet }) => sheet.name.endsWith(`. ${appendix}`))
        expect(sheets).toHaveLength(5)
        for (const { sheet, pages } of sheets) {
          expect(pages.length, sheet.name).toBeGreaterThanOrEqual(1)
          expect(pages.length, sheet.name).toBeLessThanOrEqual(p.lang === 'kk' ? 1 : 2)
          for (const page of pages) expect(page.width).toBeGreaterThan(page.height)
        }
        const title = sheetsOf(p)[0]!
        for (const page of title.pages) expect(page.width).toBeLessThan(page.height)
      })
    }

    it('keeps two printed pages as PNG: the kk title sheet and the ru farm appendix (docs/screenshots)', () => {
      mkdirSync(SCREENSHOTS, { recursive: true })
      const title = printed.get('KZ-11-kk')!
      const appendix = printed.get('KZ-11-ru')!
      const shots = {
        'xlsx-title-kk.png': png(title.pdf, 1),
        'xlsx-appendix-ru.png': png(
          appendix.pdf,
          appendix.pages.find((p) => p.sheet === '1. Приложение')!.number,
        ),
      }
      for (const [file, bytes] of Object.entries(shots)) {
        expect(bytes.subarray(1, 4).toString()).toBe('PNG')
        writeFileSync(path.join(SCREENSHOTS, file), bytes)
      }
    })
  },
)
