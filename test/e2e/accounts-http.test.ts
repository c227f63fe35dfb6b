// Accounts and scope against a real server (server.ts over build/, embedded database, demo
// data and demo users): anonymous visitors are sent to /login, every demo role signs in and sees
// the overview, a regional user's API queries stop at its region, an API token works as a
// Bearer credential, forms without the CSRF token are refused, and 20 wrong passwords lock an
// account — read back from the server's audit log after it stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { Cookies, csrfOf, request, signInHttp } from '../support/sign-in'

const ROLES = [
  'admin@demo.kz',
  'ministry@demo.kz',
  'akmola@demo.kz',
  'land-chair@demo.kz',
  'agri-chair@demo.kz',
] as const

describe('accounts over HTTP', () => {
  let server: AppServer
  const jars = new Map<string, Cookies>()

  beforeAll(async () => {
    server = await startAppServer()
    for (const email of ROLES) {
      const { response, cookies } = await signInHttp(server.url, email)
      expect(response.status, email).toBe(302)
      jars.set(email, cookies)
    }
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('an anonymous visitor is sent to /login, the API answers 401, /healthz stays open', async () => {
    const none = new Cookies()
    const home = await request(`${server.url}/`, none)
    expect(home.status).toBe(302)
    expect(home.headers.get('location')).toBe('/login')
    const standards = await request(`${server.url}/standards?lang=en`, none)
    expect(standards.headers.get('location')).toBe('/login?redirectTo=%2Fstandards%3Flang%3Den')
    for (const path of ['/api/v1/indicators?year=2025', '/api/v1/standards', '/api/v1/regions']) {
      expect((await request(`${server.url}${path}`, none)).status, path).toBe(401)
    }
    expect((await request(`${server.url}/healthz`, none)).status).toBe(200)
    const login = await request(`${server.url}/login`, none)
    expect(login.status).toBe(200)
    expect(login.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect(login.headers.get('x-content-type-options')).toBe('nosniff')
    expect(login.headers.get('referrer-policy')).toBe('same-origin')
  })

  it('the session cookie is httpOnly and SameSite=Lax, not Secure over plain http', async () => {
    const { response } = await signInHttp(server.url, 'ministry@demo.kz')
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sapa_session='))!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
  })

  for (const email of ROLES) {
    it(`${email} signs in and sees the overview with its name and role in the header`, async () => {
      const page = await request(`${server.url}/?lang=en`, jars.get(email)!)
      expect(page.status).toBe(200)
      const html = await page.text()
      // The overview: the nation's, or a regional user's own region's (national-overview.test.ts).
      expect(html).toMatch(/<h1>(National overview|Akmola Region: overview)<\/h1>/)
      expect(html).toContain('class="user-menu"')
      expect(html).toMatch(/Sign out/)
    })
  }

  it('akmola@demo.kz gets 200 for KZ-11, 403 for KZ-47 and the nation, and only KZ-11 by region', async () => {
    const jar = jars.get('akmola@demo.kz')!
    const get = (q: string) => request(`${server.url}/api/v1/indicators?${q}`, jar)
    expect((await get('year=2025&region=KZ-11')).status).toBe(200)
    const other = await get('year=2025&region=KZ-47')
    expect(other.status).toBe(403)
    expect(await other.json()).toEqual({
      error: 'forbidden',
      message: 'this request is outside your access scope',
    })
    expect((await get('year=2025')).status).toBe(403)
    expect((await get('year=2025&by=region')).status).toBe(403)
    const own = await (await get('year=2025&region=KZ-11&by=region')).json()
    expect(new Set(own.rows.map((r: { scope_code: string }) => r.scope_code))).toEqual(
      new Set(['KZ-11']),
    )
  })

  it('an agency chair reads every region, only for its own standards', async () => {
    const jar = jars.get('land-chair@demo.kz')!
    const get = (q: string) => request(`${server.url}/api/v1/indicators?${q}`, jar)
    expect((await get('year=2025&standard=private-farm-certificate')).status).toBe(403)
    const rows = (await (await get('year=2025&region=KZ-47')).json()).rows
    expect(new Set(rows.map((r: { standard: string }) => r.standard))).toEqual(
      new Set([
        'land-free-temporary-use-act',
        'land-lease-act',
        'land-permanent-use-act',
        'land-private-ownership-act',
      ]),
    )
  })

  it('an API token made on /account works as a Bearer credential, in its user’s scope', async () => {
    const jar = jars.get('akmola@demo.kz')!
    const account = await request(`${server.url}/account`, jar)
    const csrf = csrfOf(await account.text())
    const created = await request(`${server.url}/account`, jar, {
      form: { _csrf: csrf, intent: 'create-token', name: 'uploader' },
    })
    expect(created.status).toBe(200)
    const token = /data-testid="new-token">(sapa_[A-Za-z0-9_-]+)</.exec(await created.text())?.[1]
    expect(token).toBeDefined()
    const bearer = (q: string, value = token!) =>
      fetch(`${server.url}/api/v1/indicators?${q}`, {
        headers: { Authorization: `Bearer ${value}` },
      })
    expect((await bearer('year=2025&region=KZ-11')).status).toBe(200)
    expect((await bearer('year=2025&region=KZ-47')).status).toBe(403)
    expect((await bearer('year=2025&region=KZ-11', 'sapa_forged')).status).toBe(401)
    // A token opens the API only, never a page.
    const page = await fetch(`${server.url}/`, {
      headers: { Authorization: `Bearer ${token}` },
      redirect: 'manual',
    })
    expect(page.status).toBe(302)
  })

  it('a form posted without its CSRF token is refused with 403', async () => {
    const jar = jars.get('ministry@demo.kz')!
    const account = await request(`${server.url}/account`, jar, {
      form: { intent: 'create-token', name: 'x' },
    })
    expect(account.status).toBe(403)
    const login = await request(`${server.url}/login`, new Cookies(), {
      form: { email: 'admin@demo.kz', password: 'demo' },
    })
    expect(login.status).toBe(403)
  })

  it('sign-out ends the session: the same cookie is sent to /login afterwards', async () => {
    const { cookies } = await signInHttp(server.url, 'admin@demo.kz')
    const stale = cookies.header()
    const home = await request(`${server.url}/`, cookies)
    const csrf = csrfOf(await home.text())
    const out = await request(`${server.url}/logout`, cookies, { form: { _csrf: csrf } })
    expect(out.status).toBe(302)
    expect(out.headers.get('location')).toBe('/login')
    const again = await fetch(`${server.url}/`, { headers: { Cookie: stale }, redirect: 'manual' })
    expect(again.status).toBe(302)
  })

  it('a wrong password and an unknown e-mail read the same; 20 wrong passwords lock the account', async () => {
    const wrong = await signInHttp(server.url, 'agri-chair@demo.kz', 'not the password')
    const unknown = await signInHttp(server.url, 'nobody@demo.kz', 'not the password')
    expect(wrong.response.status).toBe(400)
    expect(unknown.response.status).toBe(400)
    const message = (html: string) => /role="alert">([^<]*)</.exec(html)?.[1]
    const wrongText = message(await wrong.response.text())
    expect(wrongText).toBeTruthy()
    expect(message(await unknown.response.text())).toBe(wrongText)
    for (let i = 2; i <= 20; i++) {
      const { response } = await signInHttp(server.url, 'agri-chair@demo.kz', `wrong ${i}`)
      expect(response.status).toBe(400)
    }
    const locked = await signInHttp(server.url, 'agri-chair@demo.kz', 'demo')
    expect(locked.response.status).toBe(429)
    expect(await locked.response.text()).toMatch(/15/)
  })

  it('the audit log has one row per sign-in and failure, the lock, and no passwords', async () => {
    await server.stop({ keepData: true })
    const db = await createDb({ kind: 'pglite', dataDir: server.dataDir })
    try {
      const rows = await db
        .selectFrom('auditLog')
        .leftJoin('users', 'users.id', 'auditLog.userId')
        .select(['auditLog.action', 'users.email', 'auditLog.after', 'auditLog.ip'])
        .orderBy('auditLog.id')
        .execute()
      const count = (action: string, email: string | null) =>
        rows.filter((r) => r.action === action && r.email === email).length
      expect(count('user.create', null)).toBe(5)
      expect(count('auth.sign_in', 'akmola@demo.kz')).toBe(1)
      expect(count('auth.sign_in', 'admin@demo.kz')).toBe(2)
      expect(count('auth.sign_out', 'admin@demo.kz')).toBe(1)
      expect(count('token.created', 'akmola@demo.kz')).toBe(1)
      // 20 wrong passwords and the refused right one, then the lock itself.
      expect(count('auth.sign_in_failed', 'agri-chair@demo.kz')).toBe(21)
      expect(count('auth.account_locked', 'agri-chair@demo.kz')).toBe(1)
      expect(count('auth.sign_in_failed', null)).toBe(1)
      expect(rows.every((r) => r.action.startsWith('user.') || r.ip !== null)).toBe(true)
      const text = JSON.stringify(rows)
      expect(text).not.toMatch(/password"|not the password|wrong \d/)
    } finally {
      await db.destroy()
    }
  })
})
