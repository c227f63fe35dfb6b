// The imports' CSV record splitter (app/import/csv-records.server.ts) reads what csv-parse — the
// parser it replaced on the import path — reads with the options the import used (relaxed
// quotes and column counts, empty lines skipped, BOM dropped), whatever the chunks the text
// arrives in; multi-line records are numbered by the line they start on; an unclosed quote is an
// error naming its line.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  CSV_LIMITS,
  CsvLimitError,
  CsvRecordSplitter,
  CsvSyntaxError,
  type CsvRecord,
} from '../../app/import/csv-records.server'

function split(text: string, delimiter = ',', chunks: number[] = []): CsvRecord[] {
  const splitter = new CsvRecordSplitter(delimiter)
  const out: CsvRecord[] = []
  let at = 0
  for (const size of chunks) {
    splitter.push(text.slice(at, at + size), out)
    at += size
  }
  splitter.push(text.slice(at), out)
  splitter.end(out)
  return out
}

function csvParse(text: string, delimiter = ','): string[][] {
  return parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  }) as string[][]
}

/** Cuts `text` into chunks of 1–7 characters, the same way for the same seed. */
function chunksOf(text: string, seed: number): number[] {
  const sizes: number[] = []
  let state = seed
  for (let total = 0; total < text.length;) {
    state = (state * 1103515245 + 12345) % 2147483648
    const size = 1 + (state % 7)
    sizes.push(size)
    total += size
  }
  return sizes
}

const CORPUS: { name: string; text: string; delimiter?: string }[] = [
  { name: 'plain lines, CRLF', text: 'a,b,c\r\n1,2,3\r\n4,5,6\r\n' },
  { name: 'plain lines, LF, no final line break', text: 'a,b\n1,2\n3,4' },
  { name: 'a BOM before the header', text: '\uFEFFexternal_id,office\r\nX-1,KZ-11\r\n' },
  { name: 'semicolons', text: 'a;b\r\n"x;y";2\r\n3;"4"\r\n', delimiter: ';' },
  { name: 'tabs', text: 'a\tb\n1\t2\n', delimiter: '\t' },
  { name: 'empty lines are skipped', text: 'a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n' },
  { name: 'ragged rows', text: 'a,b,c\n1\n1,2,3,4,5\n,,\n' },
  { name: 'doubled quotes inside a quoted field', text: 'a,b\n"say ""hi""",2\n"""",""\n' },
  { name: 'a delimiter inside quotes', text: 'a,b\n"Astana, Yesil district",2\n' },
  { name: 'a quote inside an unquoted field', text: 'a,b\n5" pipe,x"y"z\n' },
  { name: 'a quoted field followed by text', text: 'a,b\n"x"y,1\n"q"r"s",2\n' },
  { name: 'Cyrillic and Kazakh letters', text: 'өтініш нөмірі,нәтиже\n"Ә-1","иә"\nҚ-2,жоқ\n' },
  { name: 'spaces are kept', text: 'a,b\n  1 , 2  \n' },
]

