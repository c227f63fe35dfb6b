// The overview's headline cards: each figure with what it is made of (numerator and
// denominator, or the rate) and its change from the same period of the previous year, written
// out with an arrow and a sign — never by colour alone; the target or normative of each
// indicator behind it with its status (icon and word); the last 24 months as a sparkline. A card
// can lead to its drill-down. Each part is its own small component, so that a card can take
// more (e.g. a year-end projection) without touching the others.
import type { ReactNode } from 'react'
import type { HeadlineFigure } from '~/domain/headline'
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import { normativeText } from './indicator-value'
import { Sparkline, type SparklinePoint } from './sparkline'
import { STATUSES, StatusBadge } from './status-badge'

/** One indicator behind a card: its reference and the engine's status. */
export interface JudgedIndicator {
  standard: string
  code: string
  normative: string | null
  /** The normative's kind and bounds, to write it in words ("не менее 100,0 %"). */
  normativeRef?: Parameters<typeof normativeText>[1]
  target: number | null
  status: IndicatorStatus
}

/**
 * Target (when approved) or normative, and the status, of each indicator behind the card. With
 * several standards in view: how many of them have each status, the list folded under it.
 */
export function CardReferences({ judged }: { judged: JudgedIndicator[] }) {
  const tr = useT()
  if (judged.length === 0) return null
  const reference = (j: JudgedIndicator) =>
    j.target !== null
      ? `${tr.t('card.target')}\u00a0${tr.reference(j.target)}`
      : j.normative !== null
        ? `${tr.t('card.normative')}\u00a0${normativeText(tr, j.normativeRef ?? null) ?? j.normative}`
        : tr.t('status.no_reference')
  if (judged.length === 1) {
    const j = judged[0]!
    return (
      <p className="headline-card__references">
        <span className="headline-card__reference">{reference(j)}</span>{' '}
        <StatusBadge status={j.status} />
      </p>
    )
  }
  const counts = STATUSES.map((s) => [s, judged.filter((j) => j.status === s).length] as const)
  return (
    <div className="headline-card__references">
      <p>
        {counts
          .filter(([, n]) => n > 0)
          .map(([s, n]) => (
            <span key={s} className="headline-card__count">
              <StatusBadge status={s} /> {tr.number(n)}
            </span>
          ))}
      </p>
      <details>
        <summary>{tr.t('card.byStandard', { count: tr.number(judged.length) })}</summary>
        <ul>
          {judged.map((j) => (
            <li key={`${j.standard}:${j.code}`}>
              <span className="headline-card__standard">{j.standard}: </span>
              <span className="headline-card__reference">{reference(j)}</span>{' '}
              <StatusBadge status={j.status} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}

/** The card's value over the last 24 months, with the single reference line when there is one. */
export function CardTrend({
  points,
  months,
  label,
  unit,
  line,
}: {
  points: SparklinePoint[]
  months: readonly string[]
  label: string
  unit: 'percent' | 'count'
  line: number | null
}) {
  const tr = useT()
  if (points.length === 0) return null
  return (
    <div className="headline-card__trend">
      <p className="card__meta">{tr.t('card.trend')}</p>
      <Sparkline
        points={points}
        lines={line === null ? [] : [line]}
        label={label}
        monthNames={months}
        unit={unit}
      />
    </div>
  )
}

export interface CardTexts {
  label: string
  /** What the value is made of, already filled in. */
  detail: string
  /** "compared with …" or "no data for … to compare with". */
  comparison: string
  points: string
  noData: string
  link: { href: string; text: string } | null
}

export function HeadlineCard({
  figure,
  texts,
  threshold = null,
  children,
}: {
  figure: HeadlineFigure
  texts: CardTexts
  /** What the figure's status is decided against (one indicator behind it), for its decimals. */
  threshold?: number | null
  /** More parts under the change line: references and status, the trend, … */
  children?: ReactNode
}) {
  const tr = useT()
  const format = (v: number) =>
    figure.unit === 'percent' ? tr.percent(v, threshold) : tr.number(v)
  const change = figure.change
  return (
    <article className="headline-card" data-card={figure.key}>
      <h3 className="headline-card__label">{texts.label}</h3>
      <p className="headline-card__value">
        {figure.value === null ? (
          <span className="no-data">{texts.noData}</span>
        ) : (
          format(figure.value)
        )}
      </p>
      {figure.value !== null && <p className="headline-card__detail">{texts.detail}</p>}
      <p className="headline-card__change">
        {change !== null && (
          <>
            <span className="headline-card__delta">
              <span aria-hidden="true">{change > 0 ? '▲' : change < 0 ? '▼' : '='}</span>{' '}
              {figure.unit === 'percent'
                ? tr.points(change)
                : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${tr.number(Math.abs(change))}`}
            </span>{' '}
          </>
        )}
        <span className="headline-card__comparison">
          {texts.comparison}
          {figure.previous !== null && change !== null && <>: {format(figure.previous)}</>}
        </span>
      </p>
      {children}
      {texts.link && (
        <p className="headline-card__link">
          <a href={texts.link.href}>{texts.link.text} →</a>
        </p>
      )}
    </article>
  )
}
