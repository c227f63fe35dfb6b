// A fieldset of checkboxes sharing one form name, each checked as stored: the alert settings'
// rules, regions, standards and channels (/account/alerts, /admin/alerts).
import type { ReactNode } from 'react'

export function CheckboxList({
  legend,
  name,
  options,
  chosen,
  hint,
  children,
}: {
  legend: string
  name: string
  options: readonly { value: string; label: string }[]
  chosen: readonly string[]
  /** A note under the legend. */
  hint?: string
  /** After the boxes (a note on what they mean). */
  children?: ReactNode
}) {
  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      {hint && <p className="note">{hint}</p>}
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={chosen.includes(o.value)}
          />
          {o.label}
        </label>
      ))}
      {children}
    </fieldset>
  )
}
