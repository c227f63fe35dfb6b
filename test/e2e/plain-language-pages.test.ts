// Issue 12's text defects, on the built app's pages: the survey drill-down
// (/indicators/private-farm-certificate/3.1) fills {minAnswers} and says how it is counted in
// plain words, with the column-name definition folded in <details> for analysts; the regional
// user's overview names the chosen indicator in its note instead of printing "()".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'
import { request, signInHttp, type Cookies } from '../support/sign-in'

/** The page's visible text, roughly: the markup without scripts, styles and tags. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
}

describe('plain texts on the pages', () => {
  let server: AppServer
  let admin: Cookies
  let akmola: Cookies

  beforeAll(async () => {
    server = await startAppServer()
    admin = (await signInHttp(server.url, 'admin@demo.kz')).cookies
    akmola = (await signInHttp(server.url, 'akmola@demo.kz')).cookies
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`${lang}: the survey drill-down fills {minAnswers} and folds the columns for analysts`, async () => {
      const response = await request(
        `${server.url}/indicators/private-farm-certificate/3.1?year=2025&lang=${lang}`,
        admin,
      )
      expect(response.status).toBe(200)
      const html = await response.text()
      const text = visibleText(html)
      expect(text).not.toMatch(/\{\w+\}/)
      // The minimum number of answers, 30 (app/domain/measures.ts), is written out.
      expect(text).toMatch(/\b30\b/)
      // The column names (`responded_on`) appear only inside the analysts' <details>.
      const markup = html.replace(/<script[\s\S]*?<\/script>/g, '')
      const details = markup.indexOf('<details class="for-analysts"')
      expect(details).toBeGreaterThan(0)
      expect(markup.indexOf('responded_on')).toBeGreaterThan(details)
    })
  }

  it('the regional user’s overview note names its indicator: no empty brackets', async () => {
    const response = await request(`${server.url}/?lang=kk`, akmola)
    expect(response.status).toBe(200)
    const text = visibleText(await response.text())
    expect(text).not.toContain('()')
    expect(text).toMatch(/таңдалған көрсеткіші \(\d\.\d \S/)
  })
})
