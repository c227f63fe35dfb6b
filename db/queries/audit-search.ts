// Reading the audit log for /admin/audit: filtered, newest first, a page at a time (and the
// whole filtered set for the CSV export), with the acting user's e-mail.
import { sql } from 'kysely'
import type { Db } from '../client.server'

export interface AuditFilter {
  action?: string
  userId?: number
  entity?: string
  /** Rows at or after this instant. */
  from?: Date
  /** Rows before this instant. */
  until?: Date
  /** Part of the entity id, case-insensitive. */
  entityIdContains?: string
}

export interface AuditLogRow {
  id: number
  at: Date
  userId: number | null
  userEmail: string | null
  action: string
  entity: string | null
  entityId: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  ip: string | null
  userAgent: string | null
}

function filtered(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('auditLog as l').leftJoin('users as u', 'u.id', 'l.userId')
  if (filter.action !== undefined) query = query.where('l.action', '=', filter.action)
  if (filter.userId !== undefined) query = query.where('l.userId', '=', filter.userId)
  if (filter.entity !== undefined) query = query.where('l.entity', '=', filter.entity)
  if (filter.from !== undefined) query = query.where('l.at', '>=', filter.from)
  if (filter.until !== undefined) query = query.where('l.at', '<', filter.until)
  if (filter.entityIdContains !== undefined) {
    // strpos, not LIKE: the text is matched literally (no % or _ wildcards to escape).
    query = query.where(
      sql<boolean>`strpos(lower(l.entity_id), lower(${filter.entityIdContains})) > 0`,
    )
  }
  return query
}

/** One page of the filtered log, newest first, and how many rows the filter matches. */
export async function searchAuditLog(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    auditLogRows(db, filter, page),
    filtered(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.n) }
}

/** The filtered log, newest first (`limit` rows at most). */
export async function auditLogRows(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset?: number },
): Promise<AuditLogRow[]> {
  return filtered(db, filter)
    .select([
      'l.id',
      'l.at',
      'l.userId',
      'u.email as userEmail',
      'l.action',
      'l.entity',
      'l.entityId',
      'l.before',
      'l.after',
      'l.ip',
      'l.userAgent',
    ])
    .orderBy('l.at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute()
}

/** The values the filter form offers: actions and entities present, and users who acted. */
export async function auditFilterChoices(db: Db) {
  const [actions, entities, users] = await Promise.all([
    db.selectFrom('auditLog').select('action').distinct().orderBy('action').execute(),
    db
      .selectFrom('auditLog')
      .select('entity')
      .distinct()
      .where('entity', 'is not', null)
      .orderBy('entity')
      .execute(),
    db
      .selectFrom('users as u')
      .select(['u.id', 'u.email'])
      .where((eb) =>
        eb.exists(eb.selectFrom('auditLog as l').select('l.id').whereRef('l.userId', '=', 'u.id')),
      )
      .orderBy('u.email')
      .execute(),
  ])
  return {
    actions: actions.map((r) => r.action),
    entities: entities.map((r) => r.entity!),
    users,
  }
}
