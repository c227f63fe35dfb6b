// The region dashboard, the office view and the drill-down against a real server (server.ts over
// build/, embedded database, demo data and users). Over HTTP: a regional user gets 404 for
// another region, for an office of another region, for the nation's drill-down and for all their
// exports, while its own pages and files answer, with the API's numbers. In Chromium (Debian's):
// akmola@demo.kz opens /regions/KZ-11, sees the cards, the charts render after hydration, opens
// the drill-down to the cases, switches the language and downloads a CSV — with no console error
// or failed request. Screenshots of the dashboard in kk, ru and en go to docs/screenshots/.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, hydrated, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { Cookies, request, signInBrowser, signInHttp } from '../support/sign-in'

const FARM = 'private-farm-certificate'

/** Waits for Recharts' svg in the n-th chart frame; on timeout, says what went wrong on the page. */
async function chartsDrawn(page: Page, problems: string[], nth = 0) {
  try {
    await page.locator('.trend-chart .recharts-surface').nth(nth).waitFor({ timeout: 15_000 })
  } catch (error) {
    throw new Error(`no chart after hydration; page problems: ${JSON.stringify(problems)}`, {
      cause: error,
    })
  }
}
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')

describe('region dashboard', () => {
  let server: AppServer
  const jars = new Map<string, Cookies>()

  beforeAll(async () => {
    // A slightly larger demo dataset than the other e2e files: the charts have every month.
    server = await startAppServer({ demoScale: 0.15 })
    for (const email of ['akmola@demo.kz', 'agri-chair@demo.kz', 'ministry@demo.kz']) {
      const { response, cookies } = await signInHttp(server.url, email)
      expect(response.status, email).toBe(302)
      jars.set(email, cookies)
    }
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  const get = (email: string, pathAndQuery: string) =>
    request(`${server.url}${pathAndQuery}`, jars.get(email)!)

  it('akmola@demo.kz gets 404 for another region, its offices, the nation and every export of them', async () => {
    const outside = [
      '/regions/KZ-71',
      '/regions/KZ-71?year=2025&view=reference',
      '/regions/KZ-71/export?table=offices&format=csv&year=2025',
      '/regions/KZ-47/export?table=late&format=xlsx&year=2025',
      '/offices/KZ-71-PSC-esil?year=2025',
      '/offices/KZ-47-PSC-aktau-city/export?table=late&format=csv&year=2025',
      `/indicators/${FARM}/1.1?year=2025&region=KZ-71`,
      `/indicators/${FARM}/1.1?year=2025&office=KZ-47-PSC-aktau-city`,
      `/indicators/${FARM}/1.1/export?table=cases&format=csv&year=2025&region=KZ-71`,
      // The nation is not a regional user's either.
      `/indicators/${FARM}/1.1?year=2025`,
    ]
    for (const url of outside) {
      expect((await get('akmola@demo.kz', url)).status, url).toBe(404)
    }
    const inside = [
      '/regions/KZ-11?year=2025',
      '/regions/KZ-11?year=2025&view=reference',
      '/offices/KZ-11-PSC-kokshetau-city?year=2025',
      `/indicators/${FARM}/1.1?year=2025&region=KZ-11`,
      `/indicators/${FARM}/1.1?year=2025&office=KZ-11-PSC-kokshetau-city`,
    ]
    for (const url of inside) {
      expect((await get('akmola@demo.kz', url)).status, url).toBe(200)
    }
    // The ministry reads every region.
    expect((await get('ministry@demo.kz', '/regions/KZ-71?year=2025')).status).toBe(200)
    // An agency chair reads only its agency's standards.
    expect(
      (await get('agri-chair@demo.kz', `/regions/KZ-71?year=2025&standard=${FARM}`)).status,
    ).toBe(200)
    expect(
      (await get('agri-chair@demo.kz', '/regions/KZ-71?year=2025&standard=land-lease-act')).status,
    ).toBe(404)
    // Anonymous: to the sign-in page, downloads too.
    const anonymous = await request(
      `${server.url}/regions/KZ-11/export?table=offices&format=csv`,
      new Cookies(),
    )
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toMatch(/^\/login\?redirectTo=/)
  })

  it('the list of regions links a regional user to its own dashboard only', async () => {
    const links = async (email: string) => {
      const html = await (await get(email, '/regions?year=2025')).text()
      return [...html.matchAll(/href="\/regions\/(KZ-\d+)\?/g)].map((m) => m[1])
    }
    expect(await links('akmola@demo.kz')).toEqual(['KZ-11'])
    // 20 regions in 2025 (17 oblasts after the 2022 reform + Astana, Almaty, Shymkent), all linked.
    expect(new Set(await links('ministry@demo.kz')).size).toBe(20)
  })

  it('serves a dashboard again from memory, its scripts allowed by hash, with no NUL byte in Kazakh text', async () => {
    // A URL no other test opens (its first answer is rendered here).
    const page = '/regions/KZ-11?year=2025&odir=desc'
    const first = await get('akmola@demo.kz', page)
    const firstBody = Buffer.from(await first.arrayBuffer())
    const second = await get('akmola@demo.kz', page)
    const secondBody = Buffer.from(await second.arrayBuffer())
    expect(first.headers.get('X-Sapa-Page')).toBeNull()
    expect(second.headers.get('X-Sapa-Page')).toBe('kept')
    // React 18 pads its chunks with NUL bytes around multi-byte letters; none may reach a page.
    expect(firstBody.includes(0)).toBe(false)
    expect(secondBody.equals(firstBody)).toBe(true)
    // Every inline script of the page is allowed by its hash in the kept answer's policy.
    const csp = second.headers.get('Content-Security-Policy')!
    const scripts = [
      ...firstBody.toString('utf8').matchAll(/<script nonce="[^"]+">([\s\S]*?)<\/script>/g),
    ]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, content] of scripts) {
      const hash = createHash('sha256').update(content!, 'utf8').digest('base64')
      expect(csp).toContain(`'sha256-${hash}'`)
    }
    // Another user's session never gets it.
    const other = await get('ministry@demo.kz', page)
    expect(other.headers.get('X-Sapa-Page')).toBeNull()
  })

  it('the exported indicators of KZ-11 carry the API’s numbers for the same filters', async () => {
    const csv = await get(
      'akmola@demo.kz',
      `/regions/KZ-11/export?table=indicators&format=csv&year=2025&standard=${FARM}&lang=en`,
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(csv.headers.get('content-disposition')).toContain(
      `sapa-KZ-11-2025-${FARM}-indicators.csv`,
    )
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toMatch(/^Code,Indicator,"2025 value, %",Status,Numerator,Denominator/)
    const api = await get(
      'akmola@demo.kz',
      `/api/v1/indicators?year=2025&region=KZ-11&standard=${FARM}`,
    )
    const body = (await api.json()) as {
      rows: { code: string; value: number | null; numerator: number; denominator: number }[]
    }
    expect(lines).toHaveLength(body.rows.length + 1)
    for (const row of body.rows) {
      const line = lines.find((l) => l.startsWith(`${row.code},`))!
      // Code, indicator (quoted: it has commas), value, status, numerator, denominator, …
      const [, , value, , numerator, denominator] = line
        .match(/^([^,]+),("(?:[^"]|"")*"|[^,]*),([^,]*),([^,]*),([^,]*),([^,]*)/)!
        .slice(1)
      expect(
        [value === '' ? null : Number(value), Number(numerator), Number(denominator)],
        row.code,
      ).toEqual([row.value, row.numerator, row.denominator])
    }
    const xlsx = await get(
      'akmola@demo.kz',
      `/offices/KZ-11-PSC-kokshetau-city/export?table=late&format=xlsx&year=2025&standard=${FARM}`,
    )
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
  })

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchBrowser()
    }, 60_000)

    afterAll(async () => {
      await browser?.close()
    })

    it('akmola@demo.kz: cards, a chart after hydration, a drill-down to cases, another language, a CSV', async () => {
      const { page, problems } = await openWatchedPage(browser, 1440)
      await signInBrowser(page, server.url, 'akmola@demo.kz')
      await page.goto(`${server.url}/regions/KZ-11?year=2025&standard=${FARM}&open=all&lang=en`, {
        waitUntil: 'networkidle',
      })
      expect(await page.locator('h1').innerText()).toBe('Akmola Region')
      // The farm certificate has 12 indicators: 12 cards, each with a status word.
      const cards = page.locator('.indicator-cards > li')
      expect(await cards.count()).toBe(12)
      expect(await cards.first().locator('.status-badge').innerText()).toMatch(
        /Meets|Fails|Inconclusive|Insufficient data|No data|No reference/,
      )
      // Recharts draws in the browser only: an svg inside each chart frame after hydration.
      await chartsDrawn(page, problems)
      // One chart per indicator (an indicator without any data says so instead of empty axes).
      expect(
        (await page.locator('.trend-chart .recharts-surface').count()) +
          (await page.locator('.trend-chart__empty').count()),
      ).toBe(12)
      // The accessible table of the same months is there too.
      expect(await page.locator('#monthly-table tbody tr').count()).toBe(12)
      // The same page loaded again is answered from memory and hydrates as well: its inline
      // scripts pass the policy by their hashes (a refused script is a console error).
      const again = `${server.url}/regions/KZ-11?year=2025&standard=${FARM}&open=all`
      await page.goto(again, { waitUntil: 'networkidle' })
      const kept = await page.goto(again, { waitUntil: 'networkidle' })
      expect(kept!.headers()['x-sapa-page']).toBe('kept')
      await chartsDrawn(page, problems)
      await hydrated(page)

      // Drill-down from the 1.1 card: the number, its definitions and the cases.
      await Promise.all([
        page.waitForURL(/\/indicators\/private-farm-certificate\/1\.1\?/),
        cards.first().locator('.card__value a').click(),
      ])
      // A client-side navigation: the URL changes a moment before React renders the new page.
      await page.locator('h1', { hasText: '1.1' }).waitFor()
      const counts = await page.locator('.drill-number .facts dd').allInnerTexts()
      const [numerator, denominator] = counts.slice(0, 2).map((t) => Number(t.replace(/\D/g, '')))
      expect(denominator).toBeGreaterThan(0)
      await Promise.all([
        page.waitForURL(/cases=denominator/),
        page.getByRole('link', { name: /All in the denominator/ }).click(),
      ])
      await page
        .locator('.case-table caption', { hasText: `of ${denominator!.toLocaleString('en-GB')}` })
        .waitFor()
      expect(await page.locator('.case-table tbody tr').count()).toBe(Math.min(50, denominator!))
      expect(numerator).toBeLessThanOrEqual(denominator!)
      await page.goBack()
      await page.goBack()
      await page.locator('h1', { hasText: 'Akmola Region' }).waitFor()
      expect(new URL(page.url()).pathname).toBe('/regions/KZ-11')
      // The heading of the page gone back to can show before that navigation's loader has
      // answered; the language link reloads the document and would abort it (an AbortError in the
      // console). A user's click would too; the test waits for the page to be settled first.
      await page.waitForLoadState('networkidle')

      // Switch the language: the same page in Kazakh.
      await Promise.all([
        page.waitForURL(/lang=kk/),
        page.locator('.site-header__tools .language-switch a[hreflang="kk"]').click(),
      ])
      await page.locator('#indicators', { hasText: 'Көрсеткіштер' }).waitFor()
      expect(await page.getAttribute('html', 'lang')).toBe('kk')

      // Download the offices table as CSV.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator('section[aria-labelledby="offices"] .export-links a', { hasText: /^CSV$/ })
          .click(),
      ])
      expect(download.suggestedFilename()).toBe(`sapa-KZ-11-2025-${FARM}-offices.csv`)
      const csv = readFileSync((await download.path())!, 'utf8')
      expect(csv).toContain('KZ-11-PSC-kokshetau-city')
      expect(csv.split('\n')[0]).toContain('1.1')

      await screenshot(page, 'region-dashboard-flow')
      expect(problems).toEqual([])
      await page.context().close()
    })

    it('sorts the offices by 1.1 through the URL and opens an office view', async () => {
      const { page, problems } = await openWatchedPage(browser, 1440)
      await signInBrowser(page, server.url, 'akmola@demo.kz')
      await page.goto(`${server.url}/regions/KZ-11?year=2025&standard=${FARM}&open=all&lang=en`, {
        waitUntil: 'networkidle',
      })
      await hydrated(page)
      const header = page.locator('section[aria-labelledby="offices"] thead th').nth(1)
      await Promise.all([page.waitForURL(/osort=1\.1&odir=desc/), header.locator('a').click()])
      await page.locator('section[aria-labelledby="offices"] th[aria-sort="descending"]').waitFor()
      expect(await header.getAttribute('aria-sort')).toBe('descending')
      const values = await page
        .locator('section[aria-labelledby="offices"] tbody tr td:nth-child(2)')
        .allInnerTexts()
      const numbers = values
        .map((v) => v.match(/([\d.]+)\s*%/)?.[1])
        .filter((v): v is string => v !== undefined)
        .map(Number)
      expect(numbers.length).toBeGreaterThan(1)
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
      const office = page.locator('section[aria-labelledby="offices"] tbody th a').first()
      const officeName = await office.innerText()
      await Promise.all([page.waitForURL(/\/offices\//), office.click()])
      await page.locator('h1', { hasText: officeName }).waitFor()
      expect(await page.locator('.indicator-cards > li').count()).toBe(12)
      await chartsDrawn(page, problems)
      await screenshot(page, 'office-view-en')
      expect(problems).toEqual([])
      await page.context().close()
    })

    for (const lang of ['kk', 'ru', 'en'] as const) {
      it(`screenshot of /regions/KZ-11 in ${lang} (1440 px wide)`, async () => {
        const { page, problems } = await openWatchedPage(browser, 1440)
        await signInBrowser(page, server.url, 'akmola@demo.kz')
        await page.goto(
          `${server.url}/regions/KZ-11?year=2025&standard=${FARM}&open=all&lang=${lang}`,
          {
            waitUntil: 'networkidle',
          },
        )
        await chartsDrawn(
          page,
          problems,
          (await page.locator('.trend-chart').count()) -
            1 -
            (await page.locator('.trend-chart__empty').count()),
        )
        mkdirSync(SCREENSHOTS, { recursive: true })
        await page.screenshot({
          path: path.join(SCREENSHOTS, `region-dashboard-${lang}.png`),
          fullPage: true,
        })
        await screenshot(page, `region-dashboard-${lang}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  })
})
