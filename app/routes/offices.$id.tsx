// /offices/:id?year=&standard= — one office: its reference facts, a card per indicator of a
// standard it serves, month by month, and its late cases. An office outside the caller's region
// (in that year) does not exist for them: 404.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { PeriodEditionLine } from '~/components/edition-line'
import {
  DashboardHeading,
  dashboardLinks,
  IndicatorSections,
  LateCasesSection,
  PageContents,
} from '~/components/dashboard-sections'
import { DashboardFilters } from '~/components/dashboard-filters'
import { OfficeViewQuery } from '~/dashboards/query.server'
import { found, officeRequest, withDashboardErrors } from '~/dashboards/page-request.server'
import { parsePageInput } from '~/http/request-input.server'
import { useT } from '~/i18n/use-t'
import { officeView } from '~/dashboards/office-view.server'

export const links = dashboardLinks

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.office.name} · ${data.year} — Sapa` : 'Sapa' },
]

export async function loader(args: LoaderFunctionArgs) {
  const { lang, params, scope, input } = await officeRequest(args)
  const query = parsePageInput(OfficeViewQuery, input)
  return found(
    await withDashboardErrors(() =>
      officeView(args.context.db, params.id, query, lang, new Date(), scope),
    ),
  )
}

export default function OfficePage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const d = data.dashboard
  const exportPath = `/offices/${data.office.code}/export`
  return (
    <div className="office-page">
      {data.office.region && (
        <p className="breadcrumb">
          <Link
            to={`/regions/${data.office.region.code}?year=${data.year}${d ? `&standard=${d.standard.id}` : ''}`}
          >
            ← {tr.t('region.officeView.backToRegion', { region: data.office.region.name })}
          </Link>
        </p>
      )}
      <DashboardHeading
        name={data.office.name}
        nameKk={data.office.nameKk}
        lead={tr.t('region.officeView.lead', { year: data.year })}
        standard={d?.standard.name}
        dataThrough={'dataThrough' in data ? (data.dataThrough ?? null) : undefined}
      />

      <dl className="facts office-facts">
        <div>
          <dt>{tr.t('region.officeView.facts.code')}</dt>
          <dd className="code">{data.office.code}</dd>
        </div>
        <div>
          <dt>{tr.t('region.officeView.facts.kind')}</dt>
          <dd>{tr.t(`officeKind.${data.office.kind}`)}</dd>
        </div>
        {data.office.region && (
          <div>
            <dt>{tr.t('region.officeView.facts.region')}</dt>
            <dd>{data.office.region.name}</dd>
          </div>
        )}
        {data.office.district && (
          <div>
            <dt>{tr.t('region.officeView.facts.district')}</dt>
            <dd>{data.office.district}</dd>
          </div>
        )}
        {data.office.addressKk && (
          <div>
            <dt>{tr.t('region.officeView.facts.address')}</dt>
            <dd lang="kk">{data.office.addressKk}</dd>
          </div>
        )}
        {data.office.phone && (
          <div>
            <dt>{tr.t('region.officeView.facts.phone')}</dt>
            <dd className="nowrap">{data.office.phone}</dd>
          </div>
        )}
        <div>
          <dt>{tr.t('region.officeView.facts.services')}</dt>
          <dd>
            {data.office.services.length === 0 ? (
              tr.t('region.officeView.noServices')
            ) : (
              <ul className="plain-list">
                {data.office.services.map((s) => (
                  <li key={s.id}>
                    <Link to={`?year=${data.year}&standard=${s.id}`}>{s.name}</Link>{' '}
                    <span className="muted">({s.channels.join(', ')})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>

      <DashboardFilters
        year={data.year}
        years={data.years}
        standard={d?.standard.id ?? null}
        standards={data.standards}
      />

      {d && !d.served && (
        <p className="notice" role="status">
          {tr.t('region.officeView.notServed')}
        </p>
      )}

      {d && (
        <>
          <PageContents
            items={[
              { id: 'indicators', title: tr.t('region.common.cardsTitle') },
              { id: 'trend', title: tr.t('region.common.trendTitle') },
              ...(d.late ? [{ id: 'late', title: tr.t('region.cases.lateTitle') }] : []),
            ]}
          />
          <IndicatorSections
            cards={d.cards}
            trend={{ cards: d.cards }}
            drill={d.drill}
            year={data.year}
            asOf={data.asOf}
            exportPath={exportPath}
          />
          {/* Under the cards, not in the heading: on a phone the first figure stays on the
              first screen (test/e2e/number-style.test.ts). */}
          {'edition' in data && <PeriodEditionLine edition={data.edition ?? null} />}
          {d.late && <LateCasesSection late={d.late} exportPath={exportPath} />}
        </>
      )}
    </div>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
