// The filters of a dashboard as a GET form: year, standard and (optionally) channel go into the
// URL, so that a link is shareable, the back button works and the page needs no JavaScript.
import { Form } from '@remix-run/react'

export function DashboardFilters({
  year,
  years,
  standard,
  standards,
  channel,
  channels,
  hidden = {},
  texts,
}: {
  year: number
  years: number[]
  standard: string | null
  standards: { id: string; name: string }[]
  channel?: string | null
  channels?: { code: string; name: string }[]
  /** Parameters the form keeps as they are (e.g. the tab). */
  hidden?: Record<string, string | null>
  texts: { year: string; standard: string; channel: string; allChannels: string; show: string }
}) {
  return (
    <Form method="get" className="filters">
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label>
        {texts.year}
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
          {texts.standard}
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
          {texts.channel}
          <select name="channel" defaultValue={channel ?? ''} key={channel}>
            <option value="">{texts.allChannels}</option>
            {channels.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit">{texts.show}</button>
    </Form>
  )
}
