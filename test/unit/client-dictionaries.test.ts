// The browser receives only the page's language (issue 16, point 4): no message of any language is
// compiled into the client bundle (public/build, after `npm run build`); the texts reach the
// browser only in the request's language — a page's own part as loader data, the shared part as
// that language's script (test/e2e/client-dictionaries.test.ts reads both off the wire).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { languages } from '../../app/i18n/languages'
import { allMessages } from '../../app/i18n/messages.server'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CLIENT = path.join(ROOT, 'public', 'build')
const SERVER = path.join(ROOT, 'build', 'index.js')

function jsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return jsFiles(full)
    return entry.name.endsWith('.js') ? [full] : []
  })
}

/** A bundle's text with esbuild's `\uXXXX` and `\xXX` escapes of non-ASCII letters read back. */
function readBundle(file: string): string {
  return readFileSync(file, 'utf8').replace(
    /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g,
    (_, u, x) => String.fromCharCode(parseInt((u ?? x) as string, 16)),
  )
}

/** Messages long enough to be unmistakable and written without characters JS would escape. */
function distinctive(lang: (typeof languages)[number]): string[] {
  return Object.values(allMessages(lang) as Record<string, string>).filter(
    (text) => text.length >= 30 && !/['"\\\n`]/.test(text),
  )
}

function found(bundle: string, texts: string[]): string[] {
  return texts.filter((text) => bundle.includes(text))
}

describe('the client bundle', () => {
  it('is built (run `npm run build` first)', () => {
    expect(existsSync(CLIENT), CLIENT).toBe(true)
    expect(existsSync(SERVER), SERVER).toBe(true)
  })

  for (const lang of languages) {
    it(`holds no ${lang} message (the server bundle, read the same way, holds them all)`, () => {
      const texts = distinctive(lang)
      // Hundreds of messages per language are long enough to look for.
      expect(texts.length).toBeGreaterThan(300)
      // The check can see a dictionary: the server bundle carries the registry.
      expect(found(readBundle(SERVER), texts)).toEqual(texts)
      const files = jsFiles(CLIENT)
      expect(files.length).toBeGreaterThan(5)
      const leaks = files.flatMap((file) =>
        found(readBundle(file), texts).map((text) => `${path.relative(CLIENT, file)}: ${text}`),
      )
      expect(leaks).toEqual([])
    })
  }
})
