// One number style on a region dashboard (issue #12, decision 0029), in Chromium over the built
// server: a normative in words never breaks across lines ("не менее 100,0 %" is joined by
// non-breaking spaces), the table headers carry the labelled normative ("норматив …"), every table
// whose cells carry status icons has the icons' legend under it, and on a phone (390×844) the
// page title and the first headline figure are on the first screen. It also retakes the
// screenshots docs/screenshots/officials-{overview,region}-{kk,ru,en}-{1366,390}.png.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, hydrated, launchBrowser } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')
const REGION = '/regions/KZ-11?year=2025'
/** The same page with every folded section open (decision 0037): its tables. */
const REGION_ALL = `${REGION}&open=all`
const NBSP = '\u00a0'

describe.skipIf(!existsSync(CHROMIUM))('one number style on the region dashboard', () => {
  let server: AppServer
  let browser: Browser

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function open(width: number, height: number, pathAndQuery: string) {
    const context = await browser.newContext({ viewport: { width, height } })
    const page = await context.newPage()
    await signInBrowser(page, server.url, 'ministry@demo.kz')
    await page.goto(`${server.url}${pathAndQuery}`)
    await hydrated(page)
    return { page, context }
  }

  it('joins a normative in words by non-breaking spaces and labels it under the table headers', async () => {
    const { page, context } = await open(1366, 900, `${REGION_ALL}&lang=ru`)
    const text = await page.locator('main').innerText()
    // The normative of the on-time indicators (100 %) in words, never broken inside.
    expect(text).toContain(`не${NBSP}менее${NBSP}100,0${NBSP}%`)
    expect(text).not.toMatch(/не менее 100/)
    const normatives = await page.locator('thead .matrix__normative').allInnerTexts()
    expect(normatives.length).toBeGreaterThan(0)
    for (const n of normatives) expect(n).toMatch(/^норматив /)
    expect(normatives).toContain(`норматив не${NBSP}менее${NBSP}100,0${NBSP}%`)
    await context.close()
  }, 120_000)

  it('puts the legend of the status icons under every table whose cells carry them', async () => {
    const { page, context } = await open(1366, 900, `${REGION_ALL}&lang=en`)
    const tables = page.locator('.table-scroll-frame:has(td[data-status])')
    const count = await tables.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) {
      const legend = tables.nth(i).locator('xpath=following-sibling::*[1]')
      expect(await legend.getAttribute('data-status-legend'), `table ${i}`).not.toBeNull()
      const words = await legend.innerText()
      for (const word of ['Meets', 'Fails']) expect(words).toContain(word)
    }
    await context.close()
  }, 120_000)

  it('shows the title and the first headline figure on the first screen of a phone', async () => {
    for (const pathAndQuery of [REGION, '/offices/KZ-11-PSC-kokshetau-city?year=2025']) {
      for (const lang of ['kk', 'ru', 'en']) {
        const { page, context } = await open(390, 844, `${pathAndQuery}&lang=${lang}`)
        const title = await page.locator('h1').boundingBox()
        const figure = await page.locator('.card__value').first().boundingBox()
        expect(title, `${pathAndQuery} ${lang}: title`).not.toBeNull()
        expect(figure, `${pathAndQuery} ${lang}: first figure`).not.toBeNull()
        expect(figure!.y, `${pathAndQuery} ${lang}: first figure's top`).toBeLessThan(844)
        await context.close()
      }
    }
  }, 240_000)

  it('retakes the officials screenshots (overview and region, kk/ru/en, desktop and phone)', async () => {
    for (const [name, pathAndQuery] of [
      ['overview', '/?year=2025'],
      ['region', REGION],
    ] as const) {
      for (const lang of ['kk', 'ru', 'en']) {
        for (const [width, height] of [
          [1366, 900],
          [390, 844],
        ] as const) {
          const { page, context } = await open(width, height, `${pathAndQuery}&lang=${lang}`)
          // The desktop shots show the first 1900 px (the tables under the cards), a phone its
          // first screen.
          await page.screenshot({
            path: path.join(SCREENSHOTS, `officials-${name}-${lang}-${width}.png`),
            ...(width > 1000 ? { fullPage: true, clip: { x: 0, y: 0, width, height: 1900 } } : {}),
          })
          await context.close()
        }
      }
    }
  }, 300_000)
})
