// RFC 4180 CSV for the reference files in seeds/reference: a header row, comma-separated,
// fields with a comma, quote or line break quoted, quotes doubled, "\n" line ends.

/** Parses CSV text into one object per data row, keyed by the header. Empty cells are ''. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = parseCsvRows(text)
  const header = rows.shift()
  if (!header) return []
  return rows.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new Error(
        `CSV row ${index + 2} has ${cells.length} cells, the header has ${header.length}`,
      )
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))
  })
}

function parseCsvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (quoted) throw new Error('CSV text ends inside a quoted field')
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** Writes rows as CSV with the given columns, in that order; null/undefined become ''. */
export function formatCsv<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  const lines = [columns.map(quote).join(',')]
  for (const row of rows) {
    lines.push(columns.map((c) => quote(stringify((row as Record<string, unknown>)[c]))).join(','))
  }
  return lines.join('\n') + '\n'
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value)
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
