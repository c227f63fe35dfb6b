// Reads an uploaded file as rows of cell texts, streaming: CSV (comma, semicolon or tab, sniffed
// from the header line; quoted fields (csv-records.server.ts); UTF-8 with or without BOM, or Windows-1251 when the start of
// the file is not valid UTF-8), XLSX (the first sheet or a named one) or a JSON array of objects.
// The format is told by the content (a ZIP is XLSX, "[" is JSON), not by the file's name, so a
// binary file renamed .csv is refused as binary. The first row yielded is the header.
import { isUtf8 } from 'node:buffer'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { MessageKey } from '../i18n/kk'
import {
  CSV_LIMITS,
  CsvLimitError,
  CsvRecordSplitter,
  CsvSyntaxError,
  type CsvRecord,
} from './csv-records.server'
import { checkXlsxExpansion } from './zip-directory.server'

export class ImportFileError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options)
  }
}

export interface FileRow {
  /** The row as a spreadsheet numbers it: the header is row 1 (JSON: the n-th object is row n). */
  row: number
  cells: string[]
}

export type FileInput = Uint8Array | AsyncIterable<Uint8Array>

export interface ReadOptions {
  fileName: string
  /** XLSX: the sheet to read (default the first). */
  sheet?: string
}

const SNIFF_BYTES = 64 * 1024

async function* chunksOf(input: FileInput): AsyncGenerator<Uint8Array> {
  if (input instanceof Uint8Array) {
    yield input
    return
  }
  for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

/** The first bytes of the input (for sniffing) and the whole input again, as a stream. */
async function peek(
  input: FileInput,
): Promise<{ head: Uint8Array; all: AsyncGenerator<Uint8Array> }> {
  const iterator = chunksOf(input)
  const seen: Uint8Array[] = []
  let size = 0
  while (size < SNIFF_BYTES) {
    const next = await iterator.next()
    if (next.done) break
    seen.push(next.value)
    size += next.value.length
  }
  async function* all() {
    yield* seen
    yield* iterator
  }
  // Only the start is copied: a whole file given as one chunk (50 MB) would cost half a second of
  // copying with nothing else answered.
  const head = new Uint8Array(Math.min(size, SNIFF_BYTES))
  let filled = 0
  for (const chunk of seen) {
    if (filled >= head.length) break
    const part = chunk.subarray(0, head.length - filled)
    head.set(part, filled)
    filled += part.length
  }
  return { head, all: all() }
}

export type FileFormat = 'csv' | 'xlsx' | 'json'

function sniffFormat(head: Uint8Array): FileFormat | 'binary' {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx'
  let control = 0
  for (const byte of head) {
    if (byte === 0) return 'binary'
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++
  }
  if (control > head.length / 100) return 'binary'
  const first = Buffer.from(head.subarray(0, 16))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
  return first.startsWith('[') ? 'json' : 'csv'
}

/**
 * The rows of a file in batches (a batch is whatever a chunk of input completes: bounded by the
 * chunk size, never the whole file), header first. One await per batch rather than per row keeps
 * a million-row file from paying a million promise round trips.
 */
export async function* readRowBatches(
  input: FileInput,
  options: ReadOptions,
): AsyncGenerator<FileRow[]> {
  const file = options.fileName
  const { head, all } = await peek(input)
  const blank =
    Buffer.from(head)
      .toString('latin1')
      .replace(/^\xEF\xBB\xBF/, '')
      .trim() === ''
  if (blank) throw new ImportFileError('import.file.empty', { file })
  const format = sniffFormat(head)
  if (format === 'binary') throw new ImportFileError('import.file.binary', { file })
  const batches =
    format === 'xlsx'
      ? batched(readXlsx(all, options))
      : format === 'json'
        ? batched(readJson(all, file))
        : readCsv(head, all, file)
  for await (const batch of batches) {
    yield batch
    // A file given whole (or read from a fast disk) would otherwise be parsed in one run of
    // promise callbacks, with no other request answered until its end: each batch (at most
    // SPLIT_CHARS of text or BATCH_ROWS rows) gives the event loop a turn.
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

/** The answer for a row past the bounds of CSV_LIMITS (XLSX and JSON rows have the same). */
function limitError(
  file: string,
  limit: CsvLimitError['limit'],
  row: number,
  column: number,
  header: readonly string[] | null,
): ImportFileError {
  const name = column > 0 ? header?.[column - 1] || `#${column}` : ''
  if (limit === 'field') {
    return new ImportFileError('import.file.fieldTooLong', {
      file,
      row,
      column: name,
      max: CSV_LIMITS.fieldChars,
    })
  }
  if (limit === 'columns') {
    return new ImportFileError('import.file.tooManyColumns', {
      file,
      row,
      max: CSV_LIMITS.columns,
    })
  }
  return new ImportFileError('import.file.rowTooLong', { file, row, max: CSV_LIMITS.recordChars })
}

/** Refuses a row (XLSX, JSON) of more than CSV_LIMITS.columns cells or with a cell too long. */
function checkCells(
  file: string,
  row: number,
  cells: readonly string[],
  header: readonly string[] | null,
): void {
  if (cells.length > CSV_LIMITS.columns) throw limitError(file, 'columns', row, 0, header)
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.length > CSV_LIMITS.fieldChars) {
      throw limitError(file, 'field', row, i + 1, header)
    }
  }
}

/** The rows one by one (the header first). */
export async function* readRows(input: FileInput, options: ReadOptions): AsyncGenerator<FileRow> {
  for await (const batch of readRowBatches(input, options)) yield* batch
}

const BATCH_ROWS = 1000

async function* batched(rows: AsyncIterable<FileRow>): AsyncGenerator<FileRow[]> {
  let batch: FileRow[] = []
  for await (const row of rows) {
    batch.push(row)
    if (batch.length >= BATCH_ROWS) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────────

function beginsAsUtf8(head: Uint8Array): boolean {
  try {
    // stream: true tolerates a character cut at the end of the sniffed bytes.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return true
  } catch {
    return false
  }
}

/** The delimiter that splits the header line most: comma, semicolon or tab. */
function sniffDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ])
  let quoted = false
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1)
  }
  let best = ','
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d
  return best
}

