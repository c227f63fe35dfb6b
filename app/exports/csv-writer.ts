// RFC 4180 CSV text: fields with a comma, quote or line break are quoted, quotes doubled — and
// every text cell made safe to open in a spreadsheet (decision 0019). Every CSV Sapa writes goes
// through csvField, so no door can forget the rule.
//
// Two dialects: `rfc4180` (comma, decimal point — for programs and for Excel with English
// regional settings) and `excel` — what Excel opens by a double click where the regional settings
// are Russian or Kazakh: semicolons between fields and a decimal comma in numbers (Excel reads
// "91,9" as a number there, and "91.9" as text or a date).

export interface CsvDialect {
  separator: ',' | ';'
  decimal: '.' | ','
}

export const RFC4180: CsvDialect = { separator: ',', decimal: '.' }
export const EXCEL_COMMA_DECIMAL: CsvDialect = { separator: ';', decimal: ',' }

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

export function csvField(value: unknown, dialect: CsvDialect = RFC4180): string {
  if (value === null || value === undefined) return ''
  const text =
    typeof value === 'number' || typeof value === 'bigint'
      ? numberText(value, dialect)
      : value instanceof Date
        ? value.toISOString()
        : neutralizeFormula(String(value))
  const quoted = dialect.separator === ';' ? /[";\r\n]/ : /[",\r\n]/
  return quoted.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A number as the dialect writes it: no grouping, the dialect's decimal mark. */
function numberText(value: number | bigint, dialect: CsvDialect): string {
  const text = String(value)
  return dialect.decimal === ',' ? text.replace('.', ',') : text
}

export function toCsv<T>(
  rows: readonly T[],
  columns: readonly { header: string; value: (row: T) => unknown }[],
  dialect: CsvDialect = RFC4180,
): string {
  const line = (cells: unknown[]) => cells.map((v) => csvField(v, dialect)).join(dialect.separator)
  const lines = [line(columns.map((c) => c.header))]
  for (const row of rows) lines.push(line(columns.map((c) => c.value(row))))
  return lines.join('\r\n') + '\r\n'
}
