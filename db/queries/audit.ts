// The audit log's one write path (append-only: the table's trigger refuses UPDATE and DELETE).
import type { Db } from '../client.server'

export interface AuditRow {
  userId: number | null
  action: string
  entity: string | null
  entityId: string | null
  /** Stored as jsonb; keys must be camelCase (CamelCasePlugin camel-cases them on read). */
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  ip: string | null
  userAgent: string | null
}

export async function insertAuditRow(db: Db, row: AuditRow, at?: Date): Promise<number> {
  const inserted = await db
    .insertInto('auditLog')
    .values({
      ...(at ? { at } : {}),
      userId: row.userId,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
      ip: row.ip,
      userAgent: row.userAgent,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function auditRows(
  db: Db,
  filter: { action?: string; userId?: number; entity?: string; entityId?: string } = {},
) {
  let query = db
    .selectFrom('auditLog')
    .select([
      'id',
      'at',
      'userId',
      'action',
      'entity',
      'entityId',
      'before',
      'after',
      'ip',
      'userAgent',
    ])
    .orderBy('id')
  if (filter.action !== undefined) query = query.where('action', '=', filter.action)
  if (filter.userId !== undefined) query = query.where('userId', '=', filter.userId)
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity)
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId)
  return query.execute()
}
