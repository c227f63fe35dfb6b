// The administration pages against a real server (server.ts over build/, embedded database,
// demo data and users): every /admin page, export and form action is a 404 for the ministry
// official, the regional user and both agency chairs, and works for the administrator; every
// admin form refuses a post without its CSRF token; an administrator creates a user who then
// signs in, resets, deactivates and reactivates them, edits the calendar and a deadline rule.
// The server's audit log is read back after it stops: one row per action, no password in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../db/client.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { csrfOf, request, signInHttp, type Cookies } from '../support/sign-in'

const OTHERS = [
  'ministry@demo.kz',
  'akmola@demo.kz',
  'land-chair@demo.kz',
  'agri-chair@demo.kz',
] as const

const PAGES = [
  '/admin',
  '/admin/users',
  '/admin/audit',
  '/admin/audit?action=auth.sign_in',
  '/admin/audit/export?export=csv',
  '/admin/reference',
  '/admin/reference?year=2025',
  '/admin/jobs',
  '/admin/outbox',
]

const NEW_USER = 'new.person@demo.kz'

describe('administration over HTTP', () => {
  let server: AppServer
  const jars = new Map<string, Cookies>()
  let admin: Cookies
  const generated: string[] = []
  let temporary = ''

  beforeAll(async () => {
    server = await startAppServer()
    for (const email of ['admin@demo.kz', ...OTHERS]) {
      const { response, cookies } = await signInHttp(server.url, email)
      expect(response.status, email).toBe(302)
      jars.set(email, cookies)
    }
    admin = jars.get('admin@demo.kz')!
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  const csrfFor = async (jar: Cookies) =>
    csrfOf(await (await request(`${server.url}/account`, jar)).text())

  for (const email of OTHERS) {
    it(`${email}: every /admin page, export and action is a 404; no Administration link`, async () => {
      const jar = jars.get(email)!
      for (const path of PAGES) {
        const response = await request(`${server.url}${path}`, jar)
        expect(response.status, path).toBe(404)
        const body = await response.text()
        expect(body, path).not.toContain('admin@demo.kz')
      }
      const csrf = await csrfFor(jar)
      const posts: [string, Record<string, string>][] = [
        [
          '/admin/users',
          { intent: 'create', email: 'intruder@demo.kz', name: 'X', role: 'admin', password: '' },
        ],
        ['/admin/users', { intent: 'deactivate', userId: '1', confirm: '1' }],
        ['/admin/users', { intent: 'reset', userId: '1', password: 'intruder password 1' }],
        [
          '/admin/reference',
          {
            intent: 'add-day',
            day: '2025-11-07',
            kind: 'holiday',
            nameKk: 'a',
            nameRu: 'b',
            nameEn: 'c',
          },
        ],
        [
          '/admin/reference',
          {
            intent: 'rule',
            standardId: 'land-lease-act',
            channel: 'land_relations_authority',
            variant: 'grant',
            termAmount: '1',
            termUnit: 'minutes',
          },
        ],
        ['/admin/jobs', { intent: 'retry', jobId: '1' }],
        ['/admin/outbox', { intent: 'test' }],
      ]
      for (const [path, form] of posts) {
        const response = await request(`${server.url}${path}`, jar, {
          form: { _csrf: csrf, ...form },
        })
        expect(response.status, `${path} ${form.intent}`).toBe(404)
      }
      const home = await (await request(`${server.url}/?lang=en`, jar)).text()
      expect(home).not.toContain('href="/admin"')
    })
  }

  it('the administrator sees the Administration link and every page', async () => {
    const home = await (await request(`${server.url}/?lang=en`, admin)).text()
    expect(home).toMatch(/href="\/admin"[^>]*>Administration</)
    const index = await request(`${server.url}/admin`, admin)
    expect(index.status).toBe(302)
    expect(index.headers.get('location')).toBe('/admin/users')

    const users = await request(`${server.url}/admin/users?lang=en`, admin)
    expect(users.status).toBe(200)
    const usersHtml = await users.text()
    for (const email of ['admin@demo.kz', ...OTHERS]) expect(usersHtml).toContain(email)
    expect(usersHtml).toContain('Create a user')

    const audit = await request(`${server.url}/admin/audit?action=auth.sign_in&lang=en`, admin)
    expect(audit.status).toBe(200)
    const auditHtml = await audit.text()
    expect(auditHtml).toContain('Audit log')
    // The five sign-ins of beforeAll, newest first.
    expect(auditHtml).toMatch(/Page 1\u00a0of\u00a01 · [5-9] entries/)

    const reference = await request(`${server.url}/admin/reference?year=2025&lang=kk`, admin)
    expect(reference.status).toBe(200)
    const referenceHtml = await reference.text()
    expect(referenceHtml).toContain('Жұмыс күнтізбесі')
    expect(referenceHtml).toContain('Тәуелсіздік күні')
    expect(referenceHtml).toContain('Мерзім ережелері')

    const csv = await request(
      `${server.url}/admin/audit/export?export=csv&action=auth.sign_in`,
      admin,
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toMatch(/sapa-audit-log\.csv/)
    const lines = (await csv.text()).trim().split(/\r?\n/)
    expect(lines.length).toBeGreaterThanOrEqual(6)
    expect(lines.slice(1).every((l) => l.includes('auth.sign_in'))).toBe(true)
  })

  it('every admin form refuses a post without a valid CSRF token (403)', async () => {
    const forms: [string, Record<string, string>][] = [
      ['/admin/users', { intent: 'create', email: 'csrf@demo.kz', name: 'X', role: 'admin' }],
      ['/admin/users', { intent: 'deactivate', userId: '2', confirm: '1' }],
      ['/admin/reference', { intent: 'remove-day', day: '2025-12-16', confirm: '1' }],
    ]
    for (const [path, form] of forms) {
      expect((await request(`${server.url}${path}`, admin, { form })).status, path).toBe(403)
      const forged = { ...form, _csrf: 'forged-token' }
      expect((await request(`${server.url}${path}`, admin, { form: forged })).status, path).toBe(
        403,
      )
    }
    const users = await (await request(`${server.url}/admin/users`, admin)).text()
    expect(users).not.toContain('csrf@demo.kz')
  })

  it('creates a user who then signs in; reset, deactivate and reactivate take effect', async () => {
    const csrf = await csrfFor(admin)
    const post = (form: Record<string, string>) =>
      request(`${server.url}/admin/users?lang=en`, admin, { form: { _csrf: csrf, ...form } })

    // A regional user without a region: refused with the field's message, nothing created.
    const refused = await post({
      intent: 'create',
      email: NEW_USER,
      name: 'Жаңа адам',
      role: 'regional_qc',
    })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('this field is required')

    const created = await post({
      intent: 'create',
      email: NEW_USER,
      name: 'Жаңа адам',
      role: 'regional_qc',
      regionCode: 'KZ-11',
      password: '',
    })
    expect(created.status).toBe(200)
    expect(created.headers.get('cache-control')).toBe('private, no-store')
    const html = await created.text()
    const password = /data-testid="generated-password">([^<]+)</.exec(html)?.[1]
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/)
    generated.push(password!)
    // The id from the new user's row of the table (its own deactivate form).
    const userId = new RegExp(
      `scope="row">${NEW_USER.replace('.', '\\.')}<[\\s\\S]*?name="userId" value="(\\d+)"`,
    ).exec(html)?.[1]
    expect(userId).toBeDefined()

    const first = await signInHttp(server.url, NEW_USER, password!)
    expect(first.response.status).toBe(302)
    // The new regional user reads its own region's page and is no administrator.
    expect((await request(`${server.url}/regions/KZ-11?year=2025`, first.cookies)).status).toBe(200)
    expect((await request(`${server.url}/admin/users`, first.cookies)).status).toBe(404)

    temporary = 'temporary password 2025'
    const reset = await post({ intent: 'reset', userId: userId!, password: temporary })
    expect(reset.status).toBe(200)
    expect(await reset.text()).toMatch(
      /Password of new\.person@demo\.kz reset; 1 session\(s\) ended/,
    )
    // The reset ended the first session; the old password no longer opens one.
    expect((await request(`${server.url}/`, first.cookies)).status).toBe(302)
    expect((await signInHttp(server.url, NEW_USER, password!)).response.status).toBe(400)
    const second = await signInHttp(server.url, NEW_USER, temporary)
    expect(second.response.status).toBe(302)

    // Deactivating asks once more, saying what it ends; the first post changes nothing (the
    // session still opens the home page, and the audit test below counts one deactivation).
    const asked = await post({ intent: 'deactivate', userId: userId! })
    expect(asked.status).toBe(200)
    const askedHtml = await asked.text()
    expect(askedHtml).toContain(
      'Deactivating new.person@demo.kz ends their open sessions (1) and revokes their API tokens (0); they can no longer sign in. Deactivate?',
    )
    expect(askedHtml).toMatch(/<input type="hidden" name="confirm" value="1"\/>/)
    expect((await request(`${server.url}/`, second.cookies)).status).toBe(200)
    const deactivated = await post({ intent: 'deactivate', userId: userId!, confirm: '1' })
    expect(deactivated.status).toBe(200)
    expect(await deactivated.text()).toMatch(/deactivated: 1 session\(s\) ended, 0 API token\(s\)/)
    const home = await request(`${server.url}/`, second.cookies)
    expect(home.status).toBe(302)
    expect(home.headers.get('location')).toBe('/login')
    expect((await signInHttp(server.url, NEW_USER, temporary)).response.status).toBe(400)

    const reactivated = await post({ intent: 'reactivate', userId: userId! })
    expect(reactivated.status).toBe(200)
    expect((await signInHttp(server.url, NEW_USER, temporary)).response.status).toBe(302)
  })

  it('a calendar edit and a rule edit report how many cases changed', async () => {
    const csrf = await csrfFor(admin)
    const post = (form: Record<string, string>) =>
      request(`${server.url}/admin/reference?year=2025&lang=en`, admin, {
        form: { _csrf: csrf, ...form },
      })
    const added = await post({
      intent: 'add-day',
      day: '2025-11-07',
      kind: 'holiday',
      nameKk: 'Сынақ мереке',
      nameRu: 'Тестовый праздник',
      nameEn: 'Test holiday',
    })
    expect(added.status).toBe(200)
    const addedHtml = await added.text()
    expect(addedHtml).toMatch(/Saved\. Deadlines of [\d,]+ of the [\d,]+ cases checked changed\./)
    expect(addedHtml).toContain('Test holiday')
    const again = await post({
      intent: 'add-day',
      day: '2025-11-07',
      kind: 'holiday',
      nameKk: 'a',
      nameRu: 'b',
      nameEn: 'c',
    })
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('this day is already in the calendar')
    // Removing the day: first what it would move, with the day still listed; then, confirmed,
    // the removal. The audit test below counts two calendar rows (the add and the removal).
    const removeAsked = await post({ intent: 'remove-day', day: '2025-11-07' })
    expect(removeAsked.status).toBe(200)
    const removeHtml = await removeAsked.text()
    expect(removeHtml).toMatch(
      /Removing 7 Nov 2025 from the calendar gives [\d,]+ of the [\d,]+ cases checked and [\d,]+ complaints new deadlines\. Remove it\?/,
    )
    expect(removeHtml).toContain('Test holiday')
    const removed = await post({ intent: 'remove-day', day: '2025-11-07', confirm: '1' })
    expect(removed.status).toBe(200)
    expect(await removed.text()).not.toContain('Test holiday')

    const term = {
      intent: 'rule',
      standardId: 'land-lease-act',
      channel: 'land_relations_authority',
      variant: 'duplicate',
      termAmount: '5',
      termUnit: 'working_days',
    }
    const ruleAsked = await post(term)
    expect(ruleAsked.status).toBe(200)
    expect(await ruleAsked.text()).toMatch(
      /The new term gives [\d,]+ of the [\d,]+ cases checked new deadlines\. Save it\?/,
    )
    const rule = await post({ ...term, confirm: '1' })
    expect(rule.status).toBe(200)
    expect(await rule.text()).toMatch(/Saved\. Deadlines of [\d,]+ of the [\d,]+ cases checked/)
  }, 120_000)

  it('the audit log has exactly one row per admin action, by the administrator, without passwords', async () => {
    await server.stop({ keepData: true })
    const db = await createDb({ kind: 'pglite', dataDir: server.dataDir })
    try {
      const rows = await db
        .selectFrom('auditLog')
        .leftJoin('users', 'users.id', 'auditLog.userId')
        .select([
          'auditLog.action',
          'auditLog.entityId',
          'users.email',
          'auditLog.before',
          'auditLog.after',
          'auditLog.ip',
          'auditLog.userAgent',
        ])
        .where((eb) =>
          eb.or([
            eb('auditLog.action', 'like', 'user.%'),
            eb('auditLog.action', 'like', 'reference.%'),
          ]),
        )
        .orderBy('auditLog.id')
        .execute()
      const adminRows = rows.filter((r) => r.email === 'admin@demo.kz')
      const count = (action: string) => adminRows.filter((r) => r.action === action).length
      expect(count('user.create')).toBe(1)
      expect(count('user.reset_password')).toBe(1)
      expect(count('user.deactivate')).toBe(1)
      expect(count('user.reactivate')).toBe(1)
      expect(count('reference.calendar')).toBe(2)
      expect(count('reference.deadline_rule')).toBe(1)
      // Nothing by anyone else (the demo users' own creation is by the loader: no user).
      expect(rows.filter((r) => r.email !== 'admin@demo.kz' && r.email !== null)).toEqual([])
      expect(adminRows.every((r) => r.ip !== null && r.userAgent !== null)).toBe(true)
      const create = adminRows.find((r) => r.action === 'user.create')!
      expect(create.after).toMatchObject({
        email: NEW_USER,
        role: 'regional_qc',
        regionCode: 'KZ-11',
      })
      const text = JSON.stringify(rows)
      for (const secret of [...generated, temporary]) expect(text).not.toContain(secret)
      expect(text).not.toMatch(/argon2|"password"/)
      // No intruder's create or change went through.
      expect(text).not.toContain('intruder')
    } finally {
      await db.destroy()
    }
  })
})
