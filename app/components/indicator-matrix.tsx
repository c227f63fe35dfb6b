// Regions × indicators: each cell the value, an icon and the status word in its title (colour
// only repeats them), the numerator and denominator on hover and for screen readers. The first
// body row is the whole country. A real table: it is also the accessible alternative of the map.
import { Link } from '@remix-run/react'
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import type { MatrixCell, MatrixRow } from '~/standard-view.server'
import { StatusIcon } from './status-badge'

export interface MatrixColumn {
  code: string
  label: string
  title: string
  normative: string | null
}

function Cell({ cell, noData }: { cell: MatrixCell | undefined; noData: string }) {
  const tr = useT()
  if (!cell || cell.value === null) {
    return (
      <td className="matrix__cell matrix__cell--no_data" data-status="no_data">
        <span className="matrix__value">—</span>
        <span className="visually-hidden">{noData}</span>
      </td>
    )
  }
  const status: IndicatorStatus = cell.status
  const title = [
    tr.t(`status.${status}`),
    `${tr.number(cell.numerator)} / ${tr.number(cell.denominator)}`,
    cell.ciLow !== null && cell.ciHigh !== null
      ? `95 %: ${tr.percent(cell.ciLow)} – ${tr.percent(cell.ciHigh)}`
      : null,
    cell.lowCoverage ? tr.t('coverage.low') : null,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <td className={`matrix__cell matrix__cell--${status}`} data-status={status} title={title}>
      <StatusIcon status={status} />
      <span className="matrix__value">{tr.percent(cell.value)}</span>
      {cell.lowCoverage && <span aria-hidden="true">*</span>}
      <span className="visually-hidden">{title}</span>
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
}: {
  caption: string
  columns: MatrixColumn[]
  rows: MatrixRow[]
  regionHeader: string
  noData: string
  regionHref: (code: string) => string
}) {
  return (
    <div className="table-scroll">
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{regionHeader}</th>
            {columns.map((c) => (
              <th key={c.code} scope="col" title={c.title}>
                <span className="matrix__code">{c.code}</span>
                <span className="matrix__label">{c.label}</span>
                {c.normative && <span className="matrix__normative">{c.normative}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code ?? 'nation'} className={row.code ? undefined : 'matrix__nation'}>
              <th scope="row">
                {row.code ? <Link to={regionHref(row.code)}>{row.name}</Link> : row.name}
              </th>
              {columns.map((c) => (
                <Cell key={c.code} cell={row.cells[c.code]} noData={noData} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
