// The months × indicators table: the accessible, printable form of the trend charts, and the
// drill-down to any month.
import { useT } from '~/i18n/use-t'
import { drillHref, type DrillTarget } from '~/dashboards/drill-links'
import type { IndicatorCard } from '~/dashboards/panels.server'
import { ValueCell } from './indicator-value'
import { IndicatorHeading, StatusTable } from './status-table'

export function MonthlyTable({
  id,
  caption,
  cards,
  drill,
}: {
  id: string
  caption: string
  cards: IndicatorCard[]
  drill: { standard: string; target: DrillTarget }
}) {
  const tr = useT()
  return (
    <StatusTable
      caption={caption}
      className="data-table monthly-table"
      id={id}
      head={
        <>
          <th scope="col">{tr.t('region.common.month')}</th>
          {cards.map((card) => (
            <th key={card.code} scope="col" title={card.name}>
              <IndicatorHeading
                code={card.code}
                label={card.shortName}
                normativeRef={card.normativeRef}
                printed={card.normative}
              />
            </th>
          ))}
        </>
      }
    >
      {tr.texts('region.common.months').map((month, i) => (
        <tr key={month}>
          <th scope="row">{month}</th>
          {cards.map((card) => {
            const point = card.series[i]!
            return (
              <ValueCell
                key={card.code}
                cell={point}
                href={drillHref(drill.standard, card.code, { ...drill.target, month: i + 1 })}
                normativeRef={card.normativeRef}
              />
            )
          })}
        </tr>
      ))}
    </StatusTable>
  )
}
