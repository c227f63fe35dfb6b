// useAdminTexts(): the administration dictionary the /admin layout's loader sent.
import { useRouteLoaderData } from '@remix-run/react'
import type { AdminContent } from './admin-content'

/** What the /admin layout's loader (app/routes/admin.tsx) returns, named here so the pages inside
 * read it without importing the route module back. */
export interface AdminLayoutData {
  texts: AdminContent
}

export function useAdminTexts(): AdminContent {
  const data = useRouteLoaderData<AdminLayoutData>('routes/admin')
  if (!data) throw new Error('useAdminTexts() is for pages inside /admin')
  return data.texts
}
