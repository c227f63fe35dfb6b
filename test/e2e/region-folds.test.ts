// The region dashboard's folded sections (decision 0037) against the built server over HTTP, on
// the demo-sized test data: by default the cards show in full and the month-by-month trend, the
// channels, the districts, the offices and the late cases each show their heading, one line that
// says what misses its target and a plain link that opens them; `?open=offices` opens that one
// only, `?open=all` every one, and a section's own sort parameter opens it too. A folded section's
// rows are not in the page at all (neither in the markup nor in the loader data Remix inlines),
// and the folded page stays under 150 KB in kk, ru and en. The counts in the summaries are checked
// against the same page opened in full: the offices (districts) whose row shows a failing cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { en } from '../../app/i18n/en'
import { kk } from '../../app/i18n/kk'
import { ru } from '../../app/i18n/ru'
import { region as enRegion } from '../../app/i18n/en/region'
import { region as kkRegion } from '../../app/i18n/kk/region'
import { region as ruRegion } from '../../app/i18n/ru/region'
import { startAppServer, type AppServer } from '../support/app-server'
import { request, signInHttp, type Cookies } from '../support/sign-in'

const FOLDED = ['trend', 'channels', 'districts', 'offices', 'late'] as const
const PAGE = '/regions/KZ-11?year=2025&standard=private-farm-certificate'
const MESSAGES = {
  kk: { ...kk, ...kkRegion },
  ru: { ...ru, ...ruRegion },
  en: { ...en, ...enRegion },
} as Record<'kk' | 'ru' | 'en', Record<string, string>>

/** The markup of one section (`<section aria-labelledby="id">` to its end). */
function sectionOf(html: string, id: string): string | null {
  const start = html.indexOf(`<section aria-labelledby="${id}"`)
  if (start < 0) return null
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length)
}

/** The rows of a units table whose cells show at least one "fails" status, and all its rows. */
function failingRows(section: string): { failing: number; rows: number } {
  const body = section.slice(section.indexOf('<tbody'), section.indexOf('</tbody>'))
  const rows = body.split('<tr').slice(1)
  return {
    rows: rows.length,
    failing: rows.filter((r) => r.includes('data-status="fails"')).length,
  }
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/<!-- -->/g, '')

describe('region dashboard folds', () => {
  let server: AppServer
  let cookies: Cookies
  const get = async (pathAndQuery: string) => {
    const response = await request(`${server.url}${pathAndQuery}`, cookies)
    expect(response.status, pathAndQuery).toBe(200)
    return Buffer.from(await response.arrayBuffer())
  }

  beforeAll(async () => {
    server = await startAppServer()
    cookies = (await signInHttp(server.url, 'akmola@demo.kz')).cookies
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`folds the heavy sections by default, under 150 KB, saying what misses (${lang})`, async () => {
      const t = MESSAGES[lang]
      const body = await get(`${PAGE}&lang=${lang}`)
      expect(body.length).toBeLessThan(150_000)
      const html = decode(body.toString('utf8'))
      // The cards in full: one per indicator of the farm certificate, each with its value.
      expect(html.match(/class="card card--/g)?.length).toBeGreaterThan(0)
      for (const id of FOLDED) {
        const section = sectionOf(html, id)
        if (id === 'channels' && section === null) continue
        expect(section, id).not.toBeNull()
        expect(section, id).toContain(`id="${id}"`)
        expect(section, id).toContain(`data-fold="${id}"`)
        expect(section, id).not.toContain('<table')
        // The link that opens it keeps the page's filters and language, and leads to its heading.
        const href = /<a [^>]*href="([^"]+)"/.exec(section!)![1]!
        const url = new URL(href, server.url)
        expect(url.searchParams.get('open'), id).toBe(id)
        expect(url.searchParams.get('lang'), id).toBe(lang)
        expect(url.searchParams.get('standard'), id).toBe('private-farm-certificate')
        expect(url.hash, id).toBe(`#${id}`)
      }
      // No office row anywhere: neither the offices' table nor the late cases (their links to
      // the office views) reached the page or its inlined loader data.
      expect(html).not.toContain('/offices/KZ-11-')
      // The link that opens every section.
      expect(html).toContain(`open=all`)
      expect(html).toContain(t['region.fold.openAll'])

      // Each unit summary counts the rows of the full table that show a failing cell.
      const full = decode((await get(`${PAGE}&lang=${lang}&open=all`)).toString('utf8'))
      for (const id of ['districts', 'offices'] as const) {
        const { failing, rows } = failingRows(sectionOf(full, id)!)
        expect(rows, id).toBeGreaterThan(1)
        const line = t[`region.fold.${id}`]!.replace('{count}', String(failing)).replace(
          '{total}',
          String(rows),
        )
        expect(sectionOf(html, id), id).toContain(line)
      }
    })
  }

  it('?open=offices opens the offices only; a sort of the offices opens them too', async () => {
    for (const query of ['&open=offices', '&odir=desc']) {
      const html = decode((await get(`${PAGE}&lang=en${query}`)).toString('utf8'))
      const offices = sectionOf(html, 'offices')!
      expect(offices, query).toContain('<table')
      expect(offices, query).not.toContain('data-fold=')
      expect(offices, query).toContain('/offices/KZ-11-PSC-kokshetau-city')
      for (const id of ['trend', 'districts', 'late']) {
        expect(sectionOf(html, id), `${query} ${id}`).toContain(`data-fold="${id}"`)
      }
      // The districts' link keeps the offices open.
      const href = /<a [^>]*href="([^"]+)"/.exec(sectionOf(html, 'districts')!)![1]!
      expect(new URL(href, server.url).searchParams.get('open')).toBe('districts,offices')
    }
  })

  it('?open=all renders every section in full, with its table', async () => {
    const body = await get(`${PAGE}&lang=en&open=all`)
    const html = decode(body.toString('utf8'))
    expect(html).not.toContain('data-fold=')
    expect(html).not.toContain('class="fold-all"')
    for (const id of FOLDED) {
      const section = sectionOf(html, id)
      if (id === 'channels' && section === null) continue
      expect(section, id).toContain('<table')
    }
    expect(sectionOf(html, 'trend')).toContain('id="monthly-table"')
    // The full page is the heavy one the folds avoid by default.
    expect(body.length).toBeGreaterThan(150_000)
  })
})
