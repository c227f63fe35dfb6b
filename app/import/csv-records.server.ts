// A streaming CSV record splitter for the imports: fed decoded text chunk by chunk, it returns the
// complete records with the line each starts on. RFC 4180 quoting (a field that starts with `"`
// runs to the next lone `"`, `""` is a quote, line breaks inside are data), \n or \r\n line ends,
// and the leniency regional exports need: a quote inside an unquoted field is a character, a
// quoted field followed by more text is read as it stands, records may have any number of fields,
// empty lines are skipped. It replaces csv-parse on this path because a line without quotes —
// nearly every line of an export — costs one indexOf and one split here, which is what lets a
// million-row file be read in seconds (docs/bench/ingest.json).

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

/**
 * The bounds of one record, so that a file cannot make the reader hold or rescan an unbounded text:
 * a record still open past MAX_RECORD_CHARS is refused where it starts (a quote left open
 * swallows the file that way), as is a field past MAX_FIELD_CHARS or a record of more than
 * MAX_COLUMNS fields. They sit far above any real export (a row of the templates is a few hundred
 * characters in at most 20 columns; the longest cell is a URL).
 */
export const CSV_LIMITS = {
  fieldChars: 10_000,
  recordChars: 100_000,
  columns: 200,
} as const

export type CsvLimit = 'field' | 'record' | 'columns'

/** A record past one of CSV_LIMITS. `column` is 1-based (0 where the record as a whole is meant). */
export class CsvLimitError extends Error {
  constructor(
    readonly limit: CsvLimit,
    readonly line: number,
    readonly column: number,
  ) {
    super(`CSV ${limit} limit passed on line ${line}${column > 0 ? `, field ${column}` : ''}`)
  }
}

export interface CsvRecord {
  /** The line the record starts on (the first line of the file is 1). */
  row: number
  cells: string[]
}

const QUOTE = 34 // "
const CR = 13
const LF = 10

export class CsvRecordSplitter {
  /** Text after the last complete record. */
  private rest = ''
  /** The line number of the first character of `rest`. */
  private line = 1
  private started = false

