// The annual reports over HTTP against the built app (demo data, embedded database): publishing
// from the report page, who may publish (a regional department its own region only, a chair
// nothing), the public open-data page and its stable per-edition, per-format addresses — and
// nothing unpublished reachable there. Then the pages in Chromium (screenshots), without console
// errors or failed requests.
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { Cookies, csrfOf, request, signInHttp, signInBrowser } from '../support/sign-in'

const FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const

describe('annual reports over HTTP', () => {
  let server: AppServer

  beforeAll(async () => {
    server = await startAppServer()
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  const signedIn = async (email: string) => (await signInHttp(server.url, email)).cookies

  async function publish(cookies: Cookies, region: string) {
    const page = await request(
      `${server.url}/reports/2025${region ? `?region=${region}` : ''}`,
      cookies,
    )
    const html = await page.text()
    return request(`${server.url}/reports/2025`, cookies, {
      form: { _csrf: csrfOf(html), intent: 'publish', region, report_lang: 'kk' },
    })
  }

  it('before any publication: /open-data is public and empty, its addresses answer 404, drafts need a sign-in', async () => {
    const anonymous = new Cookies()
    const page = await request(`${server.url}/open-data`, anonymous)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Әзірге жарияланған есеп жоқ.')
    for (const format of FORMATS) {
      const file = await request(`${server.url}/open-data/2025/national/v1.${format}`, anonymous)
      expect(file.status, format).toBe(404)
    }
    expect(
      (await request(`${server.url}/open-data/2025/national/draft.pdf`, anonymous)).status,
    ).toBe(404)
    const draft = await request(`${server.url}/reports/2025/draft.pdf`, anonymous)
    expect(draft.status).toBe(302)
    expect(draft.headers.get('Location')).toMatch(/^\/login\?redirectTo=/)
    expect((await request(`${server.url}/reports/2025`, anonymous)).status).toBe(302)
  })

  it('a ministry official sees the draft and publishes the national report as edition 1', async () => {
    const cookies = await signedIn('ministry@demo.kz')
    const page = await request(`${server.url}/reports/2025?lang=en&report_lang=kk`, cookies)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('data-edition="draft"')
    expect(html).toContain('Сапа және қол жетімділік көрсеткіштері')
    expect(html).toContain('name="intent" value="publish"')
    const draftPdf = await request(`${server.url}/reports/2025/draft.pdf?lang=ru`, cookies)
    expect(draftPdf.status).toBe(200)
    expect(draftPdf.headers.get('Cache-Control')).toBe('private, no-store')

    const published = await publish(cookies, '')
    expect(published.status).toBe(302)
    expect(published.headers.get('Location')).toBe(
      '/reports/2025?version=1&published=1&report_lang=kk',
    )
    const edition = await request(`${server.url}${published.headers.get('Location')}`, cookies)
    const editionHtml = await edition.text()
    expect(editionHtml).toContain('data-edition="v1"')
    expect(editionHtml).not.toContain('name="intent" value="publish"')
  })

  it('open data serves the published edition in every format, to anyone, from a stable address', async () => {
    const anonymous = new Cookies()
    const list = await (await request(`${server.url}/open-data`, anonymous)).text()
    for (const format of FORMATS) expect(list).toContain(`/open-data/2025/national/v1.${format}`)

    const types = {
      pdf: 'application/pdf',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv; charset=utf-8',
      json: 'application/json; charset=utf-8',
    }
    const bodies: Record<string, Buffer> = {}
    for (const format of FORMATS) {
      const res = await request(`${server.url}/open-data/2025/national/v1.${format}`, anonymous)
      expect(res.status, format).toBe(200)
      expect(res.headers.get('Content-Type')).toBe(types[format])
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
      bodies[format] = Buffer.from(await res.arrayBuffer())
    }
    expect(bodies.pdf!.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bodies.xlsx!.subarray(0, 2).toString()).toBe('PK')
    expect(bodies.csv!.toString('utf8')).toMatch(/^\uFEFFyear,as_of,scope,scope_code,/)
    const json = JSON.parse(bodies.json!.toString('utf8'))
    expect(json.edition).toMatchObject({ status: 'published', version: 1 })
    expect(json.report.year).toBe(2025)
    expect(json.report.standards).toHaveLength(5)
    // The same address gives the same bytes; the language is a query parameter of the same edition.
    const again = await request(`${server.url}/open-data/2025/national/v1.pdf`, anonymous)
    expect(Buffer.from(await again.arrayBuffer()).equals(bodies.pdf!)).toBe(true)
    const ru = await (
      await request(`${server.url}/open-data/2025/national/v1.csv?lang=ru`, anonymous)
    ).text()
    expect(ru).toMatch(/,(Выполнено|Не выполнено|Нет данных|Недостаточно данных|Неопределённо),/)
  })

  it('a regional department publishes its own region’s report, never the nation’s or another region’s; a chair publishes nothing', async () => {
    const akmola = await signedIn('akmola@demo.kz')
    expect((await request(`${server.url}/reports/2025`, akmola)).status).toBe(404)
    expect((await request(`${server.url}/reports/2025?region=KZ-47`, akmola)).status).toBe(404)
    expect(
      (await request(`${server.url}/reports/2025/draft.csv?region=KZ-47`, akmola)).status,
    ).toBe(404)
    const own = await request(`${server.url}/reports/2025?region=KZ-11`, akmola)
    const ownHtml = await own.text()
    expect(own.status).toBe(200)
    expect(ownHtml).toContain('name="intent" value="publish"')
    // A forged form for the nation or another region: refused (404), nothing published.
    const csrf = csrfOf(ownHtml)
    for (const region of ['', 'KZ-47']) {
      const forged = await request(`${server.url}/reports/2025`, akmola, {
        form: { _csrf: csrf, intent: 'publish', region },
      })
      expect(forged.status, `region "${region}"`).toBe(404)
    }
    const published = await publish(akmola, 'KZ-11')
    expect(published.headers.get('Location')).toBe(
      '/reports/2025?region=KZ-11&version=1&published=1&report_lang=kk',
    )

    const chair = await signedIn('agri-chair@demo.kz')
    const chairPage = await request(`${server.url}/reports/2025`, chair)
    expect(chairPage.status).toBe(200)
    const chairHtml = await chairPage.text()
    expect(chairHtml).not.toContain('name="intent" value="publish"')
    // The chair's draft holds its agency's standard only.
    expect(chairHtml).toContain('id="private-farm-certificate"')
    expect(chairHtml).not.toContain('id="land-lease-act"')
    const forged = await request(`${server.url}/reports/2025`, chair, {
      form: { _csrf: csrfOf(chairHtml), intent: 'publish', region: '' },
    })
    expect(forged.status).toBe(404)

    const anonymous = new Cookies()
    const list = await (await request(`${server.url}/open-data`, anonymous)).text()
    expect(list).toContain('/open-data/2025/KZ-11/v1.pdf')
    expect(list).not.toContain('/open-data/2025/national/v2')
    expect((await request(`${server.url}/open-data/2025/KZ-11/v1.json`, anonymous)).status).toBe(
      200,
    )
  })

  it('nothing unpublished is reachable under /open-data', async () => {
    const anonymous = new Cookies()
    const unpublished = [
      '/open-data/2025/national/v2.pdf',
      '/open-data/2025/KZ-11/v2.csv',
      '/open-data/2025/KZ-47/v1.json',
      '/open-data/2024/national/v1.xlsx',
      '/open-data/2025/national/draft.json',
      '/open-data/2025/national/latest.pdf',
      '/open-data/2025/KZ-11/v1.html',
      '/open-data/2025/kz-11/v1.pdf',
      '/open-data/20x5/national/v1.pdf',
    ]
    for (const path of unpublished) {
      const res = await request(`${server.url}${path}`, anonymous)
      expect(res.status, path).toBe(404)
    }
  })

  it('a second publication is edition 2, and the changes page compares the two', async () => {
    const cookies = await signedIn('ministry@demo.kz')
    const published = await publish(cookies, '')
    expect(published.headers.get('Location')).toBe(
      '/reports/2025?version=2&published=1&report_lang=kk',
    )
    const changes = await request(`${server.url}/reports/2025/changes?from=1&to=2&lang=en`, cookies)
    expect(changes.status).toBe(200)
    // Nothing was imported in between: the two editions hold the same numbers.
    expect(await changes.text()).toContain('No value changed between these editions.')
    expect((await request(`${server.url}/reports/2025/changes?from=1&to=3`, cookies)).status).toBe(
      404,
    )
  })

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchBrowser()
    }, 60_000)

    afterAll(async () => {
      await browser?.close()
    })

    for (const lang of ['kk', 'ru', 'en'] as const) {
      it(`/reports/2025 renders the draft in ${lang}`, async () => {
        const { page, problems } = await openWatchedPage(browser)
        await signInBrowser(page, server.url, 'ministry@demo.kz')
        await page.goto(`${server.url}/reports/2025?lang=${lang}`, { waitUntil: 'networkidle' })
        expect(await page.locator('table.report-table').count()).toBe(5)
        expect(await page.locator('table.report-breakdown tbody tr').count()).toBe(5 * 21)
        expect(await page.locator('.report-chart svg').count()).toBeGreaterThan(0)
        await screenshot(page, `report-${lang}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }

    it('/reports/2025 in print: the controls disappear, the watermark shows', async () => {
      const { page, problems } = await openWatchedPage(browser)
      await signInBrowser(page, server.url, 'ministry@demo.kz')
      await page.goto(`${server.url}/reports/2025?region=KZ-11`, { waitUntil: 'networkidle' })
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.report-controls').isVisible()).toBe(false)
      expect(await page.locator('.site-header').isVisible()).toBe(false)
      expect(await page.locator('.report__watermark').isVisible()).toBe(true)
      await screenshot(page, 'report-print-kk')
      expect(problems).toEqual([])
      await page.context().close()
    })

    it('/open-data renders for an anonymous visitor', async () => {
      const { page, problems } = await openWatchedPage(browser)
      await page.goto(`${server.url}/open-data?lang=ru`, { waitUntil: 'networkidle' })
      expect(await page.locator('.open-data-list > li').count()).toBeGreaterThanOrEqual(3)
      await screenshot(page, 'open-data-ru')
      expect(problems).toEqual([])
      await page.context().close()
    })
  })
})
