// Accounts: sign-in with e-mail and password, database sessions behind a signed httpOnly cookie,
// sign-out, password change, users and API tokens. Every event is audited once (audit.server.ts).
// Time is passed in (`now`) so that expiry and lockout are testable.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  countFailedSignIn,
  countSuccessfulSignIn,
  deleteOtherSessions,
  deleteSession,
  findRegionIdByCode,
  insertApiToken,
  insertSession,
  insertUser,
  liveSession,
  pruneLoginAttempts,
  recentFailures,
  recordLoginAttempt,
  revokeApiTokenRow,
  setPasswordHash,
  touchApiToken,
  touchSession,
  userById,
  userForSignIn,
  userOfApiToken,
  type AccountUser,
} from '../../db/queries/accounts'
import { ROLES, type Role } from '../../db/schema'
import { audit, type AuditSource } from './audit.server'
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.server'

export const SESSION_COOKIE = 'sapa_session'
/** The anonymous double-submit CSRF cookie (the sign-in form, before there is a session). */
export const CSRF_COOKIE = 'sapa_csrf'

export const SESSION_IDLE_MS = 30 * 60 * 1000
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
/** Wrong passwords in a row that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 20
export const LOCK_MS = 15 * 60 * 1000
/** Failed sign-ins from one address within RATE_WINDOW_MS before it must wait. */
export const FAILURES_PER_ADDRESS = 100
export const RATE_WINDOW_MS = 15 * 60 * 1000
/** last_seen_at is written at most this often. */
const TOUCH_EVERY_MS = 60 * 1000

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const randomToken = () => randomBytes(32).toString('base64url')
const hmac = (secret: string, value: string) =>
  createHmac('sha256', secret).update(value).digest('base64url')

/** Constant-time string comparison (false for different lengths). */
export function sameSecret(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

// ── cookies ─────────────────────────────────────────────────────────────────────────────────

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('Cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:'
}

export function serializeCookie(
  name: string,
  value: string,
  options: { maxAgeSeconds: number; secure: boolean },
): string {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ')
}

/** `token.signature`: a cookie not signed with the secret is ignored without a database query. */
function signedValue(secret: string, token: string) {
  return `${token}.${hmac(secret, token)}`
}

function verifiedToken(secret: string, value: string | null): string | null {
  if (!value) return null
  const dot = value.lastIndexOf('.')
  if (dot <= 0) return null
  const token = value.slice(0, dot)
  return sameSecret(value.slice(dot + 1), hmac(secret, token)) ? token : null
}

export function clearSessionCookie(request: Request): string {
  return serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: isHttps(request) })
}

/** The anonymous CSRF token of a request, and a Set-Cookie header when a new one was issued. */
export function anonymousCsrf(
  request: Request,
  secret: string,
): { token: string; setCookie: string | null } {
  const existing = verifiedToken(secret, readCookie(request, CSRF_COOKIE))
  if (existing) return { token: existing, setCookie: null }
  const token = randomToken()
  return {
    token,
    setCookie: serializeCookie(CSRF_COOKIE, signedValue(secret, token), {
      maxAgeSeconds: 2 * 60 * 60,
      secure: isHttps(request),
    }),
  }
}

export function anonymousCsrfMatches(request: Request, secret: string, given: unknown): boolean {
  const expected = verifiedToken(secret, readCookie(request, CSRF_COOKIE))
  return typeof given === 'string' && sameSecret(given, expected)
}

// ── sessions ────────────────────────────────────────────────────────────────────────────────

export interface SessionInfo {
  user: AccountUser
  sessionId: string
  csrfToken: string
}

export async function sessionFromRequest(
  db: Db,
  request: Request,
  secret: string,
  now = new Date(),
): Promise<SessionInfo | null> {
  const token = verifiedToken(secret, readCookie(request, SESSION_COOKIE))
  if (!token) return null
  return sessionFromToken(db, token, now)
}

export async function sessionFromToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<SessionInfo | null> {
  const row = await liveSession(db, sha256(token), now, new Date(now.getTime() - SESSION_IDLE_MS))
  if (!row) return null
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await touchSession(db, row.sessionId, now)
  }
  const { sessionId, csrfToken, lastSeenAt: _seen, expiresAt: _expires, ...user } = row
  return { user, sessionId, csrfToken }
}

// ── sign-in ─────────────────────────────────────────────────────────────────────────────────

export const SignInForm = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  redirectTo: z.string().optional(),
})

export type SignInResult =
  | { ok: true; user: AccountUser; token: string; sessionId: string }
  | { ok: false; reason: 'invalid' | 'locked' | 'rate_limited' }

