// The users an administrator manages (/admin/users): the list with region and agency, and the
// writes behind deactivation (the user's sessions end, their API tokens are revoked).
import type { Db } from '../client.server'

export async function listUsersForAdmin(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoin('regions as r', 'r.id', 'u.regionId')
    .leftJoin('agencies as a', 'a.id', 'u.agencyId')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'r.code as regionCode',
      'r.nameKk as regionNameKk',
      'r.nameRu as regionNameRu',
      'r.nameEn as regionNameEn',
      'u.agencyId',
      'a.nameKk as agencyNameKk',
      'a.nameRu as agencyNameRu',
      'a.nameEn as agencyNameEn',
      'u.active',
      'u.lastSignInAt',
      'u.lockedUntil',
    ])
    .orderBy('u.active', 'desc')
    .orderBy('u.email')
    .execute()
}

/** The regions a regional_qc user can be given: those in force on `day` ('YYYY-MM-DD'). */
export async function regionsForUserForm(db: Db, day: string) {
  return db
    .selectFrom('regions')
    .select(['code', 'nameKk', 'nameRu', 'nameEn'])
    .where((eb) => eb.or([eb('validFrom', 'is', null), eb('validFrom', '<=', day)]))
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]))
    .orderBy('code')
    .execute()
}

export async function agenciesForUserForm(db: Db) {
  return db
    .selectFrom('agencies')
    .select(['id', 'nameKk', 'nameRu', 'nameEn'])
    .orderBy('id')
    .execute()
}

export async function userIdentity(db: Db, id: number) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'active'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/**
 * Sets `active`, only when it differs (so that two administrators clicking at once change it
 * once); true when this call changed it.
 */
export async function setUserActive(db: Db, id: number, active: boolean): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ active })
    .where('id', '=', id)
    .where('active', '=', !active)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Ends every session of a user; how many there were. */
export async function deleteSessionsOfUser(db: Db, userId: number): Promise<number> {
  const rows = await db
    .deleteFrom('sessions')
    .where('userId', '=', userId)
    .returning('id')
    .execute()
  return rows.length
}

/** Revokes every live API token of a user; how many. */
export async function revokeTokensOfUser(db: Db, userId: number, now: Date): Promise<number> {
  const rows = await db
    .updateTable('apiTokens')
    .set({ revokedAt: now })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .returning('id')
    .execute()
  return rows.length
}

export type AdminUserRow = Awaited<ReturnType<typeof listUsersForAdmin>>[number]
