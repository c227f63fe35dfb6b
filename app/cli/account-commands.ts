// `sapa create-admin --email … --name …` and `sapa token create --email … [--name …]` /
// `sapa token revoke --id N`: the operators' account doors. The operator has database access;
// the audit log records these as done by no user (user_id null) from the CLI.
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { userForSignIn } from '../../db/queries/accounts'
import { CLI_SOURCE } from '../accounts/audit.server'
import { createApiToken, createUser, revokeApiToken, UserInputError } from '../accounts/auth.server'
import { MIN_PASSWORD_LENGTH } from '../accounts/passwords.server'
import { readSecret } from './read-secret'
import { UsageError } from './usage-error'

/** The password comes from SAPA_ADMIN_PASSWORD or is typed twice at a prompt; never echoed. */
export async function createAdminCommand(
  db: Db,
  args: string[],
  options: { password?: string; ask?: (prompt: string) => Promise<string> } = {},
): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  })
  if (!values.email || !values.name) throw new UsageError('create-admin needs --email and --name')
  let password = options.password
  if (password === undefined) {
    const ask = options.ask ?? readSecret
    password = await ask(
      `Password for ${values.email} (at least ${MIN_PASSWORD_LENGTH} characters): `,
    )
    if ((await ask('Repeat the password: ')) !== password) {
      throw new UsageError('the passwords do not match')
    }
  }
  try {
    const id = await createUser(
      db,
      { email: values.email, name: values.name, role: 'admin', password },
      { userId: null, source: CLI_SOURCE },
    )
    return `administrator ${values.email.toLowerCase()} created (user ${id})\n`
  } catch (error) {
    if (error instanceof UserInputError) throw new UsageError(error.message)
    throw error
  }
}

/** `token create` prints the token as the last line (shown once: only its hash is stored). */
export async function tokenCommand(db: Db, args: string[]): Promise<string> {
  const [sub, ...rest] = args
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } },
    strict: true,
  })
  if (sub === 'create') {
    if (!values.email) throw new UsageError('token create needs --email')
    const user = await userForSignIn(db, values.email)
    if (!user || !user.active) throw new UsageError(`no active user ${values.email}`)
    const name = values.name ?? `cli ${new Date().toISOString().slice(0, 10)}`
    const created = await createApiToken(
      db,
      { userId: user.id, name },
      { userId: null, source: CLI_SOURCE },
    )
    return (
      `API token ${created.id} "${name}" for ${user.email} (${user.role}` +
      `${user.regionCode ? ` ${user.regionCode}` : ''}${user.agencyId ? ` ${user.agencyId}` : ''}); ` +
      `send it as "Authorization: Bearer <token>". It is shown only now:\n${created.token}\n`
    )
  }
  if (sub === 'revoke') {
    const id = Number(values.id)
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('token revoke needs --id N')
    const ok = await revokeApiToken(db, { id, ownerId: null }, { userId: null, source: CLI_SOURCE })
    if (!ok) throw new UsageError(`no live token ${id}`)
    return `API token ${id} revoked\n`
  }
  throw new UsageError('usage: token create --email <user> [--name …] | token revoke --id N')
}
