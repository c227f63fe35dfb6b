// A generated corpus of hostile and careless import files (issue 18): numbers at and past the
// bounds of their columns and types, control characters, huge cells, lines and headers, bad UTF-8
// at several offsets, XLSX bombs and lying ZIP directories, JSON key floods, dates in the future
// and before 2000. Each case carries the exact answer the import owes it — a file error (message
// key and its row / column params) or the row errors (row, column, key) — worked out by hand in
// the comments. test/db/hostile-corpus.test.ts runs every case through the import.
//
// The files are built from one valid row per kind (Kokshetau PSC, the farm certificate, dates in
// 2025): row 2 is that valid row, row 3 the hostile one, unless a case says otherwise.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import type { ImportKind } from '../../app/import/formats.server'

export const PSC = 'KZ-11-PSC-kokshetau-city'
export const FARM = 'private-farm-certificate'
/** The import's moment in every case (PreviewOptions.now): the dates below are judged against it. */
export const CORPUS_NOW = new Date('2026-12-03T12:00:00Z')
/** CORPUS_NOW as import.error.dateInFuture shows it. */
const NOW_TEXT = '2026-12-03 12:00 UTC'

export const HEADERS: Record<ImportKind, string[]> = {
  cases: [
    'external_id',
    'standard',
    'variant',
    'channel',
    'office',
    'submitted_at',
    'completed_at',
    'result',
    'wait_minutes_submit',
    'wait_minutes_pickup',
    'service_minutes',
    'docs_correct',
    'first_time_correct',
    'suspended_from',
    'suspended_to',
  ],
  surveys: [
    'external_id',
    'case_external_id',
    'standard',
    'office',
    'responded_at',
    'satisfied_process',
    'satisfied_information',
    'satisfied_complaint_procedure',
    'satisfied_complaint_timeline',
    'satisfied_courtesy',
  ],
  complaints: [
    'external_id',
    'standard',
    'office',
    'received_at',
    'justified',
    'decided_at',
    'upheld',
    'review_term_days',
  ],
  publications: ['office', 'standard', 'year', 'published', 'url'],
}

type Row = Record<string, string>

/** The valid row of each kind; `id` keeps the rows of one file apart. */
export function goodRow(kind: ImportKind, id: string): Row {
  switch (kind) {
    case 'cases':
      return {
        external_id: id,
        standard: FARM,
        variant: 'standard',
        channel: 'public_service_center',
        office: PSC,
        submitted_at: '2025-02-03T10:00:00+05:00',
        completed_at: '2025-02-04T15:00:00+05:00',
        result: 'issued',
        wait_minutes_submit: '5',
        wait_minutes_pickup: '',
        service_minutes: '10',
        docs_correct: 'yes',
        first_time_correct: 'yes',
        suspended_from: '',
        suspended_to: '',
      }
    case 'surveys':
      return {
        external_id: id,
        case_external_id: '',
        standard: FARM,
        office: PSC,
        responded_at: '2025-02-05',
        satisfied_process: 'yes',
        satisfied_information: 'yes',
        satisfied_complaint_procedure: '',
        satisfied_complaint_timeline: '',
        satisfied_courtesy: 'no',
      }
    case 'complaints':
      return {
        external_id: id,
        standard: FARM,
        office: PSC,
        received_at: '2025-03-01T10:00:00+05:00',
        justified: 'no',
        decided_at: '2025-03-10T10:00:00+05:00',
        upheld: 'no',
        review_term_days: '30',
      }
    case 'publications':
      return { office: PSC, standard: FARM, year: id, published: 'yes', url: '' }
  }
}

const encoder = new TextEncoder()

export function csvOf(kind: ImportKind, rows: Row[], header = HEADERS[kind]): string {
  return [header.join(','), ...rows.map((r) => header.map((c) => r[c] ?? '').join(','))].join(
    '\r\n',
  )
}

