// The SQL of the target-approval workflow (app/targets/workflow.server.ts): targets of a standard by year
// and scope, one value's history, and the writes of a proposal and of a decision. The region
// filter is applied here as well as in the policy (defence in depth, decision 0006). Writes take a
// transaction.
import { sql, type ExpressionBuilder } from 'kysely'
import type { Db } from '../client.server'
import type { DB, TargetStatus } from '../schema'

/** Which values a query may return: the nation (region null) and / or these regions. */
export interface TargetUnits {
  nation: boolean
  /** Region ids; undefined: every region. */
  regionIds?: number[]
}

const targetColumns = [
  't.id',
  't.indicatorId',
  't.year',
  't.regionId',
  't.value',
  't.status',
  't.comment',
  't.proposedAt',
  't.decidedAt',
  't.orderNumber',
  't.orderDate',
  't.supersedesId',
  't.decisionComment',
  't.justification',
  't.decisionJustification',
  'pu.name as proposedByName',
  'du.name as decidedByName',
] as const

export type TargetRow = Awaited<ReturnType<typeof targetsOfStandard>>[number]

/** Every target (any status) of a standard's indicators in these years, for these units. */
export async function targetsOfStandard(
  db: Db,
  query: { standardId: string; years: number[]; units: TargetUnits },
) {
  const { nation, regionIds } = query.units
  if (!nation && regionIds !== undefined && regionIds.length === 0) return []
  return db
    .selectFrom('targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicatorId')
    .leftJoin('users as pu', 'pu.id', 't.proposedBy')
    .leftJoin('users as du', 'du.id', 't.decidedBy')
    .select([...targetColumns])
    .where('i.standardId', '=', query.standardId)
    .where('t.year', 'in', query.years)
    .where((eb) => {
      const regional =
        regionIds === undefined
          ? eb('t.regionId', 'is not', null)
          : eb('t.regionId', 'in', regionIds.length ? regionIds : [-1])
      return nation ? eb.or([eb('t.regionId', 'is', null), regional]) : regional
    })
    .orderBy('t.id')
    .execute()
}

/** One value's history: every proposal for an indicator × year × region (null: national). */
export async function targetHistory(
  db: Db,
  cell: { indicatorId: number; year: number; regionId: number | null },
) {
  return db
    .selectFrom('targets as t')
    .leftJoin('users as pu', 'pu.id', 't.proposedBy')
    .leftJoin('users as du', 'du.id', 't.decidedBy')
    .select([...targetColumns])
    .where('t.indicatorId', '=', cell.indicatorId)
    .where('t.year', '=', cell.year)
    .where(sql<boolean>`t.region_id is not distinct from ${cell.regionId}`)
    .orderBy('t.id')
    .execute()
}

/** An indicator with what the workflow needs to decide who may act on it. */
export async function indicatorForTargets(db: Db, indicatorId: number) {
  return db
    .selectFrom('indicators as i')
    .innerJoin('standards as s', 's.id', 'i.standardId')
    .select([
      'i.id',
      'i.standardId',
      's.agencyId',
      'i.code',
      'i.nameKk',
      'i.nameRu',
      'i.nameEn',
      'i.direction',
      'i.normativeAsPrinted',
      'i.normativeKind',
      'i.normativeLow',
      'i.normativeHigh',
    ])
    .where('i.id', '=', indicatorId)
    .executeTakeFirst()
}

/** The indicators of a standard in table order. */
export async function indicatorsOfStandard(db: Db, standardId: string) {
  return db
    .selectFrom('indicators')
    .select([
      'id',
      'code',
      'position',
      'measure',
      'nameKk',
      'nameRu',
      'nameEn',
      'direction',
      'normativeAsPrinted',
      'normativeKind',
      'normativeLow',
      'normativeHigh',
    ])
    .where('standardId', '=', standardId)
    .orderBy('position')
    .execute()
}

// ── writes (inside a transaction) ───────────────────────────────────────────────────────────

/** A target with its standard's agency; `lock`: for a decision, inside a transaction. */
export async function targetForDecision(db: Db, id: number, lock = false) {
  const query = db
    .selectFrom('targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicatorId')
    .innerJoin('standards as s', 's.id', 'i.standardId')
    .select([
      't.id',
      't.indicatorId',
      't.year',
      't.regionId',
      't.value',
      't.status',
      't.comment',
      't.proposedBy',
      't.justification',
      'i.standardId',
      'i.direction',
      'i.normativeKind',
      'i.normativeLow',
      'i.normativeHigh',
      's.agencyId',
    ])
    .where('t.id', '=', id)
  return (lock ? query.forUpdate('t') : query).executeTakeFirst()
}

