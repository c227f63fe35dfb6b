// /standards on a phone: the edition each standard follows (its act, validity and what its
// cancellation means, decision 0033) is the longest cell of the table; at 390 px neither the page
// nor the table in its box may scroll sideways (each standard is a block there), in kk, ru and
// en; and the region dashboard says which edition its figures follow. Screenshots at 1366 and
// 390 px.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { hydrated, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

const WIDTHS = [1366, 390] as const

describe('the standards page at 390 and 1366 px', () => {
  let server: AppServer
  let browser: Browser
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
    ;({ page, problems } = await openWatchedPage(browser))
    await signInBrowser(page, server.url, 'ministry@demo.kz')
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('the document is never wider than the viewport, in every language', async () => {
    const wide: string[] = []
    for (const lang of ['kk', 'ru', 'en']) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 844 })
        await page.goto(`${server.url}/standards?lang=${lang}`, { waitUntil: 'load' })
        await hydrated(page)
        const sizes = await page.evaluate(() => {
          const box = document.querySelector('.table-wrap')!
          return {
            document: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
            table: box.scrollWidth,
            box: box.clientWidth,
          }
        })
        if (sizes.document > sizes.viewport) {
          wide.push(`${lang} ${width}px: the document is ${sizes.document}px wide`)
        }
        // Nor does the table scroll sideways inside its box.
        if (sizes.table > sizes.box) {
          wide.push(`${lang} ${width}px: the table is ${sizes.table}px wide in ${sizes.box}px`)
        }
        if (lang === 'ru') await screenshot(page, `standards-${lang}-${width}`)
      }
    }
    expect(wide).toEqual([])
    // Every standard still says which edition it follows, and that its table is continued.
    await page.goto(`${server.url}/standards?lang=en`, { waitUntil: 'load' })
    await expect(page.locator('tbody tr').count()).resolves.toBe(5)
    await expect(page.getByText('Cancelled — its table still applied').count()).resolves.toBe(5)
    expect(problems).toEqual([])
  }, 180_000)

  it('the region dashboard says which edition the year’s figures follow', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(
      `${server.url}/regions/KZ-11?year=2025&standard=private-farm-certificate&lang=en`,
      { waitUntil: 'load' },
    )
    await hydrated(page)
    const line = page.locator('.edition-line').first()
    await expect(line.innerText()).resolves.toContain('Edition 1: ')
    await expect(line.innerText()).resolves.toContain('Cancelled — its table still applied')
    const sizes = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }))
    expect(sizes.document).toBeLessThanOrEqual(sizes.viewport)
    await screenshot(page, 'region-edition-en-390')
  }, 120_000)
})
