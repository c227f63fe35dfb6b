// The ranking's axis zoomed to the data, the place of a bar's end and of the reference line.
import { describe, expect, it } from 'vitest'
import {
  axisPosition,
  rankingAxis,
  rankingReference,
  referenceLine,
} from '../../app/domain/ranking-axis'

describe('rankingAxis', () => {
  it('zooms to the values and the reference in 5-point steps', () => {
    // Values 87 … 99.7, normative 95: min 87 → floor(87/5)·5 = 85, one step lower = 80;
    // max 99.7 → ceil(99.7/5)·5 = 100.
    expect(rankingAxis([99.7, 87, 92.35], 95)).toEqual({ low: 80, high: 100 })
  })
  it('takes a reference below every value into the axis', () => {
    // Values 61.9 and 70, band low 40: floor(40/5)·5 − 5 = 35; ceil(70/5)·5 = 70.
    expect(rankingAxis([61.9, 70], 40)).toEqual({ low: 35, high: 70 })
  })
  it('is at least 10 points wide and stays within 0–100', () => {
    // All at 100: 100 − 5 = 95 is only 5 wide → 90–100.
    expect(rankingAxis([100, 100], null)).toEqual({ low: 90, high: 100 })
    // Near zero (a complaint rate): floor(0.4/5)·5 − 5 = −5 → 0; ceil(2.1/5)·5 = 5 → widened to 0–10.
    expect(rankingAxis([0.4, 2.1], null)).toEqual({ low: 0, high: 10 })
  })
  it('is 0–100 without any value', () => {
    expect(rankingAxis([null, null], null)).toEqual({ low: 0, high: 100 })
  })
})

describe('axisPosition', () => {
  const axis = { low: 80, high: 100 }
  it('places values by their exact number, whatever their decimals', () => {
    // (87 − 80) / 20 = 35 %; (88.4 − 80) / 20 = 42 %: 87 is drawn shorter than 88.4.
    expect(axisPosition(87, axis)).toBeCloseTo(35, 10)
    expect(axisPosition(88.4, axis)).toBeCloseTo(42, 10)
    expect(axisPosition(87, axis)).toBeLessThan(axisPosition(88.4, axis))
  })
  it('keeps values off the axis at its ends', () => {
    expect(axisPosition(50, axis)).toBe(0)
    expect(axisPosition(120, axis)).toBe(100)
  })
})

describe('referenceLine', () => {
  it('is where the reference lies on the track', () => {
    // (95 − 80) / 20 = 75 %.
    expect(referenceLine(95, { low: 80, high: 100 })).toBe(75)
  })
  it('is absent without a reference or when it is off the axis', () => {
    expect(referenceLine(null, { low: 80, high: 100 })).toBeNull()
    expect(referenceLine(70, { low: 80, high: 100 })).toBeNull()
  })
})

describe('rankingReference', () => {
  it('is the approved target when there is one', () => {
    expect(rankingReference(97, { asPrinted: 'не менее 95', low: 95, high: null })).toEqual({
      value: 97,
      kind: 'target',
      printed: '97',
    })
  })
  it('is the normative bound otherwise: a minimum, a maximum, a band’s lower end', () => {
    expect(rankingReference(null, { asPrinted: '≥ 95', low: 95, high: null })?.value).toBe(95)
    expect(rankingReference(null, { asPrinted: '≤ 5', low: null, high: 5 })?.value).toBe(5)
    expect(rankingReference(null, { asPrinted: '40–50', low: 40, high: 50 })?.value).toBe(40)
  })
  it('is absent without either', () => {
    expect(rankingReference(null, null)).toBeNull()
  })
})
