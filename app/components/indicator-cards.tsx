// A card per indicator: value (a link to its drill-down), status (icon and word), normative,
// target, 95 % interval for survey measures, the counts, the change from the same period of the
// previous year in percentage points, and the twelve months as a sparkline.
import { statusThreshold } from '~/domain/indicator-status'
import { Link } from '@remix-run/react'
import { drillHref, type DrillTarget } from '~/dashboards/drill-links'
import { useT } from '~/i18n/use-t'
import type { CardView } from '~/dashboards/panels.server'
import { countsText, IntervalFact, normativeText, ReferenceFacts } from './indicator-value'
import { ProjectionLine } from './projection-line'
import { Sparkline } from './sparkline'
import { CoverageFlag, StatusBadge } from './status-badge'

export function IndicatorCards({
  cards,
  drill,
  year,
}: {
  cards: CardView[]
  drill: { standard: string; target: DrillTarget }
  year: number
}) {
  const tr = useT()
  return (
    <ul className="indicator-cards" aria-label={tr.t('region.common.cardsTitle')}>
      {cards.map((card) => {
        const normative = normativeText(tr, card.normativeRef)
        const threshold = statusThreshold(card.cell.target, card.normativeRef)
        return (
          <li key={card.code} className={`card card--${card.cell.status} indicator-card`}>
            <h3 className="card__title" title={card.name}>
              <span className="matrix__code">{card.code}</span> {card.shortName}
            </h3>
            <p className="indicator-card__name">{card.name}</p>
            <p className="card__value">
              <Link
                to={drillHref(drill.standard, card.code, drill.target)}
                title={tr.t('region.common.drillTitle')}
              >
                {card.cell.value === null
                  ? tr.t('region.common.noData')
                  : tr.percent(card.cell.value, threshold)}
              </Link>
            </p>
            <StatusBadge status={card.cell.status} />
            <dl className="indicator-card__facts">
              <ReferenceFacts normative={normative} target={card.cell.target} />
              <IntervalFact low={card.cell.ciLow} high={card.cell.ciHigh} />
              <div>
                <dt>
                  {tr.t('region.common.numerator')} / {tr.t('region.common.denominator')}
                </dt>
                <dd>{countsText(tr, card.cell)}</dd>
              </div>
            </dl>
            <p className="card__change">
              {card.change === null ? (
                <>
                  {tr.t('region.common.change', { year: String(year - 1) })}:{' '}
                  {tr.t('region.common.noData')}
                </>
              ) : (
                <>
                  <span aria-hidden="true">
                    {card.change > 0 ? '▲' : card.change < 0 ? '▼' : '='}
                  </span>{' '}
                  <span className="visually-hidden">
                    {tr.t('region.common.change', { year: String(year - 1) })}:{' '}
                  </span>
                  {tr.points(card.change)}{' '}
                  <span className="card__meta">
                    (
                    {tr.t('region.common.previousYear', {
                      year: String(year - 1),
                      value: tr.percent(card.previous!, threshold),
                    })}
                    )
                  </span>
                </>
              )}
            </p>
            <ProjectionLine projection={card.projection} />
            <Sparkline
              points={card.series}
              lines={card.cell.target !== null ? [card.cell.target] : card.normativeLines}
              label={tr.t('region.common.sparkline', {
                indicator: `${card.code} ${card.shortName}`,
              })}
              monthNames={tr.texts('region.common.months')}
            />
            {card.cell.lowCoverage && card.cell.value !== null && (
              <CoverageFlag counts={card.cell} />
            )}
          </li>
        )
      })}
    </ul>
  )
}
