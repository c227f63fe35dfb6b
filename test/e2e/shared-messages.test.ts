// The shared messages in the browser (app/i18n/shared-messages.ts): the document loads its
// language's script before the app hydrates, so that the shell's texts are the same after
// hydration and after a client-side navigation; switching the language loads a new document with
// the other language's script, which the browser then keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { registry } from '../../app/i18n/messages.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { hydrated, launchBrowser, openWatchedPage } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

describe('the shared messages in the browser', () => {
  let server: AppServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('hydrates in Kazakh, navigates, switches to Russian and keeps it through a navigation', async () => {
    const { page, problems } = await openWatchedPage(browser)
    const scripts: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/i18n/')) scripts.push(new URL(r.url()).pathname)
    })
    await signInBrowser(page, server.url, 'akmola@demo.kz')
    await page.goto(`${server.url}/methodology?lang=kk`)
    await hydrated(page)
    const header = page.locator('header').first()
    expect(await page.evaluate(() => window.__sapaSharedMessages?.lang)).toBe('kk')
    // A client-side navigation: the shell's texts come from the script the document loaded.
    await Promise.all([
      page.waitForURL(/\/regions$/),
      page.getByRole('link', { name: registry.kk.shared['nav.regions'] }).first().click(),
    ])
    await expect.poll(() => header.innerText()).toContain(registry.kk.shared['nav.methodology'])
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBe('true')
    // The language switch loads a new document, with the Russian script.
    await Promise.all([
      page.waitForURL(/lang=ru/),
      page.locator('.language-switch a[hreflang="ru"]').first().click(),
    ])
    await hydrated(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    expect(await page.evaluate(() => window.__sapaSharedMessages?.lang)).toBe('ru')
    await Promise.all([
      page.waitForURL(/\/methodology$/),
      page.getByRole('link', { name: registry.ru.shared['nav.methodology'] }).first().click(),
    ])
    await expect.poll(() => header.innerText()).toContain(registry.ru.shared['nav.regions'])
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    expect(new Set(scripts.map((s) => s.slice(0, 9)))).toEqual(new Set(['/i18n/kk.', '/i18n/ru.']))
    expect(problems).toEqual([])
    await page.context().close()
  })
})
