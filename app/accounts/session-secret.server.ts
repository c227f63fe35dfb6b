// The secret that signs session and CSRF cookies: SESSION_SECRET when set; otherwise one generated
// once and kept in DATA_DIR/session-secret (mode 600). Production refuses to start without
// SESSION_SECRET on PostgreSQL (a shared deployment); production on the embedded database (`npm
// start` on a fresh machine: one process, its data in DATA_DIR) uses the generated one and warns.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Env } from '../http/env.server'

export class MissingSessionSecretError extends Error {}

export function resolveSessionSecret(env: Env, warn: (message: string) => void): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new MissingSessionSecretError(
      'SESSION_SECRET is required in production on PostgreSQL (DATABASE_URL): set it to a random ' +
        'string of at least 16 characters, e.g. `openssl rand -hex 32`',
    )
  }
  const file = path.join(env.dataDir, 'session-secret')
  let secret = existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
  if (secret.length < 16) {
    secret = randomBytes(32).toString('hex')
    mkdirSync(env.dataDir, { recursive: true })
    writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  }
  if (env.NODE_ENV === 'production') {
    warn(`SESSION_SECRET is not set: using the generated secret in ${file}`)
  }
  return secret
}
