// The rules every request obeys before a door's own checks (issue 18, point 8): a parameter with
// a control character is a 400 naming it; a form action without a form body reads as an empty
// form (its CSRF check then refuses it); a write whose Origin names another host is refused; a
// redirect target cannot break the Location header; TRUST_PROXY is parsed once, strictly.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseEnv, trustProxySetting } from '../../app/http/env.server'
import { calendarDay } from '../../app/http/input-schemas.server'
import { hasControlCharacter, parseInput, readForm } from '../../app/http/request-input.server'
import { safeRedirect } from '../../app/accounts/policy.server'
import { isCrossOriginWrite } from '../../app/http/same-origin.server'

describe('parameters', () => {
  const Query = z.object({ standard: z.string().optional(), q: z.string().optional() })

  it('a %00, another C0 or C1 control character, a tab or a line break is refused, naming the parameter', () => {
    for (const bad of ['\u0000', 'a\u0001', 'x\u001f', '\u007f', '\u0085', 'a\tb', 'a\nb', 'a\r']) {
      expect(parseInput(Query, { standard: 'farm', q: bad }), JSON.stringify(bad)).toEqual({
        ok: false,
        parameter: 'q',
        message: 'contains a control character (such as %00)',
        controlCharacter: true,
      })
    }
  })

  it('a parameter the schema does not know is checked too, and so are lists of values', () => {
    expect(parseInput(Query, { office: 'x\u0000' })).toMatchObject({
      ok: false,
      parameter: 'office',
    })
    expect(parseInput(Query, { ids: ['1', '2\u0000'] })).toMatchObject({
      ok: false,
      parameter: 'ids',
    })
  })

  it('letters of every script, spaces and punctuation are text like any other', () => {
    for (const text of ['Көкшетау', 'Кокшетау ХҚКО', 'a b/c-d_e.f', '\u00a0', 'ğ', '😀']) {
      expect(hasControlCharacter(text), text).toBe(false)
      expect(parseInput(Query, { q: text })).toEqual({ ok: true, value: { q: text } })
    }
  })

  it('a calendar day must exist: 2025-02-30, 2025-13-01 and 0000-01-01 do not', () => {
    const day = calendarDay()
    for (const bad of ['2025-02-30', '2025-13-01', '2025-00-10', '0000-01-01', '2025-2-3', '']) {
      expect(day.safeParse(bad).success, bad).toBe(false)
    }
    for (const good of ['2024-02-29', '2025-12-31', '1999-01-01']) {
      expect(day.safeParse(good).success, good).toBe(true)
    }
  })
})

describe('form bodies', () => {
  const post = (body: BodyInit | null, type: string | null) =>
    new Request('http://sapa.test/logout', {
      method: 'POST',
      body,
      headers: type ? { 'Content-Type': type } : {},
    })

  it('no body, a JSON body or a broken multipart body read as an empty form', async () => {
    for (const request of [
      post(null, null),
      post('{"a":1}', 'application/json'),
      post('garbage', 'multipart/form-data; boundary=x'),
    ]) {
      expect([...(await readForm(request)).keys()]).toEqual([])
    }
  })

  it('a field with NUL or another control character is a 400 naming it; tab and line breaks are text', async () => {
    const form = (body: string) => post(body, 'application/x-www-form-urlencoded')
    for (const bad of ['a%00b', 'a%01', '%1B[31m', '%7F']) {
      const thrown = await readForm(form(`_csrf=abc&comment=${bad}`)).catch((e: unknown) => e)
      expect(thrown, bad).toMatchObject({
        init: { status: 400 },
        data: {
          messages: [
            { key: 'error.badParameter', params: { parameter: 'comment' } },
            { key: 'error.controlCharacterFormHint' },
          ],
        },
      })
    }
    const text = await readForm(form('comment=line%0D%0Anext%09tab'))
    expect(text.get('comment')).toBe('line\r\nnext\ttab')
  })

  it('a form reads as a form', async () => {
    const form = await readForm(post('_csrf=abc&x=1', 'application/x-www-form-urlencoded'))
    expect(form.get('_csrf')).toBe('abc')
    expect(form.get('x')).toBe('1')
  })
})

describe('cross-origin writes', () => {
  const host = 'sapa.example.kz'

  it('a POST, PUT, PATCH or DELETE whose Origin names another host is cross-origin', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      expect(isCrossOriginWrite(method, { origin: 'https://evil.example', host }), method).toBe(
        true,
      )
    }
  })

  it('Origin: null, a malformed Origin and a request without a Host are refused too', () => {
    expect(isCrossOriginWrite('POST', { origin: 'null', host })).toBe(true)
    expect(isCrossOriginWrite('POST', { origin: 'not a url', host })).toBe(true)
    expect(isCrossOriginWrite('POST', { origin: `https://${host}` })).toBe(true)
  })

  it('the same host (with its port), a GET and a POST without Origin pass', () => {
    expect(isCrossOriginWrite('POST', { origin: `https://${host}`, host })).toBe(false)
    expect(
      isCrossOriginWrite('POST', { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }),
    ).toBe(false)
    expect(isCrossOriginWrite('GET', { origin: 'https://evil.example', host })).toBe(false)
    expect(isCrossOriginWrite('POST', { host })).toBe(false)
  })

  it('behind a proxy the first X-Forwarded-Host is the host compared (as Remix compares it)', () => {
    const behind = { host: '127.0.0.1:3000', forwardedHost: `${host}, proxy.local` }
    expect(isCrossOriginWrite('POST', { origin: `https://${host}`, ...behind })).toBe(false)
    expect(isCrossOriginWrite('POST', { origin: 'http://127.0.0.1:3000', ...behind })).toBe(true)
  })
})

describe('redirect targets', () => {
  it('a control character sends home; letters beyond ASCII are percent-encoded', () => {
    expect(safeRedirect('/\u0000')).toBe('/')
    expect(safeRedirect('/\r\nSet-Cookie: x=1')).toBe('/')
    expect(safeRedirect('/standards?q=ә')).toBe('/standards?q=%D3%99')
    expect(safeRedirect('/regions/KZ-11?year=2025')).toBe('/regions/KZ-11?year=2025')
  })
})

describe('TRUST_PROXY', () => {
  it('is off unless set: X-Forwarded-* are not believed', () => {
    expect(parseEnv({} as NodeJS.ProcessEnv).TRUST_PROXY).toBe(false)
    for (const off of ['', 'off', 'false', 'no', '0', 'OFF'])
      expect(trustProxySetting(off)).toBe(false)
  })

  it('on means the one proxy in front; a number that many hops; a list those addresses', () => {
    expect(trustProxySetting('on')).toBe(1)
    expect(trustProxySetting('true')).toBe(1)
    expect(trustProxySetting('2')).toBe(2)
    expect(trustProxySetting('loopback')).toEqual(['loopback'])
    expect(trustProxySetting('10.0.0.0/8, 127.0.0.1, ::1, fd00::/8, uniquelocal')).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'fd00::/8',
      'uniquelocal',
    ])
  })

  it('anything else stops the start with a clear message', () => {
    for (const bad of ['11', 'maybe', '10.0.0.0/33', '300.1.1.1', 'loopback,', '*']) {
      expect(trustProxySetting(bad), bad).toBeUndefined()
    }
    expect(() => parseEnv({ TRUST_PROXY: 'maybe' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /TRUST_PROXY must be off, on, a number of proxies/,
    )
  })
})