/** The approved value of a cell (locked: an approval supersedes it in the same transaction). */
export async function lockApproved(
  tx: Db,
  cell: { indicatorId: number; year: number; regionId: number | null },
) {
  return tx
    .selectFrom('targets')
    .select(['id', 'value', 'orderNumber', 'orderDate'])
    .where('indicatorId', '=', cell.indicatorId)
    .where('year', '=', cell.year)
    .where(sql<boolean>`region_id is not distinct from ${cell.regionId}`)
    .where('status', '=', 'approved')
    .forUpdate()
    .executeTakeFirst()
}

/** The rows of a region and the national ones (the nation itself: only the national ones). */
function regionOrNation(regionId: number | null) {
  return (eb: ExpressionBuilder<DB, 'targets'>) =>
    regionId === null
      ? eb('regionId', 'is', null)
      : eb.or([eb('regionId', 'is', null), eb('regionId', '=', regionId)])
}

/** The approved value of a cell, else the national one (what the engine applies). */
export async function approvedInForce(
  db: Db,
  cell: { indicatorId: number; year: number; regionId: number | null },
) {
  const rows = await db
    .selectFrom('targets')
    .select(['regionId', 'value'])
    .where('indicatorId', '=', cell.indicatorId)
    .where('year', '=', cell.year)
    .where('status', '=', 'approved')
    .where(regionOrNation(cell.regionId))
    .execute()
  return rows.find((r) => r.regionId !== null) ?? rows.find((r) => r.regionId === null) ?? null
}

/**
 * The last approved target in force before `beforeYear`: the latest year with one, the region's
 * own value over the national one in that year (what the engine applies). Null: never approved.
 */
export async function lastApprovedInForce(
  db: Db,
  cell: { indicatorId: number; beforeYear: number; regionId: number | null },
) {
  const row = await db
    .selectFrom('targets')
    .select(['year', 'regionId', 'value'])
    .where('indicatorId', '=', cell.indicatorId)
    .where('year', '<', cell.beforeYear)
    .where('status', '=', 'approved')
    .where(regionOrNation(cell.regionId))
    .orderBy('year', 'desc')
    .orderBy(sql`region_id is null`)
    .executeTakeFirst()
  return row ?? null
}

/** The approved targets of a standard's indicators up to a year, for these units, latest first. */
export async function approvedTargetsUpTo(
  db: Db,
  query: { standardId: string; lastYear: number; units: TargetUnits },
) {
  const { nation, regionIds } = query.units
  if (!nation && regionIds !== undefined && regionIds.length === 0) return []
  return db
    .selectFrom('targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicatorId')
    .select(['t.indicatorId', 't.year', 't.regionId', 't.value'])
    .where('i.standardId', '=', query.standardId)
    .where('t.year', '<=', query.lastYear)
    .where('t.status', '=', 'approved')
    .where((eb) => {
      const regional =
        regionIds === undefined
          ? eb('t.regionId', 'is not', null)
          : eb('t.regionId', 'in', regionIds.length ? regionIds : [-1])
      return nation ? eb.or([eb('t.regionId', 'is', null), regional]) : regional
    })
    .orderBy('t.year', 'desc')
    .orderBy('t.id')
    .execute()
}

export async function pendingProposalOf(
  tx: Db,
  cell: { indicatorId: number; year: number; regionId: number | null },
) {
  return tx
    .selectFrom('targets')
    .select(['id', 'value'])
    .where('indicatorId', '=', cell.indicatorId)
    .where('year', '=', cell.year)
    .where(sql<boolean>`region_id is not distinct from ${cell.regionId}`)
    .where('status', '=', 'proposed')
    .executeTakeFirst()
}

export async function insertProposal(
  tx: Db,
  proposal: {
    indicatorId: number
    year: number
    regionId: number | null
    value: number
    comment: string | null
    justification: string | null
    proposedBy: number
    proposedAt: Date
  },
): Promise<number> {
  const row = await tx
    .insertInto('targets')
    .values({ ...proposal, status: 'proposed' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function markSuperseded(tx: Db, id: number) {
  await tx.updateTable('targets').set({ status: 'superseded' }).where('id', '=', id).execute()
}

export async function markDecided(
  tx: Db,
  id: number,
  decision: {
    status: Extract<TargetStatus, 'approved' | 'rejected'>
    decidedBy: number
    decidedAt: Date
    orderNumber: string | null
    orderDate: string | null
    decisionComment: string | null
    decisionJustification: string | null
    supersedesId: number | null
  },
) {
  await tx.updateTable('targets').set(decision).where('id', '=', id).execute()
}
