// /data?region=&kind=&stale=1 — data freshness: per office × kind of data, the latest record, the
// import that last wrote it, the months without records and the stale mark (decision 0028). A
// regional user sees its region's offices only (another region is a 404); every signed-in role
// reads it; 100 rows a page (&page=N). Downloads: /data/export (every row of the filter).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataThrough, StaleMark } from '~/components/data-freshness'
import { DownloadLinks } from '~/components/download-links'
import { TableScroll } from '~/components/table-scroll'
import { IMPORT_KINDS } from '../../db/schema'
import { pageOutOfScope, requireUser, userScope } from '~/accounts/policy.server'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { formatMonth } from '~/i18n/format'
import { DataQuery, dataPage, RegionOutOfScope } from '~/monitoring/data-page.server'
import dashboardCss from '~/styles/dashboard.css'

export const links = () => [{ rel: 'stylesheet', href: dashboardCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { t, lang } = requestTranslator(request)
  const scope = await userScope(context.db, user)
  const query = parsePageInput(DataQuery, queryObject(request))
  try {
    const page = await dataPage(context.db, scope, query, lang, new Date())
    return { title: t('freshness.title'), ...page }
  } catch (error) {
    if (error instanceof RegionOutOfScope) throw pageOutOfScope()
    throw error
  }
}

export default function DataFreshnessPage() {
  const data = useLoaderData<typeof loader>()
  const tr = useT()
  const { t } = tr
  const params = new URLSearchParams()
  if (data.query.region) params.set('region', data.query.region)
  if (data.query.kind) params.set('kind', data.query.kind)
  if (data.query.stale) params.set('stale', data.query.stale)
  const exportHref = (format: string) => {
    const p = new URLSearchParams(params)
    p.set('format', format)
    return `/data/export?${p.toString()}`
  }
  return (
    <>
      <h1>{data.title}</h1>
      <p className="lead">
        {t('freshness.intro', {
          from: formatMonth(data.months.from),
          through: formatMonth(data.months.through),
          regular: data.thresholds.regularMonths,
          days: data.thresholds.staleAfterDays,
        })}
      </p>
      <DataThrough date={data.dataThrough} />
      <p>
        {t('freshness.asOf', { date: tr.date(data.today) })} ·{' '}
        <strong>{t('freshness.staleCount', { count: tr.number(data.staleCount) })}</strong>
      </p>
      <Form method="get" className="filters">
        <label>
          {t('freshness.filter.region')}
          <select name="region" defaultValue={data.query.region ?? ''}>
            {data.regions.length > 1 && (
              <option value="">{t('freshness.filter.allRegions')}</option>
            )}
            {data.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('freshness.filter.kind')}
          <select name="kind" defaultValue={data.query.kind ?? ''}>
            <option value="">{t('freshness.filter.allKinds')}</option>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`freshness.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__check">
          <input type="checkbox" name="stale" value="1" defaultChecked={data.query.stale === '1'} />{' '}
          {t('freshness.filter.staleOnly')}
        </label>
        <button type="submit">{t('freshness.filter.show')}</button>
      </Form>
      <DownloadLinks label={t('freshness.download')} href={exportHref} />
      {data.rows.length === 0 ? (
        <p className="empty">{t('freshness.none')}</p>
      ) : (
        <TableScroll label={data.title}>
          <table className="freshness-table">
            <thead>
              <tr>
                <th scope="col">{t('freshness.col.office')}</th>
                <th scope="col">{t('freshness.col.kind')}</th>
                <th scope="col">{t('freshness.col.latest')}</th>
                <th scope="col">{t('freshness.col.batch')}</th>
                <th scope="col">{t('freshness.col.monthsWithout')}</th>
                <th scope="col">{t('freshness.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.key} className={r.stale ? 'is-stale' : undefined}>
                  <th scope="row">
                    {r.office}
                    <br />
                    <span className="secondary-name">
                      {r.officeCode} · {r.region}
                    </span>
                  </th>
                  <td>{t(`freshness.kind.${r.kind}`)}</td>
                  <td className="nowrap">
                    {r.latestOn !== null ? (
                      tr.date(r.latestOn)
                    ) : r.latestYear !== null ? (
                      t('freshness.yearOnly', { year: r.latestYear })
                    ) : (
                      <span className="no-data">{t('freshness.noRecords')}</span>
                    )}
                  </td>
                  <td>
                    {r.batch ? (
                      t('freshness.batch', {
                        id: r.batch.id,
                        who: r.batch.userName ?? r.batch.userEmail ?? '—',
                        date: r.batch.committedAt ? tr.date(r.batch.committedAt) : '—',
                      })
                    ) : (
                      <span className="no-data">{t('freshness.noImport')}</span>
                    )}
                  </td>
                  <td>{r.monthsWithout.map(formatMonth).join(', ')}</td>
                  <td>
                    {r.stale ? (
                      <StaleMark days={data.thresholds.staleAfterDays} />
                    ) : r.kind === 'cases' && r.latestOn !== null ? (
                      t('freshness.fresh')
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data.pages > 1 && (
        <nav className="data-pager" aria-label={t('freshness.pager.label')}>
          {data.previousHref ? (
            <Link to={data.previousHref} rel="prev">
              {t('freshness.pager.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>
            {t('freshness.pager.page', {
              page: tr.number(data.page),
              pages: tr.number(data.pages),
              total: tr.number(data.total),
            })}
          </span>
          {data.nextHref ? (
            <Link to={data.nextHref} rel="next">
              {t('freshness.pager.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
