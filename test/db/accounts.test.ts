// Accounts on both engines: sessions with idle and absolute expiry, sign-out, password change,
// lockout after 20 wrong passwords (audited), the same answers for an unknown e-mail, API
// tokens, demo users created once, and an audit log that refuses UPDATE and DELETE.
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { CLI_SOURCE, type AuditSource } from '../../app/accounts/audit.server'
import {
  changePassword,
  createApiToken,
  createUser,
  LOCK_AFTER_FAILURES,
  LOCK_MS,
  revokeApiToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  sessionFromToken,
  signIn,
  signOut,
  userFromApiToken,
} from '../../app/accounts/auth.server'
import { auditRows } from '../../db/queries/audit'
import { DEMO_USERS, ensureDemoUsers } from '../../seeds/demo/demo-users'
import { describeEachEngine } from '../support/test-db'

const PASSWORD = 'correct horse battery'
const minutes = (n: number) => n * 60 * 1000
const later = (from: Date, ms: number) => new Date(from.getTime() + ms)

describeEachEngine('accounts', (ctx) => {
  // Each test has its own user and client address, so that none depends on another's attempts.
  let counter = 0
  async function newUser(role: 'admin' | 'regional_qc' = 'admin') {
    counter += 1
    const email = `user${counter}@accounts.test`
    const id = await createUser(
      ctx.db,
      {
        email,
        name: `User ${counter}`,
        role,
        regionCode: role === 'regional_qc' ? 'KZ-11' : null,
        password: PASSWORD,
      },
      { userId: null, source: CLI_SOURCE },
    )
    const source: AuditSource = { ip: `10.0.0.${counter}`, userAgent: 'vitest' }
    return { id, email, source }
  }
  const signInAt = (user: { email: string; source: AuditSource }, password: string, now: Date) =>
    signIn(ctx.db, { email: user.email, password, source: user.source, secure: false }, now)

  it('creating a user writes exactly one user.create audit row, without the password', async () => {
    const user = await newUser()
    const rows = await auditRows(ctx.db, { action: 'user.create', entityId: String(user.id) })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ userId: null, entity: 'user', userAgent: 'sapa-cli' })
    expect(rows[0]!.after).toMatchObject({ email: user.email, role: 'admin' })
    expect(JSON.stringify(rows[0])).not.toContain(PASSWORD)
    const stored = await ctx.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow()
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })

  it('a sign-in opens a session stored by the hash of its token, audited once with the address', async () => {
    const user = await newUser()
    const now = new Date('2026-03-02T09:00:00Z')
    const result = await signInAt(user, PASSWORD, now)
    if (!result.ok) throw new Error(result.reason)
    const stored = await ctx.db
      .selectFrom('sessions')
      .select(['id', 'userId', 'expiresAt', 'ip'])
      .where('userId', '=', user.id)
      .execute()
    expect(stored).toHaveLength(1)
    expect(stored[0]!.id).not.toContain(result.token)
    expect(stored[0]!.id).toBe(result.sessionId)
    expect(stored[0]!.expiresAt.getTime() - now.getTime()).toBe(SESSION_ABSOLUTE_MS)
    const rows = await auditRows(ctx.db, { action: 'auth.sign_in', userId: user.id })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ ip: user.source.ip, userAgent: 'vitest' })
    expect(rows[0]!.at.toISOString()).toBe(now.toISOString())
  })

  it('a session ends after 30 idle minutes; activity keeps it alive up to 12 hours, not longer', async () => {
    const user = await newUser()
    const start = new Date('2026-03-02T09:00:00Z')
    const result = await signInAt(user, PASSWORD, start)
    if (!result.ok) throw new Error(result.reason)
    expect(SESSION_IDLE_MS).toBe(minutes(30))
    expect(await sessionFromToken(ctx.db, result.token, later(start, minutes(29)))).not.toBeNull()
    // Seen at 09:29 → alive at 09:58, dead 30 minutes after its last use.
    expect(await sessionFromToken(ctx.db, result.token, later(start, minutes(58)))).not.toBeNull()
    expect(await sessionFromToken(ctx.db, result.token, later(start, minutes(89)))).toBeNull()

    const second = await signInAt(user, PASSWORD, start)
    if (!second.ok) throw new Error(second.reason)
    // Used every 20 minutes, it still ends at 21:00 (12 hours after sign-in).
    let t = start
    while (t.getTime() + minutes(20) < start.getTime() + SESSION_ABSOLUTE_MS) {
      t = later(t, minutes(20))
      expect(await sessionFromToken(ctx.db, second.token, t)).not.toBeNull()
    }
    expect(
      await sessionFromToken(ctx.db, second.token, later(start, SESSION_ABSOLUTE_MS)),
    ).toBeNull()
  })

  it('sign-out deletes the session and writes one auth.sign_out row', async () => {
    const user = await newUser()
    const now = new Date('2026-03-02T09:00:00Z')
    const result = await signInAt(user, PASSWORD, now)
    if (!result.ok) throw new Error(result.reason)
    await signOut(ctx.db, { sessionId: result.sessionId, userId: user.id }, user.source, now)
    await signOut(ctx.db, { sessionId: result.sessionId, userId: user.id }, user.source, now)
    expect(await sessionFromToken(ctx.db, result.token, now)).toBeNull()
    expect(await auditRows(ctx.db, { action: 'auth.sign_out', userId: user.id })).toHaveLength(1)
  })

  it('a wrong password and an unknown e-mail get the same answer, each audited once', async () => {
    const user = await newUser()
    const now = new Date('2026-03-02T09:00:00Z')
    expect(await signInAt(user, 'wrong password', now)).toEqual({ ok: false, reason: 'invalid' })
    expect(
      await signInAt({ email: 'nobody@accounts.test', source: user.source }, PASSWORD, now),
    ).toEqual({ ok: false, reason: 'invalid' })
    const failed = await auditRows(ctx.db, { action: 'auth.sign_in_failed' })
    const mine = failed.filter((r) => r.ip === user.source.ip)
    expect(mine).toHaveLength(2)
    expect(mine[0]).toMatchObject({ userId: user.id, entityId: String(user.id) })
    expect(mine[0]!.after).toEqual({ email: user.email, reason: 'invalid' })
    expect(mine[1]).toMatchObject({ userId: null, entityId: null })
    expect(JSON.stringify(failed)).not.toContain('wrong password')
  })

  it('20 wrong passwords lock the account for 15 minutes, audited as auth.account_locked', async () => {
    const user = await newUser()
    const now = new Date('2026-03-02T09:00:00Z')
    expect(LOCK_AFTER_FAILURES).toBe(20)
    for (let i = 0; i < 19; i++) {
      expect(await signInAt(user, `wrong ${i}`, later(now, i * 1000))).toMatchObject({
        reason: 'invalid',
      })
    }
    // The 20th wrong password is answered like the others (it is the one that locks)…
    const locked = await signInAt(user, 'wrong 19', later(now, 19_000))
    expect(locked).toMatchObject({ ok: false, reason: 'invalid' })
    // …but after the 20th even the right password is refused, as "locked".
    expect(await signInAt(user, PASSWORD, later(now, 20_000))).toEqual({
      ok: false,
      reason: 'locked',
    })
    const lockRows = await auditRows(ctx.db, { action: 'auth.account_locked', userId: user.id })
    expect(lockRows).toHaveLength(1)
    expect(lockRows[0]!.after).toEqual({
      lockedUntil: later(now, 19_000 + LOCK_MS).toISOString(),
      failedSignIns: 20,
    })
    const failed = (await auditRows(ctx.db, { action: 'auth.sign_in_failed', userId: user.id }))
      .length
    expect(failed).toBe(21)
    // Once the lock has passed, the right password opens a session again.
    const after = await signInAt(user, PASSWORD, later(now, 19_000 + LOCK_MS + 1000))
    expect(after.ok).toBe(true)
  })

  it('an unknown e-mail is "locked" after 20 failures too: no account enumeration', async () => {
    const source: AuditSource = { ip: '10.9.9.9', userAgent: 'vitest' }
    const ghost = { email: 'ghost@accounts.test', source }
    const now = new Date('2026-03-02T09:00:00Z')
    for (let i = 0; i < 20; i++) await signInAt(ghost, `guess ${i}`, later(now, i * 1000))
    expect(await signInAt(ghost, 'guess', later(now, 21_000))).toEqual({
      ok: false,
      reason: 'locked',
    })
  })

  it('a password change needs the current password, ends the other sessions and is audited once', async () => {
    const user = await newUser()
    const now = new Date('2026-03-02T09:00:00Z')
    const here = await signInAt(user, PASSWORD, now)
    const elsewhere = await signInAt(user, PASSWORD, now)
    if (!here.ok || !elsewhere.ok) throw new Error('sign-in failed')
    const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
      changePassword(
        ctx.db,
        {
          userId: user.id,
          sessionId: here.sessionId,
          currentPassword,
          newPassword,
          confirmPassword,
          source: user.source,
        },
        now,
      )
    expect(await change('not it', 'a brand new password')).toEqual({
      ok: false,
      error: 'wrongCurrent',
    })
    expect(await change(PASSWORD, 'short')).toEqual({ ok: false, error: 'tooShort' })
    expect(await change(PASSWORD, 'a brand new password', 'another one!')).toEqual({
      ok: false,
      error: 'mismatch',
    })
    expect(await change(PASSWORD, 'a brand new password')).toEqual({ ok: true })
    expect(await sessionFromToken(ctx.db, here.token, now)).not.toBeNull()
    expect(await sessionFromToken(ctx.db, elsewhere.token, now)).toBeNull()
    expect(await signInAt(user, PASSWORD, now)).toMatchObject({ ok: false })
    expect((await signInAt(user, 'a brand new password', now)).ok).toBe(true)
    const rows = await auditRows(ctx.db, { action: 'user.password_changed', userId: user.id })
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain('a brand new password')
  })

  it('an API token is stored hashed, acts as its user, and stops working when revoked', async () => {
    const user = await newUser('regional_qc')
    const now = new Date('2026-03-02T09:00:00Z')
    const { id, token } = await createApiToken(
      ctx.db,
      { userId: user.id, name: 'loader' },
      { userId: user.id, source: user.source },
      now,
    )
    expect(token).toMatch(/^sapa_[A-Za-z0-9_-]{43}$/)
    const stored = await ctx.db
      .selectFrom('apiTokens')
      .select('tokenHash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.tokenHash).not.toContain(token.slice(5))
    expect(await userFromApiToken(ctx.db, token, now)).toMatchObject({
      id: user.id,
      role: 'regional_qc',
      regionCode: 'KZ-11',
    })
    expect(await userFromApiToken(ctx.db, `${token}x`, now)).toBeNull()
    // Another user cannot revoke it; its owner can, once.
    expect(
      await revokeApiToken(
        ctx.db,
        { id, ownerId: user.id + 1000 },
        { userId: null, source: CLI_SOURCE },
      ),
    ).toBe(false)
    expect(
      await revokeApiToken(
        ctx.db,
        { id, ownerId: user.id },
        { userId: user.id, source: user.source },
        now,
      ),
    ).toBe(true)
    expect(
      await revokeApiToken(
        ctx.db,
        { id, ownerId: user.id },
        { userId: user.id, source: user.source },
        now,
      ),
    ).toBe(false)
    expect(await userFromApiToken(ctx.db, token, now)).toBeNull()
    expect(await auditRows(ctx.db, { action: 'token.created', entityId: String(id) })).toHaveLength(
      1,
    )
    const revoked = await auditRows(ctx.db, { action: 'token.revoked', entityId: String(id) })
    expect(revoked).toHaveLength(1)
    expect(JSON.stringify(revoked)).not.toContain(token)
  })

  it('the demo users are created once, one of each role, with the demo password', async () => {
    const first = await ensureDemoUsers(ctx.db, 'demo')
    const second = await ensureDemoUsers(ctx.db, 'demo')
    expect(first).toEqual(DEMO_USERS.map((u) => u.email))
    expect(second).toEqual([])
    const users = await ctx.db
      .selectFrom('users as u')
      .leftJoin('regions as r', 'r.id', 'u.regionId')
      .select(['u.email', 'u.role', 'r.code', 'u.agencyId'])
      .where('u.email', 'like', '%@demo.kz')
      .orderBy('u.email')
      .execute()
    expect(users).toEqual([
      { email: 'admin@demo.kz', role: 'admin', code: null, agencyId: null },
      {
        email: 'agri-chair@demo.kz',
        role: 'agency_chair',
        code: null,
        agencyId: 'ministry-of-agriculture',
      },
      { email: 'akmola@demo.kz', role: 'regional_qc', code: 'KZ-11', agencyId: null },
      {
        email: 'land-chair@demo.kz',
        role: 'agency_chair',
        code: null,
        agencyId: 'land-resources-management-agency',
      },
      { email: 'ministry@demo.kz', role: 'ministry_official', code: null, agencyId: null },
    ])
    const result = await signIn(ctx.db, {
      email: 'Akmola@Demo.kz',
      password: 'demo',
      source: { ip: '10.7.7.7', userAgent: null },
      secure: false,
    })
    expect(result.ok).toBe(true)
  })

  it('the audit log is append-only: UPDATE, DELETE and TRUNCATE fail', async () => {
    const user = await newUser()
    const [row] = await auditRows(ctx.db, { action: 'user.create', entityId: String(user.id) })
    await expect(
      ctx.db
        .updateTable('auditLog')
        .set({ action: 'user.deleted' })
        .where('id', '=', row!.id)
        .execute(),
    ).rejects.toThrow(/append-only/)
    await expect(ctx.db.deleteFrom('auditLog').where('id', '=', row!.id).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`truncate audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/)
    expect(
      await auditRows(ctx.db, { action: 'user.create', entityId: String(user.id) }),
    ).toHaveLength(1)
  })
})
