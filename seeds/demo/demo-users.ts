// One demo user of each role (issue 5), created idempotently by the demo loader: an existing
// e-mail is left as it is (its password too). Their password is SAPA_DEMO_PASSWORD, default
// `demo` — except in production on PostgreSQL, where they are created only if it is set.
import type { Db } from '../../db/client.server'
import { userForSignIn } from '../../db/queries/accounts'
import { createUser } from '../../app/accounts/auth.server'
import type { Env } from '../../app/http/env.server'

export const DEMO_USERS = [
  { email: 'admin@demo.kz', name: 'Демо әкімші', role: 'admin' },
  { email: 'ministry@demo.kz', name: 'Демо министрлік', role: 'ministry_official' },
  {
    email: 'akmola@demo.kz',
    name: 'Ақмола облысы, сапаны бақылау бөлімі',
    role: 'regional_qc',
    regionCode: 'KZ-11',
  },
  {
    email: 'land-chair@demo.kz',
    name: 'Жер ресурстарын басқару агенттігінің төрағасы',
    role: 'agency_chair',
    agencyId: 'land-resources-management-agency',
  },
  {
    email: 'agri-chair@demo.kz',
    name: 'Ауыл шаруашылығы министрі',
    role: 'agency_chair',
    agencyId: 'ministry-of-agriculture',
  },
] as const

export const DEFAULT_DEMO_PASSWORD = 'demo'

/** The demo users' password, or null when they must not be created (production on PostgreSQL). */
export function demoUsersPassword(
  env: Pick<Env, 'NODE_ENV' | 'DATABASE_URL' | 'SAPA_DEMO_PASSWORD'>,
): string | null {
  if (env.SAPA_DEMO_PASSWORD) return env.SAPA_DEMO_PASSWORD
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) return null
  return DEFAULT_DEMO_PASSWORD
}

/** Creates the demo users that do not exist yet (each audited as `user.create`); their e-mails. */
export async function ensureDemoUsers(db: Db, password: string): Promise<string[]> {
  const created: string[] = []
  for (const user of DEMO_USERS) {
    if (await userForSignIn(db, user.email)) continue
    await createUser(
      db,
      {
        email: user.email,
        name: user.name,
        role: user.role,
        regionCode: 'regionCode' in user ? user.regionCode : null,
        agencyId: 'agencyId' in user ? user.agencyId : null,
        password,
      },
      { userId: null, source: { ip: null, userAgent: 'sapa-demo-loader' } },
      { minPasswordLength: 1 },
    )
    created.push(user.email)
  }
  return created
}
