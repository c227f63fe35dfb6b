// Users, sessions, sign-in attempts and API tokens: the SQL behind app/accounts/auth.server.ts and
// app/accounts/policy.server.ts. Every function takes the caller's clock (`now`) where time matters.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { Role } from '../schema'

/** A signed-in user as the policy sees them. */
export interface AccountUser {
  id: number
  email: string
  name: string
  role: Role
  regionId: number | null
  /** ISO 3166-2:KZ code of the region of a regional_qc user. */
  regionCode: string | null
  agencyId: string | null
}

const userColumns = [
  'u.id',
  'u.email',
  'u.name',
  'u.role',
  'u.regionId',
  'r.code as regionCode',
  'u.agencyId',
] as const

export async function userForSignIn(db: Db, email: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('regions as r', 'r.id', 'u.regionId')
    .select([...userColumns, 'u.passwordHash', 'u.active', 'u.failedLogins', 'u.lockedUntil'])
    .where(sql<boolean>`lower(u.email) = ${email.toLowerCase()}`)
    .executeTakeFirst()
}

/** Every active account as the policy sees it (the warm job reads their scopes). */
export async function listActiveUsers(db: Db): Promise<AccountUser[]> {
  return db
    .selectFrom('users as u')
    .leftJoin('regions as r', 'r.id', 'u.regionId')
    .select([...userColumns])
    .where('u.active', '=', true)
    .orderBy('u.id')
    .execute()
}

export async function userById(db: Db, id: number) {
  return db
    .selectFrom('users as u')
    .leftJoin('regions as r', 'r.id', 'u.regionId')
    .select([...userColumns, 'u.passwordHash', 'u.active'])
    .where('u.id', '=', id)
    .executeTakeFirst()
}

export interface NewUser {
  email: string
  name: string
  role: Role
  regionId: number | null
  agencyId: string | null
  passwordHash: string
}

export async function insertUser(db: Db, user: NewUser, now: Date): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ ...user, passwordChangedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function setPasswordHash(db: Db, userId: number, hash: string, now: Date) {
  await db
    .updateTable('users')
    .set({ passwordHash: hash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null })
    .where('id', '=', userId)
    .execute()
}

export async function findRegionIdByCode(db: Db, code: string) {
  return (await db.selectFrom('regions').select('id').where('code', '=', code).executeTakeFirst())
    ?.id
}

// ── sign-in attempts and lockout ────────────────────────────────────────────────────────────

export async function recordLoginAttempt(
  db: Db,
  attempt: { email: string; ip: string | null; succeeded: boolean },
  now: Date,
) {
  await db
    .insertInto('loginAttempts')
    .values({ ...attempt, email: attempt.email.toLowerCase(), at: now })
    .execute()
}

/** Failed attempts since `since` for an e-mail (as typed, lower-cased) and from an address. */
export async function recentFailures(
  db: Db,
  key: { email: string; ip: string | null },
  since: Date,
): Promise<{ byEmail: number; byIp: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('loginAttempts')
        .select(eb.fn.countAll<number>().as('n'))
        .where('email', '=', key.email.toLowerCase())
        .where('at', '>=', since)
        .where('succeeded', '=', false)
        .as('byEmail'),
      eb
        .selectFrom('loginAttempts')
        .select(eb.fn.countAll<number>().as('n'))
        .where(sql<boolean>`ip is not distinct from ${key.ip}`)
        .where('at', '>=', since)
        .where('succeeded', '=', false)
        .as('byIp'),
    ])
    .executeTakeFirstOrThrow()
  return { byEmail: row.byEmail ?? 0, byIp: row.byIp ?? 0 }
}

/** Counts one more wrong password; locks the account until `lockUntil` at the `limit`-th. */
export async function countFailedSignIn(
  db: Db,
  userId: number,
  limit: number,
  lockUntil: Date,
): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
  return db
    .updateTable('users')
    .set((eb) => ({
      failedLogins: sql<number>`case when ${eb.ref('failedLogins')} + 1 >= ${limit} then 0
        else ${eb.ref('failedLogins')} + 1 end`,
      lockedUntil: sql<Date | null>`case when ${eb.ref('failedLogins')} + 1 >= ${limit}
        then ${lockUntil}::timestamptz else ${eb.ref('lockedUntil')} end`,
    }))
    .where('id', '=', userId)
    .returning(['failedLogins', 'lockedUntil'])
    .executeTakeFirstOrThrow()
}

export async function countSuccessfulSignIn(db: Db, userId: number, now: Date) {
  await db
    .updateTable('users')
    .set({ failedLogins: 0, lockedUntil: null, lastSignInAt: now })
    .where('id', '=', userId)
    .execute()
}

