// The standard view across regions in Chromium: renders in kk, ru and en with the demo data, with
// no console error or failed request; the matrix has the country and 20 regions for 2025; the
// filters are in the URL.
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

describe.skipIf(!existsSync(CHROMIUM))('standard view in Chromium', () => {
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

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`/standards/private-farm-certificate/2025 renders in ${lang}`, async () => {
      const { page, problems } = await openWatchedPage(browser)
      await signInBrowser(page, server.url, 'ministry@demo.kz')
      await page.goto(`${server.url}/standards/private-farm-certificate/2025?lang=${lang}`, {
        waitUntil: 'networkidle',
      })
      // A header row, the country, and the 20 regions of 2025.
      expect(await page.locator('table.matrix tbody tr').count()).toBe(21)
      expect(await page.locator('.tile-map .tile__link').count()).toBe(20)
      await screenshot(page, `standard-view-${lang}`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('the indicator filter goes into the URL and the ranking follows it', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/standards/land-lease-act/2025?lang=en`, {
      waitUntil: 'networkidle',
    })
    await page.selectOption('select[name="indicator"]', '5.1')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/indicator=5\.1/)
    // The URL changes first; the page follows once the new data is rendered.
    await page.locator('.tile-map figcaption', { hasText: '5.1' }).waitFor()
    expect(await page.locator('.ranking').innerText()).toMatch(/%|no data/i)
    expect(await page.locator('.tile-map figcaption').innerText()).toContain('5.1')
    // A region opens its dashboard for the same standard and year.
    const regionLinks = await page
      .locator('a[href^="/regions/KZ-"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(regionLinks.length).toBeGreaterThanOrEqual(20)
    for (const href of regionLinks) expect(href).toMatch(/\?year=2025&standard=land-lease-act$/)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('is not there for a regional user (it compares every region), nor for a chair of another agency', async () => {
    const regional = await openWatchedPage(browser)
    await signInBrowser(regional.page, server.url, 'akmola@demo.kz')
    const asRegional = await regional.page.goto(`${server.url}/standards/land-lease-act/2025`)
    expect(asRegional?.status()).toBe(404)
    await regional.page.context().close()

    const chair = await openWatchedPage(browser)
    await signInBrowser(chair.page, server.url, 'agri-chair@demo.kz')
    expect((await chair.page.goto(`${server.url}/standards/land-lease-act/2025`))?.status()).toBe(
      404,
    )
    expect(
      (await chair.page.goto(`${server.url}/standards/private-farm-certificate/2025`))?.status(),
    ).toBe(200)
    await chair.page.context().close()
  })
})
