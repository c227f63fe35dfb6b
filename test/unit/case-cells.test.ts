// The cases hot path's hand-written parser (app/import/case-cells.server.ts) gives exactly what
// CaseRowSchema — the specification — gives for the same row: the same values when the row is
// valid, the same issues (column, message key, parameters) in the same order when it is not.
// The corpus varies every column over good values, each error class of the import, blanks,
// spaces, capitals and missing columns.
import { describe, expect, it } from 'vitest'
import {
  CASE_COLUMNS,
  caseCellIndex,
  parseCaseCells,
  type CaseColumn,
} from '../../app/import/case-cells.server'
import { CaseRowSchema } from '../../app/import/schemas.server'

const GOOD: Record<CaseColumn, string> = {
  external_id: 'A-1',
  standard: 'private-farm-certificate',
  variant: 'standard',
  channel: 'public_service_center',
  office: 'KZ-11-PSC-kokshetau-city',
  submitted_at: '2025-02-03T10:00:00+05:00',
  completed_at: '2025-02-04 15:00',
  result: 'issued',
  wait_minutes_submit: '5',
  wait_minutes_pickup: '',
  service_minutes: '12',
  docs_correct: 'иә',
  first_time_correct: 'нет',
  suspended_from: '',
  suspended_to: '',
}

/** Values tried in each column (besides GOOD's), good and bad. */
const VARIANTS: Record<CaseColumn, string[]> = {
  external_id: [
    '',
    '  ',
    ' B-2 ',
    'I'.repeat(200),
    'I'.repeat(201),
    'A\u0000',
    'I'.repeat(201) + '\u0007',
  ],
  standard: ['', 'land-lease-act', ' unknown ', 'a\u001bb'],
  variant: ['', 'GRANT', 'duplicate', 'other', 'grant\u0000', '\u000bgrant\u000c'],
  channel: ['', 'Local_Executive_Body', 'post'],
  office: ['', 'KZ-47-AKIMAT-aktau-city', 'nowhere'],
  submitted_at: [
    '',
    '03.02.2025 10:00',
    '2025-02-30',
    '2025-02-03 25:00',
    'yesterday',
    '2025-02-03Z',
    '2025-02-03 10:00\u0000',
    '\u00002025-02-03',
  ],
  completed_at: ['', '04.02.2025', '2025-13-01', ' 2025-02-05T09:00:00Z '],
  result: ['', 'REFUSED', 'in_progress', 'lost', 'issued\u0001'],
  wait_minutes_submit: ['0', '-3', '4.5', '12.0', 'ten', ' 7 ', '7\u0000', '1440', '1441'],
  wait_minutes_pickup: ['8', '-1', '1 000', '4294967301', '2147483648', '999999999999999'],
  service_minutes: ['', '-0', '99999999999999999999'],
  docs_correct: ['', 'yes', 'Да', 'maybe', '1', '2', 'yes\u0000'],
  first_time_correct: ['', 'ЖОҚ', 'true', 'n'],
  suspended_from: ['2025-02-03 12:00', 'soon'],
  suspended_to: ['2025-02-04 12:00', '31.04.2025'],
}

/** Zod's verdict, as rows.server.ts reads it. */
function viaZod(record: Record<string, string>) {
  const parsed = CaseRowSchema.safeParse(record)
  if (parsed.success) return { ok: true as const, value: parsed.data }
  return {
    ok: false as const,
    issues: parsed.error.issues.map((issue) => {
      const params = (issue as { params?: Record<string, string | number> }).params
      return {
        column: issue.path.length > 0 ? String(issue.path[0]) : null,
        key: issue.message,
        ...(params ? { params } : {}),
      }
    }),
  }
}

/** The hand-written parser over the cells of a file whose header lists `columns`. */
function viaCells(record: Record<string, string>, columns: readonly (string | null)[]) {
  const cells = columns.map((c) => (c === null ? 'ignored' : (record[c] ?? '')))
  return parseCaseCells(cells, caseCellIndex(columns))
}

function rows(): Record<string, string>[] {
  const out: Record<string, string>[] = [{ ...GOOD }]
  for (const column of CASE_COLUMNS) {
    for (const value of VARIANTS[column]) out.push({ ...GOOD, [column]: value })
  }
  // Rows with several problems at once: the issues keep the schema's column order.
  out.push({ ...GOOD, external_id: '', channel: 'post', service_minutes: '-1', suspended_to: 'x' })
  out.push(Object.fromEntries(CASE_COLUMNS.map((c) => [c, ''])))
  out.push({ ...GOOD, result: 'suspended', completed_at: '', suspended_from: '2025-02-03 12:00' })
  return out
}

describe('the cases row parser and CaseRowSchema', () => {
  const header = [...CASE_COLUMNS]
  it(`agree on ${rows().length} rows of the corpus`, () => {
    for (const record of rows()) {
      expect(viaCells(record, header), JSON.stringify(record)).toEqual(viaZod(record))
    }
  })

  it('agree whatever the column order, with columns Sapa does not read in between', () => {
    const shuffled = [...CASE_COLUMNS].reverse().flatMap((c, i) => (i % 4 === 0 ? [c, null] : [c]))
    for (const record of rows()) {
      expect(viaCells(record, shuffled), JSON.stringify(record)).toEqual(viaZod(record))
    }
  })

  it('agree when optional columns are missing from the file (read as blank)', () => {
    const required = CASE_COLUMNS.filter((c) =>
      [
        'external_id',
        'standard',
        'variant',
        'channel',
        'office',
        'submitted_at',
        'result',
      ].includes(c),
    )
    for (const record of rows()) {
      const blanked = Object.fromEntries(
        CASE_COLUMNS.map((c) => [c, required.includes(c) ? record[c]! : '']),
      )
      expect(viaCells(record, required), JSON.stringify(record)).toEqual(viaZod(blanked))
    }
  })

  it('reads a good row into typed values: trimmed codes in lower case, times, numbers, booleans', () => {
    const result = viaCells({ ...GOOD, variant: ' GRANT ', wait_minutes_submit: '12.0' }, [
      ...CASE_COLUMNS,
    ])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({
      external_id: 'A-1',
      variant: 'grant',
      wait_minutes_submit: 12,
      wait_minutes_pickup: null,
      docs_correct: true,
      first_time_correct: false,
      submitted_at: { kind: 'instant', at: new Date('2025-02-03T05:00:00Z') },
      completed_at: { kind: 'local', hasTime: true },
    })
  })
})
