// What server.ts hands every loader and action (Remix `context`).
import type { Db } from '../../db/client.server'
import type { Env } from './env.server'
import type { PageMemoSlot } from '../dashboards/page-memo.server'

export interface SapaLoadContext {
  db: Db
  env: Env
  engine: 'postgres' | 'pglite'
  /** The client's address (Express `req.ip`), for sign-in rate limits and the audit log. */
  clientIp?: string | null
  /** This request's Content-Security-Policy nonce (server.ts), for Remix's inline scripts. */
  cspNonce?: string
  /** Where to keep this request's rendered page, when it may be answered from memory later. */
  pageMemo?: PageMemoSlot
}

declare module '@remix-run/node' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends SapaLoadContext {}
}
