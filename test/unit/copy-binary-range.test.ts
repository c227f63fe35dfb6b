// The binary COPY writer refuses an integer its column type cannot hold (issue 18: 4294967301
// minutes were stored as 5 — DataView's setInt32 keeps the low 32 bits). The import checks every
// number against its range first; this is the last line, turning a missed check into an error
// instead of a wrong value.
import { describe, expect, it } from 'vitest'
import { BinaryCopyWriter } from '../../db/copy-binary'

describe('BinaryCopyWriter', () => {
  it('int4 writes -2147483648 and 2147483647; refuses 2147483648 and 4294967301 (which wrapped to 5)', () => {
    const w = new BinaryCopyWriter(1)
    w.beginRow()
    expect(() => w.int4(2_147_483_647)).not.toThrow()
    expect(() => w.int4(-2_147_483_648)).not.toThrow()
    expect(() => w.int4(2_147_483_648)).toThrow(RangeError)
    expect(() => w.int4(4_294_967_301)).toThrow(RangeError)
    expect(() => w.int4(Number.NaN)).toThrow(RangeError)
  })

  it('int2 writes 32767; refuses 32768 (which wrapped to -32768)', () => {
    const w = new BinaryCopyWriter(1)
    w.beginRow()
    expect(() => w.int2(32_767)).not.toThrow()
    expect(() => w.int2(32_768)).toThrow(RangeError)
  })
})
