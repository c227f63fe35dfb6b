// Issue 12's acceptance: the pages an official reads — overview, region, office, drill-down,
// standard view, targets, reports, open data and one admin page — in kk, ru and en, at 1366×900
// and at 390×844, each signed in as the role that reads it. On each: the document is never wider
// than the viewport; axe-core (injected from node_modules) reports no violation of impact
// "serious" or "critical"; no console error; no `{placeholder}` left in the visible text. Also:
// from the overview, Tab reaches a map tile and Enter opens that region's dashboard; and every
// status shown carries an icon and a word, not colour alone. One browser, one context per user,
// one page per context reused for every language and width.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { hydrated, launchBrowser } from '../support/browser'
import { signInBrowser } from '../support/sign-in'
import { en } from '../../app/i18n/en'
import { kk } from '../../app/i18n/kk'
import { ru } from '../../app/i18n/ru'

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const FARM = 'private-farm-certificate'
const LANGUAGES = ['kk', 'ru', 'en'] as const
const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const

/** Each page with the demo user whose role reads it. */
const PAGES: { name: string; path: string; user: string }[] = [
  { name: 'overview', path: '/?year=2025', user: 'ministry@demo.kz' },
  { name: 'region', path: '/regions/KZ-11?year=2025', user: 'akmola@demo.kz' },
  // Every folded section opened (decision 0037): the tables must fit a phone too.
  { name: 'region, all open', path: '/regions/KZ-11?year=2025&open=all', user: 'akmola@demo.kz' },
  { name: 'office', path: '/offices/KZ-11-PSC-kokshetau-city?year=2025', user: 'akmola@demo.kz' },
  {
    name: 'drill-down',
    path: `/indicators/${FARM}/1.1?year=2025&region=KZ-11`,
    user: 'akmola@demo.kz',
  },
  { name: 'standard view', path: `/standards/${FARM}/2025`, user: 'agri-chair@demo.kz' },
  { name: 'targets', path: '/targets', user: 'ministry@demo.kz' },
  { name: 'reports', path: '/reports/2025', user: 'ministry@demo.kz' },
  { name: 'open data', path: '/open-data', user: 'ministry@demo.kz' },
  { name: 'admin', path: '/admin/users', user: 'admin@demo.kz' },
]

/** The part of axe-core's global the suite calls. */
interface AxeCore {
  run: (context: Document, options: RunOptions) => Promise<AxeResults>
}

const withLang = (path: string, lang: string) =>
  `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`

interface Signed {
  context: BrowserContext
  page: Page
  consoleErrors: string[]
}

