// LibreOffice (headless) as the office suite that prints an XLSX: files converted to PDF in one
// run with a private profile (parallel runs never share one), and the printed pages read back
// with poppler: each page's size, its text, its words with their boxes, and the sheet it belongs
// to — the footer prints the sheet's name (&A, decision 0023).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'

/** Each XLSX printed to PDF by LibreOffice, by the name it was given. */
export function printToPdf(files: Record<string, Uint8Array>): Record<string, Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-print-'))
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sapa-lo-profile-'))
  try {
    const paths = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, `${name}.xlsx`)
      writeFileSync(file, bytes)
      return file
    })
    execFileSync(
      SOFFICE,
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...paths,
      ],
      { stdio: 'pipe', timeout: 170_000 },
    )
    return Object.fromEntries(
      Object.keys(files).map((name) => [name, readFileSync(path.join(dir, `${name}.pdf`))]),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  }
}

export interface PrintedWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PrintedPage {
  /** 1-based. */
  number: number
  width: number
  height: number
  /** The text as laid out (pdftotext -layout), no-break spaces made plain. */
  text: string
  words: PrintedWord[]
  /** The footer's left part: the name of the sheet printed on this page. */
  sheet: string
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

export function printedPages(pdf: Buffer): PrintedPage[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-pages-'))
  try {
    const file = path.join(dir, 'printed.pdf')
    writeFileSync(file, pdf)
    const texts = plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }))
      .split('\f')
      .slice(0, -1)
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const pages = [
      ...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g),
    ]
    return pages.map((page, i) => {
      const boxes = [
        ...page[3]!.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].flatMap((w) =>
        // A no-break space joins two words in one box: the parts share it.
        plain(unescape(w[5]!))
          .split(/\s+/)
          .filter(Boolean)
          .map((text) => ({
            text,
            xMin: Number(w[1]),
            yMin: Number(w[2]),
            xMax: Number(w[3]),
            yMax: Number(w[4]),
          })),
      )
      // pdftotext cuts a word where the font changes (a sign from a fallback font, as "−" in
      // "−1,"): boxes that touch on one line are one printed word.
      const words: PrintedWord[] = []
      for (const box of boxes) {
        const prev = words.at(-1)
        if (prev && Math.abs(box.yMin - prev.yMin) < 0.5 && Math.abs(box.xMin - prev.xMax) < 0.3) {
          words[words.length - 1] = { ...prev, text: prev.text + box.text, xMax: box.xMax }
        } else words.push(box)
      }
      const text = texts[i] ?? ''
      const footer =
        text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .at(-1) ?? ''
      return {
        number: i + 1,
        width: Number(page[1]),
        height: Number(page[2]),
        text,
        words,
        sheet: footer.trim().split(/\s{2,}/)[0] ?? '',
      }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Whether `text` is printed whole on the page: its words in order, each found whole, as one
 * cell prints them — the next word further right on the same line, or on one of the next lines
 * under the words before it (a wrapped cell's lines overlap the same column).
 */
export function printedWhole(page: PrintedPage, text: string): boolean {
  const wanted = plain(text).split(/\s+/).filter(Boolean)
  if (wanted.length === 0) return true
  const follows = (
    prev: PrintedWord,
    next: PrintedWord,
    column: { xMin: number; xMax: number },
  ): boolean => {
    const line = prev.yMax - prev.yMin
    const sameLine = Math.abs(next.yMin - prev.yMin) < line / 2
    if (sameLine) return next.xMin >= prev.xMax - 0.5 && next.xMin - prev.xMax < line
    const below = next.yMin - prev.yMin
    return (
      below > line / 2 && below < line * 1.8 && next.xMin < column.xMax && next.xMax > column.xMin
    )
  }
  const chain = (
    at: number,
    prev: PrintedWord,
    column: { xMin: number; xMax: number },
  ): boolean => {
    if (at === wanted.length) return true
    return page.words.some(
      (w) =>
        w.text === wanted[at] &&
        follows(prev, w, column) &&
        chain(at + 1, w, {
          xMin: Math.min(column.xMin, w.xMin),
          xMax: Math.max(column.xMax, w.xMax),
        }),
    )
  }
  return page.words.some((w) => w.text === wanted[0] && chain(1, w, { xMin: w.xMin, xMax: w.xMax }))
}
