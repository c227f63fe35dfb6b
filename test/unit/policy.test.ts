// The policy decisions, pure: role × what is asked → allowed or denied (docs/domain.md §1,
// issue 5).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  AccessDenied,
  authorizeIndicatorQuery,
  canRead,
  isPublicPath,
  safeRedirect,
  scopeOf,
  type AccountUser,
} from '../../app/accounts/policy.server'
import { contentSecurityPolicy } from '../../app/http/security-headers.server'

const AKMOLA = 11
const LAND = [
  'land-free-temporary-use-act',
  'land-lease-act',
  'land-permanent-use-act',
  'land-private-ownership-act',
]
const FARM = 'private-farm-certificate'

const user = (role: AccountUser['role'], extra: Partial<AccountUser> = {}): AccountUser => ({
  id: 1,
  email: 'x@test',
  name: 'X',
  role,
  regionId: null,
  regionCode: null,
  agencyId: null,
  ...extra,
})

const users = {
  admin: scopeOf(user('admin')),
  ministry: scopeOf(user('ministry_official')),
  akmola: scopeOf(user('regional_qc', { regionId: AKMOLA, regionCode: 'KZ-11' })),
  landChair: scopeOf(user('agency_chair', { agencyId: 'land-resources-management-agency' }), LAND),
  agriChair: scopeOf(user('agency_chair', { agencyId: 'ministry-of-agriculture' }), [FARM]),
}

describe('read scope by role', () => {
  // [who, the nation, own region KZ-11, other region KZ-47, a land standard, the farm standard]
  const matrix: [keyof typeof users, boolean, boolean, boolean, boolean, boolean][] = [
    ['admin', true, true, true, true, true],
    ['ministry', true, true, true, true, true],
    ['akmola', false, true, false, true, true],
    ['landChair', true, true, true, true, false],
    ['agriChair', true, true, true, false, true],
  ]
  for (const [who, nation, own, other, land, farm] of matrix) {
    it(`${who}: nation ${nation}, KZ-11 ${own}, KZ-47 ${other}, land ${land}, farm ${farm}`, () => {
      const scope = users[who]
      expect(canRead(scope, { nation: true })).toBe(nation)
      expect(canRead(scope, { regionCode: 'KZ-11' })).toBe(own)
      expect(canRead(scope, { regionCode: 'KZ-47' })).toBe(other)
      expect(canRead(scope, { standardId: 'land-lease-act' })).toBe(land)
      expect(canRead(scope, { standardId: FARM })).toBe(farm)
    })
  }

  it('a regional_qc user without a region reads nothing regional', () => {
    const scope = scopeOf(user('regional_qc'))
    expect(canRead(scope, { regionCode: 'KZ-11' })).toBe(false)
    expect(canRead(scope, { nation: true })).toBe(false)
  })
})

describe('the indicator query of a regional user', () => {
  const scope = users.akmola
  it('its own region passes, with the SQL limited to it', () => {
    expect(authorizeIndicatorQuery(scope, { region: 'KZ-11' }, null)).toEqual({
      regionIds: [AKMOLA],
      standardIds: undefined,
    })
  })
  it('the nation (no region), another region, or an unknown code is refused', () => {
    expect(() => authorizeIndicatorQuery(scope, {}, null)).toThrow(AccessDenied)
    expect(() => authorizeIndicatorQuery(scope, { region: 'KZ-47' }, null)).toThrow(AccessDenied)
    expect(() => authorizeIndicatorQuery(scope, { region: 'KZ-99' }, null)).toThrow(AccessDenied)
  })
  it('a district or office passes only when it lay in its region all year', () => {
    expect(authorizeIndicatorQuery(scope, { office: 'a' }, [AKMOLA]).regionIds).toEqual([AKMOLA])
    expect(() => authorizeIndicatorQuery(scope, { office: 'b' }, [47])).toThrow(AccessDenied)
    expect(() => authorizeIndicatorQuery(scope, { district: 'c' }, [AKMOLA, 47])).toThrow(
      AccessDenied,
    )
    expect(() => authorizeIndicatorQuery(scope, { office: 'unknown' }, [])).toThrow(AccessDenied)
  })
  it('its own region’s code does not open another region’s office or district beside it', () => {
    expect(() => authorizeIndicatorQuery(scope, { region: 'KZ-11', office: 'b' }, [47])).toThrow(
      AccessDenied,
    )
    expect(() => authorizeIndicatorQuery(scope, { region: 'KZ-11', district: 'c' }, [47])).toThrow(
      AccessDenied,
    )
    expect(
      authorizeIndicatorQuery(scope, { region: 'KZ-11', office: 'a' }, [AKMOLA]).regionIds,
    ).toEqual([AKMOLA])
  })
})

