// Who may import and which batches they reach, for every door (page, API; the CLI operator reaches
// everything): an administrator imports any office's rows and sees every batch; a regional
// quality-control user imports its region's offices' rows and sees the batches limited to its
// region. Everyone else reads only: null.
import type { Db } from '../../db/client.server'
import type { BatchScope } from '../../db/queries/imports'
import { canImport, userScope, type AccountUser } from '../accounts/policy.server'

export interface ImporterAccess {
  userId: number
  /** The regions whose offices' rows the user may import (null: all). */
  allowedRegionIds: number[] | null
  /** The batches the user reaches in the history, for commit, cancel and undo. */
  scope: BatchScope
}

export async function importerAccess(db: Db, user: AccountUser): Promise<ImporterAccess | null> {
  if (!canImport(user)) return null
  const scope = await userScope(db, user)
  const regions = scope.regions === 'all' ? null : scope.regions.ids
  return { userId: user.id, allowedRegionIds: regions, scope: regions }
}
