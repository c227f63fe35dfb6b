// The reference facts of a region in a year (its code, kind, validity, time zone, districts and
// offices with what they serve): the reference tab of the region dashboard.
import { ListTable } from '~/components/list-table'
import { Link } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import type { regionPage } from '~/reference/views.server'
import { validityText } from './validity'

type RegionPageData = NonNullable<Awaited<ReturnType<typeof regionPage>>>

export function RegionReference({ data }: { data: RegionPageData }) {
  const { region, year, districts, officeGroups, officeCount } = data
  const tr = useT()
  const { t, lang } = tr
  return (
    <>
      <p className="lead">{t('region.asOfYear', { year })}</p>
      <dl className="facts">
        <div>
          <dt>{t('region.code')}</dt>
          <dd className="code">{region.code}</dd>
        </div>
        <div>
          <dt>{t('region.kind')}</dt>
          <dd>{t(`regionKind.${region.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('region.validity')}</dt>
          <dd>
            {validityText(tr, region.validFrom, region.validTo)}
            {region.formedFrom && (
              <span className="cell-note">
                {t('regions.formedFrom', { name: region.formedFrom.name })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('region.timeZone')}</dt>
          <dd className="code">{region.timeZone}</dd>
        </div>
      </dl>

      <section aria-labelledby="region-districts">
        <h2 id="region-districts">{t('region.districts')}</h2>
        <ListTable
          columns={[
            { label: t('region.col.name') },
            { label: t('region.col.code') },
            { label: t('region.col.kind') },
            { label: t('region.col.membership') },
            { label: t('region.col.offices'), numeric: true },
          ]}
          empty={{ when: districts.length === 0, text: t('region.districts.none') }}
        >
          {districts.map((d) => (
            <tr key={`${d.code}-${d.partial?.from ?? ''}`}>
              <th scope="row">
                {d.name}
                {lang !== 'kk' && d.nameKk !== d.name && (
                  <span className="secondary-name" lang="kk">
                    {d.nameKk}
                  </span>
                )}
              </th>
              <td className="code nowrap">{d.code}</td>
              <td>{t(`districtKind.${d.kind}`)}</td>
              <td>
                {d.partial
                  ? validityText(tr, d.partial.from, d.partial.to)
                  : t('validity.wholeYear')}
              </td>
              <td className="num">{tr.number(d.officeCount)}</td>
            </tr>
          ))}
        </ListTable>
      </section>

      <section aria-labelledby="region-offices">
        <h2 id="region-offices">
          {t('region.offices')}{' '}
          <span className="count">({tr.plural('region.officeCount', officeCount)})</span>
        </h2>
        {officeGroups.length === 0 && <p className="empty">{t('region.offices.none')}</p>}
        {officeGroups.map((group) => (
          <section
            key={group.district?.code ?? 'region'}
            className="office-group"
            aria-labelledby={`offices-${group.district?.code ?? 'region'}`}
          >
            <h3 id={`offices-${group.district?.code ?? 'region'}`}>
              {group.district ? group.district.name : t('region.regionLevel')}
              {group.district && lang !== 'kk' && group.district.nameKk !== group.district.name && (
                <span className="secondary-name" lang="kk">
                  {group.district.nameKk}
                </span>
              )}
            </h3>
            <ListTable
              columns={[
                { label: t('office.code') },
                { label: t('office.name') },
                { label: t('office.kind') },
                { label: t('office.address') },
                { label: t('office.services') },
              ]}
              className="office-table"
            >
              {group.offices.map((o) => (
                <tr key={`${o.code}-${o.partial?.from ?? ''}`}>
                  <td className="code nowrap">{o.code}</td>
                  <th scope="row">
                    <Link to={`/offices/${o.code}?year=${year}`}>{o.name}</Link>
                    {lang !== 'kk' && o.nameKk !== o.name && (
                      <span className="secondary-name" lang="kk">
                        {o.nameKk}
                      </span>
                    )}
                    {o.partial && (
                      <span className="cell-note">
                        {validityText(tr, o.partial.from, o.partial.to)}
                      </span>
                    )}
                  </th>
                  <td>{t(`officeKind.${o.kind}`)}</td>
                  <td lang="kk">{o.addressKk ?? '—'}</td>
                  <td>
                    {o.services.length === 0 ? (
                      <span className="no-data">{t('office.noServices')}</span>
                    ) : (
                      <dl className="service-list">
                        {o.services.map((service) => (
                          <div key={service.channel}>
                            <dt>{service.channelName}</dt>
                            {service.standards.map((standard) => (
                              <dd key={standard.id}>
                                <Link to={`/standards/${standard.id}`}>{standard.name}</Link>
                              </dd>
                            ))}
                          </div>
                        ))}
                      </dl>
                    )}
                  </td>
                </tr>
              ))}
            </ListTable>
          </section>
        ))}
      </section>
    </>
  )
}
