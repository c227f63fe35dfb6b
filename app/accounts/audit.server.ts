// The audit log: who did what, when, before → after, from where. Every module that changes data
// (sign-in, users, tokens; later imports, targets, reports, reference data) calls audit() once
// per action. Secrets never reach it: keys that name one are dropped from before/after.
import type { Db } from '../../db/client.server'
import { insertAuditRow } from '../../db/queries/audit'

/** Where an action came from: the client address and user agent (null for the CLI). */
export interface AuditSource {
  ip: string | null
  userAgent: string | null
}

export const CLI_SOURCE: AuditSource = { ip: null, userAgent: 'sapa-cli' }

export function auditSource(request: Request, context?: { clientIp?: string | null }): AuditSource {
  return {
    ip: context?.clientIp ?? null,
    userAgent: request.headers.get('User-Agent')?.slice(0, 500) ?? null,
  }
}

export interface AuditEntry {
  /** The acting user; null for the system, the CLI operator or an anonymous visitor. */
  userId: number | null
  /** `entity.verb` in snake_case, e.g. `auth.sign_in`, `user.create`, `token.revoked`. */
  action: string
  entity?: string | null
  entityId?: string | number | null
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  source: AuditSource
}

// `password`, `newPassword`, `passwordHash`, `token`, `tokenHash`, `sessionSecret`, `csrfToken`…
// (but `passwordChangedAt` or `tokenId` are facts, kept).
const SECRET_KEY = /^(.*password|.*secret|token|.*hash|csrf.*|session(id|token))$/i

function withoutSecrets(value: Record<string, unknown> | null | undefined) {
  if (!value) return null
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEY.test(key)))
}

/** Appends one row to the audit log; returns its id. */
export async function audit(db: Db, entry: AuditEntry, at?: Date): Promise<number> {
  return insertAuditRow(
    db,
    {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId:
        entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: withoutSecrets(entry.before),
      after: withoutSecrets(entry.after),
      ip: entry.source.ip,
      userAgent: entry.source.userAgent,
    },
    at,
  )
}
