// Links that change a few query parameters of the current page and keep the rest (filters,
// language): the sortable headers, the pagination and the export links work without JavaScript.
import { useLocation } from '@remix-run/react'
import { useCallback } from 'react'

export type ParamChanges = Record<string, string | number | null | undefined>

export function withParams(search: string, changes: ParamChanges): string {
  const params = new URLSearchParams(search)
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key)
    else params.set(key, String(value))
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** `hrefWith(changes, path?)`: the current path (or `path`) with the query changed. */
export function useHrefWith() {
  const location = useLocation()
  return useCallback(
    (changes: ParamChanges, path = location.pathname, hash = '') =>
      `${path}${withParams(location.search, changes)}${hash}`,
    [location.pathname, location.search],
  )
}
