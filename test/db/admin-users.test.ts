// An administrator's changes to accounts on both engines: create (validated role × region ×
// agency), reset a password, deactivate (sessions end, API tokens revoked) and reactivate. Each
// change writes exactly one audit row — `user.create`, `user.reset_password`, `user.deactivate`,
// `user.reactivate` — with the acting administrator, the target and its address, and no password
// material anywhere in the row; a refused or repeated change writes none.
import { expect, it } from 'vitest'
import type { AdminActor } from '../../app/admin/actor.server'
import {
  createUserByAdmin,
  GENERATED_PASSWORD_LENGTH,
  resetUserPassword,
  setUserActiveByAdmin,
} from '../../app/admin/user-changes.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import {
  createApiToken,
  createUser,
  sessionFromToken,
  signIn,
  userFromApiToken,
} from '../../app/accounts/auth.server'
import { auditRows } from '../../db/queries/audit'
import { describeEachEngine } from '../support/test-db'

const ADMIN_PASSWORD = 'the admin password 1'

describeEachEngine('admin user changes', (ctx) => {
  let counter = 0
  let actor: AdminActor

  async function admin(): Promise<AdminActor> {
    if (actor) return actor
    const email = 'users-admin@admin.test'
    const userId = await createUser(
      ctx.db,
      { email, name: 'Users admin', role: 'admin', password: ADMIN_PASSWORD },
      { userId: null, source: CLI_SOURCE },
    )
    actor = { userId, email, source: { ip: '10.8.0.1', userAgent: 'vitest admin browser' } }
    return actor
  }

  /** A user made by the administrator with a known password; their id and e-mail. */
  async function person(password = 'initial password 123') {
    counter += 1
    const email = `person${counter}@admin.test`
    const result = await createUserByAdmin(
      ctx.db,
      { email, name: `Person ${counter}`, role: 'ministry_official', password },
      await admin(),
    )
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    return { id: result.id, email, password }
  }

  const signInAs = (email: string, password: string) =>
    signIn(ctx.db, {
      email,
      password,
      source: { ip: `10.8.1.${counter}`, userAgent: 'vitest' },
      secure: false,
    })

  const rowsOf = (action: string, id: number) => auditRows(ctx.db, { action, entityId: String(id) })

  it('creating a regional user with a generated password: one user.create row, no password in it', async () => {
    const me = await admin()
    const result = await createUserByAdmin(
      ctx.db,
      {
        email: '  New.Regional@Admin.test ',
        name: 'Жаңа өңірлік қызметкер',
        role: 'regional_qc',
        regionCode: 'KZ-11',
        agencyId: 'ministry-of-agriculture', // ignored: only an agency chair has an agency
        password: '',
      },
      me,
    )
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.email).toBe('new.regional@admin.test')
    expect(result.generatedPassword).toHaveLength(GENERATED_PASSWORD_LENGTH)
    const stored = await ctx.db
      .selectFrom('users as u')
      .innerJoin('regions as r', 'r.id', 'u.regionId')
      .select(['u.role', 'r.code', 'u.agencyId', 'u.passwordHash', 'u.active'])
      .where('u.id', '=', result.id)
      .executeTakeFirstOrThrow()
    expect(stored).toMatchObject({
      role: 'regional_qc',
      code: 'KZ-11',
      agencyId: null,
      active: true,
    })

    const rows = await rowsOf('user.create', result.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      userId: me.userId,
      entity: 'user',
      before: null,
      after: {
        email: 'new.regional@admin.test',
        name: 'Жаңа өңірлік қызметкер',
        role: 'regional_qc',
        regionCode: 'KZ-11',
        agencyId: null,
      },
      ip: '10.8.0.1',
      userAgent: 'vitest admin browser',
    })
    const text = JSON.stringify(rows[0])
    expect(text).not.toContain(result.generatedPassword!)
    expect(text).not.toContain(stored.passwordHash!)
    expect(text).not.toMatch(/argon2|password"/i)

    // The generated password is the user's: they sign in with it.
    const signedIn = await signInAs('new.regional@admin.test', result.generatedPassword!)
    expect(signedIn.ok).toBe(true)
  })

  it('refuses an invalid user with field errors and writes nothing', async () => {
    const me = await admin()
    const before = (await auditRows(ctx.db, { action: 'user.create' })).length
    const existing = await person()
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ email: 'not-an-email', name: 'X', role: 'admin' }, { email: 'invalid' }],
      [{ email: 'a@admin.test', name: ' ', role: 'admin' }, { name: 'required' }],
      [{ email: 'a@admin.test', name: 'X', role: 'superuser' }, { role: 'invalid' }],
      [{ email: 'a@admin.test', name: 'X', role: 'regional_qc' }, { regionCode: 'required' }],
      [
        { email: 'a@admin.test', name: 'X', role: 'regional_qc', regionCode: 'KZ-99' },
        { regionCode: 'unknown' },
      ],
      [{ email: 'a@admin.test', name: 'X', role: 'agency_chair' }, { agencyId: 'required' }],
      [
        { email: 'a@admin.test', name: 'X', role: 'agency_chair', agencyId: 'no-such-agency' },
        { agencyId: 'unknown' },
      ],
      [
        { email: 'a@admin.test', name: 'X', role: 'admin', password: 'short' },
        { password: 'tooShort' },
      ],
      [{ email: existing.email.toUpperCase(), name: 'X', role: 'admin' }, { email: 'taken' }],
    ]
    for (const [form, errors] of cases) {
      expect(await createUserByAdmin(ctx.db, form, me), JSON.stringify(form)).toEqual({
        ok: false,
        errors,
      })
    }
    // Only `existing` was created.
    expect(await auditRows(ctx.db, { action: 'user.create' })).toHaveLength(before + 1)
    const count = await ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email', '=', 'a@admin.test')
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(0)
  })

  it('a password reset: one user.reset_password row, the old password and sessions end, the lock clears', async () => {
    const me = await admin()
    const user = await person()
    const session = await signInAs(user.email, user.password)
    if (!session.ok) throw new Error(session.reason)
    await ctx.db
      .updateTable('users')
      .set({ failedLogins: 7, lockedUntil: new Date(Date.now() + 10 * 60_000) })
      .where('id', '=', user.id)
      .execute()

    const temporary = 'temporary password 42'
    const result = await resetUserPassword(
      ctx.db,
      { userId: String(user.id), password: temporary },
      me,
    )
    expect(result).toEqual({
      ok: true,
      email: user.email,
      generatedPassword: null,
      sessionsEnded: 1,
    })
    expect(await sessionFromToken(ctx.db, session.token)).toBeNull()
    expect((await signInAs(user.email, user.password)).ok).toBe(false)
    expect((await signInAs(user.email, temporary)).ok).toBe(true)

    const rows = await rowsOf('user.reset_password', user.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      userId: me.userId,
      entity: 'user',
      after: { email: user.email, generated: false, sessionsEnded: 1 },
      ip: '10.8.0.1',
    })
    const text = JSON.stringify(rows)
    expect(text).not.toContain(temporary)
    expect(text).not.toContain(user.password)

    // A generated one is returned once, works, and is not in the log either.
    const generated = await resetUserPassword(ctx.db, { userId: String(user.id), password: '' }, me)
    if (!generated.ok || !generated.generatedPassword) throw new Error('no password generated')
    expect((await signInAs(user.email, generated.generatedPassword)).ok).toBe(true)
    const both = await rowsOf('user.reset_password', user.id)
    expect(both).toHaveLength(2)
    expect(both[1]!.after).toMatchObject({ generated: true })
    expect(JSON.stringify(both)).not.toContain(generated.generatedPassword)
  })

  it('a refused reset (too short, unknown user, oneself) writes no audit row', async () => {
    const me = await admin()
    const user = await person()
    const before = (await auditRows(ctx.db, { action: 'user.reset_password' })).length
    expect(
      await resetUserPassword(ctx.db, { userId: String(user.id), password: 'short' }, me),
    ).toEqual({ ok: false, error: 'tooShort' })
    expect(
      await resetUserPassword(ctx.db, { userId: '999999', password: 'long enough 12345' }, me),
    ).toEqual({ ok: false, error: 'notFound' })
    expect(
      await resetUserPassword(ctx.db, { userId: String(me.userId), password: '' }, me),
    ).toEqual({ ok: false, error: 'self' })
    expect(await auditRows(ctx.db, { action: 'user.reset_password' })).toHaveLength(before)
    expect((await signInAs(user.email, user.password)).ok).toBe(true)
  })

  it('deactivation ends sessions and revokes live tokens (one user.deactivate row); reactivation (one user.reactivate row)', async () => {
    const me = await admin()
    const user = await person()
    const session = await signInAs(user.email, user.password)
    if (!session.ok) throw new Error(session.reason)
    const owner = { userId: user.id, source: CLI_SOURCE }
    const live = await createApiToken(ctx.db, { userId: user.id, name: 'uploader' }, owner)
    const second = await createApiToken(ctx.db, { userId: user.id, name: 'second' }, owner)
    await ctx.db
      .updateTable('apiTokens')
      .set({ revokedAt: new Date() })
      .where('id', '=', second.id)
      .execute()
    expect(await userFromApiToken(ctx.db, live.token)).not.toBeNull()

    // Asked first: what the deactivation would end — one session, one live token (the other was
    // already revoked) — with nothing ended yet and no audit row.
    const asked = await setUserActiveByAdmin(
      ctx.db,
      { userId: String(user.id) },
      false,
      me,
      new Date(),
      true,
    )
    expect(asked).toEqual({
      ok: true,
      preview: true,
      email: user.email,
      sessionsEnded: 1,
      tokensRevoked: 1,
    })
    expect(await sessionFromToken(ctx.db, session.token)).not.toBeNull()
    expect(await userFromApiToken(ctx.db, live.token)).not.toBeNull()
    expect(await rowsOf('user.deactivate', user.id)).toHaveLength(0)

    const result = await setUserActiveByAdmin(ctx.db, { userId: String(user.id) }, false, me)
    // One session; one live token (the other was already revoked).
    expect(result).toEqual({ ok: true, email: user.email, sessionsEnded: 1, tokensRevoked: 1 })
    expect(await sessionFromToken(ctx.db, session.token)).toBeNull()
    expect(await userFromApiToken(ctx.db, live.token)).toBeNull()
    expect((await signInAs(user.email, user.password)).ok).toBe(false)

    // A second click changes nothing.
    expect(await setUserActiveByAdmin(ctx.db, { userId: String(user.id) }, false, me)).toEqual({
      ok: false,
      error: 'unchanged',
    })
    const deactivated = await rowsOf('user.deactivate', user.id)
    expect(deactivated).toHaveLength(1)
    expect(deactivated[0]).toMatchObject({
      userId: me.userId,
      entity: 'user',
      before: { email: user.email, active: true },
      after: { email: user.email, active: false, sessionsEnded: 1, tokensRevoked: 1 },
      ip: '10.8.0.1',
      userAgent: 'vitest admin browser',
    })

    expect(await setUserActiveByAdmin(ctx.db, { userId: String(user.id) }, true, me)).toEqual({
      ok: true,
      email: user.email,
      sessionsEnded: 0,
      tokensRevoked: 0,
    })
    expect((await signInAs(user.email, user.password)).ok).toBe(true)
    // Revoked tokens stay revoked.
    expect(await userFromApiToken(ctx.db, live.token)).toBeNull()
    const reactivated = await rowsOf('user.reactivate', user.id)
    expect(reactivated).toHaveLength(1)
    expect(reactivated[0]).toMatchObject({
      userId: me.userId,
      before: { email: user.email, active: false },
      after: { email: user.email, active: true },
    })
    expect(JSON.stringify([...deactivated, ...reactivated])).not.toContain(user.password)
  })

  it('an administrator cannot deactivate themselves', async () => {
    const me = await admin()
    expect(await setUserActiveByAdmin(ctx.db, { userId: String(me.userId) }, false, me)).toEqual({
      ok: false,
      error: 'self',
    })
    expect(await rowsOf('user.deactivate', me.userId)).toHaveLength(0)
    expect((await signInAs(me.email, ADMIN_PASSWORD)).ok).toBe(true)
  })
})
