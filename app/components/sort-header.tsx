// A column header that sorts its table through the URL (a link, so it works without JavaScript):
// the first click sorts in the column's natural order, the next one reverses it.
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useHrefWith, type ParamChanges } from './use-href-with'
import { fill } from '../i18n/fill'

export function SortHeader({
  column,
  label,
  children,
  current,
  params,
  firstDir = 'asc',
  anchor,
  texts,
  className,
  title,
}: {
  column: string
  label: string
  children?: ReactNode
  current: { key: string; dir: 'asc' | 'desc' }
  /** The query parameter names of this table's sort (and page, reset on a new order). */
  params: { sort: string; dir: string; page?: string }
  firstDir?: 'asc' | 'desc'
  anchor: string
  texts: { sortBy: string; ascending: string; descending: string }
  className?: string
  title?: string
}) {
  const hrefWith = useHrefWith()
  const active = current.key === column
  const next = active ? (current.dir === 'asc' ? 'desc' : 'asc') : firstDir
  const changes: ParamChanges = { [params.sort]: column, [params.dir]: next }
  if (params.page) changes[params.page] = null
  return (
    <th
      scope="col"
      className={className}
      title={title}
      aria-sort={active ? (current.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <Link
        to={hrefWith(changes, undefined, `#${anchor}`)}
        preventScrollReset
        className="sort-link"
        aria-label={`${fill(texts.sortBy, { column: label })} (${next === 'asc' ? texts.ascending : texts.descending})`}
      >
        {children ?? label}
        <span className="sort-link__arrow" aria-hidden="true">
          {active ? (current.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  )
}