export type Expected =
  | {
      file: {
        key: string
        /** The params the message must carry (row, column, max …); others are not compared. */
        params: Record<string, string | number>
      }
    }
  | {
      /** Every error of the preview, in order (row errors: the file as a whole was read). */
      rows: { row: number; column: string; key: string; params?: Record<string, string | number> }[]
      valid: number
    }

export interface HostileCase {
  name: string
  kind: ImportKind
  fileName: string
  /** The bytes, or a function giving them lazily (a body too big to build whole). */
  body: Uint8Array | (() => AsyncGenerator<Uint8Array>)
  expected: Expected
}

/** A file whose row 2 is valid and row 3 is the valid row with `changes`. */
function rowCase(
  kind: ImportKind,
  name: string,
  changes: Row,
  column: string,
  key: string,
  params?: Record<string, string | number>,
): HostileCase {
  const first = kind === 'publications' ? '2024' : `${kind}-ok`
  const second = kind === 'publications' ? '2025' : `${kind}-bad`
  const text = csvOf(kind, [goodRow(kind, first), { ...goodRow(kind, second), ...changes }])
  return {
    name: `${kind}: ${name}`,
    kind,
    fileName: `${kind}.csv`,
    body: encoder.encode(text + '\r\n'),
    expected: { rows: [{ row: 3, column, key, ...(params ? { params } : {}) }], valid: 1 },
  }
}

const MINUTES = { min: 0, max: 1440 }
const TERM = { min: 1, max: 365 }

function numberCases(): HostileCase[] {
  const cases: HostileCase[] = []
  const minuteColumns = ['wait_minutes_submit', 'wait_minutes_pickup', 'service_minutes']
  // Past int4 (2^31 − 1 = 2147483647), past uint32 (4294967301 wrapped to 5 before), past the
  // plausible day of 1440 minutes: all "out of range 0–1440", never stored.
  const tooBig = ['1441', '2147483647', '2147483648', '4294967301', '999999999999999']
  for (const column of minuteColumns) {
    for (const value of tooBig) {
      cases.push(
        rowCase(
          'cases',
          `${column}=${value}`,
          { [column]: value },
          column,
          'import.error.outOfRange',
          MINUTES,
        ),
      )
    }
  }
  // Not whole numbers at all: past 2^53 a number is not exact (parseInteger gives up), exponents,
  // fractions, words, digits of other scripts.
  for (const value of ['9007199254740993', '1e3', '12.5', 'NaN', 'Infinity', '٣', '0x10']) {
    cases.push(
      rowCase(
        'cases',
        `wait_minutes_submit=${value}`,
        { wait_minutes_submit: value },
        'wait_minutes_submit',
        'import.error.integer',
      ),
    )
  }
  for (const value of ['-1', '-2147483649']) {
    cases.push(
      rowCase(
        'cases',
        `service_minutes=${value}`,
        { service_minutes: value },
        'service_minutes',
        'import.error.negative',
      ),
    )
  }
  for (const value of ['366', '2147483648', '4294967301', '999999999999999']) {
    cases.push(
      rowCase(
        'complaints',
        `review_term_days=${value}`,
        { review_term_days: value },
        'review_term_days',
        'import.error.outOfRange',
        TERM,
      ),
    )
  }
  cases.push(
    rowCase(
      'complaints',
      'review_term_days=0',
      { review_term_days: '0' },
      'review_term_days',
      'import.error.positive',
    ),
  )
  for (const value of ['9999', '1999', '2147483648', '4294967301']) {
    cases.push(
      rowCase('publications', `year=${value}`, { year: value }, 'year', 'import.error.year'),
    )
  }
  return cases
}

