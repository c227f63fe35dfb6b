// Who may act on a target value, as the workflow and its forms ask it: the rules themselves are the
// policy module's (canProposeTarget, canDecideTarget in app/accounts/policy.server.ts); here the
// indicator, target, standard or region a form names is looked up, and a refusal is thrown as
// TargetForbidden (an unknown one as TargetNotFound).
import type { Db } from '../../db/client.server'
import { findRegionIdByCode } from '../../db/queries/accounts'
import { listStandards } from '../../db/queries/reference'
import { indicatorForTargets, targetForDecision } from '../../db/queries/targets'
import { canDecideTarget, canProposeTarget, type AccountUser } from '../accounts/policy.server'
import { TargetForbidden, TargetNotFound } from './errors.server'

/** The region a unit key names ('nation': null); an unknown code is TargetNotFound. */
export async function regionIdOf(db: Db, unit: string): Promise<number | null> {
  if (unit === 'nation') return null
  const id = await findRegionIdByCode(db, unit)
  if (id === undefined) throw new TargetNotFound(`region ${unit}`)
  return id
}

export function requireProposer(
  user: AccountUser,
  value: { agencyId: string; regionId: number | null },
): void {
  if (!canProposeTarget(user, value)) {
    throw new TargetForbidden('this role may not propose this value')
  }
}

export function requireDecider(user: AccountUser, value: { agencyId: string }): void {
  if (!canDecideTarget(user, value)) {
    throw new TargetForbidden('only the chair of the standard’s agency may decide')
  }
}

/** Before a propose form's fields are read: a refused actor learns nothing from validation. */
export async function assertMayPropose(
  db: Db,
  user: AccountUser,
  indicatorId: number,
  region: string,
) {
  const indicator = await indicatorForTargets(db, indicatorId)
  if (!indicator) throw new TargetNotFound(`indicator ${indicatorId}`)
  const regionId = await regionIdOf(db, region)
  requireProposer(user, { agencyId: indicator.agencyId, regionId })
}

export async function assertMayDecide(db: Db, user: AccountUser, targetId: number) {
  const target = await targetForDecision(db, targetId)
  if (!target) throw new TargetNotFound(`target ${targetId}`)
  requireDecider(user, { agencyId: target.agencyId })
}

export async function assertMayDecideStandard(db: Db, user: AccountUser, standardId: string) {
  const standard = (await listStandards(db)).find((s) => s.id === standardId)
  if (!standard) throw new TargetNotFound(`standard ${standardId}`)
  requireDecider(user, { agencyId: standard.agencyId })
}
