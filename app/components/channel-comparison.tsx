// The indicators of each channel side by side (Public Service Center, land-relations body, local
// executive body — those the standard offers), with the difference in percentage points when
// there are two (computed on the server).
import { formatSignedPoints } from '~/i18n/format'
import { drillHref, type DrillTarget } from '~/dashboards/drill-links'
import { useT } from '~/i18n/use-t'
import type { IndicatorColumn } from '~/dashboards/panels.server'
import type { IndicatorCell } from '~/indicators/indicator-cell'
import { ValueCell } from './indicator-value'
import { StatusTable } from './status-table'

export function ChannelComparison({
  caption,
  channels,
  rows,
  drill,
}: {
  drill: { standard: string; target: DrillTarget }
  caption: string
  channels: { code: NonNullable<DrillTarget['channel']>; name: string }[]
  rows: (IndicatorColumn & { cells: Record<string, IndicatorCell>; difference: number | null })[]
}) {
  const tr = useT()
  // The server orders the Public Service Center first; with two channels, their difference.
  const ordered = channels
  const pair = ordered.length === 2 ? ordered : null
  return (
    <StatusTable
      caption={caption}
      className="data-table channel-table"
      head={
        <>
          <th scope="col">{tr.t('region.common.indicator')}</th>
          {ordered.map((ch) => (
            <th key={ch.code} scope="col">
              {ch.name}
            </th>
          ))}
          {pair && (
            <th scope="col">
              {tr.t('region.regionDashboard.difference', { channel: pair[1]!.name })},{' '}
              {tr.t('region.common.points')}
            </th>
          )}
        </>
      }
    >
      {rows.map((row) => {
        const difference = row.difference
        return (
          <tr key={row.code}>
            <th scope="row" title={row.name}>
              <span className="matrix__code">{row.code}</span> {row.shortName}
            </th>
            {ordered.map((ch) => (
              <ValueCell
                key={ch.code}
                cell={row.cells[ch.code]}
                href={drillHref(drill.standard, row.code, {
                  ...drill.target,
                  channel: ch.code,
                })}
                normativeRef={row.normativeRef}
              />
            ))}
            {pair && (
              <td className="num">
                {difference === null ? '—' : formatSignedPoints(tr.lang, difference)}
              </td>
            )}
          </tr>
        )
      })}
    </StatusTable>
  )
}
