// The administration pages in Chromium, signed in as the demo administrator: the administrator
// creates an agency chair on /admin/users (Sapa generates the password and shows it once), the
// new user signs in with it in another browser context, the audit page's filter finds the
// creation, and every admin page renders in English and Kazakh without console errors or failed
// requests. Screenshots go to test-results/screenshots (admin-*-en.png, admin-*-kk.png).
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

const hasChromium = existsSync(CHROMIUM)
const NEW_EMAIL = 'new.chair@demo.kz'

describe.skipIf(!hasChromium)('administration in Chromium', () => {
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

  it('the administrator creates a user, who then signs in with the generated password', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url)
    await page.locator('nav.site-nav a[href="/admin"]').click()
    await page.waitForURL((url) => url.pathname === '/admin/users')
    await page.goto(`${server.url}/admin/users?lang=en`, { waitUntil: 'networkidle' })

    const form = page
      .locator('form.admin-form')
      .filter({ has: page.locator('input[name="email"]') })
    await form.locator('input[name="email"]').fill(NEW_EMAIL)
    await form.locator('input[name="name"]').fill('Жаңа төраға')
    await form.locator('select[name="role"]').selectOption('agency_chair')
    await form.locator('select[name="agencyId"]').selectOption('land-resources-management-agency')
    await form.getByRole('button', { name: 'Create user' }).click()
    const shown = page.getByTestId('generated-password')
    await shown.waitFor()
    const password = (await shown.innerText()).trim()
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/)
    await page.waitForLoadState('networkidle')
    // The new row: its role and agency, active, never signed in.
    const row = page.locator('tr', { has: page.locator(`th:has-text("${NEW_EMAIL}")`) })
    const rowText = await row.innerText()
    expect(rowText).toContain('Agency chair')
    expect(rowText).toContain('Agency of the Republic of Kazakhstan for Land Resources Management')
    expect(rowText).toContain('Active')
    expect(rowText).toContain('never')
    await screenshot(page, 'admin-users-created-en')
    expect(problems).toEqual([])

    // The new user, in a browser of their own.
    const other = await openWatchedPage(browser)
    await signInBrowser(other.page, server.url, NEW_EMAIL, password)
    await other.page.goto(`${server.url}/account?lang=en`, { waitUntil: 'networkidle' })
    const account = await other.page.locator('main').innerText()
    expect(account).toContain(NEW_EMAIL)
    expect(account).toContain('Жаңа төраға')
    // No administration for them: no link in the navigation.
    expect(await other.page.locator('a[href="/admin"]').count()).toBe(0)
    expect(other.problems).toEqual([])
    await other.page.context().close()

    // The audit page's filter finds the creation, by the administrator.
    await page.goto(`${server.url}/admin/audit?lang=en`, { waitUntil: 'networkidle' })
    await page.locator('select[name="action"]').selectOption('user.create')
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('action') === 'user.create'),
      page.getByRole('button', { name: 'Apply' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    const table = await page.locator('table.audit-table').innerText()
    expect(table).toContain(NEW_EMAIL)
    expect(table).toContain('admin@demo.kz')
    expect(table).not.toContain(password)
    expect(problems).toEqual([])
    await page.context().close()
  }, 120_000)

  const pages = [
    { path: '/admin/users', name: 'users', word: { en: 'Create a user', kk: 'Пайдаланушы қосу' } },
    { path: '/admin/audit', name: 'audit', word: { en: 'Before → after', kk: 'Бұрын → кейін' } },
    {
      path: '/admin/reference?year=2025',
      name: 'reference',
      word: { en: 'Working calendar', kk: 'Жұмыс күнтізбесі' },
    },
  ]
  for (const language of ['en', 'kk'] as const) {
    for (const p of pages) {
      it(`${p.path} renders in ${language}`, async () => {
        const { page, problems } = await openWatchedPage(browser)
        await signInBrowser(page, server.url)
        const sep = p.path.includes('?') ? '&' : '?'
        await page.goto(`${server.url}${p.path}${sep}lang=${language}`, {
          waitUntil: 'networkidle',
        })
        expect(await page.getAttribute('html', 'lang')).toBe(language)
        const text = await page.locator('main').innerText()
        expect(text).toContain(p.word[language])
        await screenshot(page, `admin-${p.name}-${language}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})
