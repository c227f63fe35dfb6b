// The data-freshness page /data and its download over HTTP against the built app (demo data,
// embedded database), then in Chromium: a regional user sees only its own region's offices, a
// region outside its scope is a 404 for the page and the download, the CSV holds the page's rows
// (its own offices only) with the Kazakh headers; the screenshots at 1366 px (kk) and 390 px (ru)
// with no horizontal scroll. The rules themselves are test/db/data-freshness.test.ts (worked out
// by hand); the demo data ends in 2025, so on the day the test runs every regular office is stale.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, hydrated, launchBrowser, openWatchedPage } from '../support/browser'
import { request, signInBrowser, signInHttp } from '../support/sign-in'

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')

describe('data freshness over HTTP', () => {
  let server: AppServer

  beforeAll(async () => {
    server = await startAppServer()
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('a regional user: 200 with its own offices only; another region is a 404', async () => {
    const { cookies } = await signInHttp(server.url, 'akmola@demo.kz')
    const page = await request(`${server.url}/data`, cookies)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Деректердің өзектілігі')
    expect(html).toMatch(/KZ-11-[A-Z]+-/)
    expect(html).not.toMatch(/KZ-(?!11)\d\d-[A-Z]+-/)
    expect(html).toContain('/data/export?format=csv')
    expect((await request(`${server.url}/data?region=KZ-47`, cookies)).status).toBe(404)
    expect((await request(`${server.url}/data?kind=nonsense`, cookies)).status).toBe(400)
  })

  it('the download honours the scope: other region 404, CSV of its own offices', async () => {
    const { cookies } = await signInHttp(server.url, 'akmola@demo.kz')
    const other = await request(`${server.url}/data/export?format=csv&region=KZ-47`, cookies)
    expect(other.status).toBe(404)
    const csv = await request(`${server.url}/data/export?format=csv&kind=cases`, cookies)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('Content-Type')).toMatch(/text\/csv/)
    const text = (await csv.text()).replace(/^\uFEFF/, '')
    const [header, ...rows] = text.trim().split(/\r?\n/)
    expect(header).toBe(
      'Өңір,Кеңсе коды,Кеңсе,Дерек түрі,Соңғы жазба,Соңғы импорт,Кім жүктеді,Қашан жүктелді,Жазбасыз айлар,Күйі',
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.split(',')[1]).toMatch(/^KZ-11-/)
      expect(row).toContain(',Өтініштер,')
    }
    const xlsx = await request(`${server.url}/data/export?format=xlsx`, cookies)
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('Content-Type')).toMatch(/spreadsheetml/)
  })

  it('the ministry sees every region; the stale filter keeps stale rows only', async () => {
    const { cookies } = await signInHttp(server.url, 'ministry@demo.kz')
    // The country's table comes a hundred rows a page (by region code, Abai's KZ-10 first);
    // Mangystau is further on, or at once with its filter; the download holds every row.
    const first = await (await request(`${server.url}/data?kind=cases&lang=ru`, cookies)).text()
    expect(first).toMatch(/KZ-10-[A-Z]+-/)
    expect(first).toMatch(/Страница 1 из \d+ · строк: \d+/)
    expect(first).toContain('href="/data?kind=cases&amp;page=2"')
    const mangystau = await (
      await request(`${server.url}/data?kind=cases&region=KZ-47&lang=ru`, cookies)
    ).text()
    expect(mangystau).toMatch(/KZ-47-[A-Z]+-/)
    const file = await (
      await request(`${server.url}/data/export?format=csv&kind=cases&lang=en`, cookies)
    ).text()
    expect(file).toMatch(/KZ-11-[A-Z]+-/)
    expect(file).toMatch(/KZ-47-[A-Z]+-/)
    const stale = await request(`${server.url}/data/export?format=csv&stale=1&lang=en`, cookies)
    const lines = (await stale.text()).trim().split(/\r?\n/).slice(1)
    for (const line of lines) expect(line.endsWith(',Stale')).toBe(true)
  })

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    // kk: the stale offices only (the icon and the word); ru: every office's cases on a phone.
    for (const [lang, width, email, filter] of [
      ['kk', 1366, 'akmola@demo.kz', '&stale=1'],
      ['ru', 390, 'akmola@demo.kz', ''],
    ] as const) {
      it(`${lang} at ${width} px: no console errors, no horizontal scroll`, async () => {
        const { page, problems } = await openWatchedPage(browser, width)
        if (width < 600) await page.setViewportSize({ width, height: 844 })
        await signInBrowser(page, server.url, email)
        await page.goto(`${server.url}/data?lang=${lang}&kind=cases${filter}`)
        await hydrated(page)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow).toBeLessThanOrEqual(0)
        mkdirSync(SCREENSHOTS, { recursive: true })
        await page.screenshot({
          path: path.join(SCREENSHOTS, `data-freshness-${lang}-${width}.png`),
          fullPage: false,
        })
        expect(problems).toEqual([])
      })
    }
  })
})
