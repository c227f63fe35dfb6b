// Regions × indicators: each cell the value, an icon and the status word in its title (colour
// only repeats them), the numerator and denominator on hover and for screen readers. The first
// body row is the whole country. A real table: it is also the accessible alternative of the map.
// Optionally: each cell a link (the drill-down to the region's dashboard), and a compact form
// for large matrices: the status icon drawn by CSS from the cell's status class (overview.css),
// the status word in the link's accessible name, the counts in its tooltip — a third of the
// markup of the full cell.
import { Link } from '@remix-run/react'
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import type { MatrixRow } from '~/dashboards/standard-view.server'
import type { IndicatorCell } from '~/indicators/indicator-cell'
import type { IndicatorColumn } from '~/dashboards/panels.server'
import { statusThreshold } from '~/domain/indicator-status'
import { StatusIcon } from './status-badge'
import { IndicatorHeading, StatusTable } from './status-table'

export interface MatrixColumn {
  code: string
  label: string
  title: string
  normative: string | null
  /** The normative's kind and bounds: the header writes it in words, cells are judged by it. */
  normativeRef?: IndicatorColumn['normativeRef'] | null
  /** The key of the column's cells in `MatrixRow.cells` (default: `code`). */
  key?: string
}

function Cell({
  cell,
  noData,
  href,
  compact,
  normativeRef,
}: {
  cell: IndicatorCell | undefined
  noData: string
  href?: string
  compact?: boolean
  normativeRef?: MatrixColumn['normativeRef']
}) {
  const tr = useT()
  if (compact && (!cell || cell.value === null)) {
    return (
      <td className="matrix__cell matrix__cell--no_data" title={noData} aria-label={noData}>
        —
      </td>
    )
  }
  if (!cell || cell.value === null) {
    return (
      <td className="matrix__cell matrix__cell--no_data" data-status="no_data">
        <span className="matrix__value">—</span>
        <span className="visually-hidden">{noData}</span>
      </td>
    )
  }
  const status: IndicatorStatus = cell.status
  const threshold = statusThreshold(cell.target, normativeRef ?? null)
  const title = [
    tr.t(`status.${status}`),
    `${tr.number(cell.numerator)} / ${tr.number(cell.denominator)}`,
    cell.ciLow !== null && cell.ciHigh !== null
      ? `95\u00a0%: ${tr.percent(cell.ciLow, threshold)} – ${tr.percent(cell.ciHigh, threshold)}`
      : null,
    cell.lowCoverage ? tr.t('coverage.low') : null,
  ]
    .filter(Boolean)
    .join(' · ')
  if (compact) {
    const text = `${tr.percent(cell.value, threshold)}${cell.lowCoverage ? '*' : ''}`
    // The status word follows the visible value in the link's text (for screen readers), the
    // counts are its tooltip; the icon comes from the status class.
    return (
      <td className={`matrix__cell matrix__cell--${status}`} data-status={status}>
        {href ? (
          <a className="matrix__link" href={href} title={title}>
            {text}
            <span className="visually-hidden"> {tr.t(`status.${status}`)}</span>
          </a>
        ) : (
          <span className="matrix__link" title={title}>
            {text}
            <span className="visually-hidden"> {tr.t(`status.${status}`)}</span>
          </span>
        )}
      </td>
    )
  }
  const content = (
    <>
      <StatusIcon status={status} />
      <span className="matrix__value">{tr.percent(cell.value, threshold)}</span>
      {cell.lowCoverage && <span aria-hidden="true">*</span>}
      <span className="visually-hidden">{title}</span>
    </>
  )
  return (
    <td className={`matrix__cell matrix__cell--${status}`} data-status={status} title={title}>
      {href ? (
        <a className="matrix__link" href={href}>
          {content}
        </a>
      ) : (
        content
      )}
    </td>
  )
}

export function IndicatorMatrix({
  caption,
  columns,
  rows,
  regionHeader,
  noData,
  regionHref,
  cellHref,
  compact,
}: {
  caption: string
  columns: MatrixColumn[]
  rows: MatrixRow[]
  regionHeader: string
  noData: string
  regionHref: (code: string) => string
  /** Where a cell leads (row code null: the nation); undefined: not a link. */
  cellHref?: (rowCode: string | null, columnKey: string) => string | undefined
  /** Cells with CSS-drawn icons and the counts in the tooltip only (overview.css). */
  compact?: boolean
}) {
  return (
    <StatusTable
      caption={caption}
      className={compact ? 'matrix matrix--compact' : 'matrix'}
      head={
        <>
          <th scope="col">{regionHeader}</th>
          {columns.map((c) => (
            <th key={c.key ?? c.code} scope="col" title={c.title}>
              <IndicatorHeading
                code={c.code}
                label={c.label}
                normativeRef={c.normativeRef ?? null}
                printed={c.normative}
              />
            </th>
          ))}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.code ?? 'nation'} className={row.code ? undefined : 'matrix__nation'}>
          <th scope="row">
            {row.code ? <Link to={regionHref(row.code)}>{row.name}</Link> : row.name}
          </th>
          {columns.map((c) => {
            const key = c.key ?? c.code
            return (
              <Cell
                key={key}
                cell={row.cells[key]}
                noData={noData}
                href={cellHref?.(row.code, key)}
                compact={compact}
                normativeRef={c.normativeRef}
              />
            )
          })}
        </tr>
      ))}
    </StatusTable>
  )
}
