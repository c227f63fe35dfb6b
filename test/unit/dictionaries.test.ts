// The registry (app/i18n): every language has exactly Kazakh's keys, the same placeholders in
// each message, and every message, rendered with its placeholders filled, leaves no `{…}`.
import { describe, expect, it } from 'vitest'
import { fill } from '../../app/i18n/fill'
import { languages } from '../../app/i18n/languages'
import { allMessages, registry } from '../../app/i18n/messages.server'
import { createTranslator } from '../../app/i18n/translate'

const PLACEHOLDER = /\{(\w+)\}/g

function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort()
}

const kk = allMessages('kk')
const kkKeys = Object.keys(kk).sort()

describe('the registry of messages', () => {
  it('has more than a handful of keys (the pages are in it)', () => {
    // kk.ts alone holds a few hundred keys; the seven pages add over 900 more.
    expect(kkKeys.length).toBeGreaterThan(1000)
    expect(kkKeys).toContain('methodology.title')
    expect(kkKeys).toContain('app.name')
  })

  for (const lang of languages) {
    it(`${lang}: the shared part and every page part have exactly Kazakh's keys`, () => {
      const part = registry[lang]
      expect(Object.keys(part.shared).sort()).toEqual(Object.keys(registry.kk.shared).sort())
      for (const [page, messages] of Object.entries(part.pages)) {
        const kkPage = registry.kk.pages[page as keyof typeof part.pages]
        expect(Object.keys(messages).sort(), page).toEqual(Object.keys(kkPage).sort())
        for (const key of Object.keys(messages)) expect(key.startsWith(`${page}.`), key).toBe(true)
      }
    })

    it(`${lang}: no key is in two parts`, () => {
      const part = registry[lang]
      const seen = new Map<string, string>()
      for (const [name, messages] of [['shared', part.shared], ...Object.entries(part.pages)] as [
        string,
        object,
      ][]) {
        for (const key of Object.keys(messages)) {
          expect(seen.get(key), `${key} in ${name}`).toBeUndefined()
          seen.set(key, name)
        }
      }
    })

    it(`${lang}: every message has the placeholders of its Kazakh text`, () => {
      const messages = allMessages(lang)
      const differ = kkKeys.filter(
        (key) =>
          placeholdersOf(messages[key as keyof typeof messages]!).join() !==
          placeholdersOf(kk[key as keyof typeof kk]!).join(),
      )
      expect(differ).toEqual([])
    })

    it(`${lang}: every message rendered with its placeholders filled leaves no {…}`, () => {
      const messages = allMessages(lang)
      const { t } = createTranslator(lang, messages)
      const unfilled: string[] = []
      for (const key of kkKeys) {
        const text = messages[key as keyof typeof messages]!
        expect(text.trim(), key).not.toBe('')
        const params = Object.fromEntries(placeholdersOf(text).map((name) => [name, 'X']))
        const rendered = (t as (k: string, p: object) => string)(key, params)
        expect(rendered).toBe(fill(text, params))
        if (/[{}]/.test(rendered)) unfilled.push(`${key}: ${rendered}`)
      }
      expect(unfilled).toEqual([])
    })
  }
})
