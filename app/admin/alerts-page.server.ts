// /admin/alerts — the alerts' defaults per role (the rules and channels of users who saved no
// subscription) and the overdue rule's threshold. Administrators only; every save is one audit
// row (alert.role_default, alert.settings). Decision 0030.
import { data } from '@remix-run/node'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  overdueThreshold,
  roleDefaults,
  saveOverdueThreshold,
  saveRoleDefault,
} from '../../db/queries/alerts'
import { ROLES } from '../../db/schema'
import { audit } from '../accounts/audit.server'
import { ALERT_CHANNELS, ALERT_RULES, rulesForRole } from '../domain/alert-rules'
import type { AdminActor } from './actor.server'

export async function alertsAdminPage(db: Db) {
  const [defaults, threshold] = await Promise.all([roleDefaults(db), overdueThreshold(db)])
  return {
    threshold,
    roles: ROLES.map((role) => {
      const stored = defaults.find((d) => d.role === role)
      return {
        role,
        rules: rulesForRole(role),
        set: stored !== undefined,
        chosen: stored ?? { rules: rulesForRole(role), channels: ['inbox'], digest: false },
      }
    }),
  }
}

const AlertsAdminForm = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('threshold'),
    threshold: z.coerce.number().int().min(1).max(100_000),
  }),
  z.object({
    intent: z.literal('role'),
    role: z.enum(ROLES),
    rules: z.array(z.enum(ALERT_RULES)),
    channels: z.array(z.enum(ALERT_CHANNELS)).min(1),
    digest: z.boolean(),
  }),
])

export async function alertsAdminAction(db: Db, form: FormData, actor: AdminActor) {
  const parsed = AlertsAdminForm.safeParse({
    intent: form.get('intent'),
    threshold: form.get('threshold') ?? undefined,
    role: form.get('role') ?? undefined,
    rules: form.getAll('rules'),
    channels: form.getAll('channels'),
    digest: form.get('digest') === 'on',
  })
  if (!parsed.success) return data({ ok: false as const }, { status: 422 })
  const input = parsed.data
  await db.transaction().execute(async (trx) => {
    if (input.intent === 'threshold') {
      const before = await overdueThreshold(trx)
      await saveOverdueThreshold(trx, input.threshold)
      await audit(trx, {
        userId: actor.userId,
        action: 'alert.settings',
        entity: 'alert_settings',
        before: { overdueOpenThreshold: before },
        after: { overdueOpenThreshold: input.threshold },
        source: actor.source,
      })
      return
    }
    const allowed = rulesForRole(input.role)
    const row = {
      role: input.role,
      rules: input.rules.filter((r) => allowed.includes(r)),
      channels: input.channels,
      digest: input.digest,
    }
    const before = (await roleDefaults(trx)).find((d) => d.role === input.role) ?? null
    await saveRoleDefault(trx, row)
    await audit(trx, {
      userId: actor.userId,
      action: 'alert.role_default',
      entity: 'alert_role_default',
      entityId: input.role,
      before: before ? { ...before } : null,
      after: { ...row },
      source: actor.source,
    })
  })
  return data({ ok: true as const })
}
