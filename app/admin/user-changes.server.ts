// What an administrator does to accounts (/admin/users): create a user, reset a password,
// deactivate and reactivate. Each change is one transaction with exactly one audit row
// (`user.create`, `user.reset_password`, `user.deactivate`, `user.reactivate`); a password is
// never in the audit row, never logged, and returned only when Sapa generated it (shown once).
import { changeOrPreview } from '../../db/preview-transaction'
import { randomInt } from 'node:crypto'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { findRegionIdByCode, setPasswordHash, userForSignIn } from '../../db/queries/accounts'
import { ROLES } from '../../db/schema'
import {
  deleteSessionsOfUser,
  revokeTokensOfUser,
  setUserActive,
  userIdentity,
} from '../../db/queries/admin-users'
import { audit } from '../accounts/audit.server'
import { createUser } from '../accounts/auth.server'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../accounts/passwords.server'
import type { AdminActor } from './actor.server'

// ── generated passwords ─────────────────────────────────────────────────────────────────────

// No 0/O, 1/l/I: a temporary password is read off a screen and typed or dictated.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const GENERATED_PASSWORD_LENGTH = 16

/** A random temporary password (≈ 93 bits). */
export function generatePassword(): string {
  let out = ''
  for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)]
  return out
}

/** An empty field means "generate one"; otherwise the administrator's own, long enough. */
const TemporaryPassword = z
  .string()
  .max(1000)
  .default('')
  .refine((p) => p === '' || p.length >= MIN_PASSWORD_LENGTH, { message: 'tooShort' })

// ── create ──────────────────────────────────────────────────────────────────────────────────

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v)

/**
 * The create-user form. Region and agency are read only for the role that has one (the form
 * shows both selects without JavaScript), and are then required.
 */
export const NewUserForm = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .pipe(z.email({ message: 'invalid' })),
    name: z.string().trim().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
    role: z.enum(ROLES, { message: 'invalid' }),
    regionCode: z.preprocess(blankToNull, z.string().max(20).nullable().default(null)),
    agencyId: z.preprocess(blankToNull, z.string().max(100).nullable().default(null)),
    password: TemporaryPassword,
  })
  .transform((u) => ({
    ...u,
    regionCode: u.role === 'regional_qc' ? u.regionCode : null,
    agencyId: u.role === 'agency_chair' ? u.agencyId : null,
  }))
  .superRefine((u, ctx) => {
    if (u.role === 'regional_qc' && u.regionCode === null) {
      ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'required' })
    }
    if (u.role === 'agency_chair' && u.agencyId === null) {
      ctx.addIssue({ code: 'custom', path: ['agencyId'], message: 'required' })
    }
  })

export type NewUserField = 'email' | 'name' | 'role' | 'regionCode' | 'agencyId' | 'password'
/** Field → error code (`invalid`, `required`, `tooLong`, `tooShort`, `taken`, `unknown`). */
export type FieldErrors = Partial<Record<NewUserField, string>>

export type CreateUserResult =
  | { ok: true; id: number; email: string; generatedPassword: string | null }
  | { ok: false; errors: FieldErrors }

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as NewUserField | undefined
    if (field && !errors[field]) errors[field] = issue.message
  }
  return errors
}

export async function createUserByAdmin(
  db: Db,
  form: Record<string, unknown>,
  actor: AdminActor,
  now = new Date(),
): Promise<CreateUserResult> {
  const parsed = NewUserForm.safeParse(form)
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) }
  const input = parsed.data
  const errors: FieldErrors = {}
  if (await userForSignIn(db, input.email)) errors.email = 'taken'
  if (input.regionCode !== null && (await findRegionIdByCode(db, input.regionCode)) === undefined) {
    errors.regionCode = 'unknown'
  }
  if (
    input.agencyId !== null &&
    !(await db
      .selectFrom('agencies')
      .select('id')
      .where('id', '=', input.agencyId)
      .executeTakeFirst())
  ) {
    errors.agencyId = 'unknown'
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const generatedPassword = input.password === '' ? generatePassword() : null
  // createUser writes the user and its one `user.create` audit row in one transaction.
  const id = await createUser(
    db,
    {
      email: input.email,
      name: input.name,
      role: input.role,
      regionCode: input.regionCode,
      agencyId: input.agencyId,
      password: generatedPassword ?? input.password,
    },
    { userId: actor.userId, source: actor.source },
    { now },
  )
  return { ok: true, id, email: input.email, generatedPassword }
}

