// useAdminTexts(): the administration dictionary the /admin layout's loader sent.
import { useRouteLoaderData } from '@remix-run/react'
import type { loader as adminLoader } from '~/routes/admin'
import type { AdminContent } from './admin-content'

export function useAdminTexts(): AdminContent {
  const data = useRouteLoaderData<typeof adminLoader>('routes/admin')
  if (!data) throw new Error('useAdminTexts() is for pages inside /admin')
  return data.texts
}
