// The twelve months of each indicator as a Recharts line chart with the target and the normative
// value as reference lines. Recharts 3 draws only in the browser: the server sends an empty frame
// of the same size, and the monthly table (MonthlyTable) carries the same numbers for everyone.
import { statusThreshold } from '~/domain/indicator-status'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useT } from '~/i18n/use-t'
import type { IndicatorCard } from '~/dashboards/panels.server'
import { ClientOnly } from './client-only'
import { sparklineRange } from './sparkline'

const HEIGHT = 170

function chartDomain(card: IndicatorCard): [number, number] {
  const values = card.series.map((m) => m.value).filter((v): v is number => v !== null)
  const lines = [...(card.cell.target !== null ? [card.cell.target] : []), ...card.normativeLines]
  const [low, high] = sparklineRange(values, lines)
  // Round to multiples of 5 so that the axis ticks are round numbers.
  return [Math.max(0, Math.floor((low - 1) / 5) * 5), Math.min(100, Math.ceil((high + 1) / 5) * 5)]
}

/** Round ticks over the domain: a step of 1, 2, 5, 10, 20 or 25 points, at most six ticks. */
export function chartTicks([low, high]: [number, number]): number[] {
  const step = [1, 2, 5, 10, 20, 25].find((s) => (high - low) / s <= 5) ?? 50
  const ticks: number[] = []
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) ticks.push(t)
  return ticks
}

function TrendChart({ card }: { card: IndicatorCard }) {
  const tr = useT()
  const data = card.series.map((m, i) => ({
    month: tr.texts('region.common.months')[i],
    value: m.value,
  }))
  const domain = chartDomain(card)
  const label = (value: string, position: 'insideTopLeft' | 'insideBottomRight') => ({
    value,
    position,
    fontSize: 10,
    fill: '#55606e',
  })
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={data} margin={{ top: 10, right: 10, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e3e7ec" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis
          domain={domain}
          ticks={chartTicks(domain)}
          tick={{ fontSize: 11 }}
          width={36}
          tickFormatter={(v: number) => tr.number(v, 0)}
          allowDecimals={false}
        />
        <Tooltip
          formatter={(v) =>
            typeof v === 'number'
              ? tr.percent(v, statusThreshold(card.cell.target, card.normativeRef))
              : tr.t('region.common.noData')
          }
        />
        {card.cell.target !== null && (
          <ReferenceLine
            y={card.cell.target}
            stroke="#6e4a00"
            strokeDasharray="5 3"
            label={label(tr.t('region.common.target'), 'insideBottomRight')}
          />
        )}
        {card.normativeLines.map((value, i) => (
          <ReferenceLine
            key={value}
            y={value}
            stroke="#55606e"
            strokeDasharray="2 2"
            label={i === 0 ? label(tr.t('region.common.normative'), 'insideTopLeft') : undefined}
          />
        ))}
        <Line
          type="linear"
          dataKey="value"
          name={tr.t('region.common.value')}
          stroke="#0b3a66"
          strokeWidth={2}
          dot={{ r: 2.5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  )
}

export function TrendCharts({ cards, tableId }: { cards: IndicatorCard[]; tableId: string }) {
  const tr = useT()
  return (
    <div className="trend-charts" aria-describedby={tableId}>
      {cards.map((card) => (
        <figure key={card.code} className="trend-chart" data-indicator={card.code}>
          <figcaption title={card.name}>
            <span className="matrix__code">{card.code}</span> {card.shortName}
          </figcaption>
          {card.series.every((m) => m.value === null) ? (
            // Nothing to draw: say so rather than show empty axes.
            <p className="trend-chart__empty" style={{ height: HEIGHT }}>
              {tr.t('region.common.noData')}
            </p>
          ) : (
            <ClientOnly
              fallback={<div className="trend-chart__frame" style={{ height: HEIGHT }} />}
            >
              {() => <TrendChart card={card} />}
            </ClientOnly>
          )}
        </figure>
      ))}
    </div>
  )
}
