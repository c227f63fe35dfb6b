// Placeholders in the dictionaries' texts: `{name}` is replaced by params.name; a placeholder
// without a value stays as written, so a forgotten parameter shows on the page instead of
// vanishing.
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
