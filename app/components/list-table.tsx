// A list shown as a table: its column headers and rows in the page's scrolling box, or one
// sentence where the list is empty. Numeric columns are right-aligned (header and cells).
import type { ReactNode } from 'react'

export interface ListColumn {
  label: ReactNode
  numeric?: boolean
}

export function ListTable({
  columns,
  empty,
  className,
  caption,
  srCaption,
  children,
}: {
  columns: ListColumn[]
  /** The sentence shown instead of the table; omit where the table is shown even when empty. */
  empty?: { when: boolean; text: ReactNode }
  className?: string
  /** The table's caption, shown above it. */
  caption?: ReactNode
  /** A caption for screen readers only. */
  srCaption?: string
  /** The body rows. */
  children: ReactNode
}) {
  if (empty?.when) return <p className="empty">{empty.text}</p>
  return (
    <div className="table-wrap">
      <table className={className}>
        {caption && <caption>{caption}</caption>}
        {srCaption && <caption className="visually-hidden">{srCaption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
