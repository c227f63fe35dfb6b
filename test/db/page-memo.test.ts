// Kept dashboard pages (app/dashboards/page-memo.server.ts, decision 0013): a page is answered from memory
// only for the same URL, session, language, data version and hour it was rendered for; a write
// to the data, another session, a language switch or a page that set a cookie renders afresh;
// the CSP nonce of a kept page is the new response's. Over express with a stand-in for Remix
// that renders a number read from the database, so a stale page would show the old number.
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import express from 'express'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createUser, sessionCookie, signIn } from '../../app/accounts/auth.server'
import { gunzipSync } from 'node:zlib'
import {
  PageMemo,
  isMemoPath,
  nonceScriptHashes,
  pageMemoMiddleware,
  type PageMemoSlot,
} from '../../app/dashboards/page-memo.server'
import { withoutNulBytes } from '../../app/http/react-stream.server'
import { describeEachEngine } from '../support/test-db'

const SECRET = 'page-memo-test-secret-0123456789abcdef'

it('keeps only the dashboards', () => {
  for (const path of [
    '/',
    '/regions/KZ-11',
    '/offices/KZ-11-PSC-kokshetau',
    '/standards/private-farm-certificate/2025',
    '/indicators/private-farm-certificate/1.1',
  ]) {
    expect(isMemoPath(path), path).toBe(true)
  }
  for (const path of [
    '/targets',
    '/admin/users',
    '/imports',
    '/regions',
    '/regions/KZ-11/export',
  ]) {
    expect(isMemoPath(path), path).toBe(false)
  }
})

// SHA-256 of "a" (FIPS 180-2 test vector ca978112…48bb), in base64.
const SHA256_A = 'ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='

it('hashes the inline scripts that carried the render’s nonce, and no others', () => {
  const html =
    '<script nonce="N">a</script><script>a-injected</script>' +
    '<script nonce="M">b</script><script nonce="N" src="/x.js"></script>'
  expect(nonceScriptHashes(html, 'N')).toEqual([SHA256_A])
  expect(nonceScriptHashes(html, '')).toEqual([])
})

it('keeps a page with its gzip, never one setting a cookie, and evicts the least recently used', () => {
  const html = (n: number) => `<p>${'қ'.repeat(300)} ${n}</p>`
  const probe = new PageMemo()
  probe.keep('p', html(0), new Headers(), '')
  const one = probe.get('p')!
  expect(one.body.toString('utf8')).toBe(html(0))
  expect(gunzipSync(one.gzip).toString('utf8')).toBe(html(0))
  probe.keep('c', html(0), new Headers({ 'Set-Cookie': 'lang=ru' }), '')
  expect(probe.get('c')).toBeNull()
  // Room for five such pages (a sixth makes the least recently used go).
  const memo = new PageMemo(Math.floor(one.bytes * 5.5))
  for (const key of [1, 2, 3, 4, 5]) memo.keep(`k${key}`, html(key), new Headers(), '')
  expect(memo.size).toBe(5)
  memo.get('k1') // k1 used last: k2 is now the least recently used
  memo.keep('k6', html(6), new Headers(), '')
  expect(memo.size).toBe(5)
  expect(memo.get('k2')).toBeNull()
  expect(memo.get('k1')).not.toBeNull()
  // A page over a quarter of the bound is not kept.
  memo.keep('big', 'x'.repeat(Math.ceil(one.bytes * 1.5)), new Headers(), '')
  expect(memo.get('big')).toBeNull()
})

it('drops the NUL bytes React 18 pads its chunks with, and nothing else', () => {
  const text = Buffer.from('Уақытша', 'utf8')
  const padded = Buffer.concat([text.subarray(0, 6), Buffer.from([0, 0]), text.subarray(6)])
  expect(withoutNulBytes(padded).toString('utf8')).toBe('Уақытша')
  expect(withoutNulBytes(text)).toBe(text)
})

