// Single fetch: loaders return plain objects (Remix v3_singleFetch future flag).
import '@remix-run/node'
import type { SapaLoadContext } from './http/load-context'

declare module '@remix-run/server-runtime' {
  interface Future {
    v3_singleFetch: true
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends SapaLoadContext {}
}
