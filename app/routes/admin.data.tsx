// /admin/data — what the database holds (administrators only; it was the first page `/` before
// the national overview): standards, reference data, facts loaded. Honest numbers only:
// everything is counted in SQL, and an empty table says "no data".
import { ListTable } from '~/components/list-table'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { overviewPage } from '~/admin/data-page.server'
import { dataAccessOf, pageOutOfScope, requireUser, userScope } from '~/accounts/policy.server'
import { currentYear } from '~/domain/reporting-period'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  if (user.role !== 'admin') throw pageOutOfScope()
  const access = dataAccessOf(await userScope(context.db, user))
  const { t, lang } = requestTranslator(request)
  const year = currentYear(new Date())
  return {
    title: t('overview.title'),
    ...(await overviewPage(context.db, lang, { year, access })),
  }
}

export default function AdminData() {
  const { title, year, standards, counts, facts } = useLoaderData<typeof loader>()
  const tr = useT()
  const { t } = tr
  const factRows = [
    { label: t('overview.cases'), total: facts.cases },
    { label: t('overview.surveys'), total: facts.surveyResponses },
    { label: t('overview.complaints'), total: facts.complaints },
  ]
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('overview.intro')}</p>

      <section aria-labelledby="overview-standards">
        <h2 id="overview-standards">{t('overview.standards')}</h2>
        <ListTable
          columns={[
            { label: t('overview.col.standard') },
            { label: t('overview.col.agency') },
            { label: t('overview.col.indicators'), numeric: true },
            { label: t('overview.col.casesPerYear') },
          ]}
          empty={{ when: standards.length === 0, text: t('overview.noStandards') }}
        >
          {standards.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/standards/${s.id}`}>{s.name}</Link>
              </th>
              <td>{s.agency}</td>
              <td className="num">{tr.number(s.indicatorCount)}</td>
              <td>
                {s.casesPerYear.length === 0 ? (
                  <span className="no-data">{t('common.noData')}</span>
                ) : (
                  <ul className="plain-list nowrap">
                    {s.casesPerYear.map((row) => (
                      <li key={row.year}>
                        {t('overview.casesInYear', {
                          year: row.year,
                          count: tr.number(row.cases),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
        <p className="note">{t('overview.casesYearNote')}</p>
      </section>

      <section aria-labelledby="overview-reference">
        <h2 id="overview-reference">{t('overview.reference')}</h2>
        <dl className="stat-grid">
          <div>
            <dt>{t('overview.regions')}</dt>
            <dd>
              <span className="stat">{tr.number(counts.regions)}</span>
              <span className="stat-note">
                {t('overview.regionsValid', { year, count: tr.number(counts.regionsValidInYear) })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('overview.districts')}</dt>
            <dd>
              <span className="stat">{tr.number(counts.districts)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('overview.offices')}</dt>
            <dd>
              <span className="stat">{tr.number(counts.offices)}</span>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="overview-facts">
        <h2 id="overview-facts">{t('overview.facts')}</h2>
        <ListTable
          columns={[
            { label: t('overview.col.dataset') },
            { label: t('overview.col.count'), numeric: true },
            { label: t('overview.col.period') },
          ]}
        >
          {factRows.map(({ label, total }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{tr.number(total.count)}</td>
              <td>
                {total.firstDate && total.lastDate ? (
                  t('common.range', {
                    from: tr.date(total.firstDate),
                    to: tr.date(total.lastDate),
                  })
                ) : (
                  <span className="no-data">{t('common.noData')}</span>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
