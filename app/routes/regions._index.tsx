// /regions?year= — the regions valid in a year (the structure changed in 2018 and 2022), with
// their district and office counts in that year. Reference facts, open to every signed-in user;
// only the regions in the caller's scope link to their dashboard (the others would be a 404).
import { ListTable } from '~/components/list-table'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { validityText } from '~/components/validity'
import { YearForm } from '~/components/year-form'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { REFERENCE_YEARS } from '~/domain/year-range'
import { YearQuery, regionsPage, yearHint } from '~/reference/views.server'
import { canRead, requireUser, userScope } from '~/accounts/policy.server'
import { currentYear } from '~/domain/reporting-period'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const scope = await userScope(context.db, user)
  const { t, lang } = requestTranslator(request)
  const query = parsePageInput(YearQuery, queryObject(request), yearHint)
  const year = query.year ?? currentYear(new Date())
  const page = await regionsPage(context.db, lang, year)
  return {
    title: t('regions.title'),
    minYear: REFERENCE_YEARS.first,
    maxYear: REFERENCE_YEARS.last,
    ...page,
    regions: page.regions.map((r) => ({
      ...r,
      dashboard: canRead(scope, { regionCode: r.code }),
    })),
  }
}

export default function Regions() {
  const { title, year, regions, minYear, maxYear } = useLoaderData<typeof loader>()
  const tr = useT()
  const { t, lang } = tr
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('regions.intro', { year })}</p>
      <YearForm year={year} min={minYear} max={maxYear} />
      <ListTable
        columns={[
          { label: t('regions.col.name') },
          { label: t('regions.col.code') },
          { label: t('regions.col.kind') },
          { label: t('regions.col.validity') },
          { label: t('regions.col.districts'), numeric: true },
          { label: t('regions.col.offices'), numeric: true },
          { label: t('regions.col.timeZone') },
        ]}
        empty={{ when: regions.length === 0, text: t('regions.none', { year }) }}
      >
        {regions.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              {r.dashboard ? <Link to={`/regions/${r.code}?year=${year}`}>{r.name}</Link> : r.name}
              {lang !== 'kk' && r.nameKk !== r.name && (
                <span className="secondary-name" lang="kk">
                  {r.nameKk}
                </span>
              )}
            </th>
            <td className="code nowrap">{r.code}</td>
            <td>{t(`regionKind.${r.kind}`)}</td>
            <td>
              {validityText(tr, r.validFrom, r.validTo)}
              {r.formedFrom && (
                <span className="cell-note">{t('regions.formedFrom', { name: r.formedFrom })}</span>
              )}
            </td>
            <td className="num">{tr.number(r.districtCount)}</td>
            <td className="num">{tr.number(r.officeCount)}</td>
            <td className="code">{r.timeZone}</td>
          </tr>
        ))}
      </ListTable>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
