// The filters of a dashboard as a GET form: year, standard and (optionally) channel go into the
// URL, so that a link is shareable, the back button works and the page needs no JavaScript.
import { Form } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import { FilterSelect } from './filter-select'

export function DashboardFilters({
  year,
  years,
  standard,
  standards,
  channel,
  channels,
  hidden = {},
}: {
  year: number
  years: number[]
  standard: string | null
  standards: { id: string; name: string }[]
  channel?: string | null
  channels?: { code: string; name: string }[]
  /** Parameters the form keeps as they are (e.g. the tab). */
  hidden?: Record<string, string | null>
}) {
  const tr = useT()
  return (
    <Form method="get" className="filters">
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <FilterSelect
        label={tr.t('region.common.year')}
        name="year"
        value={year}
        resetKey={year}
        options={years.map((y) => ({ value: y, label: String(y) }))}
      />
      {standards.length > 0 && (
        <FilterSelect
          className="filters__standard"
          label={tr.t('region.common.standard')}
          name="standard"
          value={standard ?? ''}
          resetKey={standard}
          options={standards.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
      {channels && (
        <FilterSelect
          label={tr.t('region.common.channel')}
          name="channel"
          value={channel ?? ''}
          resetKey={channel}
          all={tr.t('region.common.allChannels')}
          options={channels.map((c) => ({ value: c.code, label: c.name }))}
        />
      )}
      <button type="submit">{tr.t('region.common.show')}</button>
    </Form>
  )
}
