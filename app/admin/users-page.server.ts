// /admin/users: the list of users as the page shows it, and the form actions (create, reset a
// password, deactivate, reactivate) mapped onto app/admin/user-changes.server.ts.
import { data } from '@remix-run/node'
import type { Db } from '../../db/client.server'
import {
  agenciesForUserForm,
  listUsersForAdmin,
  regionsForUserForm,
} from '../../db/queries/admin-users'
import { formatDateTime } from '../i18n/admin/date-time'
import type { Language } from '../i18n/languages'
import { MIN_PASSWORD_LENGTH } from '../accounts/passwords.server'
import type { CurrentUser } from '../accounts/policy.server'
import { todayInKazakhstan } from '../domain/reporting-period'
import type { AdminActor } from './actor.server'
import {
  createUserByAdmin,
  resetUserPassword,
  setUserActiveByAdmin,
  type FieldErrors,
  type UserChangeError,
} from './user-changes.server'

type Named = { nameKk: string; nameRu: string; nameEn: string }
const nameIn = (lang: Language, n: Named) =>
  lang === 'kk' ? n.nameKk : lang === 'ru' ? n.nameRu : n.nameEn

export async function usersPage(db: Db, me: CurrentUser, lang: Language, now = new Date()) {
  const [users, regions, agencies] = await Promise.all([
    listUsersForAdmin(db),
    regionsForUserForm(db, todayInKazakhstan(now)),
    agenciesForUserForm(db),
  ])
  return {
    minPasswordLength: MIN_PASSWORD_LENGTH,
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      /** Region (regional_qc) or agency (agency_chair); null: every region. */
      scope:
        u.regionCode !== null
          ? `${u.regionCode} ${nameIn(lang, {
              nameKk: u.regionNameKk ?? '',
              nameRu: u.regionNameRu ?? '',
              nameEn: u.regionNameEn ?? '',
            })}`
          : u.agencyId !== null
            ? nameIn(lang, {
                nameKk: u.agencyNameKk ?? u.agencyId,
                nameRu: u.agencyNameRu ?? u.agencyId,
                nameEn: u.agencyNameEn ?? u.agencyId,
              })
            : null,
      active: u.active,
      isMe: u.id === me.id,
      lastSignIn: u.lastSignInAt ? formatDateTime(lang, u.lastSignInAt) : null,
      lockedUntil:
        u.lockedUntil && u.lockedUntil > now ? formatDateTime(lang, u.lockedUntil) : null,
    })),
    regions: regions.map((r) => ({ code: r.code, name: `${r.code} ${nameIn(lang, r)}` })),
    agencies: agencies.map((a) => ({ id: a.id, name: nameIn(lang, a) })),
  }
}

export type UsersActionResult =
  | {
      intent: 'create'
      ok: true
      email: string
      generatedPassword: string | null
    }
  | {
      intent: 'create'
      ok: false
      errors: FieldErrors
      /** The form's values to fill it again (never the password). */
      values: { email: string; name: string; role: string; regionCode: string; agencyId: string }
    }
  | {
      intent: 'reset'
      ok: true
      userId: number
      email: string
      generatedPassword: string | null
      sessionsEnded: number
    }
  | {
      intent: 'reset' | 'deactivate' | 'reactivate'
      ok: false
      userId: number | null
      error: UserChangeError
    }
  | {
      intent: 'deactivate' | 'reactivate'
      ok: true
      /** A deactivation not yet confirmed: what it would end; nothing was written. */
      preview?: true
      userId: number
      email: string
      sessionsEnded: number
      tokensRevoked: number
    }

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

async function answer(db: Db, form: FormData, actor: AdminActor): Promise<UsersActionResult> {
  const fields = Object.fromEntries(
    [...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
  const userId = Number(text(form, 'userId')) || null
  switch (text(form, 'intent')) {
    case 'create': {
      const result = await createUserByAdmin(db, fields, actor)
      if (result.ok) {
        return {
          intent: 'create',
          ok: true,
          email: result.email,
          generatedPassword: result.generatedPassword,
        }
      }
      return {
        intent: 'create',
        ok: false,
        errors: result.errors,
        values: {
          email: text(form, 'email'),
          name: text(form, 'name'),
          role: text(form, 'role'),
          regionCode: text(form, 'regionCode'),
          agencyId: text(form, 'agencyId'),
        },
      }
    }
    case 'reset': {
      const result = await resetUserPassword(db, fields, actor)
      return result.ok
        ? { intent: 'reset', userId: userId!, ...result }
        : { intent: 'reset', ok: false, userId, error: result.error }
    }
    case 'deactivate':
    case 'reactivate': {
      const intent = text(form, 'intent') as 'deactivate' | 'reactivate'
      // Deactivating ends the user's sessions and tokens: the first submit previews how many and
      // the page asks once more (confirm=1). Reactivating ends nothing and needs no second step.
      const preview = intent === 'deactivate' && fields.confirm !== '1'
      const result = await setUserActiveByAdmin(
        db,
        fields,
        intent === 'reactivate',
        actor,
        new Date(),
        preview,
      )
      return result.ok
        ? { intent, userId: userId!, ...result }
        : { intent, ok: false, userId, error: result.error }
    }
    default:
      throw new Response('Unknown form intent', { status: 400 })
  }
}

/** Runs one form action; never cached (a generated password is in the answer, once). */
export async function usersAction(db: Db, form: FormData, actor: AdminActor) {
  const result = await answer(db, form, actor)
  return data(result, {
    status: result.ok ? 200 : 400,
    headers: { 'Cache-Control': 'no-store' },
  })
}
