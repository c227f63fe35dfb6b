// The administrator behind a change, as the audit log records them.
import type { AppLoadContext } from '@remix-run/node'
import { auditSource, type AuditSource } from '../accounts/audit.server'
import type { CurrentUser } from '../accounts/policy.server'

export interface AdminActor {
  userId: number
  email: string
  source: AuditSource
}

export function adminActor(
  user: CurrentUser,
  request: Request,
  context: AppLoadContext,
): AdminActor {
  return { userId: user.id, email: user.email, source: auditSource(request, context) }
}
