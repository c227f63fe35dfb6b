// The imports' CSV record splitter (app/import/csv-records.server.ts) reads what csv-parse — the
// parser it replaced on the import path — reads with the options the import used (relaxed
// quotes and column counts, empty lines skipped, BOM dropped), whatever the chunks the text
// arrives in; multi-line records are numbered by the line they start on; an unclosed quote is an
// error naming its line.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
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
})
