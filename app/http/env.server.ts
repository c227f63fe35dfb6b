// The environment, parsed once at start; a bad value stops the process with a clear message.
import { isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'
import { optionalField } from './input-schemas.server'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // An empty value means "not set" (e.g. `DATABASE_URL= npm start`).
  DATABASE_URL: optionalField(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  ),
  /**
   * Streaming replicas of DATABASE_URL, comma-separated: the dashboards', reports' and API's reads
   * go to one that has caught up with the primary (decision 0034). Needs DATABASE_URL.
   */
  DATABASE_READ_URL: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^postgres(ql)?:\/\//,
            'DATABASE_READ_URL must list postgres:// or postgresql:// URLs, separated by commas',
          ),
      ),
    ),
  /** How long a read waits for a replica to catch up with the primary before reading there, in ms. */
  SAPA_REPLICA_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(200),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Server processes sharing the port (PostgreSQL only; app/http/cluster.server.ts). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Resolved at start by app/accounts/session-secret.server.ts (generated in DATA_DIR when allowed).
  SESSION_SECRET: z.string().min(16, 'SESSION_SECRET must be at least 16 characters').optional(),
  /** Password of the demo users (default `demo`; on PostgreSQL in production: none unless set). */
  SAPA_DEMO_PASSWORD: z.string().min(1).optional(),
  /** Size of the demo dataset loaded by `npm start` (1 ≈ 120,000 cases). */
  SAPA_DEMO_SCALE: z.coerce.number().positive().max(100).default(1),
  /** Keep rendered dashboard pages in memory (decision 0013); `off` renders every request. */
  SAPA_PAGE_MEMO: z.enum(['on', 'off']).default('on'),
  /** The largest file the Import page and the import API accept, in MB (issue 4). */
  SAPA_IMPORT_MAX_MB: z.coerce.number().positive().max(4096).default(200),
  /** Which reverse proxy's X-Forwarded-Proto / -For to believe (trustProxySetting below). */
  TRUST_PROXY: z
    .string()
    .default('off')
    .transform((value, ctx) => {
      const setting = trustProxySetting(value)
      if (setting === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'TRUST_PROXY must be off, on, a number of proxies (1–10), or a comma-separated list ' +
            'of addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal',
        })
        return z.NEVER
      }
      return setting
    }),
  /**
   * Embedded database: how long a request waits for its turn behind another (an import) before it
   * is answered 503 with Retry-After, in ms. Imports wait their turn however long (decision 0016).
   */
  SAPA_DB_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Embedded database: /healthz answers 503 once one statement has run this long, in ms. */
  SAPA_DB_STUCK_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(600_000),
  /** The stored jobs' runner in this process (app/monitoring, decision 0027); `off` runs none. */
  SAPA_JOBS: z.enum(['on', 'off']).default('on'),
  /** How often the runner looks for due jobs, in ms. */
  SAPA_JOBS_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5_000),
  /** The mail server (smtp:// or smtps://, user and password in the URL); without it mail is held. */
  SMTP_URL: optionalField(
    z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL'),
  ),
  /** The sender of every mail. */
  MAIL_FROM: z.string().min(3).default('Sapa <sapa@localhost>'),
  /** Sapa's address as its users reach it, for the links in mails (default http://localhost:PORT). */
  PUBLIC_URL: optionalField(
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+/, 'PUBLIC_URL must be an http:// or https:// address')
      .transform((url) => url.replace(/\/+$/, '')),
  ),
})

export type Env = z.infer<typeof EnvSchema> & { dataDir: string }

/**
 * TRUST_PROXY, as Express's `trust proxy` setting (decision 0019). Off by default: a client could
 * otherwise claim `X-Forwarded-Proto: https` or any address in X-Forwarded-For. Behind a proxy
 * that terminates HTTPS, trusting it makes the session cookie `Secure` (the request is https as
 * the proxy saw it) and the audit log and sign-in rate limit see the client's address, not the
 * proxy's. `on` trusts the one proxy in front (the nearest hop), a number that many hops, a list
 * only those addresses or subnets. Undefined for a value that is none of these.
 */
export function trustProxySetting(value: string): false | number | string[] | undefined {
  const text = value.trim().toLowerCase()
  if (['', 'off', 'false', 'no', '0'].includes(text)) return false
  if (['on', 'true', 'yes'].includes(text)) return 1
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return hops >= 1 && hops <= 10 ? hops : undefined
  }
  const entries = text.split(',').map((e) => e.trim())
  return entries.every(isProxyAddress) ? entries : undefined
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal']

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  if (!/^\d{1,3}$/.test(prefix)) return false
  return Number(prefix) <= (version === 4 ? 32 : 128)
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.refine(
    (env) => env.DATABASE_READ_URL.length === 0 || env.DATABASE_URL !== undefined,
    {
      path: ['DATABASE_READ_URL'],
      message: 'DATABASE_READ_URL needs DATABASE_URL (the primary the replicas follow)',
    },
  ).safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) }
}
