// How one indicator number is written on the dashboards: the value as a link to what it is made of
// (or "no data"), the status as an icon and a word, the normative value in words.
import { Link } from '@remix-run/react'
import { statusThreshold, type IndicatorStatus } from '~/domain/indicator-status'
import type { Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import type { IndicatorColumn } from '~/dashboards/panels.server'
import type { IndicatorCell } from '~/indicators/indicator-cell'

export function normativeText(tr: Translator, ref: IndicatorColumn['normativeRef']): string | null {
  if (!ref) return null
  const n = (v: number | null) => tr.reference(v ?? 0)
  switch (ref.kind) {
    case 'min':
      return tr.t('normative.min', { value: n(ref.low) })
    case 'max':
      return tr.t('normative.max', { value: n(ref.high) })
    case 'band':
      return tr.t('normative.band', { low: n(ref.low), high: n(ref.high) })
  }
}

/** Under a column's header: the normative, labelled and in words ("норматив не менее 100,0 %"). */
export function NormativeLabel({
  normativeRef,
  printed = null,
}: {
  normativeRef: IndicatorColumn['normativeRef'] | null
  printed?: string | null
}) {
  const tr = useT()
  const value = normativeText(tr, normativeRef) ?? printed
  if (!value) return null
  return <span className="matrix__normative">{tr.t('matrix.normative', { value })}</span>
}

/** "87 of 99" with the locale's numbers. */
export function countsText(tr: Translator, cell: { numerator: number; denominator: number }) {
  return tr.t('region.common.counts', {
    numerator: tr.number(cell.numerator),
    denominator: tr.number(cell.denominator),
  })
}

/**
 * A table cell: the status icon (drawn by CSS from the cell's status class: region-dashboard.css),
 * the value as a link to its drill-down with the status word for screen readers, and on hover the
 * counts and the interval.
 */
export function ValueCell({
  cell,
  href,
  normativeRef = null,
}: {
  cell: IndicatorCell | undefined
  href: string
  /** The column's normative: with the cell's target, what decides its decimals. */
  normativeRef?: IndicatorColumn['normativeRef'] | null
}) {
  const tr = useT()
  // No data: a dash, not a link (and never 0 %).
  if (!cell || cell.value === null) {
    return (
      <td className="value-cell value-cell--no_data" data-status="no_data">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{tr.t('region.common.noData')}</span>
      </td>
    )
  }
  const status: IndicatorStatus = cell.status
  const threshold = statusThreshold(cell.target, normativeRef)
  const details = [
    tr.t(`status.${status}`),
    countsText(tr, cell),
    cell.ciLow !== null && cell.ciHigh !== null
      ? `95\u00a0%: ${tr.percent(cell.ciLow, threshold)} – ${tr.percent(cell.ciHigh, threshold)}`
      : null,
    cell.lowCoverage ? tr.t('region.common.lowCoverage') : null,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <td className={`value-cell value-cell--${status}`} data-status={status} title={details}>
      <Link to={href} className="value-cell__link">
        {tr.percent(cell.value, threshold)}
        <span className="visually-hidden"> ({tr.t(`status.${status}`)})</span>
      </Link>
      {cell.lowCoverage && <span aria-hidden="true">*</span>}
    </td>
  )
}

/** The 95 % confidence interval as one fact of a card or of the drill-down; none without one. */
export function IntervalFact({
  low,
  high,
  threshold,
}: {
  low: number | null
  high: number | null
  /** The target or normative bound that decides the status (decimals, decision 0029). */
  threshold?: number | null
}) {
  const tr = useT()
  if (low === null || high === null) return null
  return (
    <div>
      <dt>{tr.t('region.common.interval')}</dt>
      <dd>
        {tr.t('region.common.intervalValue', {
          low: tr.percent(low, threshold),
          high: tr.percent(high, threshold),
        })}
      </dd>
    </div>
  )
}

/** The normative and the target in force as two facts of a card or of the drill-down. */
export function ReferenceFacts({
  normative,
  target,
}: {
  /** The normative in words (normativeText), null when the indicator has none. */
  normative: string | null
  target: number | null
}) {
  const tr = useT()
  return (
    <>
      <div>
        <dt>{tr.t('region.common.normative')}</dt>
        <dd>{normative ?? tr.t('region.common.none')}</dd>
      </div>
      <div>
        <dt>{tr.t('region.common.target')}</dt>
        <dd>{target === null ? tr.t('region.common.none') : tr.reference(target)}</dd>
      </div>
    </>
  )
}