/** How many bytes at the end of `bytes` begin a UTF-8 character that is not complete. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!
    if ((b & 0xc0) === 0x80) continue // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? back : 0
  }
  return 0
}

/**
 * The line of the first byte of `bytes` that is not UTF-8 (`bytes` starts on a character, on
 * line `line`): the longest prefix a fresh decoder accepts, found by halving, then its line feeds.
 */
function lineOfInvalidUtf8(bytes: Uint8Array, line: number): number {
  let good = 0
  let bad = bytes.length
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
      good = mid
    } catch {
      bad = mid
    }
  }
  for (let i = 0; i < good; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** Bytes decoded at a time (see decode). */
const DECODE_BYTES = 256 * 1024

async function* decode(
  bytes: AsyncIterable<Uint8Array>,
  encoding: 'utf-8' | 'windows-1251',
  file: string,
): AsyncGenerator<string> {
  if (encoding === 'utf-8') {
    yield* decodeUtf8(bytes, file)
    return
  }
  // Windows-1251: every byte is a character, nothing to refuse.
  const decoder = new TextDecoder(encoding)
  for await (const input of bytes) {
    // A file given whole is decoded a piece at a time: decoding and counting 50 MB at once would
    // hold the event loop for a second before the first row.
    for (let at = 0; at < input.length; at += DECODE_BYTES) {
      const chunk = input.length <= DECODE_BYTES ? input : input.subarray(at, at + DECODE_BYTES)
      yield decoder.decode(chunk, { stream: true })
    }
  }
  const rest = decoder.decode()
  if (rest) yield rest
}

const BOM = [0xef, 0xbb, 0xbf]

/**
 * UTF-8 bytes as text, a piece at a time: each piece, from the character the previous one cut to
 * the last character it holds whole, is checked (Node.js's isUtf8: overlong forms, surrogates and
 * code points past U+10FFFF are refused, as a fatal TextDecoder refuses them) and then decoded by
 * Buffer — both on SIMD code: the million rows' file is read 0.1 s sooner than through a fatal
 * TextDecoder (decision 0046). A BOM at the start is dropped, as TextDecoder drops it. An invalid byte is
 * named by its row; so is a file that ends inside a character, on its last line.
 */
async function* decodeUtf8(bytes: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<string> {
  let lines = 1
  let tail = Buffer.alloc(0)
  let start = true
  for await (const input of bytes) {
    for (let at = 0; at < input.length; at += DECODE_BYTES) {
      const chunk = input.length <= DECODE_BYTES ? input : input.subarray(at, at + DECODE_BYTES)
      let joined =
        tail.length > 0
          ? Buffer.concat([tail, chunk])
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      if (start) {
        // The BOM is three bytes: decided once that many have come (or at the end).
        if (
          joined.length < BOM.length &&
          BOM.slice(0, joined.length).every((b, i) => joined[i] === b)
        ) {
          tail = Buffer.from(joined)
          continue
        }
        start = false
        if (BOM.every((b, i) => joined[i] === b)) joined = joined.subarray(BOM.length)
      }
      const whole = joined.length - incompleteTail(joined)
      const complete = joined.subarray(0, whole)
      if (!isUtf8(complete)) {
        throw new ImportFileError('import.file.encoding', {
          file,
          row: lineOfInvalidUtf8(complete, lines),
        })
      }
      // A copy: the stream may hand out its buffer again.
      tail = Buffer.from(joined.subarray(whole))
      const text = complete.toString('utf8')
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
      if (text) yield text
    }
  }
  // What is left begins a character the file does not finish.
  if (tail.length > 0) {
    throw new ImportFileError('import.file.encoding', { file, row: lines })
  }
}

/** Characters of decoded text split into rows at a time (see readCsv). */
const SPLIT_CHARS = 16 * 1024

async function* readCsv(
  head: Uint8Array,
  bytes: AsyncIterable<Uint8Array>,
  file: string,
): AsyncGenerator<FileRow[]> {
  const encoding = beginsAsUtf8(head) ? 'utf-8' : 'windows-1251'
  const headText = new TextDecoder(encoding).decode(head)
  const delimiter = sniffDelimiter(headText.split(/\r?\n|\r/, 1)[0] ?? '')
  // Lines ended by a lone CR (old Mac exports): read them as line feeds.
  const crOnly = !headText.includes('\n') && headText.includes('\r')
  const splitter = new CsvRecordSplitter(delimiter)
  let records: CsvRecord[] = []
  let header: string[] | null = null
  const rows = () => {
    const batch = records
    records = []
    header ??= batch[0]?.cells ?? null
    return batch
  }
  try {
    for await (const decoded of decode(bytes, encoding, file)) {
      const text = crOnly ? decoded.replace(/\r/g, '\n') : decoded
      // Split in pieces of a few hundred rows, each yielded before the next is split: the rows
      // of one batch die young, where a megabyte's worth of split rows would outlive the
      // collector's young generation and be copied into the old one (measured on a million rows:
      // 1.6 s of garbage collection instead of 2.4 s).
      for (let at = 0; at < text.length; at += SPLIT_CHARS) {
        splitter.push(text.length <= SPLIT_CHARS ? text : text.slice(at, at + SPLIT_CHARS), records)
        if (records.length > 0) yield rows()
      }
    }
    splitter.end(records)
    if (records.length > 0) yield rows()
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ImportFileError('import.file.unreadable', { file, detail: error.message })
    }
    if (error instanceof CsvLimitError) {
      throw limitError(
        file,
        error.limit,
        error.line,
        error.column,
        header ?? records[0]?.cells ?? null,
      )
    }
    throw error
  }
}

// ── XLSX ────────────────────────────────────────────────────────────────────────────────────────

/** exceljs stores a date cell as the wall-clock time in UTC fields: it is a local time. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19)
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>
    if (Array.isArray(v.richText)) return v.richText.map((r: { text: string }) => r.text).join('')
    if ('result' in v) return cellText(v.result)
    if ('text' in v) return cellText(v.text)
    if ('error' in v) return String(v.error)
  }
  return String(value)
}

/**
 * exceljs's streaming reader now and then loses the workbook part of a ZIP whose sheets come
 * before it (as exceljs itself writes them) and fails with "Cannot read properties of undefined
 * (reading 'sheets')" before any row is read — a race in its unzip stream (exceljs issue 962),
 * seen under load. Such a file is read once more.
 */
function isLostWorkbook(error: unknown): boolean {
  return error instanceof TypeError && error.message.includes("reading 'sheets'")
}

/**
 * An XLSX is read whole first (its size is bounded by the upload limit): the ZIP's directory,
 * at its end, is checked before exceljs inflates anything (zip-directory.server.ts).
 */
async function* readXlsx(
  bytes: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): AsyncGenerator<FileRow> {
  const kept: Uint8Array[] = []
  for await (const chunk of bytes) kept.push(chunk)
  const zip =
    kept.length === 1
      ? Buffer.from(kept[0]!.buffer, kept[0]!.byteOffset, kept[0]!.byteLength)
      : Buffer.concat(kept)
  const expansion = await checkXlsxExpansion(zip, options.fileName)
  if (expansion) throw new ImportFileError(expansion.key, expansion.params)
  let yielded = false
  try {
    for await (const row of readXlsxOnce([zip], options)) {
      yielded = true
      yield row
    }
  } catch (error) {
    const cause = error instanceof ImportFileError ? error.cause : error
    if (yielded || !isLostWorkbook(cause)) throw error
    yield* readXlsxOnce([zip], options)
  }
}

async function* readXlsxOnce(
  bytes: AsyncIterable<Uint8Array> | Uint8Array[],
  options: ReadOptions,
): AsyncGenerator<FileRow> {
  const file = options.fileName
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  let found = false
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name
      if (found || (options.sheet !== undefined && name !== options.sheet)) {
        for await (const _row of worksheet) void _row
        continue
      }
      found = true
      let header: string[] | null = null
      for await (const row of worksheet) {
        const values = row.values as unknown[]
        if (values.length - 1 > CSV_LIMITS.columns) {
          throw limitError(file, 'columns', row.number, 0, header)
        }
        const cells: string[] = []
        // row.values is 1-based: index 0 is always empty.
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim())
        checkCells(file, row.number, cells, header)
        header ??= cells
        yield { row: row.number, cells }
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw new ImportFileError('import.file.unreadable', { file, detail }, { cause: error })
  }
  if (!found) {
    if (options.sheet !== undefined) {
      throw new ImportFileError('import.file.noSheet', { file, sheet: options.sheet })
    }
    throw new ImportFileError('import.file.empty', { file })
  }
}

