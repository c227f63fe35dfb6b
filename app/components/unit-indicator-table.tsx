// Districts or offices × indicators, sortable by name or by any indicator (through the URL); each
// value opens its drill-down, each office its own view.
import { Link } from '@remix-run/react'
import { drillHref } from '~/dashboards/drill-links'
import type { IndicatorColumn } from '~/dashboards/panels.server'
import type { UnitRow, UnitSort } from '~/dashboards/region-dashboard.server'
import { StaleMark } from './data-freshness'
import { ValueCell } from './indicator-value'
import { SortHeader } from './sort-header'
import { IndicatorHeading, StatusTable } from './status-table'

export function UnitIndicatorTable({
  id,
  caption,
  unitLabel,
  columns,
  rows,
  standard,
  sort,
  params,
  staleAfterDays,
}: {
  id: string
  caption: string
  unitLabel: string
  columns: IndicatorColumn[]
  rows: UnitRow[]
  standard: string
  sort: UnitSort
  params: { sort: string; dir: string }
  /** The stale threshold, when some rows are marked stale (decision 0028). */
  staleAfterDays?: number
}) {
  return (
    <StatusTable
      caption={caption}
      className="data-table unit-table"
      head={
        <>
          <SortHeader column="name" label={unitLabel} current={sort} params={params} anchor={id} />
          {columns.map((col) => (
            <SortHeader
              key={col.code}
              column={col.code}
              label={`${col.code} ${col.shortName}`}
              current={sort}
              params={params}
              firstDir={col.direction === 'lower_is_better' ? 'asc' : 'desc'}
              anchor={id}
              title={col.name}
            >
              <IndicatorHeading
                code={col.code}
                label={col.shortName}
                normativeRef={col.normativeRef}
                printed={col.normative}
              />
            </SortHeader>
          ))}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.code ?? 'region-level'}>
          <th scope="row">
            {row.href ? <Link to={row.href}>{row.name}</Link> : row.name}
            {row.code && <span className="cell-note code">{row.code}</span>}
            {row.stale && staleAfterDays !== undefined && (
              <span className="cell-note">
                <StaleMark days={staleAfterDays} />
              </span>
            )}
          </th>
          {columns.map((col) => (
            <ValueCell
              key={col.code}
              cell={row.cells[col.code]}
              href={drillHref(standard, col.code, row.target)}
              normativeRef={col.normativeRef}
            />
          ))}
        </tr>
      ))}
    </StatusTable>
  )
}