function dateCases(): HostileCase[] {
  const future = { now: NOW_TEXT }
  const early = { year: 2000 }
  return [
    // The probe's: completed in 2099 (counted 26,958 days late before), submitted in 2031.
    rowCase(
      'cases',
      'completed in 2099',
      { completed_at: '2099-01-01T10:00:00+05:00' },
      'completed_at',
      'import.error.dateInFuture',
      future,
    ),
    rowCase(
      'cases',
      'submitted in 2031 (still in progress)',
      { submitted_at: '2031-02-03T10:00:00+05:00', completed_at: '', result: 'in_progress' },
      'submitted_at',
      'import.error.dateInFuture',
      future,
    ),
    rowCase(
      'cases',
      'submitted in 9999 (a 500 before)',
      { submitted_at: '9999-12-31T10:00:00+05:00', completed_at: '', result: 'in_progress' },
      'submitted_at',
      'import.error.dateInFuture',
      future,
    ),
    // CORPUS_NOW + 16 minutes: past the 15 minutes of clock margin.
    rowCase(
      'cases',
      'completed 16 minutes after the import',
      { completed_at: '2026-12-03T12:16:00Z' },
      'completed_at',
      'import.error.dateInFuture',
      future,
    ),
    rowCase(
      'cases',
      'submitted in 1999',
      { submitted_at: '31.12.1999 10:00' },
      'submitted_at',
      'import.error.dateTooEarly',
      early,
    ),
    rowCase(
      'cases',
      'submitted in the year 100',
      { submitted_at: '0100-01-01T10:00:00Z' },
      'submitted_at',
      'import.error.dateTooEarly',
      early,
    ),
    rowCase(
      'cases',
      'a suspension ending in 2099',
      {
        result: 'withdrawn',
        suspended_from: '2025-02-03T12:00:00+05:00',
        suspended_to: '2099-01-01',
      },
      'suspended_to',
      'import.error.dateInFuture',
      future,
    ),
    rowCase(
      'surveys',
      'responded in 2031',
      { responded_at: '2031-01-01' },
      'responded_at',
      'import.error.dateInFuture',
      future,
    ),
    rowCase(
      'complaints',
      'decided in 2099',
      { decided_at: '2099-01-01T10:00:00+05:00' },
      'decided_at',
      'import.error.dateInFuture',
      future,
    ),
    rowCase(
      'complaints',
      'received in 2031 (undecided)',
      { received_at: '2031-01-01T10:00:00+05:00', decided_at: '', upheld: '' },
      'received_at',
      'import.error.dateInFuture',
      future,
    ),
  ]
}

function controlCases(): HostileCase[] {
  const cases: HostileCase[] = []
  for (const [label, c] of [
    ['ESC', '\u001b'],
    ['BEL', '\u0007'],
    ['DEL', '\u007f'],
    ['a vertical tab', '\u000b'],
  ] as const) {
    cases.push(
      rowCase(
        'cases',
        `${label} in external_id`,
        { external_id: `X${c}1` },
        'external_id',
        'import.error.controlCharacter',
      ),
      rowCase(
        'complaints',
        `${label} in office`,
        { office: `${PSC.slice(0, 5)}${c}${PSC.slice(5)}` },
        'office',
        'import.error.controlCharacter',
      ),
    )
  }
  // A NUL in the first 64 KB: the file is taken for a binary one.
  cases.push({
    name: 'cases: a NUL in row 3 (the first 64 KB)',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(
      csvOf('cases', [goodRow('cases', 'A'), { ...goodRow('cases', 'B'), external_id: 'B\u0000' }]),
    ),
    expected: { file: { key: 'import.file.binary', params: { file: 'cases.csv' } } },
  })
  // A NUL past the first 64 KB: that cell. 600 valid rows of ≈ 150 bytes (≈ 90 KB) come first:
  // rows 2–601, the NUL in row 602.
  const rows = Array.from({ length: 600 }, (_, i) => goodRow('cases', `N-${i}`))
  rows.push({ ...goodRow('cases', 'N-nul'), office: `${PSC}\u0000` })
  cases.push({
    name: 'cases: a NUL in row 602 (past the first 64 KB)',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(csvOf('cases', rows) + '\r\n'),
    expected: {
      rows: [{ row: 602, column: 'office', key: 'import.error.controlCharacter' }],
      valid: 600,
    },
  })
  return cases
}

