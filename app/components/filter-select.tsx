// One filter of a GET filter form: a labelled drop-down of choices (the year, the standard, the
// channel, the region …), optionally led by an "all" choice whose value is empty.
export function FilterSelect({
  label,
  name,
  value,
  options,
  all,
  resetKey,
  className,
}: {
  label: string
  name: string
  /** The chosen value ('' for "all"). */
  value: string | number
  options: readonly { value: string | number; label: string }[]
  /** The text of the empty choice, when there is one. */
  all?: string
  /** Changes when the page's choice changes, so that the drop-down shows it after navigation. */
  resetKey?: string | number | null
  className?: string
}) {
  return (
    <label className={className}>
      {label}
      <select name={name} defaultValue={value} key={resetKey ?? undefined}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