// ── reset a password ────────────────────────────────────────────────────────────────────────

export const ResetPasswordForm = z.object({
  userId: z.coerce.number().int().positive(),
  password: TemporaryPassword,
})

export type UserChangeError = 'notFound' | 'self' | 'unchanged' | 'tooShort'

export type ResetPasswordResult =
  | { ok: true; email: string; generatedPassword: string | null; sessionsEnded: number }
  | { ok: false; error: UserChangeError }

/**
 * Sets a temporary password (the administrator's, or a generated one returned once), clears a
 * lockout and ends the user's sessions. An administrator changes their own on /account.
 */
export async function resetUserPassword(
  db: Db,
  form: Record<string, unknown>,
  actor: AdminActor,
  now = new Date(),
): Promise<ResetPasswordResult> {
  const parsed = ResetPasswordForm.safeParse(form)
  if (!parsed.success) {
    const tooShort = parsed.error.issues.some((i) => i.message === 'tooShort')
    return { ok: false, error: tooShort ? 'tooShort' : 'notFound' }
  }
  const { userId, password } = parsed.data
  if (userId === actor.userId) return { ok: false, error: 'self' }
  const user = await userIdentity(db, userId)
  if (!user) return { ok: false, error: 'notFound' }
  const generatedPassword = password === '' ? generatePassword() : null
  const hash = await hashPassword(generatedPassword ?? password)
  const sessionsEnded = await db.transaction().execute(async (tx) => {
    await setPasswordHash(tx, userId, hash, now)
    const ended = await deleteSessionsOfUser(tx, userId)
    await audit(
      tx,
      {
        userId: actor.userId,
        action: 'user.reset_password',
        entity: 'user',
        entityId: userId,
        after: {
          email: user.email,
          passwordChangedAt: now.toISOString(),
          generated: generatedPassword !== null,
          sessionsEnded: ended,
        },
        source: actor.source,
      },
      now,
    )
    return ended
  })
  return { ok: true, email: user.email, generatedPassword, sessionsEnded }
}

// ── deactivate / reactivate ─────────────────────────────────────────────────────────────────

export const UserIdForm = z.object({ userId: z.coerce.number().int().positive() })

export type ActiveChangeResult =
  | { ok: true; preview?: true; email: string; sessionsEnded: number; tokensRevoked: number }
  | { ok: false; error: UserChangeError }

/**
 * Deactivation: the user can no longer sign in, their sessions end and their API tokens are
 * revoked (a reactivated user signs in again and makes new tokens). An administrator cannot
 * deactivate themselves (the last one would lock everybody out).
 */
export async function setUserActiveByAdmin(
  db: Db,
  form: Record<string, unknown>,
  active: boolean,
  actor: AdminActor,
  now = new Date(),
  /** Only say how many sessions and tokens the change would end (nothing is written). */
  preview = false,
): Promise<ActiveChangeResult> {
  const parsed = UserIdForm.safeParse(form)
  if (!parsed.success) return { ok: false, error: 'notFound' }
  const { userId } = parsed.data
  if (userId === actor.userId) return { ok: false, error: 'self' }
  const user = await userIdentity(db, userId)
  if (!user) return { ok: false, error: 'notFound' }
  return changeOrPreview(db, preview, async (tx): Promise<ActiveChangeResult> => {
    // Changed only if it differs: a second click (or a second administrator) changes nothing
    // and writes no audit row.
    if (!(await setUserActive(tx, userId, active))) return { ok: false, error: 'unchanged' }
    const sessionsEnded = active ? 0 : await deleteSessionsOfUser(tx, userId)
    const tokensRevoked = active ? 0 : await revokeTokensOfUser(tx, userId, now)
    await audit(
      tx,
      {
        userId: actor.userId,
        action: active ? 'user.reactivate' : 'user.deactivate',
        entity: 'user',
        entityId: userId,
        before: { email: user.email, active: !active },
        after: active
          ? { email: user.email, active }
          : { email: user.email, active, sessionsEnded, tokensRevoked },
        source: actor.source,
      },
      now,
    )
    return {
      ok: true,
      email: user.email,
      sessionsEnded,
      tokensRevoked,
      ...(preview && { preview: true as const }),
    }
  })
}