export async function pruneLoginAttempts(db: Db, before: Date) {
  await db.deleteFrom('loginAttempts').where('at', '<', before).execute()
}

// ── sessions ────────────────────────────────────────────────────────────────────────────────

export async function insertSession(
  db: Db,
  session: {
    id: string
    userId: number
    csrfToken: string
    expiresAt: Date
    ip: string | null
    userAgent: string | null
  },
  now: Date,
) {
  await db
    .insertInto('sessions')
    .values({ ...session, createdAt: now, lastSeenAt: now })
    .execute()
}

/** The live session `id` (not past its absolute expiry nor idle since `idleSince`) and its user. */
export async function liveSession(db: Db, id: string, now: Date, idleSince: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .leftJoin('regions as r', 'r.id', 'u.regionId')
    .select([...userColumns, 's.id as sessionId', 's.csrfToken', 's.lastSeenAt', 's.expiresAt'])
    .where('s.id', '=', id)
    .where('s.expiresAt', '>', now)
    .where('s.lastSeenAt', '>', idleSince)
    .where('u.active', '=', true)
    .executeTakeFirst()
}

export async function touchSession(db: Db, id: string, now: Date) {
  await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', id).execute()
}

export async function deleteSession(db: Db, id: string) {
  return db.deleteFrom('sessions').where('id', '=', id).returning('userId').executeTakeFirst()
}

/** Ends every session of a user except `keep` (after a password change). */
export async function deleteOtherSessions(db: Db, userId: number, keep: string | null) {
  let query = db.deleteFrom('sessions').where('userId', '=', userId)
  if (keep !== null) query = query.where('id', '<>', keep)
  await query.execute()
}

export async function deleteExpiredSessions(db: Db, now: Date, idleSince: Date) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', idleSince)]))
    .execute()
}

// ── API tokens ──────────────────────────────────────────────────────────────────────────────

export async function insertApiToken(
  db: Db,
  token: { userId: number; name: string; tokenHash: string },
  now: Date,
) {
  return db
    .insertInto('apiTokens')
    .values({ ...token, createdAt: now })
    .returning(['id', 'name', 'createdAt'])
    .executeTakeFirstOrThrow()
}

export async function userOfApiToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('apiTokens as t')
    .innerJoin('users as u', 'u.id', 't.userId')
    .leftJoin('regions as r', 'r.id', 'u.regionId')
    .select([...userColumns, 't.id as tokenId', 't.lastUsedAt'])
    .where('t.tokenHash', '=', tokenHash)
    .where('t.revokedAt', 'is', null)
    .where('u.active', '=', true)
    .executeTakeFirst()
}

export async function touchApiToken(db: Db, id: number, now: Date) {
  await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', id).execute()
}

export async function listApiTokens(db: Db, userId: number) {
  return db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'createdAt', 'lastUsedAt', 'revokedAt'])
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .execute()
}

/** Revokes a live token of `userId` (any user's when null); the revoked row, or undefined. */
export async function revokeApiTokenRow(db: Db, id: number, userId: number | null, now: Date) {
  let query = db
    .updateTable('apiTokens')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
  if (userId !== null) query = query.where('userId', '=', userId)
  return query.returning(['id', 'userId', 'name']).executeTakeFirst()
}

// ── scope lookups ───────────────────────────────────────────────────────────────────────────

export async function standardIdsOfAgency(db: Db, agencyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('standards')
    .select('id')
    .where('agencyId', '=', agencyId)
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

/**
 * The regions a district or an office belonged to at any time in `year` (a unit moved by a
 * reform belongs to both). Empty when the code is unknown.
 */
export async function regionIdsOfUnit(
  db: Db,
  kind: 'district' | 'office',
  code: string,
  year: number,
): Promise<number[]> {
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const rows =
    kind === 'district'
      ? await db
          .selectFrom('districts as d')
          .innerJoin('districtRegions as m', 'm.districtId', 'd.id')
          .select('m.regionId')
          .where('d.code', '=', code)
          .where('m.validFrom', '<=', to)
          .where(sql<boolean>`coalesce(m.valid_to, '9999-12-31') >= ${from}::date`)
          .execute()
      : await db
          .selectFrom('offices as o')
          .innerJoin('officeRegions as m', 'm.officeId', 'o.id')
          .select('m.regionId')
          .where('o.code', '=', code)
          .where('m.validFrom', '<=', to)
          .where(sql<boolean>`coalesce(m.valid_to, '9999-12-31') >= ${from}::date`)
          .execute()
  return [...new Set(rows.map((r) => r.regionId))]
}
