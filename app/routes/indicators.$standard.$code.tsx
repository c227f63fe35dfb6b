// /indicators/:standard/:code?year=&month=&region=&district=&office=&channel= — what one number
// is made of: the engine's value, numerator and denominator for that scope, period and channel,
// their definitions (docs/domain.md §3 in the Methodology page's words), and for a case measure the
// cases themselves (late ones first for 1.1), counted again from the cases table. The scope is
// authorised like the API's (404 outside it).
import { statusThreshold } from '~/domain/indicator-status'
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { CaseTable } from '~/components/case-table'
import { CodeText } from '~/components/code-text'
import { ExportLinks } from '~/components/export-links'
import { normativeText } from '~/components/indicator-value'
import { CoverageFlag, StatusBadge } from '~/components/status-badge'
import { useHrefWith } from '~/components/use-href-with'
import { drillDownRequest, found, withDashboardErrors } from '~/dashboards/page-request.server'
import { drillDown } from '~/dashboards/drill-down.server'
import { useT } from '~/i18n/use-t'
import dashboardCss from '~/styles/dashboard.css'
import regionCss from '~/styles/region-dashboard.css'
import { fill } from '~/i18n/fill'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardCss },
  { rel: 'stylesheet', href: regionCss },
]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.indicator.code} ${data.indicator.shortName} · ${data.scope.name} · ${data.year} — Sapa`
      : 'Sapa',
  },
]

export async function loader(args: LoaderFunctionArgs) {
  const { lang, params, query, access } = await drillDownRequest(args)
  return found(
    await withDashboardErrors(() =>
      drillDown(args.context.db, params, query, lang, new Date(), access),
    ),
  )
}

export default function DrillDownPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const hrefWith = useHrefWith()
  const texts = data.texts
  const c = texts.common
  const k = texts.drillDown
  const row = data.row
  const normative = normativeText(tr, data.indicator.normativeRef)
  const threshold = row ? statusThreshold(row.target, data.indicator.normativeRef) : null
  const exportPath = `/indicators/${data.indicator.standard}/${data.indicator.code}/export`
  const periodName =
    data.month === null ? String(data.year) : `${c.months[data.month - 1]} ${data.year}`
  // The cases are counted again from the cases table: they must give the indicator's numbers.
  const agrees =
    !data.cases ||
    (data.cases.counts.numerator === row?.numerator &&
      data.cases.counts.denominator === row?.denominator)
  const subsetLabel = (subset: 'rest' | 'numerator' | 'denominator') =>
    subset === 'rest'
      ? data.indicator.measure === 'on_time'
        ? k.subsets.restOnTime
        : k.subsets.rest
      : k.subsets[subset]
  return (
    <>
      {data.scope.back && (
        <p className="breadcrumb">
          <Link to={data.scope.back}>
            ← {k.back}: {data.scope.name}
          </Link>
        </p>
      )}
      <h1 className="drill-title">
        <span className="drill-title__code">{data.indicator.code}</span> {data.indicator.shortName}
      </h1>
      <p className="lead">{data.indicator.name}</p>
      <p className="note">{data.indicator.standardName}</p>

      <dl className="facts">
        <div>
          <dt>{k.scope}</dt>
          <dd>{data.scope.name}</dd>
        </div>
        <div>
          <dt>{k.period}</dt>
          <dd>{periodName}</dd>
        </div>
        <div>
          <dt>{c.channel}</dt>
          <dd>{data.channel?.name ?? c.allChannels}</dd>
        </div>
      </dl>

      <nav className="month-links" aria-label={k.period}>
        <Link
          to={hrefWith({ month: null, page: null })}
          aria-current={data.month === null ? 'page' : undefined}
        >
          {data.year} ({k.wholeYear})
        </Link>
        {c.months.map((month, i) => (
          <Link
            key={month}
            to={hrefWith({ month: i + 1, page: null })}
            aria-current={data.month === i + 1 ? 'page' : undefined}
          >
            {month}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="number" className="dashboard-section drill-number">
        <h2 id="number">{k.title}</h2>
        <p className="note">{fill(c.asOf, { date: tr.date(data.asOf) })}</p>
        {row ? (
          <>
            <p className="drill-number__value">
              {row.value === null ? c.noData : tr.percent(row.value, threshold)}{' '}
              <StatusBadge status={row.status} />
            </p>
            <p className="drill-number__formula">
              {row.value === null
                ? k.noDataFormula
                : fill(k.formula, {
                    numerator: tr.number(row.numerator),
                    denominator: tr.number(row.denominator),
                    value: tr.percent(row.value, threshold),
                  })}
            </p>
            <dl className="facts">
              <div>
                <dt>{c.numerator}</dt>
                <dd>{tr.number(row.numerator)}</dd>
              </div>
              <div>
                <dt>{c.denominator}</dt>
                <dd>{tr.number(row.denominator)}</dd>
              </div>
              <div>
                <dt>{c.normative}</dt>
                <dd>{normative ?? c.none}</dd>
              </div>
              <div>
                <dt>{c.target}</dt>
                <dd>{row.target === null ? c.none : tr.reference(row.target)}</dd>
              </div>
              {row.ciLow !== null && row.ciHigh !== null && (
                <div>
                  <dt>{c.interval}</dt>
                  <dd>
                    {fill(c.intervalValue, {
                      low: tr.percent(row.ciLow, threshold),
                      high: tr.percent(row.ciHigh, threshold),
                    })}
                  </dd>
                </div>
              )}
              <div>
                <dt>{c.coverage}</dt>
                <dd>
                  {tr.t('coverage.counts', {
                    contributing: tr.number(row.coverage.contributing),
                    serving: tr.number(row.coverage.serving),
                  })}
                </dd>
              </div>
            </dl>
            {row.coverage.low && <CoverageFlag />}
          </>
        ) : (
          <p className="empty">{c.noData}</p>
        )}
      </section>

      <section aria-labelledby="definitions" className="dashboard-section">
        <h2 id="definitions">{k.definitions}</h2>
        <p>{data.definition.plain}</p>
        <details className="for-analysts">
          <summary>{k.forAnalysts}</summary>
          <dl className="definitions">
            <dt>{c.numerator}</dt>
            <dd>
              <CodeText text={data.definition.numerator} />
            </dd>
            <dt>{c.denominator}</dt>
            <dd>
              <CodeText text={data.definition.denominator} />
            </dd>
            <dt>{k.periodKey}</dt>
            <dd>
              <CodeText text={data.definition.periodKey} />
            </dd>
            {data.definition.notes.length > 0 && (
              <>
                <dt>{k.notes}</dt>
                <dd>
                  <ul>
                    {data.definition.notes.map((note) => (
                      <li key={note}>
                        <CodeText text={note} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </details>
        {data.indicator.source === 'surveys' && <p className="note">{k.surveyNote}</p>}
        {data.indicator.source === 'complaints' && <p className="note">{k.complaintNote}</p>}
        {data.indicator.source === 'publications' && <p className="note">{k.publicationNote}</p>}
      </section>

      {data.cases && (
        <section aria-labelledby="cases" className="dashboard-section">
          <div className="section-head">
            <h2 id="cases">{k.caseList}</h2>
            <ExportLinks
              path={exportPath}
              table="cases"
              label={c.download}
              tableName={`${k.caseList}: ${subsetLabel(data.cases.subset)}`}
            />
          </div>
          <p className={agrees ? 'note' : 'notice'} role={agrees ? undefined : 'status'}>
            {fill(agrees ? k.agree : k.disagree, {
              numerator: tr.number(data.cases.counts.numerator),
              denominator: tr.number(data.cases.counts.denominator),
            })}
          </p>
          <nav className="tabs tabs--small" aria-label={k.caseList}>
            {(['rest', 'numerator', 'denominator'] as const).map((subset) => {
              const count =
                subset === 'numerator'
                  ? data.cases!.counts.numerator
                  : subset === 'denominator'
                    ? data.cases!.counts.denominator
                    : data.cases!.counts.denominator - data.cases!.counts.numerator
              return (
                <Link
                  key={subset}
                  to={hrefWith({ cases: subset, page: null }, undefined, '#cases')}
                  aria-current={data.cases!.subset === subset ? 'page' : undefined}
                  preventScrollReset
                >
                  {subsetLabel(subset)} ({tr.number(count)})
                </Link>
              )
            })}
          </nav>
          <CaseTable
            id="cases"
            caption={subsetLabel(data.cases.subset)}
            measure={data.cases.measure}
            page={data.cases.list}
            texts={texts}
            params={{ sort: 'sort', dir: 'dir', page: 'page' }}
          />
        </section>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