// ── JSON ────────────────────────────────────────────────────────────────────────────────────────

/**
 * A JSON body is parsed in one call, which no other request can interrupt: it is kept to this
 * size (an API client sends batches; a big file goes as CSV), which parses in well under a second.
 */
export const JSON_MAX_BYTES = 32 * 1024 * 1024

async function* readJson(bytes: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<FileRow> {
  const parts: Uint8Array[] = []
  let size = 0
  for await (const chunk of bytes) {
    size += chunk.length
    if (size > JSON_MAX_BYTES) {
      throw new ImportFileError('import.file.jsonTooBig', { file, max: JSON_MAX_BYTES / 2 ** 20 })
    }
    parts.push(chunk)
  }
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder().decode(Buffer.concat(parts)))
  } catch {
    throw new ImportFileError('import.file.json', { file })
  }
  if (
    !Array.isArray(body) ||
    body.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))
  ) {
    throw new ImportFileError('import.file.json', { file })
  }
  const objects = body as Record<string, unknown>[]
  // The columns are the keys of all objects together, bounded like a CSV header: a body of
  // objects each with keys of its own would otherwise make a table of objects × keys cells.
  const keys = new Set<string>()
  for (const [i, o] of objects.entries()) {
    for (const k in o) {
      if (keys.has(k)) continue
      keys.add(k)
      if (keys.size > CSV_LIMITS.columns) throw limitError(file, 'columns', i + 1, 0, null)
    }
  }
  const header = [...keys]
  checkCells(file, 0, header, null)
  yield { row: 0, cells: header }
  for (const [i, o] of objects.entries()) {
    const cells = header.map((k) => {
      const v = o[k]
      return v === null || v === undefined ? '' : String(v)
    })
    checkCells(file, i + 1, cells, header)
    yield { row: i + 1, cells }
  }
}
