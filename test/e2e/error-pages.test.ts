// Error pages against a real server (server.ts over build/, demo data and users). /admin for every
// non-administrator demo role is the same localized 404 page as an unknown address — status,
// `lang`, title, the shell with the user's menu — not the bare JSON it once was (issue 12). An
// error in a nested page's loader replaces that page only: the shell and the /admin navigation
// stay, the message is in the page's language, on the server's answer and after a navigation in
// the browser (issue 16: an ErrorBoundary in every page route).
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, hydrated, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { request, signInBrowser, signInEachHttp, type Cookies } from '../support/sign-in'

const NON_ADMINS = [
  { email: 'ministry@demo.kz', name: 'Демо министрлік' },
  { email: 'akmola@demo.kz' },
  { email: 'land-chair@demo.kz' },
  { email: 'agri-chair@demo.kz' },
] as const

const NOT_FOUND = {
  kk: 'Бет табылмады',
  ru: 'Страница не найдена',
  en: 'Page not found',
} as const

const NOT_FOUND_BODY = {
  kk: 'Сұралған бет жоқ немесе жойылған.',
  ru: 'Запрошенная страница не существует или была удалена.',
  en: 'The page you asked for does not exist or was removed.',
} as const

const BAD_REQUEST = {
  kk: 'Сұраныс қате',
  ru: 'Неверный запрос',
  en: 'Bad request',
} as const

/** The parts of a page the tests compare: the shell's marks and what <main> holds. */
function partsOf(html: string) {
  return {
    lang: /<html lang="([^"]*)"/.exec(html)?.[1] ?? null,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? null,
    header: html.includes('class="site-header"'),
    nav: html.includes('class="site-nav"'),
    signOut: html.includes('action="/logout"'),
    adminNav: html.includes('class="admin-nav"'),
    h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? null,
    main: /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? null,
  }
}

describe('error pages', () => {
  let server: AppServer
  let jars: Map<string, Cookies>

  beforeAll(async () => {
    server = await startAppServer()
    jars = await signInEachHttp(server.url, ['admin@demo.kz', ...NON_ADMINS.map((u) => u.email)])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  const get = async (path: string, email: string) => {
    const response = await request(`${server.url}${path}`, jars.get(email)!)
    return { response, html: await response.text() }
  }

  for (const { email } of NON_ADMINS) {
    it(`${email}: /admin is the localized 404 page of an unknown address, in the shell, in kk, ru and en`, async () => {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const unknown = await get(`/no-such-page?lang=${lang}`, email)
        expect(unknown.response.status).toBe(404)
        for (const path of ['/admin', '/admin/', '/admin?index']) {
          const sep = path.includes('?') ? '&' : '?'
          const { response, html } = await get(`${path}${sep}lang=${lang}`, email)
          expect(response.status, path).toBe(404)
          expect(response.headers.get('content-type'), path).toMatch(/^text\/html/)
          const page = partsOf(html)
          expect(page, `${path} ${lang}`).toMatchObject({
            lang,
            title: 'Sapa',
            header: true,
            nav: true,
            signOut: true,
            adminNav: false,
            h1: NOT_FOUND[lang],
          })
          // The same page as any unknown address: what <main> says, word for word.
          expect(page.main, `${path} ${lang}`).toBe(partsOf(unknown.html).main)
          expect(html).not.toContain('Unexpected Server Error')
          // Said once (the general sentence was printed twice under the named reason).
          expect(page.main!.split(NOT_FOUND_BODY[lang]).length - 1, `${path} ${lang}`).toBe(1)
        }
      }
    })
  }

  it('names the signed-in user in the 404 page’s shell (the ministry official)', async () => {
    const { html } = await get('/admin?lang=kk', 'ministry@demo.kz')
    const header = /<header class="site-header"[\s\S]*?<\/header>/.exec(html)?.[0]
    expect(header).toContain(NON_ADMINS[0].name)
  })

  it('a nested page’s loader error keeps the shell and the /admin navigation, in the page’s language', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const { response, html } = await get(
        `/admin/audit?from=not-a-day&lang=${lang}`,
        'admin@demo.kz',
      )
      expect(response.status).toBe(400)
      expect(partsOf(html)).toMatchObject({
        lang,
        header: true,
        nav: true,
        signOut: true,
        adminNav: true,
        h1: BAD_REQUEST[lang],
      })
    }
    const { html } = await get('/admin/audit?from=not-a-day&lang=en', 'admin@demo.kz')
    expect(partsOf(html).main).toContain('The value of the parameter “from” is not valid.')
  })

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it('/admin hydrates as the 404 page for the ministry official, with no script error', async () => {
      const { page, problems } = await openWatchedPage(browser)
      await signInBrowser(page, server.url, 'ministry@demo.kz')
      await page.goto(`${server.url}/admin?lang=ru`, { waitUntil: 'networkidle' })
      await hydrated(page)
      expect(await page.locator('main h1').innerText()).toBe(NOT_FOUND.ru)
      await screenshot(page, 'admin-404-ministry-ru')
      await expect(page.locator('header.site-header nav.site-nav').count()).resolves.toBe(1)
      // The document's own 404 is the answer under test; nothing else may fail.
      const expected = [`HTTP 404: ${server.url}/admin?lang=ru`]
      const others = problems.filter(
        (p) => !expected.includes(p) && !/Failed to load resource.*404/.test(p),
      )
      expect(others).toEqual([])
      await page.context().close()
    })

    it('an error after a navigation in the browser replaces the nested page only', async () => {
      const { page, problems } = await openWatchedPage(browser)
      await signInBrowser(page, server.url, 'admin@demo.kz')
      await page.goto(`${server.url}/admin/audit?lang=en`, { waitUntil: 'networkidle' })
      await hydrated(page)
      // What a Link to a bad address does: the router fetches the loaders' data and renders.
      await page.evaluate(() =>
        (
          window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }
        ).__remixRouter.navigate('/admin/audit?from=not-a-day&lang=en'),
      )
      await page.locator('main h1', { hasText: BAD_REQUEST.en }).waitFor()
      await screenshot(page, 'admin-audit-400-en')
      expect(await page.locator('nav.admin-nav').count()).toBe(1)
      expect(await page.locator('header.site-header').count()).toBe(1)
      expect(await page.locator('main').innerText()).toContain(
        'The value of the parameter “from” is not valid.',
      )
      // The loader's 400 arrives inside the data request; no script error, nothing else fails.
      const others = problems.filter(
        (p) =>
          !/HTTP 400: .*\/admin\/audit\.data/.test(p) && !/Failed to load resource.*400/.test(p),
      )
      expect(others).toEqual([])
      await page.context().close()
    })
  })
})
