// RFC 4180 CSV text: fields with a comma, quote or line break are quoted, quotes doubled — and
// every text cell made safe to open in a spreadsheet (decision 0019). Every CSV Sapa writes goes
// through csvField, so no door can forget the rule.

/**
 * The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for
 * tab and carriage return, that they strip before looking for one): the OWASP "CSV injection"
 * list. A case id `=HYPERLINK("http://…","open")` planted through an import, or a User-Agent
 * written to the audit log, would otherwise run as a formula on the reader's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell that would start a formula gets a leading apostrophe, which spreadsheets show as
 * text and never evaluate. Only text is touched: a number is a number by its type (a percentage
 * of -3.5 stays -3.5), never because its text looks like one — an id "-3.5" is text and is
 * neutralised like any other.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text =
    typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : value instanceof Date
        ? value.toISOString()
        : neutralizeFormula(String(value))
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv<T>(
  rows: readonly T[],
  columns: readonly { header: string; value: (row: T) => unknown }[],
): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','))
  return lines.join('\r\n') + '\r\n'
}
