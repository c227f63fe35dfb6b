// An indicator's status as every page shows it: an icon and the word, in the user's language —
// never colour alone (the colour only repeats what the icon and the text say). Also the flag of a
// result whose coverage is low (under half of the offices serving contributed data).
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import { ICON_STROKE, iconSvgProps } from './icon-svg'

export const STATUSES: readonly IndicatorStatus[] = [
  'meets',
  'fails',
  'inconclusive',
  'insufficient_data',
  'no_data',
  'no_reference',
]

/** A white line drawing in a filled circle: the icons of the two verdicts, met and failed. */
function InFilledCircle({ path }: { path: string }) {
  return (
    <svg {...iconSvgProps('status-badge__icon')}>
      <circle cx="8" cy="8" r="7.5" fill="currentColor" />
      <path d={path} {...ICON_STROKE} stroke="#fff" strokeWidth={2} />
    </svg>
  )
}

// 16×16 line icons; each status has its own shape so that it reads in grey print too.
export function StatusIcon({ status }: { status: IndicatorStatus }) {
  const common = iconSvgProps('status-badge__icon')
  const stroke = ICON_STROKE
  switch (status) {
    case 'meets': // a tick in a filled circle
      return <InFilledCircle path="M4.5 8.3l2.3 2.3 4.7-5" />
    case 'fails': // a cross in a filled circle
      return <InFilledCircle path="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" />
    case 'inconclusive': // a question mark in a ring: the miss may be sampling noise
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.55.25-.8.6-.8 1.2v.3" {...stroke} />
          <circle cx="8" cy="11.6" r="0.95" fill="currentColor" />
        </svg>
      )
    case 'insufficient_data': // a half-filled ring: too few answers
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M8 1.2a6.8 6.8 0 0 0 0 13.6z" fill="currentColor" />
        </svg>
      )
    case 'no_data': // an empty ring with a dash: nothing measured
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} strokeDasharray="2.4 1.9" />
          <path d="M5 8h6" {...stroke} />
        </svg>
      )
    case 'no_reference': // a ring struck through: nothing to compare with
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" {...stroke} />
          <path d="M3.2 12.8l9.6-9.6" {...stroke} />
        </svg>
      )
  }
}

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useT()
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      <StatusIcon status={status} />
      <span className="status-badge__text">{t(`status.${status}`)}</span>
    </span>
  )
}

/**
 * What the status icons of a table mean: each icon with its word, and the asterisk of low
 * coverage — under every web table that marks its cells with status icons (the PDF has its own).
 */
export function StatusLegend({ statuses = STATUSES }: { statuses?: readonly IndicatorStatus[] }) {
  const { t } = useT()
  return (
    <div className="status-legend" data-status-legend="">
      <span className="status-legend__title">{t('map.legend')}:</span>
      <ul>
        {statuses.map((s) => (
          <li key={s} className={`status-badge status-badge--${s}`} data-status={s}>
            <StatusIcon status={s} />
            <span className="status-badge__text">{t(`status.${s}`)}</span>
          </li>
        ))}
        <li className="status-legend__coverage">* {t('coverage.low')}</li>
      </ul>
    </div>
  )
}

/** The "low coverage" flag; with counts, says how many offices contributed of how many. */
export function CoverageFlag({ counts }: { counts?: { contributing: number; serving: number } }) {
  const tr = useT()
  const label = tr.t('coverage.low')
  return (
    <span className="coverage-flag" title={label}>
      <svg className="status-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5l7 12.5H1z" fill="currentColor" />
        <path d="M8 6v3.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        <circle cx="8" cy="11.8" r="1" fill="#fff" />
      </svg>
      <span>
        {label}
        {counts && (
          <span className="coverage-flag__counts">
            {' '}
            (
            {tr.t('coverage.counts', {
              contributing: tr.number(counts.contributing),
              serving: tr.number(counts.serving),
            })}
            )
          </span>
        )}
      </span>
    </span>
  )
}