describe('the indicator query of an agency chair', () => {
  it('its standards pass; the nation and every region are open; another agency’s standard is refused', () => {
    expect(authorizeIndicatorQuery(users.agriChair, {}, null)).toEqual({
      regionIds: undefined,
      standardIds: [FARM],
    })
    expect(
      authorizeIndicatorQuery(users.agriChair, { region: 'KZ-47', standard: FARM }, null),
    ).toBeTruthy()
    expect(() =>
      authorizeIndicatorQuery(users.agriChair, { standard: 'land-lease-act' }, null),
    ).toThrow(AccessDenied)
    expect(() => authorizeIndicatorQuery(users.landChair, { standard: FARM }, null)).toThrow(
      AccessDenied,
    )
  })
  it('admin and ministry official have no SQL limit', () => {
    expect(authorizeIndicatorQuery(users.admin, {}, null)).toEqual({
      regionIds: undefined,
      standardIds: undefined,
    })
    expect(authorizeIndicatorQuery(users.ministry, { region: 'KZ-47' }, null)).toEqual({
      regionIds: undefined,
      standardIds: undefined,
    })
  })
})

describe('public paths and redirects', () => {
  it('only /login, /healthz, the open data (published reports) and unsubscribe links are public', () => {
    expect(isPublicPath('/login')).toBe(true)
    expect(isPublicPath('/unsubscribe/12.nonce.signature')).toBe(true)
    expect(isPublicPath('/healthz')).toBe(true)
    expect(isPublicPath('/open-data')).toBe(true)
    expect(isPublicPath('/open-data/2025/national/v1.pdf')).toBe(true)
    for (const p of [
      '/',
      '/standards',
      '/account',
      '/logout',
      '/api/v1/indicators',
      '/login/x',
      '/reports',
      '/reports/2025',
      '/reports/2025/draft.pdf',
      '/data',
      '/data/export',
      '/open-database',
      '/unsubscribe',
      '/account/alerts',
    ]) {
      expect(isPublicPath(p), p).toBe(false)
    }
  })
  it('after sign-in, only a local path is followed', () => {
    expect(safeRedirect('/regions?year=2025')).toBe('/regions?year=2025')
    expect(safeRedirect('//evil.example')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
    expect(safeRedirect(null)).toBe('/')
  })
})

describe('every non-public route checks who is asking', () => {
  // A new route with a loader or action must call the policy module (or be listed as public).
  const routes = path.resolve(__dirname, '../../app/routes')
  const delegated: Record<string, RegExp> = {
    // Their server functions call requireUser / optionalUser + requireCsrf (app/accounts/account-pages.server.ts).
    'login.tsx': /loginPage|loginAction/,
    'logout.tsx': /logoutAction/,
    'account.tsx': /accountPage/,
    'healthz.ts': /checkHealth/,
    '$.tsx': /pageNotFound/,
    // The annual reports (app/annual-reports/pages.server.ts: requireUser in each); open data is public
    // and serves published editions only.
    'reports._index.tsx': /reportsIndexPage/,
    'reports.$year.tsx': /reportPage\(request[\s\S]*reportPublishAction/,
    'reports.$year_.changes.tsx': /reportChangesPage/,
    'reports.$year_.$file.ts': /reportDraftDownload/,
    'open-data._index.tsx': /openDataPage/,
    'open-data.$year.$scope.$file.ts': /openDataDownload/,
    // Public on purpose: the signed single-use token is the proof (app/alerts/unsubscribe.server.ts).
    'unsubscribe.$token.tsx': /unsubscribePage\(context\.db[\s\S]*unsubscribeAction\(/,
    // The Import page (app/import/page.server.ts: requireImporter → requireUser, + requireCsrf).
    'imports.tsx': /importsPage\(request, context\)[\s\S]*importsAction\(request, context\)/,
    'imports_.upload.ts': /importUpload\(request, context\)/,
    // The dashboards' first steps (app/dashboards/page-request.server.ts: requireUser, then scope).
    'offices.$id.tsx': /officeRequest\(args\)/,
    'regions.$code.tsx': /regionRequest\(args\)/,
    'indicators.$standard.$code.tsx': /drillDownRequest\(args\)/,
  }
  for (const file of readdirSync(routes)) {
    const source = readFileSync(path.join(routes, file), 'utf8')
    if (!/export async function (loader|action)/.test(source)) continue
    it(`${file}`, () => {
      expect(source).toMatch(delegated[file] ?? /requireUser\(request, context\)/)
    })
  }
})

describe('security headers', () => {
  it('the CSP allows scripts only from this origin or with the nonce, and no framing', () => {
    const csp = contentSecurityPolicy('abc')
    expect(csp).toContain("script-src 'self' 'nonce-abc'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
  })
})
