// A user of a role and a Bearer token for it, for tests that call API routes directly.
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createApiToken, createUser } from '../../app/accounts/auth.server'
import type { Db } from '../../db/client.server'
import type { Role } from '../../db/schema'

let serial = 0

export async function apiTokenFor(db: Db, role: Role, regionCode: string | null = null) {
  const actor = { userId: null, source: CLI_SOURCE }
  const userId = await createUser(
    db,
    {
      email: `api-${role}-${++serial}-${Date.now()}@test.kz`,
      name: role,
      role,
      regionCode,
      agencyId: role === 'agency_chair' ? 'ministry-of-agriculture' : null,
      password: 'a long password',
    },
    actor,
  )
  return (await createApiToken(db, { userId, name: 'test' }, actor)).token
}
