// The keys an import's file holds more than once are spotted while it is read
// (app/import/repeated-keys.ts), so that the search for repeats in SQL reads only those.
import { describe, expect, it } from 'vitest'
import { RepeatedKeys } from '../../app/import/repeated-keys'

describe('repeated keys of a file', () => {
  it('lists each key added more than once, once, and no key added once', () => {
    const keys = new RepeatedKeys()
    for (const key of ['C-1', 'C-2', 'C-3', 'C-2', 'C-4', 'C-2', 'C-1', 'Қ-5']) keys.add(key)
    expect(keys.candidates()!.sort()).toEqual(['C-1', 'C-2'])
  })

  it('tells apart keys that differ in one letter, in case, or by a Kazakh letter', () => {
    const keys = new RepeatedKeys()
    for (const key of ['KZ-11-0001', 'KZ-11-0002', 'kz-11-0001', 'Қ-11-0001', 'К-11-0001']) {
      keys.add(key)
    }
    expect(keys.candidates()).toEqual([])
  })

  it('finds the repeat among 300,000 distinct keys, through the table growing from 4,096 slots', () => {
    const keys = new RepeatedKeys()
    for (let i = 0; i < 300_000; i++) keys.add(`I${i % 7}-C-${String(i).padStart(7, '0')}`)
    // Distinct so far: a chance meeting of both hashes among 300,000 keys has odds of about
    // 300,000² / 2 / 2⁶³ ≈ 5 · 10⁻⁹.
    expect(keys.candidates()).toEqual([])
    keys.add('I4-C-0123456') // 123456 = 7 × 17636 + 4: the key of i = 123456
    keys.add('I0-C-0123456') // not a key added before (i = 123456 has prefix I4)
    expect(keys.candidates()).toEqual(['I4-C-0123456'])
  })

  it('gives up the list past its limit: every key is then to be searched', () => {
    const keys = new RepeatedKeys(3)
    for (const key of ['a', 'b', 'c', 'd', 'a', 'b', 'c']) keys.add(key)
    expect(keys.candidates()!.sort()).toEqual(['a', 'b', 'c'])
    keys.add('d')
    expect(keys.candidates()).toBeNull()
    keys.add('e')
    keys.add('e')
    expect(keys.candidates()).toBeNull()
  })
})