/** `count` valid case rows as CSV lines (no header), ids `prefix-0`…; each line ≈ 150 bytes. */
function caseLines(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    HEADERS.cases.map((c) => goodRow('cases', `${prefix}-${i}`)[c]).join(','),
  )
}

/** The body of `size` bytes of `fill` after `before`, given in 64 KB chunks made on demand. */
function hugeBody(before: string, fill: string, size: number, pulled?: { bytes: number }) {
  return async function* () {
    if (pulled) pulled.bytes = 0 // each run counts its own
    const head = encoder.encode(before)
    yield head
    if (pulled) pulled.bytes += head.length
    const chunk = encoder.encode(fill.repeat(Math.ceil(65_536 / fill.length)).slice(0, 65_536))
    for (let sent = 0; sent < size; sent += chunk.length) {
      if (pulled) pulled.bytes += chunk.length
      yield chunk
    }
  }
}

/** How much of the last huge body (the 100 MB field) the import pulled before it answered. */
export const hugeFieldPulled = { bytes: 0 }

function sizeCases(): HostileCase[] {
  const header = HEADERS.cases.join(',') + '\r\n'
  const good = caseLines('G', 1)[0] + '\r\n'
  const cases: HostileCase[] = []
  const fieldTooLong = (row: number, column: string) => ({
    file: {
      key: 'import.file.fieldTooLong',
      params: { file: 'cases.csv', row, column, max: 10_000 },
    },
  })
  // One field of 5, 10, 20 MB (quadratic before: 0.8 / 3.1 / 12.1 s) and 100 MB (never answered):
  // refused at the first 100,000 characters of row 3, its first field (external_id).
  for (const mb of [5, 10, 20]) {
    cases.push({
      name: `cases: a ${mb} MB field on row 3`,
      kind: 'cases',
      fileName: 'cases.csv',
      body: hugeBody(header + good, 'x', mb * 2 ** 20),
      expected: fieldTooLong(3, 'external_id'),
    })
  }
  cases.push({
    name: 'cases: a 100 MB field on row 3 (made on demand)',
    kind: 'cases',
    fileName: 'cases.csv',
    body: hugeBody(header + good, 'y', 100 * 2 ** 20, hugeFieldPulled),
    expected: fieldTooLong(3, 'external_id'),
  })
  // A quote opened in the office cell (the 5th) of row 3 and never closed: the rest of a 2 MB file
  // would be that one field.
  cases.push({
    name: 'cases: a quote left open on row 3, 2 MB of rows after it',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(
      header +
        good +
        `B,${FARM},standard,public_service_center,"${PSC}\r\n` +
        caseLines('Q', 14_000).join('\r\n'),
    ),
    // Read as if unquoted, the fields of row 3 run: B, FARM, standard, public_service_center, then
    // the open quote's text up to the next comma: `"PSC\r\nQ-0` is short, so the record as a whole
    // is what passes 100,000 characters first: the row, not a field.
    expected: {
      file: { key: 'import.file.rowTooLong', params: { file: 'cases.csv', row: 3, max: 100_000 } },
    },
  })
  // A cell of exactly 10,000 characters passes the reader (and is refused as an id, max 200); one
  // of 10,001 is refused by the reader, naming the column.
  cases.push({
    name: 'cases: an external_id of 10,000 characters',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(
      csvOf('cases', [goodRow('cases', 'A'), goodRow('cases', 'i'.repeat(10_000))]),
    ),
    expected: {
      rows: [{ row: 3, column: 'external_id', key: 'import.error.tooLong', params: { max: 200 } }],
      valid: 1,
    },
  })
  cases.push({
    name: 'cases: an office of 10,001 characters',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(
      csvOf('cases', [
        goodRow('cases', 'A'),
        { ...goodRow('cases', 'B'), office: 'o'.repeat(10_001) },
      ]),
    ),
    expected: fieldTooLong(3, 'office'),
  })
  cases.push({
    name: 'cases: a quoted office of 10,001 characters',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(
      csvOf('cases', [
        goodRow('cases', 'A'),
        { ...goodRow('cases', 'B'), office: `"${'q'.repeat(10_001)}"` },
      ]),
    ),
    expected: fieldTooLong(3, 'office'),
  })
  // 16 cells of 7,000 characters: no cell too long, the line (112,000 + 15 commas) is.
  cases.push({
    name: 'cases: a line of 112,015 characters in 16 cells',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(header + good + Array(16).fill('w'.repeat(7_000)).join(',') + '\r\n'),
    expected: {
      file: { key: 'import.file.rowTooLong', params: { file: 'cases.csv', row: 3, max: 100_000 } },
    },
  })
  // 201 cells on row 3 (the header has 15): more than 200 columns.
  cases.push({
    name: 'cases: 201 columns on row 3',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(header + good + good.trimEnd() + ','.repeat(201 - 15) + '\r\n'),
    expected: {
      file: { key: 'import.file.tooManyColumns', params: { file: 'cases.csv', row: 3, max: 200 } },
    },
  })
  // A header of 70,000 characters (past the first 64 KB the probe's API dropped the
  // connection): the 16th header cell is 70,000 characters, named by its number.
  cases.push({
    name: 'cases: a header cell of 70,000 characters',
    kind: 'cases',
    fileName: 'cases.csv',
    body: encoder.encode(HEADERS.cases.join(',') + ',' + 'h'.repeat(70_000) + '\r\n' + good),
    expected: {
      file: {
        key: 'import.file.fieldTooLong',
        params: { file: 'cases.csv', row: 1, column: '#16', max: 10_000 },
      },
    },
  })
  // 5,000 lines of 99,000 characters each (≈ 495 MB) are not in the corpus: the reader's work per
  // line is bounded by the record limit, which the cases above test; CI has no room for it.
  return cases
}

