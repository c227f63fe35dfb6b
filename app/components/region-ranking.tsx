// Regions ranked by one indicator, best first (direction-aware), as an ordered list with a bar
// whose length is the value — the number and the status word are always written out.
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import { StatusIcon } from './status-badge'

export interface RankedRegion {
  code: string
  name: string
  value: number | null
  status: IndicatorStatus | null
}

export function RegionRanking({
  regions,
  href,
}: {
  regions: RankedRegion[]
  href: (code: string) => string
}) {
  const tr = useT()
  return (
    <ol className="ranking">
      {regions.map((r) => {
        const status = r.status ?? 'no_data'
        return (
          <li key={r.code} className={`ranking__item ranking__item--${status}`}>
            <a href={href(r.code)} className="ranking__name">
              {r.name}
            </a>
            <span className="ranking__bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(100, r.value ?? 0))}%` }} />
            </span>
            <span className="ranking__value">
              <StatusIcon status={status} />
              {r.value === null ? tr.t('status.no_data') : tr.percent(r.value)}
              <span className="visually-hidden"> — {tr.t(`status.${status}`)}</span>
            </span>
          </li>
        )
      })}
    </ol>
  )
}
