// A column header that sorts its table through the URL (a link, so it works without JavaScript):
// the first click sorts in the column's natural order, the next one reverses it. The link's name
// starts with the visible label.
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useT } from '~/i18n/use-t'
import { useHrefWith, type ParamChanges } from './use-href-with'

export function SortHeader({
  column,
  label,
  children,
  current,
  params,
  firstDir = 'asc',
  anchor,
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
  className?: string
  title?: string
}) {
  const hrefWith = useHrefWith()
  const { t } = useT()
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
      >
        {/* The visible label comes first in the link's name (WCAG 2.5.3: a voice user says what
            they see); how the click sorts follows, for screen readers only. */}
        {children ?? label}
        <span className="visually-hidden">
          {' '}
          ({t(next === 'asc' ? 'layout.sortAscending' : 'layout.sortDescending')})
        </span>
        <span className="sort-link__arrow" aria-hidden="true">
          {active ? (current.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  )
}
