// The overview's "where the year is heading": how many indicators are at risk of missing their
// target or projected to miss it, each named with its projection line (decision 0026).
import { Link } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import { ProjectionLine, type ProjectionLineValue } from './projection-line'

export interface ProjectionSummaryValue {
  atRisk: number
  offTrack: number
  judged: number
  flagged: {
    key: string
    code: string
    name: string
    standard: string
    projection: ProjectionLineValue
  }[]
}

export function ProjectionSummary({
  summary,
  year,
}: {
  summary: ProjectionSummaryValue | null
  year: number
}) {
  const tr = useT()
  if (!summary || summary.judged === 0) return null
  return (
    <section aria-labelledby="projection-title" className="projection-summary">
      <h2 id="projection-title">{tr.t('projection.summaryTitle', { year })}</h2>
      {summary.atRisk + summary.offTrack === 0 ? (
        <p>{tr.t('projection.allOnTrack')}</p>
      ) : (
        <p>
          {summary.atRisk > 0 && <strong>{tr.plural('projection.atRisk', summary.atRisk)}</strong>}
          {summary.atRisk > 0 && summary.offTrack > 0 && '; '}
          {summary.offTrack > 0 && (
            <strong>{tr.plural('projection.offTrack', summary.offTrack)}</strong>
          )}
        </p>
      )}
      {summary.flagged.length > 0 && (
        <ul className="projection-summary__list">
          {summary.flagged.map((item) => (
            <li key={item.key}>
              {item.code} {item.name} <span className="card__meta">({item.standard})</span>
              <ProjectionLine projection={item.projection} />
            </li>
          ))}
        </ul>
      )}
      <p className="card__meta">
        {tr.t('projection.method')} <Link to="/methodology">{tr.t('nav.methodology')} →</Link>
      </p>
    </section>
  )
}
