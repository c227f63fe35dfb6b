// The filters of a dashboard as a GET form: year, standard and (optionally) channel go into the
// URL, so that a link is shareable, the back button works and the page needs no JavaScript.
import { Form } from '@remix-run/react'
import { useT } from '~/i18n/use-t'

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
      <label>
        {tr.t('region.common.year')}
        <select name="year" defaultValue={year} key={year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {standards.length > 0 && (
        <label className="filters__standard">
          {tr.t('region.common.standard')}
          <select name="standard" defaultValue={standard ?? ''} key={standard}>
            {standards.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {channels && (
        <label>
          {tr.t('region.common.channel')}
          <select name="channel" defaultValue={channel ?? ''} key={channel}>
            <option value="">{tr.t('region.common.allChannels')}</option>
            {channels.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit">{tr.t('region.common.show')}</button>
    </Form>
  )
}