describe('every page on every screen', () => {
  let server: AppServer
  let browser: Browser
  const signed = new Map<string, Signed>()

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
    for (const user of new Set(PAGES.map((p) => p.user))) {
      // bypassCSP: axe is injected as an inline script, which the app's CSP (rightly) refuses.
      const context = await browser.newContext({ viewport: VIEWPORTS[0], bypassCSP: true })
      const page = await context.newPage()
      const consoleErrors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text())
      })
      page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`))
      await signInBrowser(page, server.url, user)
      signed.set(user, { context, page, consoleErrors })
    }
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function open(user: string, path: string, viewport: { width: number; height: number }) {
    const s = signed.get(user)!
    await s.page.setViewportSize(viewport)
    s.consoleErrors.length = 0
    const response = await s.page.goto(`${server.url}${path}`, { waitUntil: 'load' })
    await hydrated(s.page)
    return { ...s, status: response?.status() ?? 0 }
  }

  for (const { name, path, user } of PAGES) {
    it(`${name} (${path}, ${user}): fits, accessible, no console error, no unfilled text`, async () => {
      const failures: string[] = []
      for (const lang of LANGUAGES) {
        for (const viewport of VIEWPORTS) {
          const where = `${lang} ${viewport.width}px`
          const { page, consoleErrors, status } = await open(user, withLang(path, lang), viewport)
          if (status !== 200) failures.push(`${where}: HTTP ${status}`)
          const width = await page.evaluate(() => ({
            document: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
          }))
          if (width.document > width.viewport)
            failures.push(`${where}: the page is ${width.document}px wide`)
          const text = await page.evaluate(() => document.body.innerText)
          const unfilled = [...new Set(text.match(/\{[A-Za-z_][\w.]*\}/g) ?? [])]
          if (unfilled.length) failures.push(`${where}: unfilled ${unfilled.join(', ')}`)
          if (consoleErrors.length) failures.push(`${where}: console ${consoleErrors.join(' | ')}`)
          await page.addScriptTag({ content: AXE_SOURCE })
          // Colour contrast is the slowest rule and the colours are the same at every width: it
          // runs at the desktop width only, every other rule at both.
          const contrast = viewport.width === VIEWPORTS[0].width
          const violations = await page.evaluate(async (contrast) => {
            const axe = (window as unknown as { axe: AxeCore }).axe
            const result = await axe.run(document, {
              resultTypes: ['violations'],
              rules: { 'color-contrast': { enabled: contrast } },
            })
            return result.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map(
                (v) =>
                  `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
                    .slice(0, 2)
                    .map((n) => n.target.join(' '))
                    .join('; ')}`,
              )
          }, contrast)
          for (const v of violations) failures.push(`${where}: axe ${v}`)
        }
      }
      expect(failures).toEqual([])
    }, 180_000)
  }

  it('from the overview, Tab reaches a map tile and Enter opens that region’s dashboard', async () => {
    const { page } = await open('ministry@demo.kz', '/?year=2025&lang=en', VIEWPORTS[0])
    let reached: string | null = null
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() =>
        document.activeElement?.classList.contains('tile__link')
          ? document.activeElement.getAttribute('href')
          : null,
      )
    }
    expect(reached, 'no map tile reached by Tab').toMatch(/^\/regions\/KZ-\w+\?year=2025/)
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/regions/')),
      page.keyboard.press('Enter'),
    ])
    const url = new URL(page.url())
    expect(`${url.pathname}${url.search}`).toBe(reached)
    expect(await page.locator('h1').textContent()).toBeTruthy()
  })

  it('every status shown carries an icon and a word, not colour alone', async () => {
    const words = (
      ['meets', 'fails', 'inconclusive', 'insufficient_data', 'no_data', 'no_reference'] as const
    ).map((s) => ({ status: s, words: [kk[`status.${s}`], ru[`status.${s}`], en[`status.${s}`]] }))
    const checked: Record<string, number> = {}
    for (const { path, user } of PAGES.slice(0, 6)) {
      const { page } = await open(user, withLang(path, 'en'), VIEWPORTS[0])
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('main [data-status]')].map((el) => {
          // An icon: an <svg>, a status icon the stylesheet draws (a mask with the shape), or
          // drawn by CSS before the cell or its link (content or mask).
          const drawn = (node: Element) => {
            const before = getComputedStyle(node, '::before')
            return before.content.startsWith('url(') || before.maskImage.startsWith('url(')
          }
          const masked = [...el.querySelectorAll('.status-icon')].some((icon) =>
            getComputedStyle(icon).maskImage.startsWith('url('),
          )
          const link = el.querySelector('a')
          return {
            status: el.getAttribute('data-status')!,
            html: el.outerHTML.slice(0, 160),
            icon:
              el.querySelector('svg') !== null ||
              masked ||
              drawn(el) ||
              (link !== null && drawn(link)),
            text: el.textContent ?? '',
          }
        }),
      )
      checked[path] = found.length
      for (const f of found) {
        const word = words.find((w) => w.status === f.status)
        expect(word, f.html).toBeDefined()
        expect(
          word!.words.some((w) => f.text.toLowerCase().includes(w.toLowerCase())),
          `no status word in ${f.html}`,
        ).toBe(true)
        // "No data" has no colour to stand for: its word (and a dash) is what shows.
        if (f.status !== 'no_data') expect(f.icon, `no icon in ${f.html}`).toBe(true)
      }
    }
    // The overview, the region, the office and the standard view all show statuses.
    expect(checked['/?year=2025']).toBeGreaterThan(20)
    expect(checked['/regions/KZ-11?year=2025']).toBeGreaterThan(10)
    expect(checked['/regions/KZ-11?year=2025&open=all']).toBeGreaterThan(
      checked['/regions/KZ-11?year=2025']!,
    )
    expect(checked[`/standards/${FARM}/2025`]).toBeGreaterThan(20)
  })
})
