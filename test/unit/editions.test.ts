// Which edition a record and a period follow (decision 0033, app/domain/editions.ts).
import { describe, expect, it } from 'vitest'
import { editionOfPeriod, editionOn, editionProblems } from '../../app/domain/editions'

// Two editions: the first in force 2011-05-19 … 2012-11-01 (then cancelled), the second loaded
// later, in force from 2026-07-01.
const first = { edition: 1, validFrom: '2011-05-19', validTo: '2012-11-01' }
const second = { edition: 2, validFrom: '2026-07-01', validTo: null }

describe('the edition a record is measured under', () => {
  it('is the edition in force on its key date', () => {
    expect(editionOn([first, second], '2012-03-01')).toEqual({
      edition: first,
      standing: 'in_force',
    })
    expect(editionOn([first, second], '2012-11-01')).toEqual({
      edition: first,
      standing: 'in_force',
    })
    expect(editionOn([first, second], '2026-07-01')).toEqual({
      edition: second,
      standing: 'in_force',
    })
  })

  it('after the last edition ends and before a successor starts, the ended table continues', () => {
    expect(editionOn([first, second], '2012-11-02')).toEqual({
      edition: first,
      standing: 'continued',
    })
    expect(editionOn([first, second], '2026-06-30')).toEqual({
      edition: first,
      standing: 'continued',
    })
    expect(editionOn([first], '2025-01-01')).toEqual({ edition: first, standing: 'continued' })
  })

  it('before the first edition starts, the first edition is the only table', () => {
    expect(editionOn([second, first], '2010-01-01')).toEqual({
      edition: first,
      standing: 'before_first',
    })
  })

  it('a standard without editions has none', () => {
    expect(editionOn([], '2025-01-01')).toBeNull()
  })
})

describe('the edition a period is judged against', () => {
  it('is the one of its first day; a period with another edition starting inside spans both', () => {
    // 2026: starts under edition 1 (continued), edition 2 starts on 1 July.
    expect(editionOfPeriod([first, second], '2026-01-01', '2026-12-31')).toEqual({
      edition: first,
      standing: 'continued',
      spans: [1, 2],
    })
    // June 2026 lies before 1 July: edition 1 alone; July: edition 2 alone.
    expect(editionOfPeriod([first, second], '2026-06-01', '2026-06-30')?.spans).toEqual([1])
    expect(editionOfPeriod([first, second], '2026-07-01', '2026-07-31')).toEqual({
      edition: second,
      standing: 'in_force',
      spans: [2],
    })
  })
})

describe('editions that cannot follow one another', () => {
  it('an edition that starts before the previous one ended overlaps it', () => {
    expect(
      editionProblems([first, { edition: 2, validFrom: '2012-10-01', validTo: null }]),
    ).toEqual([{ index: 1, kind: 'overlap', other: 1 }])
  })

  it('a later number must start later; valid_to may not precede valid_from', () => {
    expect(
      editionProblems([
        { edition: 1, validFrom: '2020-01-01', validTo: null },
        { edition: 2, validFrom: '2019-01-01', validTo: '2018-01-01' },
      ]),
    ).toEqual([
      { index: 1, kind: 'valid_to_before_from' },
      { index: 1, kind: 'number_order', other: 1 },
    ])
  })

  it('an open-ended edition followed by a later one is not an overlap', () => {
    expect(editionProblems([{ ...first, validTo: null }, second])).toEqual([])
  })
})