/** A file of valid case rows with `bytes` put at the start of row `row` (rows 2…). */
function withBytesAt(row: number, rows: number, bytes: number[], trailer: number[] = []) {
  const lines = caseLines('U', rows - 1)
  const before = HEADERS.cases.join(',') + '\r\n' + lines.slice(0, row - 2).join('\r\n') + '\r\n'
  const after = lines.slice(row - 2).join('\r\n') + '\r\n'
  return Buffer.concat([
    Buffer.from(before),
    Buffer.from(bytes),
    Buffer.from(after),
    Buffer.from(trailer),
  ])
}

function encodingCases(): HostileCase[] {
  const encoding = (row: number) => ({
    file: { key: 'import.file.encoding', params: { file: 'cases.csv', row } },
  })
  const cases: HostileCase[] = []
  // The probe's: one invalid byte on row 2002 of a UTF-8 file (≈ 300 KB in): named row 2002, not
  // the row its 64 KB chunk starts on (1720 before).
  for (const [label, bytes] of [
    ['0xFF', [0xff]],
    ['an overlong NUL (C0 80)', [0xc0, 0x80]],
    ['a surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['a lead byte without its continuation (D0 41)', [0xd0, 0x41]],
    ['a 4-byte lead past U+10FFFF (F5 80 80 80)', [0xf5, 0x80, 0x80, 0x80]],
  ] as const) {
    for (const row of [700, 2002, 3000]) {
      cases.push({
        name: `cases: ${label} on row ${row}`,
        kind: 'cases',
        fileName: 'cases.csv',
        body: withBytesAt(row, 3100, [...bytes]),
        expected: encoding(row),
      })
    }
  }
  // A file that ends inside a character: named on its last line (3100 rows: the header and 3,099
  // data rows, the last line break followed by the cut character makes line 3101).
  cases.push({
    name: 'cases: the file ends in the middle of a character',
    kind: 'cases',
    fileName: 'cases.csv',
    body: withBytesAt(3100, 3100, [], [0xd0]),
    expected: encoding(3101),
  })
  // Invalid bytes within the first 64 KB: the file is read as Windows-1251 (Kazakh exports of
  // old systems), where every byte is a letter: 0xFF is «я» in the id, and both rows are valid.
  cases.push({
    name: 'cases: 0xFF on row 3 (in the first 64 KB): read as Windows-1251',
    kind: 'cases',
    fileName: 'cases.csv',
    body: withBytesAt(3, 3, [0xff]),
    expected: { rows: [], valid: 2 },
  })
  return cases
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────

function jsonCases(): HostileCase[] {
  const cases: HostileCase[] = []
  const good = (id: string) => goodRow('cases', id)
  // The probe's flood: 10,000 objects, each with the 15 columns and a key of its own. After
  // object n there are 15 + n distinct keys: past 200 at object 186.
  cases.push({
    name: 'json: 10,000 objects with a key of their own each',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(
      JSON.stringify(
        Array.from({ length: 10_000 }, (_, i) => ({ ...good(`J-${i}`), [`extra_${i}`]: i })),
      ),
    ),
    expected: {
      file: {
        key: 'import.file.tooManyColumns',
        params: { file: 'cases.json', row: 186, max: 200 },
      },
    },
  })
  // One object of 300 keys: object 1.
  const wide: Record<string, unknown> = { ...good('W') }
  for (let i = 0; i < 300; i++) wide[`k${i}`] = i
  cases.push({
    name: 'json: one object of 315 keys',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(JSON.stringify([wide])),
    expected: {
      file: { key: 'import.file.tooManyColumns', params: { file: 'cases.json', row: 1, max: 200 } },
    },
  })
  cases.push({
    name: 'json: a string of 10,001 characters in object 2',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(JSON.stringify([good('A'), { ...good('B'), office: 'o'.repeat(10_001) }])),
    expected: {
      file: {
        key: 'import.file.fieldTooLong',
        params: { file: 'cases.json', row: 2, column: 'office', max: 10_000 },
      },
    },
  })
  // Numbers as JSON numbers: 4294967301 out of range; 1e400 is Infinity once parsed.
  cases.push({
    name: 'json: wait_minutes_submit 4294967301 as a number',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(
      JSON.stringify([good('A'), { ...good('B'), wait_minutes_submit: 4294967301 }]),
    ),
    expected: {
      rows: [
        { row: 2, column: 'wait_minutes_submit', key: 'import.error.outOfRange', params: MINUTES },
      ],
      valid: 1,
    },
  })
  cases.push({
    name: 'json: service_minutes 1e400',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(
      `[${JSON.stringify(good('A'))},${JSON.stringify({ ...good('B'), service_minutes: 0 }).replace('"service_minutes":0', '"service_minutes":1e400')}]`,
    ),
    expected: {
      rows: [{ row: 2, column: 'service_minutes', key: 'import.error.integer' }],
      valid: 1,
    },
  })
  cases.push({
    name: 'json: a body of 33 MB',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(`[${JSON.stringify(good('A'))}, "${' '.repeat(33 * 2 ** 20)}"]`),
    expected: { file: { key: 'import.file.jsonTooBig', params: { file: 'cases.json', max: 32 } } },
  })
  cases.push({
    name: 'json: 100,000 nested arrays',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode('['.repeat(100_000) + ']'.repeat(100_000)),
    expected: { file: { key: 'import.file.json', params: { file: 'cases.json' } } },
  })
  cases.push({
    name: 'json: an object, not an array of objects',
    kind: 'cases',
    fileName: 'cases.json',
    body: encoder.encode(`[${JSON.stringify(good('A'))}, 5]`),
    expected: { file: { key: 'import.file.json', params: { file: 'cases.json' } } },
  })
  return cases
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────────

export interface ZipPart {
  name: string
  data: Buffer
  /** Sizes to write in the central directory instead of the true ones (a lying directory). */
  declared?: { packed?: number; unpacked?: number }
}

/** The parts of a ZIP (as exceljs writes it: deflated, sizes in the central directory). */
export function unzip(zip: Buffer): ZipPart[] {
  let end = zip.length - 22
  while (zip.readUInt32LE(end) !== 0x06054b50) end--
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const parts: ZipPart[] = []
  for (let n = 0; n < count; n++) {
    const method = zip.readUInt16LE(at + 10)
    const packed = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const local = zip.readUInt32LE(at + 42)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + packed)
    parts.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return parts
}

/** A ZIP of the parts, deflated, with the sizes each part declares. */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = []
  const entries: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name)
    const packed = deflateRawSync(part.data)
    const crc = crc32(part.data)
    const packedSize = part.declared?.packed ?? packed.length
    const unpackedSize = part.declared?.unpacked ?? part.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(part.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(packedSize, 20)
    entry.writeUInt32LE(unpackedSize, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    locals.push(local, name, packed)
    entries.push(entry, name)
    offset += local.length + name.length + packed.length
  }
  const directory = Buffer.concat(entries)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** An XLSX (written by exceljs) of the rows of `kind`, header first; cells as given. */
export async function xlsxOf(
  kind: ImportKind,
  rows: (string | number | Date)[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(kind)
  sheet.addRow(HEADERS[kind])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const rowOf = (kind: ImportKind, row: Row) => HEADERS[kind].map((c) => row[c] ?? '')

async function xlsxCases(): Promise<HostileCase[]> {
  const cases: HostileCase[] = []
  const base = await xlsxOf('cases', [rowOf('cases', goodRow('cases', 'X-1'))])
  const parts = unzip(base)
  const SHEET = 'xl/worksheets/sheet1.xml'
  const padded = (size: number) =>
    parts.map((p) =>
      p.name === SHEET
        ? {
            ...p,
            // Spaces after the XML declaration: legal XML, packed about 1000 times.
            data: Buffer.concat([
              p.data.subarray(0, p.data.indexOf('?>') + 2),
              Buffer.alloc(size, 0x20),
              p.data.subarray(p.data.indexOf('?>') + 2),
            ]),
          }
        : p,
    )
  // The bomb: a sheet of 20 MB that packs to ≈ 20 KB (the probe's was 3.9 MB → 1.16 GB). Its
  // ratio is what the directory says: unpacked / packed size of the sheet.
  const bombParts = padded(20 * 2 ** 20)
  const bomb = zip(bombParts)
  const sheet = bombParts.find((p) => p.name === SHEET)!.data
  const bombRatio = Math.round(sheet.length / deflateRawSync(sheet).length)
  cases.push({
    name: 'xlsx: a sheet packed about 1000 times',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: bomb,
    expected: {
      file: {
        key: 'import.file.xlsxRatio',
        params: { file: 'cases.xlsx', part: SHEET, ratio: bombRatio, max: 100 },
      },
    },
  })
  // A directory that promises 600 MB: refused from the directory alone.
  cases.push({
    name: 'xlsx: a directory promising 600 MB',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: zip(
      parts.map((p) => (p.name === SHEET ? { ...p, declared: { unpacked: 600 * 2 ** 20 } } : p)),
    ),
    expected: { file: { key: 'import.file.xlsxTooBig', params: { file: 'cases.xlsx', max: 512 } } },
  })
  // A directory that lies: it says the 30 MB sheet is 1 MB (not past the ratio, which applies
  // from 1 MB on); the inflating stops at the first byte past the promise.
  cases.push({
    name: 'xlsx: a sheet of 30 MB the directory calls 1 MB',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: zip(
      padded(30 * 2 ** 20).map((p) =>
        p.name === SHEET ? { ...p, declared: { unpacked: 2 ** 20 } } : p,
      ),
    ),
    expected: { file: { key: 'import.file.xlsxTooBig', params: { file: 'cases.xlsx', max: 512 } } },
  })
  cases.push({
    name: 'xlsx: cut before its directory',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: base.subarray(0, base.length - 200),
    expected: { file: { key: 'import.file.unreadable', params: { file: 'cases.xlsx' } } },
  })
  const bad = (row: Row) => rowOf('cases', { ...goodRow('cases', 'X-2'), ...row })
  const good = rowOf('cases', goodRow('cases', 'X-1'))
  cases.push({
    name: 'xlsx: 4294967301 minutes as a number cell',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: await xlsxOf('cases', [
      good,
      bad({}).map((v, i) => (HEADERS.cases[i] === 'wait_minutes_submit' ? 4294967301 : v)),
    ]),
    expected: {
      rows: [
        { row: 3, column: 'wait_minutes_submit', key: 'import.error.outOfRange', params: MINUTES },
      ],
      valid: 1,
    },
  })
  cases.push({
    name: 'xlsx: a cell of 10,001 characters',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: await xlsxOf('cases', [good, bad({ office: 'o'.repeat(10_001) })]),
    expected: {
      file: {
        key: 'import.file.fieldTooLong',
        params: { file: 'cases.xlsx', row: 3, column: 'office', max: 10_000 },
      },
    },
  })
  cases.push({
    name: 'xlsx: a row of 201 cells',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: await xlsxOf('cases', [good, [...good, ...Array(201 - 15).fill('z')]]),
    expected: {
      file: { key: 'import.file.tooManyColumns', params: { file: 'cases.xlsx', row: 3, max: 200 } },
    },
  })
  cases.push({
    name: 'xlsx: completed in 2099',
    kind: 'cases',
    fileName: 'cases.xlsx',
    body: await xlsxOf('cases', [good, bad({ completed_at: '2099-01-01T10:00:00+05:00' })]),
    expected: {
      rows: [
        {
          row: 3,
          column: 'completed_at',
          key: 'import.error.dateInFuture',
          params: { now: NOW_TEXT },
        },
      ],
      valid: 1,
    },
  })
  return cases
}

function emptyCases(): HostileCase[] {
  const file = (fileName: string, key: string) => ({ file: { key, params: { file: fileName } } })
  return [
    {
      name: 'an empty body',
      kind: 'cases',
      fileName: 'cases.csv',
      body: new Uint8Array(0),
      expected: file('cases.csv', 'import.file.empty'),
    },
    {
      name: 'a BOM and spaces',
      kind: 'cases',
      fileName: 'cases.csv',
      body: encoder.encode('\uFEFF  \r\n \r\n'),
      expected: file('cases.csv', 'import.file.empty'),
    },
    {
      name: 'random bytes with NULs',
      kind: 'cases',
      fileName: 'cases.csv',
      body: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      expected: file('cases.csv', 'import.file.binary'),
    },
    {
      name: 'a header only',
      kind: 'cases',
      fileName: 'cases.csv',
      body: encoder.encode(HEADERS.cases.join(',') + '\r\n'),
      expected: file('cases.csv', 'import.file.noRows'),
    },
  ]
}

/** The whole corpus (the XLSX cases need exceljs to write their base workbook). */
export async function hostileCorpus(): Promise<HostileCase[]> {
  return [
    ...numberCases(),
    ...dateCases(),
    ...controlCases(),
    ...sizeCases(),
    ...encodingCases(),
    ...jsonCases(),
    ...(await xlsxCases()),
    ...emptyCases(),
  ]
}
