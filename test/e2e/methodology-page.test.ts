// The Methodology page in a real browser, signed in as the demo administrator: it renders in kk, ru and en with the demo data, with no
// console error or failed request; it names all twelve measures; the worked deadline example (a)
// — 6 working days from Friday 20 March 2026 across Nauryz — ends on 2 April 2026, written the way
// the page's language writes dates; the navigation links to it. Screenshots go to
// test-results/screenshots.
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEASURES } from '../../app/domain/measures'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, openWatchedPage, screenshot } from '../support/browser'
import { signInBrowser } from '../support/sign-in'
import { translatorFor } from '../../app/i18n/messages.server'

const en = translatorFor('en')
const kk = translatorFor('kk')
const ru = translatorFor('ru')

const hasChromium = existsSync(CHROMIUM)

describe.skipIf(!hasChromium)('methodology page in Chromium', () => {
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

  // Example (a): Nauryz 21–23 March 2026 and the days off carried to 24–25 March put the 6th
  // working day after Friday 20 March on Thursday 2 April. Kazakh and Russian pages write dates
  // as 02.04.2026, English ones as 2 Apr 2026 (app/i18n/format.ts).
  const languages = [
    { lang: 'kk', content: kk, navLabel: 'Әдістеме', dueDate: '02.04.2026', weekday: 'бейсенбі' },
    { lang: 'ru', content: ru, navLabel: 'Методика', dueDate: '02.04.2026', weekday: 'четверг' },
    {
      lang: 'en',
      content: en,
      navLabel: 'Methodology',
      dueDate: '2 Apr 2026',
      weekday: 'Thursday',
    },
  ] as const

  for (const { lang, content, navLabel, dueDate, weekday } of languages) {
    it(`renders in ${lang} with every measure and example (a) due on ${dueDate}`, async () => {
      const { page, problems } = await openWatchedPage(browser)
      await signInBrowser(page, server.url)
      await page.goto(`${server.url}/methodology?lang=${lang}`, { waitUntil: 'networkidle' })
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect(await page.locator('h1').innerText()).toBe(content.t('methodology.title'))

      const main = await page.locator('main').innerText()
      for (const measure of MEASURES) {
        expect(main, measure).toContain(content.t(`methodology.measures.byMeasure.${measure}.name`))
        expect(main, measure).toContain(measure)
      }

      const due = await page.locator('#example-workingDaysNauryz [data-testid="due"]').innerText()
      expect(due).toContain(dueDate)
      expect(due).toContain(weekday)
      expect(due).toContain('23:59:59')

      // The navigation has the link, marked as the current page.
      const nav = page.locator('nav.site-nav').getByRole('link', { name: navLabel })
      expect(await nav.getAttribute('aria-current')).toBe('page')

      // A status badge carries its word, not colour alone.
      const badge = page.locator('.status-table [data-status="inconclusive"]').first()
      expect((await badge.innerText()).trim().length).toBeGreaterThan(0)

      if (lang === 'kk') {
        for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'])
          expect(main).toContain(letter)
      }
      await screenshot(page, `methodology-${lang}`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('is reached from the navigation and its contents links jump to the sections', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await signInBrowser(page, server.url)
    await page.goto(`${server.url}/standards?lang=en`, { waitUntil: 'networkidle' })
    await page.locator('nav.site-nav').getByRole('link', { name: 'Methodology' }).click()
    await page.waitForURL(/\/methodology/)
    await page.locator('nav.toc a[href="#deadline-examples"]').click()
    await page.waitForURL(/#deadline-examples$/)
    expect(await page.locator('#deadline-examples').isVisible()).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
