// The app shell in a real browser, signed in as the demo administrator through /login (so the
// pages hydrate under the CSP): every reference page renders in kk, ru and en with the demo
// data, Kazakh letters are in the text, no console error or failed request, and the language
// switch keeps the page. Screenshots go to test-results/screenshots.
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

const hasChromium = existsSync(CHROMIUM)

describe.skipIf(!hasChromium)('app shell in Chromium', () => {
  let server: AppServer
  let browser: Browser

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const pages = [
    { path: '/', name: 'overview' },
    { path: '/standards/private-farm-certificate', name: 'standard-farm' },
    { path: '/standards/land-lease-act', name: 'standard-lease' },
    { path: '/regions?year=2025', name: 'regions' },
    { path: '/regions/KZ-11?year=2025', name: 'region-akmola' },
    { path: '/data?region=KZ-11', name: 'data-freshness' },
  ]
  const expected = {
    kk: { lang: 'kk', word: /Стандарттар/ },
    ru: { lang: 'ru', word: /Стандарты/ },
    en: { lang: 'en', word: /Standards/ },
  } as const

  for (const language of ['kk', 'ru', 'en'] as const) {
    for (const p of pages) {
      it(`${p.path} renders in ${language} without console errors or failed requests`, async () => {
        const { page, problems } = await openWatchedPage(browser)
        await signInBrowser(page, server.url)
        const sep = p.path.includes('?') ? '&' : '?'
        await page.goto(`${server.url}${p.path}${sep}lang=${language}`, {
          waitUntil: 'networkidle',
        })
        expect(await page.getAttribute('html', 'lang')).toBe(expected[language].lang)
        const text = await page.locator('body').innerText()
        expect(text).toMatch(expected[language].word)
        await screenshot(page, `${p.name}-${language}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }

  it('shows the farm certificate appendix table as printed, with the Kazakh letters', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/standards/private-farm-certificate?lang=kk`, {
      waitUntil: 'networkidle',
    })
    const text = await page.locator('main').innerText()
    // Row 3.3 of appendix 3 (000:423) has the band normative 40-50; row 4.1 the maximum 1.
    expect(text).toContain('Жеке қосалқы шаруашылықтың болуы туралы анықтама беру')
    expect(text).toContain('40-50')
    expect(text).toContain('персоналдың сыпайылығына қанағаттанған тұтынушылардың')
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the language switch keeps the page and remembers the choice', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/standards/land-lease-act?lang=kk`, { waitUntil: 'networkidle' })
    await page
      .getByRole('link', { name: /English|EN/ })
      .first()
      .click()
    await page.waitForURL(/lang=en/)
    expect(new URL(page.url()).pathname).toBe('/standards/land-lease-act')
    await page.goto(`${server.url}/regions`, { waitUntil: 'networkidle' })
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