/**
 * Checks the password and opens a session. The answer never says whether the e-mail exists:
 * an unknown address is rate-limited and "locked" exactly like an account.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; source: AuditSource; secure: boolean },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase()
  const failures = await recentFailures(
    db,
    { email, ip: input.source.ip },
    new Date(now.getTime() - RATE_WINDOW_MS),
  )
  const user = await userForSignIn(db, email)
  const fail = async (reason: 'invalid' | 'locked' | 'rate_limited') => {
    await recordLoginAttempt(db, { email, ip: input.source.ip, succeeded: false }, now)
    await audit(
      db,
      {
        userId: user?.id ?? null,
        action: 'auth.sign_in_failed',
        entity: 'user',
        entityId: user?.id ?? null,
        after: { email, reason },
        source: input.source,
      },
      now,
    )
    return { ok: false as const, reason }
  }
  if (failures.byIp >= FAILURES_PER_ADDRESS) return fail('rate_limited')
  if (user?.lockedUntil && user.lockedUntil > now) return fail('locked')
  if (!user && failures.byEmail >= LOCK_AFTER_FAILURES) return fail('locked')

  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? null)
  if (!user || !user.active || !passwordOk) {
    const result = await fail('invalid')
    if (user && user.active) {
      const lockUntil = new Date(now.getTime() + LOCK_MS)
      const counted = await countFailedSignIn(db, user.id, LOCK_AFTER_FAILURES, lockUntil)
      if (counted.lockedUntil && counted.lockedUntil.getTime() === lockUntil.getTime()) {
        await audit(
          db,
          {
            userId: user.id,
            action: 'auth.account_locked',
            entity: 'user',
            entityId: user.id,
            before: { lockedUntil: null },
            after: { lockedUntil: lockUntil.toISOString(), failedSignIns: LOCK_AFTER_FAILURES },
            source: input.source,
          },
          now,
        )
      }
    }
    return result
  }

  await recordLoginAttempt(db, { email, ip: input.source.ip, succeeded: true }, now)
  await countSuccessfulSignIn(db, user.id, now)
  await pruneLoginAttempts(db, new Date(now.getTime() - 24 * 60 * 60 * 1000))
  const token = randomToken()
  const sessionId = sha256(token)
  await insertSession(
    db,
    {
      id: sessionId,
      userId: user.id,
      csrfToken: randomToken(),
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: input.source.ip,
      userAgent: input.source.userAgent,
    },
    now,
  )
  await audit(
    db,
    {
      userId: user.id,
      action: 'auth.sign_in',
      entity: 'user',
      entityId: user.id,
      after: { email },
      source: input.source,
    },
    now,
  )
  const account: AccountUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    regionId: user.regionId,
    regionCode: user.regionCode,
    agencyId: user.agencyId,
  }
  return { ok: true, user: account, token, sessionId }
}

/** The Set-Cookie header for a session token just issued by signIn(). */
export function sessionCookie(request: Request, secret: string, token: string): string {
  return serializeCookie(SESSION_COOKIE, signedValue(secret, token), {
    maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000,
    secure: isHttps(request),
  })
}

export async function signOut(
  db: Db,
  session: { sessionId: string; userId: number },
  source: AuditSource,
  now = new Date(),
) {
  const deleted = await deleteSession(db, session.sessionId)
  if (!deleted) return
  await audit(
    db,
    {
      userId: session.userId,
      action: 'auth.sign_out',
      entity: 'user',
      entityId: session.userId,
      source,
    },
    now,
  )
}

// ── passwords ───────────────────────────────────────────────────────────────────────────────

export const PasswordChangeForm = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().max(1000),
  confirmPassword: z.string().max(1000),
})

export type PasswordChangeError = 'wrongCurrent' | 'tooShort' | 'mismatch' | 'sameAsCurrent'

export async function changePassword(
  db: Db,
  input: {
    userId: number
    sessionId: string | null
    currentPassword: string
    newPassword: string
    confirmPassword: string
    source: AuditSource
  },
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: PasswordChangeError }> {
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) return { ok: false, error: 'tooShort' }
  if (input.newPassword !== input.confirmPassword) return { ok: false, error: 'mismatch' }
  const user = await userById(db, input.userId)
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, error: 'wrongCurrent' }
  }
  if (input.newPassword === input.currentPassword) return { ok: false, error: 'sameAsCurrent' }
  await db.transaction().execute(async (tx) => {
    await setPasswordHash(tx, user.id, await hashPassword(input.newPassword), now)
    // Other sessions (another browser, a stolen cookie) end with the old password.
    await deleteOtherSessions(tx, user.id, input.sessionId)
    await audit(
      tx,
      {
        userId: input.userId,
        action: 'user.password_changed',
        entity: 'user',
        entityId: user.id,
        after: { passwordChangedAt: now.toISOString() },
        source: input.source,
      },
      now,
    )
  })
  return { ok: true }
}