describe('CSV records', () => {
  for (const { name, text, delimiter = ',' } of CORPUS) {
    it(`${name}: the records csv-parse reads, in any chunking`, () => {
      const expected = csvParse(text, delimiter)
      expect(split(text, delimiter).map((r) => r.cells)).toEqual(expected)
      for (let seed = 1; seed <= 25; seed++) {
        expect(split(text, delimiter, chunksOf(text, seed)).map((r) => r.cells)).toEqual(expected)
      }
    })
  }

  it('a quoted field with line breaks is one record, numbered by the line it starts on', () => {
    const text = 'a,b\r\n1,"first line\r\nsecond line"\r\n\r\n2,3\r\n"x\ny\nz",4\r\n5,6\r\n'
    // Lines: 1 header; 2–3 the first record; 4 empty; 5 "2,3"; 6–8 the quoted x/y/z; 9 "5,6".
    const expected = [
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', 'first line\r\nsecond line'] },
      { row: 5, cells: ['2', '3'] },
      { row: 6, cells: ['x\ny\nz', '4'] },
      { row: 9, cells: ['5', '6'] },
    ]
    expect(split(text)).toEqual(expected)
    for (let seed = 1; seed <= 40; seed++)
      expect(split(text, ',', chunksOf(text, seed))).toEqual(expected)
    expect(expected.map((r) => r.cells)).toEqual(csvParse(text))
  })

  it('a file mixing LF and CRLF line ends is read line by line (csv-parse keeps the first line’s)', () => {
    expect(split('a,b\r\n1,2\n3,4\r\n\n5,6')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
      { row: 5, cells: ['5', '6'] },
    ])
  })

  it('rows are numbered by line: the 9,990th data line of a file is row 9,991', () => {
    const lines = ['id,value']
    for (let i = 1; i <= 10_000; i++) lines.push(`${i},${i % 2 ? '' : '"quoted"'}`)
    const records = split(lines.join('\r\n') + '\r\n', ',', [65_536, 65_536])
    expect(records).toHaveLength(10_001)
    expect(records[9_990]).toEqual({ row: 9_991, cells: ['9990', 'quoted'] })
  })

  it('a quote left open to the end of the file is an error naming the line the field starts on', () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n'
    expect(() => split(text)).toThrow(CsvSyntaxError)
    try {
      split(text, ',', chunksOf(text, 3))
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError)
      expect((error as CsvSyntaxError).line).toBe(3)
    }
    expect(() => csvParse(text)).toThrow(/Quote Not Closed/)
  })

  it('refuses a delimiter that cannot split fields', () => {
    expect(() => new CsvRecordSplitter('"')).toThrow(RangeError)
    expect(() => new CsvRecordSplitter(',;')).toThrow(RangeError)
  })

  describe('bounds (issue 18: one line of 5 / 10 / 20 MB cost 0.8 / 3.1 / 12.1 s, 100 MB never ended)', () => {
    /** The error the splitter throws for `text`, whole and in chunks of 1–7 characters. */
    function limitOf(text: string): { limit: string; line: number; column: number } {
      const errors = [undefined, 5].map((seed) => {
        try {
          split(text, ',', seed === undefined ? [] : chunksOf(text, seed))
        } catch (error) {
          if (error instanceof CsvLimitError) return { ...error, limit: error.limit }
          throw error
        }
        throw new Error('no limit error')
      })
      expect(errors[1]).toEqual(errors[0])
      const { limit, line, column } = errors[0]!
      return { limit, line, column }
    }

    it('a field of 10,000 characters is read; 10,001 is refused with its line and field, quoted or not', () => {
      const ok = 'a,b\n1,' + 'x'.repeat(CSV_LIMITS.fieldChars) + '\n'
      expect(split(ok)[1]!.cells[1]).toHaveLength(10_000)
      expect(limitOf('a,b\n1,2\n3,' + 'x'.repeat(10_001) + '\n')).toEqual({
        limit: 'field',
        line: 3,
        column: 2,
      })
      expect(limitOf('a,b\n1,2\n"' + 'x'.repeat(10_001) + '",4\n')).toEqual({
        limit: 'field',
        line: 3,
        column: 1,
      })
    })

    it('a record of more than 100,000 characters is refused, as is one of more than 200 fields', () => {
      // 11 fields of 9,500 characters and 10 commas: 104,510 characters, no field too long.
      const wide = Array(11).fill('w'.repeat(9_500)).join(',')
      expect(limitOf('a\n' + wide + '\n')).toEqual({ limit: 'record', line: 2, column: 0 })
      // 200 fields are read; 201 are not.
      expect(split('a\n' + ','.repeat(199) + '\n')[1]!.cells).toHaveLength(200)
      expect(limitOf('a\n1\n' + ','.repeat(200) + '\n')).toEqual({
        limit: 'columns',
        line: 3,
        column: 201,
      })
    })

    it('a quote left open is refused once its record passes 100,000 characters, not at the end of the file', () => {
      const splitter = new CsvRecordSplitter(',')
      const out: CsvRecord[] = []
      splitter.push('a,b\n1,"open\n', out)
      const piece = '2,3\n'.repeat(4_096) // 16 KB of short lines inside the open quote
      let pushed = 0
      expect(() => {
        for (; pushed < 1_000; pushed++) splitter.push(piece, out)
      }).toThrow(CsvLimitError)
      // 100,000 characters are passed within the 7th piece of 16,384 (6 × 16,384 = 98,304).
      expect(pushed).toBe(6)
    })

    it('a line of 20 MB given in pieces of 16 KB is refused after at most 7 of them: the text kept and scanned stays bounded', () => {
      const splitter = new CsvRecordSplitter(',')
      const out: CsvRecord[] = []
      splitter.push('a,b\n', out)
      const piece = 'y'.repeat(16_384)
      let pushed = 0
      let error: unknown
      try {
        for (; pushed < (20 * 2 ** 20) / 16_384; pushed++) splitter.push(piece, out)
      } catch (thrown) {
        error = thrown
      }
      expect(error).toBeInstanceOf(CsvLimitError)
      expect(error).toMatchObject({ limit: 'field', line: 2, column: 1 })
      expect(pushed).toBe(6)
    })
  })
})
