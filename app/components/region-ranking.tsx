// Regions ranked by one indicator, best first (direction-aware): bars on an axis zoomed to the
// data (app/domain/ranking-axis.ts) with the target or normative drawn as a line, every row on
// one shared grid so that the bars line up whatever the number of decimals; the number, the
// status icon and word are always written out. Under it, the same ranking as a table.
import {
  axisPosition,
  rankingAxis,
  referenceLine,
  type RankingReference,
} from '~/domain/ranking-axis'
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import { StatusBadge, StatusIcon } from './status-badge'
import { TableScroll } from './table-scroll'

export interface RankedRegion {
  code: string
  name: string
  value: number | null
  status: IndicatorStatus | null
}

export function RegionRanking({
  regions,
  href,
  reference,
}: {
  regions: RankedRegion[]
  href: (code: string) => string
  reference: RankingReference | null
}) {
  const tr = useT()
  const axis = rankingAxis(
    regions.map((r) => r.value),
    reference?.value ?? null,
  )
  const line = referenceLine(reference?.value ?? null, axis)
  const referenceText = !reference
    ? ''
    : reference.kind === 'target'
      ? tr.t('ranking.target', { value: tr.reference(reference.value) })
      : tr.t('ranking.normative', { value: tr.reference(reference.value) })
  let rank = 0
  const ranked = regions.map((r) => ({ ...r, rank: r.value === null ? null : ++rank }))
  return (
    <>
      <p className="card__meta ranking__axis">
        {tr.t('ranking.axis', { low: tr.percent(axis.low), high: tr.percent(axis.high) })}
        {reference && line !== null && (
          <>. {tr.t('ranking.reference', { reference: referenceText })}</>
        )}
      </p>
      <ol className="ranking">
        {ranked.map((r) => {
          const status = r.status ?? 'no_data'
          return (
            <li
              key={r.code}
              className={`ranking__item ranking__item--${status}`}
              data-status={status}
            >
              <span className="ranking__rank" aria-hidden="true">
                {r.rank ?? ''}
              </span>
              <a href={href(r.code)} className="ranking__name">
                {r.name}
              </a>
              <span className="ranking__bar" aria-hidden="true">
                {r.value !== null && (
                  <span
                    className="ranking__fill"
                    style={{ width: `${axisPosition(r.value, axis).toFixed(2)}%` }}
                  />
                )}
                {line !== null && (
                  <span className="ranking__line" style={{ left: `${line.toFixed(2)}%` }} />
                )}
              </span>
              <span className="ranking__value">
                <StatusIcon status={status} />
                {r.value === null ? tr.t('status.no_data') : tr.percent(r.value, reference?.value)}
                <span className="visually-hidden"> — {tr.t(`status.${status}`)}</span>
              </span>
            </li>
          )
        })}
      </ol>
      <details className="ranking__table">
        <summary>{tr.t('ranking.tableTitle')}</summary>
        <TableScroll label={tr.t('ranking.tableTitle')}>
          <table className="ranking-table">
            <thead>
              <tr>
                <th scope="col">{tr.t('ranking.col.rank')}</th>
                <th scope="col">{tr.t('ranking.col.region')}</th>
                <th scope="col">{tr.t('ranking.col.value')}</th>
                <th scope="col">{tr.t('ranking.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => (
                <tr key={r.code}>
                  <td>{r.rank ?? '—'}</td>
                  <th scope="row">
                    <a href={href(r.code)}>{r.name}</a>
                  </th>
                  <td className="matrix__cell">
                    {r.value === null ? '—' : tr.percent(r.value, reference?.value)}
                  </td>
                  <td>
                    <StatusBadge status={r.status ?? 'no_data'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  )
}
