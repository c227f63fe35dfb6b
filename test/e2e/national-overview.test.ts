// The national overview on the built app with the demo data: scope over HTTP (a regional user
// gets their own region and no national figure; an agency chair only their standards; the
// downloads follow the same scope), and in Chromium a ministry official's visit — the year
// filter goes into the URL and back, a matrix cell leads to the region dashboard, the language
// switch, the CSV download — failing on any console error or failed request. Screenshots of the
// overview in kk, ru and en (1440 px wide) are written to docs/screenshots/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { Cookies, request, signInHttp, signInBrowser } from '../support/sign-in'

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')
const FARM = 'private-farm-certificate'

/** The rows of a CSV download, which starts with a UTF-8 BOM (so that Excel reads it as UTF-8). */
function csvRows(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return parse(Buffer.from(bytes.slice(3)).toString('utf8')) as string[][]
}

const csvOf = async (response: Response) => csvRows(new Uint8Array(await response.arrayBuffer()))

describe('national overview', () => {
  let server: AppServer
  const jars = new Map<string, Cookies>()
  const get = (email: string, url: string) => request(`${server.url}${url}`, jars.get(email)!)

  beforeAll(async () => {
    server = await startAppServer()
    for (const email of [
      'ministry@demo.kz',
      'akmola@demo.kz',
      'land-chair@demo.kz',
      'agri-chair@demo.kz',
    ]) {
      const { response, cookies } = await signInHttp(server.url, email)
      expect(response.status, email).toBe(302)
      jars.set(email, cookies)
    }
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  describe('scope over HTTP', () => {
    it('a ministry official sees the country and the 20 regions of 2025', async () => {
      const response = await get('ministry@demo.kz', '/?lang=en&year=2025')
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('National overview')
      expect(html).toContain('Whole country')
      expect(html).toContain('id="ranking"')
      const csv = await csvOf(
        await get('ministry@demo.kz', '/overview/export?year=2025&export=csv&lang=en'),
      )
      // The header, the country (KZ) and 20 regions.
      expect(csv).toHaveLength(22)
      expect(csv[1]![0]).toBe('KZ')
    })

    it('a regional user gets their own region only — no country row, no ranking, no map', async () => {
      const response = await get('akmola@demo.kz', '/?lang=en&year=2025')
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('Akmola Region: overview')
      // (The page's texts travel with its data: look at what is rendered, not at every string.)
      expect(html).not.toContain('>Whole country<')
      expect(html).not.toContain('matrix__nation')
      expect(html).not.toContain('id="ranking"')
      expect(html).not.toContain('class="tile-map"')
      expect(html.match(/<tr[ >]/g)).toHaveLength(2) // the header row and Akmola's
      // The page's download goes through the export route: its own row only.
      const redirect = await get('akmola@demo.kz', '/?year=2025&export=csv')
      expect(redirect.status).toBe(302)
      expect(redirect.headers.get('location')).toBe('/overview/export?year=2025&export=csv')
      const csv = await csvOf(await get('akmola@demo.kz', '/overview/export?year=2025&export=csv'))
      expect(csv.slice(1).map((r) => r[0])).toEqual(['KZ-11'])
      expect(
        (await get('akmola@demo.kz', '/overview/export?year=2025&export=csv&table=ranking')).status,
      ).toBe(404)
      // Nor the standard view across regions, nor its download.
      expect(
        (await get('akmola@demo.kz', `/standards/${FARM}/2025/export?export=csv`)).status,
      ).toBe(404)
    })

    it('an agency chair sees only the standards of their agency, in the page and in the downloads', async () => {
      expect((await get('land-chair@demo.kz', `/?standard=${FARM}`)).status).toBe(404)
      expect(
        (await get('land-chair@demo.kz', `/overview/export?standard=${FARM}&export=csv`)).status,
      ).toBe(404)
      const farmName = 'Issuance of a certificate on having a private subsidiary farm'
      const land = await csvOf(
        await get('land-chair@demo.kz', '/overview/export?year=2025&export=csv&lang=en'),
      )
      // All standards: the chosen indicator (1.1) in each of the 4 land standards, a value and a
      // status column each; none is the farm certificate's.
      expect(land[0]!.slice(2)).toHaveLength(8)
      expect(land[0]!.some((h) => h.includes(farmName))).toBe(false)
      const farm = await csvOf(
        await get('agri-chair@demo.kz', '/overview/export?year=2025&export=csv&lang=en'),
      )
      // The farm certificate's only.
      expect(farm[0]!.slice(2)).toHaveLength(2)
      expect(farm[0]!.slice(2).every((h) => h.startsWith(farmName))).toBe(true)
    })

    it('the standard view’s matrix downloads as CSV and XLSX', async () => {
      const redirect = await get('ministry@demo.kz', `/standards/${FARM}/2025?export=xlsx`)
      expect(redirect.status).toBe(302)
      expect(redirect.headers.get('location')).toBe(`/standards/${FARM}/2025/export?export=xlsx`)
      const xlsx = await get('ministry@demo.kz', `/standards/${FARM}/2025/export?export=xlsx`)
      expect(xlsx.status).toBe(200)
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
      const csv = await csvOf(
        await get('ministry@demo.kz', `/standards/${FARM}/2025/export?export=csv&lang=en`),
      )
      expect(csv).toHaveLength(22)
      expect(csv[0]!.slice(0, 4)).toEqual([
        'Region code',
        'Region',
        '1.1 On time, %',
        '1.1 On time — Status',
      ])
    })

    it('an anonymous visitor is sent to sign in, also for a download', async () => {
      const response = await request(`${server.url}/overview/export?export=csv`, new Cookies())
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).toMatch(/^\/login/)
    })
  })

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchBrowser()
    }, 60_000)

    afterAll(async () => {
      await browser?.close()
    })

    it('a ministry official filters by year, drills into a region, switches language and downloads the CSV', async () => {
      const { page, problems } = await openWatchedPage(browser, 1440)
      await signInBrowser(page, server.url, 'ministry@demo.kz')
      await page.goto(`${server.url}/?lang=en`, { waitUntil: 'networkidle' })
      expect(await page.locator('h1').innerText()).toBe('National overview')
      expect(await page.locator('.headline-card').count()).toBe(4)

      // The matrix is folded at first: a line says how many regions miss in it, and a plain
      // link shows it in full — where exactly that many regions have a failing cell.
      expect(await page.locator('table.matrix').count()).toBe(0)
      const fold = await page.locator('.fold-summary[data-fold="matrix"]').innerText()
      const [, missing, total] = fold.match(/: (\d+) of (\d+)\./)!
      expect(Number(total)).toBe(20)
      await Promise.all([
        page.waitForURL(/open=matrix/),
        page.getByRole('link', { name: /^Show in full: Regions × indicators/ }).click(),
      ])
      await page.locator('table.matrix').waitFor()
      expect(await page.locator('table.matrix tbody tr').count()).toBe(21)
      const failing = page
        .locator('table.matrix tbody tr:not(.matrix__nation)')
        .filter({ has: page.locator('td[data-status="fails"]') })
      expect(await failing.count()).toBe(Number(missing))

      // The year filter goes into the URL; the back button returns to the previous year.
      const yearBefore = await page.locator('select[name="year"]').inputValue()
      await page.selectOption('select[name="year"]', '2024')
      await page.getByRole('button', { name: 'Show' }).click()
      await page.waitForURL(/year=2024/)
      // The URL changes first; the page follows once the new data is rendered.
      await page.locator('h2#headline-title', { hasText: '2024' }).waitFor()
      // The filters keep the matrix open.
      expect(page.url()).toContain('open=matrix')
      expect(await page.locator('table.matrix tbody tr').count()).toBe(21)
      await page.goBack()
      await page.waitForURL((url) => !url.search.includes('year=2024'))
      await page.locator('h2#headline-title', { hasText: yearBefore }).waitFor()
      expect(await page.locator('select[name="year"]').inputValue()).toBe(yearBefore)

      // A cell of Akmola's row leads to its dashboard with the year and the cell's standard.
      const cell = page
        .locator('table.matrix tbody tr', { hasText: 'Akmola' })
        .locator('a.matrix__link')
        .first()
      await Promise.all([page.waitForURL(/\/regions\/KZ-11\?year=\d{4}&standard=/), cell.click()])
      await page.waitForLoadState('networkidle')
      await page.goBack()
      await page.waitForURL((url) => url.pathname === '/')
      await page.waitForLoadState('networkidle')

      // The language switch keeps the page.
      await page.getByRole('link', { name: 'Қазақша' }).first().click()
      await page.waitForURL(/lang=kk/)
      await page.locator('h1', { hasText: 'Ел бойынша шолу' }).waitFor()
      expect(await page.getAttribute('html', 'lang')).toBe('kk')

      // The matrix download: a CSV with the country and the regions.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#matrix .downloads a', { hasText: /^CSV$/ }).click(),
      ])
      const file = await download.path()
      const rows = csvRows(readFileSync(file!))
      expect(rows).toHaveLength(22)
      expect(rows[0]![0]).toBe('Өңір коды')
      expect(problems).toEqual([])
      await page.context().close()
    })

    for (const lang of ['kk', 'ru', 'en'] as const) {
      it(`renders in ${lang} and is saved as docs/screenshots/overview-${lang}.png`, async () => {
        const { page, problems } = await openWatchedPage(browser, 1440)
        await signInBrowser(page, server.url, 'ministry@demo.kz')
        await page.goto(`${server.url}/?lang=${lang}`, { waitUntil: 'networkidle' })
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await page.locator('.tile-map .tile__link').count()).toBe(20)
        await screenshot(page, `overview-${lang}`)
        mkdirSync(SCREENSHOTS, { recursive: true })
        await page.screenshot({
          path: path.join(SCREENSHOTS, `overview-${lang}.png`),
          fullPage: true,
        })
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  })
})