  constructor(private readonly delimiter: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`unusable CSV delimiter ${JSON.stringify(delimiter)}`)
    }
  }

  /** Adds decoded text; appends the records it completes to `out`. */
  push(text: string, out: CsvRecord[]): void {
    if (!this.started) {
      this.started = true
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    this.rest = this.rest === '' ? text : this.rest + text
    this.split(out, false)
  }

  /** The end of the input: the last record (without a final line break) or a syntax error. */
  end(out: CsvRecord[]): void {
    this.split(out, true)
    this.rest = ''
  }

  private split(out: CsvRecord[], final: boolean): void {
    const text = this.rest
    const d = this.delimiter
    let pos = 0
    let line = this.line
    const length = text.length
    // The next quote at or after pos (-1: none in the text): searched again only once passed, so
    // that a long text without quotes is scanned once, not once per line.
    let quote = text.indexOf('"')
    while (pos < length) {
      let nl = text.indexOf('\n', pos)
      if (nl === -1) {
        if (!final) {
          // The rest is one unfinished line: past the bound it is refused, not kept for more.
          if (length - pos > CSV_LIMITS.recordChars) throw overflow(text, pos, line, d)
          break
        }
        nl = length
      }
      const end = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos)
      if (quote === -1 || quote >= end) {
        // The fast path: a line without a quote is a record of its fields as they stand.
        if (end > pos) {
          const cells = text.slice(pos, end).split(d)
          // A line no longer than a field cannot hold a field too long.
          if (end - pos > CSV_LIMITS.fieldChars) checkRecord(cells, line, end - pos)
          else if (cells.length > CSV_LIMITS.columns) checkRecord(cells, line, end - pos)
          out.push({ row: line, cells })
        }
        pos = nl + 1
        line++
        continue
      }
      const record = this.quotedRecord(text, pos, line, final)
      if (record === null) {
        // Needs more text — unless the open record is already past the bound (an unclosed quote).
        if (length - pos > CSV_LIMITS.recordChars) throw overflow(text, pos, line, d)
        break
      }
      checkRecord(record.fields, line, record.next - pos)
      out.push({ row: line, cells: record.fields })
      pos = record.next
      line = record.nextLine
    }
    this.rest = pos >= length ? '' : text.slice(pos)
    this.line = line
  }

  /**
   * Reads one record that has a quote somewhere, field by field, from `start`. Returns null when
   * the text ends inside the record and more may come.
   */
  private quotedRecord(
    text: string,
    start: number,
    startLine: number,
    final: boolean,
  ): { fields: string[]; next: number; nextLine: number } | null {
    const d = this.delimiter.charCodeAt(0)
    const length = text.length
    const fields: string[] = []
    let line = startLine
    let pos = start
    for (;;) {
      // At the start of a field.
      if (pos < length && text.charCodeAt(pos) === QUOTE) {
        let value = ''
        let from = pos + 1
        let closed = -1
        let i = from
        while (i < length) {
          const q = text.indexOf('"', i)
          if (q === -1) break
          if (q + 1 < length && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1)
            i = from = q + 2
            continue
          }
          if (q + 1 >= length && !final) break // a lone quote at the end: "" may follow
          closed = q
          break
        }
        if (closed === -1) {
          if (!final) return null
          throw new CsvSyntaxError(
            `Quote not closed: the field that starts on line ${line} has no closing quote`,
            line,
          )
        }
        value += text.slice(from, closed)
        const after = closed + 1
        const c = after < length ? text.charCodeAt(after) : -1
        const isEnd =
          c === -1 ||
          c === d ||
          c === LF ||
          (c === CR && (after + 1 >= length ? final : text.charCodeAt(after + 1) === LF))
        if (c === CR && after + 1 >= length && !final) return null
        if (isEnd) {
          line += countLines(text, pos, after)
          fields.push(value)
          pos = after
        } else {
          // Text after the closing quote: the field is read as it stands, quotes included.
          const stop = fieldEnd(text, pos, d)
          if (stop === -1 && !final) return null
          const to = stop === -1 ? length : stop
          line += countLines(text, pos, to)
          fields.push(text.slice(pos, to))
          pos = to
        }
      } else {
        const stop = fieldEnd(text, pos, d)
        if (stop === -1 && !final) return null
        const to = stop === -1 ? length : stop
        fields.push(text.slice(pos, to > pos && text.charCodeAt(to - 1) === CR ? to - 1 : to))
        pos = to
      }
      // After a field: a delimiter, a line break or the end.
      if (pos >= length) return { fields, next: pos, nextLine: line }
      const c = text.charCodeAt(pos)
      if (c === d) {
        pos++
        continue
      }
      if (c === CR) pos++
      if (pos < length && text.charCodeAt(pos) === LF) pos++
      return { fields, next: pos, nextLine: line + 1 }
    }
  }
}

/**
 * The error for a record still open past CSV_LIMITS.recordChars: the field already too long in
 * it when there is one (read as if unquoted), else the record.
 */
function overflow(text: string, pos: number, line: number, d: string): CsvLimitError {
  const cells = text.slice(pos).split(d)
  const i = cells.findIndex((c) => c.length > CSV_LIMITS.fieldChars)
  return i === -1 ? new CsvLimitError('record', line, 0) : new CsvLimitError('field', line, i + 1)
}

/** Throws CsvLimitError when a complete record passes one of CSV_LIMITS. */
function checkRecord(cells: readonly string[], line: number, chars: number): void {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.length > CSV_LIMITS.fieldChars) throw new CsvLimitError('field', line, i + 1)
  }
  if (chars > CSV_LIMITS.recordChars) throw new CsvLimitError('record', line, 0)
  if (cells.length > CSV_LIMITS.columns) {
    throw new CsvLimitError('columns', line, CSV_LIMITS.columns + 1)
  }
}

/** The index of the delimiter or line break that ends an unquoted field, or -1. */
function fieldEnd(text: string, from: number, d: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === d || c === LF) return i
  }
  return -1
}

function countLines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}
