// Values and status from counts (docs/domain.md §6, decision 0004). Wilson bounds worked by hand
// with z = 1.959964, z² = 3.841459:
//   8/10:   centre = (0.8 + 0.192073)/1.384146 = 0.716737, half = 1.959964·√(0.016 + 0.009604)/1.384146
//           = 0.226581 → [49.02 %, 94.33 %]
//   85/100: centre = (0.85 + 0.019207)/1.038415 = 0.837049, half = 1.959964·√(0.001275 + 0.000096)/1.038415
//           = 0.069888 → [76.72 %, 90.69 %]
//   80/100: centre = 0.788903, half = 0.077731 → [71.12 %, 86.66 %]
import { describe, expect, it } from 'vitest'
import { judgeIndicator, type JudgeInput } from '../../app/domain/indicator-status'
import { wilsonInterval } from '../../app/domain/wilson'

const higher = (over: Partial<JudgeInput>): JudgeInput => ({
  measure: 'on_time',
  direction: 'higher_is_better',
  numerator: 0,
  denominator: 0,
  target: null,
  normative: null,
  ...over,
})

describe('Wilson 95 % interval', () => {
  it('8 of 10 is [49.02 %, 94.33 %]', () => {
    const ci = wilsonInterval(8, 10)!
    expect(ci.low * 100).toBeCloseTo(49.02, 2)
    expect(ci.high * 100).toBeCloseTo(94.33, 2)
  })
  it('stays inside [0, 1] at 0 and at 100 %, and is undefined for no answers', () => {
    expect(wilsonInterval(0, 40)!.low).toBe(0)
    expect(wilsonInterval(40, 40)!.high).toBe(1)
    expect(wilsonInterval(0, 0)).toBeNull()
  })
})

describe('indicator status', () => {
  it('a 0 denominator is no data, never 0 %', () => {
    expect(judgeIndicator(higher({ normative: { kind: 'min', low: 100, high: null } }))).toEqual({
      value: null,
      ciLow: null,
      ciHigh: null,
      status: 'no_data',
      reference: null,
    })
  })

  it('the value is 100 × numerator / denominator rounded to 2 decimals: 2/3 → 66.67', () => {
    expect(judgeIndicator(higher({ numerator: 2, denominator: 3 })).value).toBe(66.67)
  })

  it('status is decided on the exact ratio: 9999/10000 = 99.99 % fails a normative of 100', () => {
    const judged = judgeIndicator(
      higher({
        numerator: 9999,
        denominator: 10000,
        normative: { kind: 'min', low: 100, high: null },
      }),
    )
    expect(judged).toMatchObject({ value: 99.99, status: 'fails', reference: 'normative' })
  })

  it('without target or normative (land standards) the value has no reference', () => {
    expect(judgeIndicator(higher({ numerator: 9, denominator: 10 }))).toMatchObject({
      value: 90,
      status: 'no_reference',
    })
  })

  it('an approved target takes precedence over the normative: 96 % meets a target of 95 below a normative of 100', () => {
    const judged = judgeIndicator(
      higher({
        numerator: 96,
        denominator: 100,
        target: 95,
        normative: { kind: 'min', low: 100, high: null },
      }),
    )
    expect(judged).toMatchObject({ status: 'meets', reference: 'target' })
  })

  it('band 40-50: 39.9 % fails, 40 % meets, 55 % (above the band) meets', () => {
    const band = { kind: 'band' as const, low: 40, high: 50 }
    const at = (n: number, d: number) =>
      judgeIndicator(
        higher({ measure: 'info_online', numerator: n, denominator: d, normative: band }),
      ).status
    expect(at(399, 1000)).toBe('fails')
    expect(at(2, 5)).toBe('meets')
    expect(at(11, 20)).toBe('meets')
  })

  it('lower is better (4.1, maximum 1 %): 1 in 100 meets, 2 in 150 (1.33 %) fails', () => {
    const max1 = { kind: 'max' as const, low: null, high: 1 }
    const at = (n: number, d: number) =>
      judgeIndicator({
        measure: 'justified_complaint_rate',
        direction: 'lower_is_better',
        numerator: n,
        denominator: d,
        target: null,
        normative: max1,
      }).status
    expect(at(1, 100)).toBe('meets')
    expect(at(2, 150)).toBe('fails')
  })

  it('a survey share under 30 answers is insufficient data, whatever its value', () => {
    const judged = judgeIndicator(
      higher({ measure: 'satisfied_courtesy', numerator: 29, denominator: 29, target: 85 }),
    )
    expect(judged.status).toBe('insufficient_data')
  })

  it('85 of 100 satisfied against a target of 90: fails by the point, but the interval [76.72, 90.69] reaches 90 → inconclusive', () => {
    const judged = judgeIndicator(
      higher({ measure: 'satisfied_process', numerator: 85, denominator: 100, target: 90 }),
    )
    expect(judged).toEqual({
      value: 85,
      ciLow: 76.72,
      ciHigh: 90.69,
      status: 'inconclusive',
      reference: 'target',
    })
  })

  it('80 of 100 against 90: the whole interval [71.12, 86.66] misses → fails', () => {
    const judged = judgeIndicator(
      higher({ measure: 'satisfied_process', numerator: 80, denominator: 100, target: 90 }),
    )
    expect(judged).toMatchObject({ ciLow: 71.12, ciHigh: 86.66, status: 'fails' })
  })

  it('case measures carry no interval and are never inconclusive', () => {
    const judged = judgeIndicator(higher({ numerator: 85, denominator: 100, target: 90 }))
    expect(judged).toMatchObject({ ciLow: null, ciHigh: null, status: 'fails' })
  })
})
