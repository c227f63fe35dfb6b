// The PDF's font: Noto Sans (SIL Open Font License, reports/fonts/OFL.txt), regular and bold,
// embedded (subset) in every PDF — it has the Kazakh letters ә ғ қ ң ө ұ ү һ і that the PDF
// standard fonts lack. Registered once per process, with a no-op hyphenation callback: react-pdf
// hyphenates with English rules by default, which breaks Kazakh and Russian words wrongly.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Font } from '@react-pdf/renderer'

export const PDF_FONT = 'NotoSans'
const FILES = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' }

/**
 * reports/fonts, found from the working directory (server, CLI, tests run from the project root)
 * or next to this module (tsx runs it from its source file; the Remix bundle lives in build/).
 */
export function fontDirectory(): string {
  const candidates = [path.resolve(process.cwd(), 'reports', 'fonts')]
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts'))
  } catch {
    // import.meta.url is not a file URL in this runtime
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, FILES.regular)))
  if (!found) throw new Error(`the report font is missing: looked in ${candidates.join(', ')}`)
  return found
}

let registered = false

/**
 * Registers the fonts once, and before every document drops the parsed font objects so that each
 * PDF gets fresh ones: fontkit caches a glyph with the code points of its first lookup, and a
 * glyph Latin and Cyrillic share (A/А, T/Т …) could then lose its text in a later PDF's ToUnicode
 * map (it would still print, but not copy or search). Re-reading costs a few milliseconds.
 */
export function registerPdfFonts(): void {
  if (registered) {
    // @react-pdf/font's FontSource: `data` is the parsed font, `loadResultPromise` its loading.
    const family = Font.getRegisteredFonts()[PDF_FONT] as unknown as {
      sources: { data: unknown; loadResultPromise: unknown }[]
    }
    for (const source of family.sources) {
      source.data = null
      source.loadResultPromise = null
    }
    return
  }
  const dir = fontDirectory()
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(dir, FILES.regular), fontWeight: 400 },
      { src: path.join(dir, FILES.bold), fontWeight: 700 },
    ],
  })
  Font.registerHyphenationCallback((word) => [word])
  registered = true
}
