// The one policy module: who is asking (requireUser: session cookie for pages, session or
// `Authorization: Bearer` token for the API), and what they may read (docs/domain.md §1):
//   admin, ministry_official — every region and standard;
//   regional_qc — its own region only (never the nation, never another region);
//   agency_chair — every region, but only the standards of its agency.
// The decisions are pure functions of a Scope; the doors map a denial to 404 (page) or 403 (API),
// and the SQL layer receives the same scope as a filter (defence in depth, decision 0006).
import { redirect } from '@remix-run/node'
import type { AppLoadContext } from '@remix-run/node'
import type { Db } from '../../db/client.server'
import { regionIdsOfUnit, standardIdsOfAgency, type AccountUser } from '../../db/queries/accounts'
import {
  anonymousCsrfMatches,
  sameSecret,
  sessionFromRequest,
  userFromApiToken,
} from './auth.server'
import { hasControlCharacter, pageNotFound } from '../http/request-input.server'

export type { AccountUser }

export interface CurrentUser extends AccountUser {
  /** How the request proved who it is. */
  via: 'session' | 'token'
  /** The session (cookie sign-in only): for sign-out and the CSRF token of its forms. */
  sessionId: string | null
  csrfToken: string | null
}

// ── public paths ────────────────────────────────────────────────────────────────────────────

/**
 * Pages served without signing in. Static assets (/build, /favicon.svg) never reach Remix. The
 * public open-data page of a later issue is added here — and must show published data only.
 */
const PUBLIC_PAGES = new Set(['/login', '/healthz', '/open-data'])
/**
 * Public below a prefix: the open-data files of published reports (issue 7); the unsubscribe link
 * of alert mails (issue 14: its signed single-use token is the proof, no sign-in).
 */
const PUBLIC_PREFIXES = ['/open-data/', '/unsubscribe/']

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PAGES.has(pathname.replace(/\/+$/, '') || '/') ||
    PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  )
}

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/')
}

// ── who is asking ───────────────────────────────────────────────────────────────────────────

const resolved = new WeakMap<Request, Promise<CurrentUser | null>>()

/** The signed-in user of a request, or null (never throws for an anonymous request). */
export function optionalUser(
  request: Request,
  context: AppLoadContext,
): Promise<CurrentUser | null> {
  let pending = resolved.get(request)
  if (!pending) {
    pending = resolveUser(request, context)
    resolved.set(request, pending)
  }
  return pending
}

async function resolveUser(request: Request, context: AppLoadContext): Promise<CurrentUser | null> {
  const url = new URL(request.url)
  const authorization = request.headers.get('Authorization')
  // Bearer tokens are for machines: accepted by the API only, never for pages (no CSRF there).
  if (authorization && isApiPath(url.pathname)) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization)
    const user = match ? await userFromApiToken(context.db, match[1]!) : null
    return user ? { ...user, via: 'token', sessionId: null, csrfToken: null } : null
  }
  const secret = context.env.SESSION_SECRET
  if (!secret) return null
  const session = await sessionFromRequest(context.db, request, secret)
  return session
    ? {
        ...session.user,
        via: 'session',
        sessionId: session.sessionId,
        csrfToken: session.csrfToken,
      }
    : null
}

/**
 * The signed-in user, or: for a page a redirect to /login (back here after signing in), for the
 * API a 401 JSON answer.
 */
export async function requireUser(request: Request, context: AppLoadContext): Promise<CurrentUser> {
  const user = await optionalUser(request, context)
  if (user) return user
  const url = new URL(request.url)
  if (isApiPath(url.pathname)) {
    throw Response.json(
      { error: 'unauthorized', message: 'sign in, or send Authorization: Bearer <API token>' },
      { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } },
    )
  }
  throw redirect(loginUrl(url))
}

/**
 * Administration (users, the audit log, reference data) is the administrator's alone: for anyone
 * else an /admin page does not exist (404) and an API answers 403.
 */
export function requireAdmin(user: CurrentUser, request: Request): CurrentUser {
  if (user.role === 'admin') return user
  throw isApiPath(new URL(request.url).pathname) ? apiForbidden() : pageOutOfScope()
}

