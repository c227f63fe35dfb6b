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
import { IntervalFact, normativeText, ReferenceFacts } from '~/components/indicator-value'
import { CoverageFlag, StatusBadge } from '~/components/status-badge'
import { useHrefWith } from '~/components/use-href-with'
import { drillDownRequest, found, withDashboardErrors } from '~/dashboards/page-request.server'
import { drillDown } from '~/dashboards/drill-down.server'
import { useT } from '~/i18n/use-t'
import dashboardCss from '~/styles/dashboard.css'
import regionCss from '~/styles/region-dashboard.css'

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
  const row = data.row
  const normative = normativeText(tr, data.indicator.normativeRef)
  const threshold = row ? statusThreshold(row.target, data.indicator.normativeRef) : null
  const exportPath = `/indicators/${data.indicator.standard}/${data.indicator.code}/export`
  const periodName =
    data.month === null
      ? String(data.year)
      : `${tr.texts('region.common.months')[data.month - 1]} ${data.year}`
  // The cases are counted again from the cases table: they must give the indicator's numbers.
  const agrees =
    !data.cases ||
    (data.cases.counts.numerator === row?.numerator &&
      data.cases.counts.denominator === row?.denominator)
  const subsetLabel = (subset: 'rest' | 'numerator' | 'denominator') =>
    subset === 'rest'
      ? data.indicator.measure === 'on_time'
        ? tr.t('region.drillDown.subsets.restOnTime')
        : tr.t('region.drillDown.subsets.rest')
      : tr.t(`region.drillDown.subsets.${subset}`)
  return (
    <>
      {data.scope.back && (
        <p className="breadcrumb">
          <Link to={data.scope.back}>
            ← {tr.t('region.drillDown.back')}: {data.scope.name}
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
          <dt>{tr.t('region.drillDown.scope')}</dt>
          <dd>{data.scope.name}</dd>
        </div>
        <div>
          <dt>{tr.t('region.drillDown.period')}</dt>
          <dd>{periodName}</dd>
        </div>
        <div>
          <dt>{tr.t('region.common.channel')}</dt>
          <dd>{data.channel?.name ?? tr.t('region.common.allChannels')}</dd>
        </div>
      </dl>

      <nav className="month-links" aria-label={tr.t('region.drillDown.period')}>
        <Link
          to={hrefWith({ month: null, page: null })}
          aria-current={data.month === null ? 'page' : undefined}
        >
          {data.year} ({tr.t('region.drillDown.wholeYear')})
        </Link>
        {tr.texts('region.common.months').map((month, i) => (
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
        <h2 id="number">{tr.t('region.drillDown.title')}</h2>
        <p className="note">{tr.t('region.common.asOf', { date: tr.date(data.asOf) })}</p>
        {row ? (
          <>
            <p className="drill-number__value">
              {row.value === null ? tr.t('region.common.noData') : tr.percent(row.value, threshold)}{' '}
              <StatusBadge status={row.status} />
            </p>
            <p className="drill-number__formula">
              {row.value === null
                ? tr.t('region.drillDown.noDataFormula')
                : tr.t('region.drillDown.formula', {
                    numerator: tr.number(row.numerator),
                    denominator: tr.number(row.denominator),
                    value: tr.percent(row.value, threshold),
                  })}
            </p>
            <dl className="facts">
              <div>
                <dt>{tr.t('region.common.numerator')}</dt>
                <dd>{tr.number(row.numerator)}</dd>
              </div>
              <div>
                <dt>{tr.t('region.common.denominator')}</dt>
                <dd>{tr.number(row.denominator)}</dd>
              </div>
              <ReferenceFacts normative={normative} target={row.target} />
              <IntervalFact low={row.ciLow} high={row.ciHigh} threshold={threshold} />
              <div>
                <dt>{tr.t('region.common.coverage')}</dt>
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
          <p className="empty">{tr.t('region.common.noData')}</p>
        )}
      </section>

      <section aria-labelledby="definitions" className="dashboard-section">
        <h2 id="definitions">{tr.t('region.drillDown.definitions')}</h2>
        <p>{data.definition.plain}</p>
        <details className="for-analysts">
          <summary>{tr.t('region.drillDown.forAnalysts')}</summary>
          <dl className="definitions">
            <dt>{tr.t('region.common.numerator')}</dt>
            <dd>
              <CodeText text={data.definition.numerator} />
            </dd>
            <dt>{tr.t('region.common.denominator')}</dt>
            <dd>
              <CodeText text={data.definition.denominator} />
            </dd>
            <dt>{tr.t('region.drillDown.periodKey')}</dt>
            <dd>
              <CodeText text={data.definition.periodKey} />
            </dd>
            {data.definition.notes.length > 0 && (
              <>
                <dt>{tr.t('region.drillDown.notes')}</dt>
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
        {data.indicator.source === 'surveys' && (
          <p className="note">{tr.t('region.drillDown.surveyNote')}</p>
        )}
        {data.indicator.source === 'complaints' && (
          <p className="note">{tr.t('region.drillDown.complaintNote')}</p>
        )}
        {data.indicator.source === 'publications' && (
          <p className="note">{tr.t('region.drillDown.publicationNote')}</p>
        )}
      </section>

      {data.cases && (
        <section aria-labelledby="cases" className="dashboard-section">
          <div className="section-head">
            <h2 id="cases">{tr.t('region.drillDown.caseList')}</h2>
            <ExportLinks
              path={exportPath}
              table="cases"
              label={tr.t('region.common.download')}
              tableName={`${tr.t('region.drillDown.caseList')}: ${subsetLabel(data.cases.subset)}`}
            />
          </div>
          <p className={agrees ? 'note' : 'notice'} role={agrees ? undefined : 'status'}>
            {tr.t(agrees ? 'region.drillDown.agree' : 'region.drillDown.disagree', {
              numerator: tr.number(data.cases.counts.numerator),
              denominator: tr.number(data.cases.counts.denominator),
            })}
          </p>
          <nav className="tabs tabs--small" aria-label={tr.t('region.drillDown.caseList')}>
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
            params={{ sort: 'sort', dir: 'dir', page: 'page' }}
          />
        </section>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