describeEachEngine('kept pages over HTTP', (ctx) => {
  let server: Server
  let base = ''
  let renders = 0
  const memo = new PageMemo()

  async function sessionFor(email: string, role: 'ministry_official' | 'regional_qc') {
    await createUser(
      ctx.db,
      {
        email,
        name: email,
        role,
        regionCode: role === 'regional_qc' ? 'KZ-11' : null,
        agencyId: null,
        password: 'a long password',
      },
      { userId: null, source: CLI_SOURCE },
    )
    const result = await signIn(ctx.db, {
      email,
      password: 'a long password',
      source: { ip: '127.0.0.1', userAgent: null },
      secure: false,
    })
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`)
    const cookie = sessionCookie(new Request('http://localhost/'), SECRET, result.token)
    return cookie.split(';')[0]!
  }

  beforeAll(async () => {
    const app = express()
    app.use((_req, res, next) => {
      res.locals.cspNonce = `nonce-${Math.random().toString(36).slice(2)}`
      res.setHeader('Content-Security-Policy', `script-src 'self' 'nonce-${res.locals.cspNonce}'`)
      next()
    })
    app.use(pageMemoMiddleware(ctx.db, SECRET, memo))
    // Stands in for Remix: renders a region's name, with the nonce, and keeps the page.
    app.get('*', async (req, res) => {
      renders++
      const nonce = res.locals.cspNonce as string
      const html = `<script nonce="${nonce}">a</script><p>${req.path} ${await akmolaName()}</p>`
      const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8' })
      if (req.query.cookie) headers.set('Set-Cookie', 'x=1')
      ;(res.locals.pageMemo as PageMemoSlot | undefined)?.keep(html, headers, nonce)
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.send(html)
    })
    server = app.listen(0)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const akmolaName = async () =>
    (
      await sql<{
        name: string
      }>`select name_en as name from regions where code = 'KZ-11'`.execute(ctx.db)
    ).rows[0]!.name

  const get = async (path: string, cookie: string | null) => {
    const response = await fetch(base + path, { headers: cookie ? { cookie } : {} })
    return {
      kept: response.headers.get('X-Sapa-Page') === 'kept',
      csp: response.headers.get('Content-Security-Policy') ?? '',
      body: await response.text(),
    }
  }

  it('answers the second request of a session from memory, its scripts allowed by hash', async () => {
    const ministry = await sessionFor('memo-ministry@test.kz', 'ministry_official')
    const before = renders
    const first = await get('/regions/KZ-11?year=2025', ministry)
    const second = await get('/regions/KZ-11?year=2025', ministry)
    expect(first.kept).toBe(false)
    expect(second.kept).toBe(true)
    expect(renders - before).toBe(1)
    expect(second.body).toBe(first.body)
    // The first answer's nonce is not allowed again; its script is, by its hash.
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)![1]
    expect(nonceOf(second.csp)).not.toBe(nonceOf(first.csp))
    expect(second.csp).toContain(`'sha256-${SHA256_A}'`)
    expect(first.csp).not.toContain('sha256')
    // Another query string is another page.
    expect((await get('/regions/KZ-11?year=2024', ministry)).kept).toBe(false)
  })

  it('renders afresh after a write to the data, and shows the new number', async () => {
    const ministry = await sessionFor('memo-writer@test.kz', 'ministry_official')
    const name = await akmolaName()
    await get('/', ministry)
    expect((await get('/', ministry)).body).toContain(`/ ${name}<`)
    await sql`update regions set name_en = 'Akmola (renamed)' where code = 'KZ-11'`.execute(ctx.db)
    const after = await get('/', ministry)
    expect(after.kept).toBe(false)
    expect(after.body).toContain('/ Akmola (renamed)<')
    expect((await get('/', ministry)).kept).toBe(true)
  })

  it('never hands one session’s page to another, an anonymous request or a language switch', async () => {
    const a = await sessionFor('memo-a@test.kz', 'ministry_official')
    const b = await sessionFor('memo-b@test.kz', 'regional_qc')
    await get('/offices/X', a)
    expect((await get('/offices/X', a)).kept).toBe(true)
    expect((await get('/offices/X', b)).kept).toBe(false)
    expect((await get('/offices/X', null)).kept).toBe(false)
    expect((await get('/offices/X?lang=ru', a)).kept).toBe(false)
    expect((await get('/offices/X?lang=ru', a)).kept).toBe(false)
    expect((await get('/offices/X', `${a}; sapa_lang=en`)).kept).toBe(false)
    expect((await get('/offices/X?cookie=1', a)).kept).toBe(false)
    expect((await get('/offices/X?cookie=1', a)).kept).toBe(false)
  })
})