export function loginUrl(url: URL): string {
  const back = `${url.pathname}${url.search}`
  return back === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(back)}`
}

/** Where to go after signing in: a local path only (never `//host` or an absolute URL). */
export function safeRedirect(to: unknown, fallback = '/'): string {
  if (
    typeof to !== 'string' ||
    !to.startsWith('/') ||
    to.startsWith('//') ||
    to.includes('\\') ||
    // A control character cannot go into a Location header (a `%00` or `%0d%0a` was a 500).
    hasControlCharacter(to)
  ) {
    return fallback
  }
  if (to.startsWith('/login')) return fallback
  // A Location header is bytes: letters beyond ASCII (a Kazakh search term) go percent-encoded.
  try {
    return to.replace(/[^\u0020-\u007e]/gu, (c) => encodeURIComponent(c))
  } catch {
    return fallback
  }
}

// ── CSRF ────────────────────────────────────────────────────────────────────────────────────

export const CSRF_FIELD = '_csrf'

/**
 * Every form action checks the token its form carried: the session's (signed in) or the
 * anonymous double-submit cookie's (sign-in form). A mismatch is a 403.
 */
export function requireCsrf(
  request: Request,
  context: AppLoadContext,
  form: FormData,
  user: CurrentUser | null,
): void {
  const given = form.get(CSRF_FIELD)
  const ok = user
    ? typeof given === 'string' && sameSecret(given, user.csrfToken)
    : !!context.env.SESSION_SECRET &&
      anonymousCsrfMatches(request, context.env.SESSION_SECRET, given)
  if (!ok) {
    throw new Response('The form has expired or did not come from this site. Reload the page.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
}

// ── what they may read ──────────────────────────────────────────────────────────────────────

export interface Scope {
  /** Region ids and ISO codes readable, or every region (and the nation) — 'all'. */
  regions: 'all' | { ids: number[]; codes: string[] }
  standards: 'all' | string[]
}

/** The read scope of a user; `agencyStandards` are the standards of an agency_chair's agency. */
export function scopeOf(user: AccountUser, agencyStandards: string[] = []): Scope {
  switch (user.role) {
    case 'admin':
    case 'ministry_official':
      return { regions: 'all', standards: 'all' }
    case 'regional_qc':
      return {
        regions:
          user.regionId !== null && user.regionCode !== null
            ? { ids: [user.regionId], codes: [user.regionCode] }
            : { ids: [], codes: [] },
        standards: 'all',
      }
    case 'agency_chair':
      return { regions: 'all', standards: agencyStandards }
  }
}

export async function userScope(db: Db, user: AccountUser): Promise<Scope> {
  return scopeOf(
    user,
    user.role === 'agency_chair' && user.agencyId
      ? await standardIdsOfAgency(db, user.agencyId)
      : [],
  )
}

/** The full scope of a CLI operator (database access: acts as an administrator). */
export const OPERATOR_SCOPE: Scope = { regions: 'all', standards: 'all' }

export class AccessDenied extends Error {
  constructor(readonly reason: string) {
    super(`access denied: ${reason}`)
  }
}

export interface ReadTarget {
  /** The national figure (all regions together). */
  nation?: boolean
  regionCode?: string | null
  standardId?: string | null
}

export function canRead(scope: Scope, target: ReadTarget): boolean {
  if (scope.regions !== 'all') {
    if (target.nation) return false
    if (target.regionCode != null && !scope.regions.codes.includes(target.regionCode)) return false
  }
  if (scope.standards !== 'all' && target.standardId != null) {
    if (!scope.standards.includes(target.standardId)) return false
  }
  return true
}

export function assertCanRead(scope: Scope, target: ReadTarget): void {
  if (!canRead(scope, target)) throw new AccessDenied('outside the caller’s region or agency')
}

/** The filters the SQL layer applies on top of the query's own scope (undefined: no limit). */
export interface DataAccess {
  regionIds?: number[]
  standardIds?: string[]
}

export function dataAccessOf(scope: Scope): DataAccess {
  return {
    regionIds: scope.regions === 'all' ? undefined : scope.regions.ids,
    standardIds: scope.standards === 'all' ? undefined : scope.standards,
  }
}

export interface IndicatorScopeQuery {
  region?: string
  district?: string
  office?: string
  standard?: string
}

/**
 * May this scope run this indicator query? A regional user must name its own region, or a
 * district / office of it (`unitRegionIds`: the regions the named district and office belonged to
 * in the year) — every unit it names must be its region's, also beside its own region's code; the
 * nation is refused. An agency chair may name only its agency's standards (without a standard,
 * the rows are limited to them). Returns the SQL filters; throws AccessDenied.
 */
export function authorizeIndicatorQuery(
  scope: Scope,
  query: IndicatorScopeQuery,
  unitRegionIds: number[] | null,
): DataAccess {
  if (query.standard !== undefined) assertCanRead(scope, { standardId: query.standard })
  if (scope.regions !== 'all') {
    const allowed = scope.regions.ids
    const namesUnit = query.district !== undefined || query.office !== undefined
    if (query.region === undefined && !namesUnit) {
      throw new AccessDenied('a regional user cannot read the national figures')
    }
    if (query.region !== undefined) assertCanRead(scope, { regionCode: query.region })
    if (
      namesUnit &&
      (!unitRegionIds?.length || !unitRegionIds.every((id) => allowed.includes(id)))
    ) {
      throw new AccessDenied('the district or office is outside the caller’s region')
    }
  }
  return dataAccessOf(scope)
}

/** authorizeIndicatorQuery with the named units' regions looked up (regional users only). */
export async function indicatorAccess(
  db: Db,
  scope: Scope,
  query: IndicatorScopeQuery & { year: number },
): Promise<DataAccess> {
  let unitRegions: number[] | null = null
  if (scope.regions !== 'all' && (query.office !== undefined || query.district !== undefined)) {
    // Both, when both are named: an office of the own region does not cover another's district.
    const office =
      query.office !== undefined
        ? await regionIdsOfUnit(db, 'office', query.office, query.year)
        : null
    const district =
      query.district !== undefined
        ? await regionIdsOfUnit(db, 'district', query.district, query.year)
        : null
    unitRegions =
      (office !== null && office.length === 0) || (district !== null && district.length === 0)
        ? []
        : [...(office ?? []), ...(district ?? [])]
  }
  return authorizeIndicatorQuery(scope, query, unitRegions)
}

// ── what they may change: targets (docs/domain.md §1, issue 5) ─────────────────────────────

/**
 * Who may propose a target value (national: regionId null). A regional department: its own
 * region's values; an agency chair: its agency's standards (standing in for the agency's staff,
 * who have no role of their own); an administrator: any; a ministry official reads only.
 */
export function canProposeTarget(
  user: AccountUser,
  target: { agencyId: string; regionId: number | null },
): boolean {
  switch (user.role) {
    case 'admin':
      return true
    case 'regional_qc':
      return target.regionId !== null && target.regionId === user.regionId
    case 'agency_chair':
      return user.agencyId === target.agencyId
    case 'ministry_official':
      return false
  }
}

/** Who may approve or reject a proposal: the chair of the standard's agency, or an administrator. */
export function canDecideTarget(user: AccountUser, target: { agencyId: string }): boolean {
  return (
    user.role === 'admin' || (user.role === 'agency_chair' && user.agencyId === target.agencyId)
  )
}

// ── who may publish an annual report (issue 7) ─────────────────────────────────────────────

/**
 * A ministry official (or an administrator) publishes any report, national or regional; a
 * regional quality-control department only its own region's; an agency chair none.
 */
export function canPublishReport(
  user: AccountUser,
  report: { regionCode: string | null },
): boolean {
  switch (user.role) {
    case 'admin':
    case 'ministry_official':
      return true
    case 'regional_qc':
      return report.regionCode !== null && report.regionCode === user.regionCode
    case 'agency_chair':
      return false
  }
}

// ── who may import (issue 4) ─────────────────────────────────────────────────────────────────

/**
 * An administrator imports rows of any office; a regional quality-control department those of
 * its region's offices (its scope's regions); the other roles read only.
 */
export function canImport(user: AccountUser): boolean {
  return user.role === 'admin' || user.role === 'regional_qc'
}

// ── answers for a denial ────────────────────────────────────────────────────────────────────

/** A page outside the caller's scope does not exist for them. */
export function pageOutOfScope() {
  return pageNotFound('error.notFound.body')
}

export function apiForbidden(): Response {
  return Response.json(
    { error: 'forbidden', message: 'this request is outside your access scope' },
    { status: 403, headers: { 'Cache-Control': 'no-store' } },
  )
}
