// What the browser receives of the registry, read off the wire from the built app: the page's
// HTML (the server-rendered text and the loaders' data it carries for hydration) holds the
// request's language only — the page's own part (every page that reads its keys through t()
// sends them from its loader) and the shared texts it shows — and not one message of another
// language. The shared part itself comes once per language from a script whose address names its
// content (app/i18n/shared-messages.ts), not with every page. (The client bundle: test/unit.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Language } from '../../app/i18n/languages'
import { registry } from '../../app/i18n/messages.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { request, signInHttp, type Cookies } from '../support/sign-in'

/** Messages long enough to be unmistakable, as HTML and JSON carry them unescaped, that are not
 * part of a text the page may rightly show (a Russian message quoting the Kazakh table title). */
function distinctive(messages: object, allowed: readonly string[]): string[] {
  return Object.values(messages as Record<string, string>).filter(
    (text) =>
      text.length >= 30 &&
      !/['"\\\n`<>&{]/.test(text) &&
      !allowed.some((shown) => shown.includes(text)),
  )
}

function everyMessage(lang: Language): string[] {
  return [registry[lang].shared, ...Object.values(registry[lang].pages)].flatMap((part) =>
    Object.values(part as Record<string, string>),
  )
}

const OTHERS: Record<Language, Language[]> = {
  kk: ['ru', 'en'],
  ru: ['kk', 'en'],
  en: ['kk', 'ru'],
}

describe('the page carries one language', () => {
  let server: AppServer
  let admin: Cookies

  beforeAll(async () => {
    server = await startAppServer()
    admin = (await signInHttp(server.url, 'admin@demo.kz')).cookies
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`${lang}: /methodology holds its shared and page texts in ${lang}, none of another language`, async () => {
      const response = await request(`${server.url}/methodology?lang=${lang}`, admin)
      expect(response.status).toBe(200)
      const html = await response.text()
      // The shared texts the page shows and the page's part are there, in this language…
      expect(html).toContain(registry[lang].shared['app.subtitle'])
      expect(html).toContain(registry[lang].pages.methodology['methodology.lead'])
      // …but not the shared part as data: of its 100-odd long messages, only those the shell shows.
      const sharedTexts = distinctive(registry[lang].shared, [])
      expect(sharedTexts.length).toBeGreaterThan(80)
      expect(sharedTexts.filter((text) => html.includes(text)).length).toBeLessThan(20)
      // The document loads it from the language's script.
      expect(html).toMatch(
        new RegExp(
          `<script async="" src="/i18n/${lang}\\.[0-9a-f]{16}\\.js" data-shared-messages="">`,
        ),
      )
      // …and not one message of the other two, shared or of any page.
      for (const other of OTHERS[lang]) {
        const own = everyMessage(lang)
        const texts = [registry[other].shared, ...Object.values(registry[other].pages)].flatMap(
          (part) => distinctive(part, own),
        )
        // About 300 of each language's messages are long enough to look for.
        expect(texts.length).toBeGreaterThan(200)
        expect(texts.filter((text) => html.includes(text))).toEqual([])
      }
    })
  }

  /** A page, and a key of its own part that its HTML must show (or carry for hydration). */
  const PAGES: { path: string; key: string }[] = [
    { path: '/', key: 'dashboard.overview.definitionServed' },
    {
      path: '/standards/private-farm-certificate/2025',
      key: 'dashboard.standardView.rankingTitle',
    },
    { path: '/regions/KZ-11?year=2025&open=all', key: 'region.common.trendIntro' },
    { path: '/offices/KZ-11-PSC-kokshetau-city?year=2025', key: 'region.officeView.lead' },
    { path: '/indicators/private-farm-certificate/1.1?year=2025', key: 'region.drillDown.title' },
    { path: '/targets', key: 'targets.intro' },
    { path: '/imports', key: 'imports.intro' },
    { path: '/reports/2025', key: 'reports.pages.title' },
    { path: '/open-data', key: 'reports.pages.openDataTitle' },
  ]

  for (const lang of ['kk', 'ru'] as const) {
    it(`${lang}: the pages that read t() carry their part in ${lang}, none of another language`, async () => {
      // Kazakh the pages show on purpose, as data: an office's official name (marked lang="kk")
      // begins with the words of its kind ("Халыққа қызмет көрсету орталығы …"); the report prints
      // the appendix's column names as the order has them, in Kazakh.
      const kazakhData = [registry.kk.shared, registry.kk.pages.reports].flatMap((part) =>
        Object.entries(part)
          .filter(([key]) => /^(officeKind|reports\.printedColumns)\./.test(key))
          .map(([, text]) => text),
      )
      const own = [...everyMessage(lang), ...kazakhData]
      for (const { path, key } of PAGES) {
        const sep = path.includes('?') ? '&' : '?'
        const response = await request(`${server.url}${path}${sep}lang=${lang}`, admin)
        expect(response.status, path).toBe(200)
        const html = await response.text()
        const text = (registry[lang].pages as Record<string, Record<string, string>>)[
          key.slice(0, key.indexOf('.'))
        ]![key]!
        expect(html, `${path}: ${key}`).toContain(text.split('{')[0]!.slice(0, 40))
        for (const other of OTHERS[lang]) {
          const texts = [registry[other].shared, ...Object.values(registry[other].pages)].flatMap(
            (part) => distinctive(part, own),
          )
          expect(texts.filter((t) => html.includes(t)).map((t) => `${path}: ${t}`)).toEqual([])
        }
      }
    }, 120_000)
  }

  it('a language’s shared part is one script, kept a year, that sets exactly its messages', async () => {
    const scripts: Record<string, string> = {}
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const html = await (await fetch(`${server.url}/login?lang=${lang}`)).text()
      const src = html.match(/src="(\/i18n\/[^"]+)"/)?.[1]
      expect(src, lang).toBeDefined()
      scripts[lang] = src!
      const response = await fetch(`${server.url}${src}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      const body = await response.text()
      const set = body.match(/^window\.__sapaSharedMessages=(.*);\n$/s)?.[1]
      const shared = JSON.parse(set!) as { lang: string; messages: object; src: string }
      expect(shared).toEqual({ lang, messages: registry[lang].shared, src })
      // Another language's long messages are not in it.
      for (const other of OTHERS[lang]) {
        const texts = distinctive(registry[other].shared, everyMessage(lang))
        expect(texts.filter((text) => body.includes(text))).toEqual([])
      }
    }
    expect(new Set(Object.values(scripts)).size).toBe(3)
    // An address that is no current script's (an old release's, or made up) is not one.
    const stale = scripts.kk!.replace(/\.[0-9a-f]{16}\.js$/, '.0000000000000000.js')
    expect((await fetch(`${server.url}${stale}`)).status).toBe(404)
    expect((await fetch(`${server.url}/i18n/de.js`)).status).toBe(404)
  })

  it('the sign-in page (root loader only) carries the shared texts it shows, not a page part', async () => {
    const html = await (await fetch(`${server.url}/login?lang=ru`)).text()
    expect(html).toContain(registry.ru.shared['app.subtitle'])
    const shared = Object.values(registry.ru.shared as Record<string, string>)
    const pageTexts = Object.values(registry.ru.pages).flatMap((part) => distinctive(part, shared))
    expect(pageTexts.length).toBeGreaterThan(200)
    expect(pageTexts.filter((text) => html.includes(text))).toEqual([])
  })
})
