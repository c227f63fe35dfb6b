// A UTF-8 file is read piece by piece (256 KB, and however its stream cuts it): a character cut
// between two pieces, a BOM cut between two stream chunks, and an invalid byte after the first
// pieces each come out as a one-piece read gives them — the text whole, the BOM dropped, the row of
// the invalid byte named (decision 0046: checked and decoded by Node.js's SIMD code, not by a
// fatal TextDecoder).
import { describe, expect, it } from 'vitest'
import { ImportFileError, readRowBatches, type FileInput } from '../../app/import/read-file.server'

const utf8 = (text: string) => new TextEncoder().encode(text)

async function rowsOf(input: FileInput): Promise<string[][]> {
  const rows: string[][] = []
  for await (const batch of readRowBatches(input, { fileName: 'cases.csv' })) {
    for (const row of batch) rows.push(row.cells)
  }
  return rows
}

/** The bytes handed out in chunks of `size` bytes, as a stream of the file would. */
async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size)
}

/** Row r (1-based, the header row 1): `C-<r>,<office>`; Kazakh letters, two bytes each. */
function file(rows: number): string {
  const lines = ['external_id,office']
  for (let r = 2; r <= rows; r++) lines.push(`C-${r},Көкшетау қаласы ӘҒҚҢӨҰҮҺІ`)
  return lines.join('\n') + '\n'
}

describe('reading a UTF-8 file in pieces', () => {
  it('gives every character whole, wherever the pieces and the stream cut them', async () => {
    // ≈ 60 bytes a row: 20,000 rows are ≈ 1.2 MB, four 256 KB pieces and more.
    const text = file(20_000)
    const whole = await rowsOf(utf8(text))
    expect(whole).toHaveLength(20_000)
    expect(whole[19_999]).toEqual(['C-20000', 'Көкшетау қаласы ӘҒҚҢӨҰҮҺІ'])
    // Odd chunk sizes cut two-byte letters in both halves; byte by byte, a smaller file.
    for (const size of [7, 65_537]) {
      expect(await rowsOf(inChunks(utf8(text), size))).toEqual(whole)
    }
    const small = file(300)
    expect(await rowsOf(inChunks(utf8(small), 1))).toEqual(await rowsOf(utf8(small)))
  })
  it('drops a BOM at the start, also when the stream cuts it', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(file(3))])
    const expected = [
      ['external_id', 'office'],
      ['C-2', 'Көкшетау қаласы ӘҒҚҢӨҰҮҺІ'],
      ['C-3', 'Көкшетау қаласы ӘҒҚҢӨҰҮҺІ'],
    ]
    expect(await rowsOf(bytes)).toEqual(expected)
    expect(await rowsOf(inChunks(bytes, 1))).toEqual(expected)
    expect(await rowsOf(inChunks(bytes, 2))).toEqual(expected)
  })
  it('names the row of a byte that is not UTF-8, past the first pieces and across a cut', async () => {
    const bytes = utf8(file(20_000))
    // The first byte of row 15,000's first Kazakh letter becomes 0xFF.
    let at = 0
    for (let line = 1; line < 15_000; at++) if (bytes[at] === 0x0a) line++
    const broken = bytes.slice()
    broken[broken.indexOf(0xd0, at)] = 0xff
    for (const input of [broken, inChunks(broken, 7)]) {
      const error = await rowsOf(input).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(ImportFileError)
      expect((error as ImportFileError).params).toEqual({ file: 'cases.csv', row: 15_000 })
    }
  })
  it('names the last line of a file that ends inside a character', async () => {
    const bytes = new Uint8Array([...utf8(file(3)), 0xd0])
    const error = await rowsOf(bytes).then(
      () => null,
      (e: unknown) => e,
    )
    expect((error as ImportFileError).key).toBe('import.file.encoding')
    expect((error as ImportFileError).params).toEqual({ file: 'cases.csv', row: 4 })
  })
})