// ── users ───────────────────────────────────────────────────────────────────────────────────

export const NewUserInput = z
  .object({
    email: z.string().trim().toLowerCase().email().max(320),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    regionCode: z.string().nullable().default(null),
    agencyId: z.string().nullable().default(null),
    password: z.string(),
  })
  .refine((u) => (u.role === 'regional_qc') === (u.regionCode !== null), {
    message: 'a regional_qc user has a region, and only they do',
    path: ['regionCode'],
  })
  .refine((u) => (u.role === 'agency_chair') === (u.agencyId !== null), {
    message: 'an agency_chair user has an agency, and only they do',
    path: ['agencyId'],
  })

export class UserInputError extends Error {}

/**
 * Creates a user (audited as `user.create`, by `actorId` — null for the CLI operator or the demo
 * loader). `minPasswordLength` is lowered only by the demo loader.
 */
export async function createUser(
  db: Db,
  input: z.input<typeof NewUserInput>,
  actor: { userId: number | null; source: AuditSource },
  options: { minPasswordLength?: number; now?: Date } = {},
): Promise<number> {
  const parsed = NewUserInput.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UserInputError(`${issue.path.join('.') || 'user'}: ${issue.message}`)
  }
  const user = parsed.data
  const min = options.minPasswordLength ?? MIN_PASSWORD_LENGTH
  if (user.password.length < min) {
    throw new UserInputError(`the password must have at least ${min} characters`)
  }
  const now = options.now ?? new Date()
  let regionId: number | null = null
  if (user.regionCode !== null) {
    regionId = (await findRegionIdByCode(db, user.regionCode)) ?? null
    if (regionId === null) throw new UserInputError(`unknown region ${user.regionCode}`)
  }
  if (await userForSignIn(db, user.email)) {
    throw new UserInputError(`a user with the e-mail ${user.email} exists`)
  }
  const passwordHash = await hashPassword(user.password)
  return db.transaction().execute(async (tx) => {
    const id = await insertUser(
      tx,
      {
        email: user.email,
        name: user.name,
        role: user.role as Role,
        regionId,
        agencyId: user.agencyId,
        passwordHash,
      },
      now,
    )
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'user.create',
        entity: 'user',
        entityId: id,
        after: {
          email: user.email,
          name: user.name,
          role: user.role,
          regionCode: user.regionCode,
          agencyId: user.agencyId,
        },
        source: actor.source,
      },
      now,
    )
    return id
  })
}

// ── API tokens ──────────────────────────────────────────────────────────────────────────────

/** Tokens start with this prefix so that a leaked one is recognisable (secret scanners). */
export const API_TOKEN_PREFIX = 'sapa_'

export async function createApiToken(
  db: Db,
  input: { userId: number; name: string },
  actor: { userId: number | null; source: AuditSource },
  now = new Date(),
): Promise<{ id: number; token: string }> {
  const name = input.name.trim().slice(0, 100) || 'API token'
  const token = `${API_TOKEN_PREFIX}${randomToken()}`
  return db.transaction().execute(async (tx) => {
    const row = await insertApiToken(
      tx,
      { userId: input.userId, name, tokenHash: sha256(token) },
      now,
    )
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'token.created',
        entity: 'api_token',
        entityId: row.id,
        after: { tokenId: row.id, name, ownerId: input.userId },
        source: actor.source,
      },
      now,
    )
    return { id: row.id, token }
  })
}

/** Revokes a token; `ownerId` restricts it to that user's tokens (null: any, for the CLI). */
export async function revokeApiToken(
  db: Db,
  input: { id: number; ownerId: number | null },
  actor: { userId: number | null; source: AuditSource },
  now = new Date(),
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const row = await revokeApiTokenRow(tx, input.id, input.ownerId, now)
    if (!row) return false
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'token.revoked',
        entity: 'api_token',
        entityId: row.id,
        before: { revokedAt: null },
        after: {
          tokenId: row.id,
          name: row.name,
          ownerId: row.userId,
          revokedAt: now.toISOString(),
        },
        source: actor.source,
      },
      now,
    )
    return true
  })
}

export async function userFromApiToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<AccountUser | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null
  const row = await userOfApiToken(db, sha256(token))
  if (!row) return null
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await touchApiToken(db, row.tokenId, now)
  }
  const { tokenId: _id, lastUsedAt: _used, ...user } = row
  return user
}
