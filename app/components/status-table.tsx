// The frame every table of status cells shares (the regions × indicators matrix, the districts and
// offices, the months, the channels): the caption, the head row and the body inside the scrolling
// frame, with the legend of the status icons under it; and the heading of an indicator's column.
import type { ReactNode } from 'react'
import type { IndicatorColumn } from '~/dashboards/panels.server'
import { NormativeLabel } from './indicator-value'
import { StatusLegend } from './status-badge'
import { TableScroll } from './table-scroll'

export function StatusTable({
  caption,
  className,
  id,
  head,
  children,
}: {
  caption: string
  className: string
  id?: string
  /** The cells of the head row. */
  head: ReactNode
  /** The body's rows. */
  children: ReactNode
}) {
  return (
    <>
      <TableScroll label={caption}>
        <table className={className} id={id}>
          <caption>{caption}</caption>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
      <StatusLegend />
    </>
  )
}

/** An indicator column's heading: its code, its short name and its normative. */
export function IndicatorHeading({
  code,
  label,
  normativeRef,
  printed,
}: {
  code: string
  label: string
  normativeRef: IndicatorColumn['normativeRef'] | null
  printed: string | null | undefined
}) {
  return (
    <>
      <span className="matrix__code">{code}</span>
      <span className="matrix__label">{label}</span>
      <NormativeLabel normativeRef={normativeRef} printed={printed} />
    </>
  )
}
