// Alerts against a real server (decisions 0030 and 0043): Akmola's department imports a file
// through the API, and the server's job runner evaluates what the import queued. The file takes
// the Kokshetau PSC below its normative for the farm certificate in the last complete month (one
// of two cases late: 1.1 on time = 50 %) — its inbox count appears in the header, the farm
// standard's chair gets it too and the land chair does not; marking it read clears the count;
// /account/alerts answers 422 for a region beyond the user's scope; /admin/alerts is a 404 for
// anyone but an administrator. With Chromium, the inbox is photographed (kk at 1366 px, ru at
// 390 px) into docs/screenshots.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lastCompleteMonth } from '../../app/domain/alert-rules'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { startAppServer, type AppServer } from '../support/app-server'
import { CHROMIUM, launchBrowser, hydrated } from '../support/browser'
import { farmCaseFile } from '../support/farm-case-file'
import { csrfOf, request, signInBrowser, signInHttp, type Cookies } from '../support/sign-in'

const { month } = lastCompleteMonth(todayInKazakhstan(new Date()))
const kokshetau = (id: string, completed: string) => ({
  id,
  office: 'KZ-11-PSC-kokshetau-city',
  submitted: `${month}-03T10:00:00+05:00`,
  completed: `${month}-${completed}T15:00:00+05:00`,
})
const FILE = new TextDecoder().decode(
  farmCaseFile([kokshetau('E2E-1', '03'), kokshetau('E2E-2', '20')]),
)

const badge = (html: string) => /data-testid="inbox-count"/.test(html)

describe('alerts over HTTP', () => {
  let server: AppServer
  const jars = new Map<string, Cookies>()
  const USERS = ['admin@demo.kz', 'akmola@demo.kz', 'land-chair@demo.kz', 'agri-chair@demo.kz']

  beforeAll(async () => {
    // The server's job runner evaluates the alerts the import queues (decision 0043).
    server = await startAppServer({ env: { SAPA_JOBS: 'on', SAPA_JOBS_POLL_MS: '200' } })
    for (const email of USERS) {
      const { response, cookies } = await signInHttp(server.url, email)
      expect(response.status, email).toBe(302)
      jars.set(email, cookies)
    }
    const akmola = jars.get('akmola@demo.kz')!
    const csrf = csrfOf(await (await request(`${server.url}/account`, akmola)).text())
    const response = await fetch(
      `${server.url}/api/v1/import/cases?source=egov&file_name=late.csv`,
      {
        method: 'POST',
        headers: {
          Cookie: akmola.header(),
          'Content-Type': 'text/csv',
          'X-CSRF-Token': csrf,
          Origin: server.url,
        },
        body: FILE,
      },
    )
    expect(response.status, await response.clone().text()).toBe(200)
    // The import answers once its rows are written; the alert follows at the runner's next poll.
    const deadline = Date.now() + 60_000
    while (!badge(await (await request(`${server.url}/`, akmola)).text())) {
      if (Date.now() > deadline) throw new Error('no alert 60 s after the import')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  const page = async (email: string, path: string) =>
    request(`${server.url}${path}`, jars.get(email)!)

  it('the header counts the new alert for the users who read the office, not the land chair', async () => {
    for (const email of ['akmola@demo.kz', 'agri-chair@demo.kz', 'admin@demo.kz']) {
      const html = await (await page(email, '/')).text()
      expect(badge(html), email).toBe(true)
      expect(html, email).toContain('/inbox')
    }
    expect(badge(await (await page('land-chair@demo.kz', '/')).text())).toBe(false)
  })

  it('the inbox lists the alert in words with a link to its cause; marking all read clears the count', async () => {
    const response = await page('akmola@demo.kz', '/inbox?lang=en')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('inbox-item--unread')
    // The demo data has cases of its own in that month: the figures are the office's month
    // (the db test works them out by hand on an empty database); here their form.
    expect(html).toMatch(
      /was \d+(\.\d+)?\s%\sin \w+ \d{4} \(\d+\sof\s\d+\); the (normative|target) is/,
    )
    expect(html).toContain('/indicators/private-farm-certificate/1.1?year=')
    const csrf = csrfOf(html)
    const marked = await request(`${server.url}/inbox`, jars.get('akmola@demo.kz')!, {
      form: { _csrf: csrf, intent: 'read-all' },
      headers: { Origin: server.url },
    })
    expect(marked.status).toBe(200)
    expect(badge(await (await page('akmola@demo.kz', '/')).text())).toBe(false)
    expect(await (await page('akmola@demo.kz', '/inbox')).text()).not.toContain(
      'inbox-item--unread',
    )
  })

  it('a post without its CSRF token is refused', async () => {
    const response = await request(`${server.url}/inbox`, jars.get('akmola@demo.kz')!, {
      form: { intent: 'read-all' },
      headers: { Origin: server.url },
    })
    expect(response.status).toBe(403)
  })

  it('/account/alerts: 422 with a message for a region beyond the user’s scope, and for no channel', async () => {
    const jar = jars.get('akmola@demo.kz')!
    const form = await (await page('akmola@demo.kz', '/account/alerts?lang=en')).text()
    const csrf = csrfOf(form)
    const post = (fields: [string, string][]) =>
      fetch(`${server.url}/account/alerts?lang=en`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          Cookie: jar.header(),
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: server.url,
        },
        body: new URLSearchParams([['_csrf', csrf], ...fields]).toString(),
      })
    const beyond = await post([
      ['rules', 'indicator_fails'],
      ['regions', 'KZ-75'],
      ['channels', 'inbox'],
    ])
    expect(beyond.status).toBe(422)
    expect(await beyond.text()).toContain('These regions are beyond what you read: KZ-75.')
    const none = await post([['rules', 'indicator_fails']])
    expect(none.status).toBe(422)
    expect(await none.text()).toContain('Choose at least one channel.')
    const fine = await post([
      ['rules', 'indicator_fails'],
      ['regions', 'KZ-11'],
      ['channels', 'inbox'],
    ])
    expect(fine.status).toBe(200)
    expect(await fine.text()).toContain('Settings saved.')
  })

  it('/admin/alerts is a 404 for anyone but an administrator', async () => {
    for (const email of ['akmola@demo.kz', 'land-chair@demo.kz', 'agri-chair@demo.kz']) {
      expect((await page(email, '/admin/alerts')).status, email).toBe(404)
    }
    expect((await page('admin@demo.kz', '/admin/alerts')).status).toBe(200)
  })

  it.skipIf(!existsSync(CHROMIUM))(
    'photographs the inbox: kk at 1366 px, ru at 390 px',
    async () => {
      const browser = await launchBrowser()
      const dir = path.resolve(__dirname, '../../docs/screenshots')
      mkdirSync(dir, { recursive: true })
      try {
        for (const [lang, width, height] of [
          ['kk', 1366, 900],
          ['ru', 390, 844],
        ] as const) {
          const context = await browser.newContext({ viewport: { width, height } })
          const tab = await context.newPage()
          await signInBrowser(tab, server.url, 'agri-chair@demo.kz')
          await tab.goto(`${server.url}/inbox?lang=${lang}`, { waitUntil: 'networkidle' })
          await hydrated(tab)
          await tab.screenshot({ path: path.join(dir, `inbox-${lang}-${width}.png`) })
          await context.close()
        }
      } finally {
        await browser.close()
      }
    },
    120_000,
  )
})
