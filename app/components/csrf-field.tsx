// The hidden CSRF field every form posting to an action carries (checked by requireCsrf in
// app/accounts/policy.server.ts). Signed in: the session's token, from the root loader.
import { useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root-data'

export const CSRF_FIELD = '_csrf'

export function CsrfField({ token }: { token?: string | null }) {
  const root = useRouteLoaderData<RootData>('root')
  const value = token ?? root?.csrfToken ?? ''
  return <input type="hidden" name={CSRF_FIELD} value={value} />
}
