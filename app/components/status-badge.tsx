// An indicator's status as every page shows it: an icon and the word, in the user's language —
// never colour alone (the colour only repeats what the icon and the text say). Also the flag of a
// result whose coverage is low (under half of the offices serving contributed data).
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'

export const STATUSES: readonly IndicatorStatus[] = [
  'meets',
  'fails',
  'inconclusive',
  'insufficient_data',
  'no_data',
  'no_reference',
]

/**
 * 16×16 icons; each status has its own shape so that it reads in grey print too: a tick or a
 * cross cut out of a filled circle (met, failed), a question mark in a ring (inconclusive: the
 * miss may be sampling noise), a half-filled ring (too few answers), a dashed ring with a dash
 * (nothing measured), a ring struck through (nothing to compare with). One element drawn by the
 * stylesheet (app.css, .status-icon: the shape as a mask over the text's colour) rather than an
 * inline SVG of three or four: a page shows dozens of them, and the national overview's render
 * spent a tenth of its time on their markup.
 */
export function StatusIcon({ status }: { status: IndicatorStatus }) {
  return <span className={`status-badge__icon status-icon status-icon--${status}`} aria-hidden />
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
