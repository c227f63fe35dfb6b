// Data freshness as the pages show it (decision 0028): the "data through DATE" line every
// dashboard and report carries, and the stale mark of an office — an icon and the word, never
// colour alone.
import { useT } from '~/i18n/use-t'
import { ICON_STROKE, iconSvgProps } from './icon-svg'

/** "Data through 30.11.2026": the latest record date of the scope in view (null: none yet). */
export function DataThrough({ date }: { date: string | null }) {
  const tr = useT()
  return (
    <p className="data-through">
      {date === null
        ? tr.t('freshness.dataThroughNone')
        : tr.t('freshness.dataThrough', { date: tr.date(date) })}
    </p>
  )
}

/** A clock with a slash: the office has stopped sending cases. */
export function StaleIcon() {
  return (
    <svg {...iconSvgProps('stale-mark__icon')}>
      <circle cx="8" cy="8" r="6.8" {...ICON_STROKE} />
      <path d="M8 4.4V8l2.3 1.6" {...ICON_STROKE} />
      <path d="M2.5 2.5l11 11" {...ICON_STROKE} />
    </svg>
  )
}

/** "⊘ Stale", with the rule in its title. */
export function StaleMark({ days }: { days: number }) {
  const tr = useT()
  return (
    <span className="stale-mark" title={tr.t('freshness.staleTitle', { days })}>
      <StaleIcon /> {tr.t('freshness.stale')}
    </span>
  )
}
