// /admin/standards and /standards in Chromium (decision 0033): the administrator checks a
// definition file with two errors — each shown with its path in the file, in Russian — then the
// example file, whose difference is listed and stored on confirmation; /standards says which
// edition each standard's figures follow and that a cancelled decree's table is still applied.
// Screenshots: test-results/screenshots/admin-standards-*.png, standards-editions-*.png.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, hydrated, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { signInBrowser } from '../support/sign-in'

const hasChromium = existsSync(CHROMIUM)
const EXAMPLE = path.resolve(__dirname, '../../docs/examples/example-standard.json')

describe.skipIf(!hasChromium)('standards and their editions in Chromium', () => {
  let server: AppServer
  let browser: Browser
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-standards-'))

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('refuses a file with its errors’ paths in Russian at 390 px', async () => {
    const broken = JSON.parse(readFileSync(EXAMPLE, 'utf8'))
    broken.editions[0].indicators[1].measure = 'queue_wait_under_5'
    broken.editions[0].indicators[2].normative = {
      as_printed: '95-80',
      kind: 'band',
      low: 95,
      high: 80,
    }
    const file = path.join(dir, 'broken.json')
    writeFileSync(file, JSON.stringify(broken, null, 2))
    const { page, problems } = await openWatchedPage(browser, 390)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/admin/standards?lang=ru`, { waitUntil: 'networkidle' })
    await hydrated(page)
    await page.locator('input[name="file"]').setInputFiles(file)
    await page.getByRole('button', { name: 'Проверить и показать отличия' }).click()
    const alert = page.locator('.form-error')
    await alert.waitFor()
    const text = await alert.innerText()
    expect(text).toContain('editions[0].indicators[1].measure')
    expect(text).toContain('неизвестная мера «queue_wait_under_5»')
    expect(text).toContain('editions[0].indicators[2].normative.low')
    expect(text).toContain('нижняя граница диапазона должна быть меньше верхней')
    await screenshot(page, 'admin-standards-ru-390')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('checks the example file, lists the difference in Kazakh at 1366 px, and stores it on confirmation', async () => {
    const { page, problems } = await openWatchedPage(browser, 1366)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/admin/standards?lang=kk`, { waitUntil: 'networkidle' })
    await hydrated(page)
    await page.locator('input[name="file"]').setInputFiles(EXAMPLE)
    await page.getByRole('button', { name: 'Тексеру және айырмашылықты көрсету' }).click()
    await page.locator('.form-confirm').waitFor()
    expect(await page.locator('main').innerText()).toContain('(жаңа стандарт)')
    await screenshot(page, 'admin-standards-kk-1366')
    await page.getByRole('button', { name: 'Сақтау' }).click()
    await page.locator('.form-success').waitFor()
    expect(await page.locator('.form-success').innerText()).toContain(
      'example-archive-certificate сақталды',
    )
    // The action's message shows while the page's data is still being reloaded (the router
    // commits actionData at the start of the revalidation): wait for the list, not one reading.
    await page.locator('main').getByText('Мұрағаттық анықтама беру').first().waitFor()
    expect(await page.locator('main').innerText()).toContain('Мұрағаттық анықтама беру')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('/standards names the edition each standard follows and what its cancellation means', async () => {
    for (const [lang, width] of [
      ['en', 1366],
      ['kk', 390],
    ] as const) {
      const { page, problems } = await openWatchedPage(browser, width)
      await signInBrowser(page, server.url)
      await page.goto(`${server.url}/standards?lang=${lang}`, { waitUntil: 'networkidle' })
      const text = await page.locator('main').innerText()
      if (lang === 'en') {
        expect(text).toContain('Edition 1')
        expect(text).toContain('Government decree No. 283 of 29 March 2011')
        expect(text).toContain(
          'No later edition is loaded, so Sapa goes on measuring against the table of edition 1 until a successor is loaded.',
        )
        expect(text).not.toMatch(/^Cancelled$/m)
      } else {
        expect(text).toContain('келесі редакция жүктелгенге дейін 1-редакцияның кестесі бойынша')
      }
      await screenshot(page, `standards-editions-${lang}-${width}`)
      expect(problems).toEqual([])
      await page.context().close()
    }
  })

  it('the annual report says which edition each standard follows', async () => {
    const { page, problems } = await openWatchedPage(browser, 1366)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/reports/2025?lang=ru`, { waitUntil: 'networkidle' })
    const farm = await page.locator('section#private-farm-certificate').innerText()
    expect(farm).toContain('Редакция 1: Постановление Правительства РК от 29 марта 2011 года № 283')
    expect(farm).toContain('Sapa продолжает измерять по таблице редакции 1')
    await page.locator('section#private-farm-certificate').screenshot({
      path: path.resolve(__dirname, '../../test-results/screenshots/report-edition-ru-1366.png'),
    })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
