// The suggested next-year target (app/domain/target-suggestion.ts, decision 0008), worked by hand
// from the rules: start from this year's value; never easier than this year's approved target;
// never past the normative (a band's far end); never past 100 % (or 0 % when lower is better).
// Values are the golden fixture's where one fits (test/db/indicators-golden.test.ts).
import { describe, expect, it } from 'vitest'
import {
  isEasierThan,
  normativeLimit,
  suggestTarget,
  type NormativeBound,
} from '../../app/domain/target-suggestion'

const HIGHER = 'higher_is_better' as const
const LOWER = 'lower_is_better' as const
const MIN_100: NormativeBound = { kind: 'min', low: 100, high: null }
const MIN_90: NormativeBound = { kind: 'min', low: 90, high: null }
const BAND_40_50: NormativeBound = { kind: 'band', low: 40, high: 50 }
const MAX_1: NormativeBound = { kind: 'max', low: null, high: 1 }

describe('the normative limit a suggestion stops at', () => {
  it('is the minimum or the top of a band when higher is better, the maximum when lower is', () => {
    expect(normativeLimit(HIGHER, MIN_100)).toBe(100)
    expect(normativeLimit(HIGHER, BAND_40_50)).toBe(50)
    expect(normativeLimit(LOWER, MAX_1)).toBe(1)
    expect(normativeLimit(LOWER, BAND_40_50)).toBe(40)
    expect(normativeLimit(HIGHER, null)).toBeNull()
  })
})

describe('a band normative (farm 3.3, 40-50)', () => {
  it('a value inside the band (Mangystau 44.44) is suggested as it is', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 44.44,
      currentTarget: null,
      normative: BAND_40_50,
    })
    expect(s).toEqual({ value: 44.44, steps: [{ kind: 'start_current', value: 44.44 }] })
  })

  it('a value above the band (62.5) stops at its top, 50', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 62.5,
      currentTarget: null,
      normative: BAND_40_50,
    })
    expect(s.value).toBe(50)
    expect(s.steps).toEqual([
      { kind: 'start_current', value: 62.5 },
      { kind: 'capped_normative', value: 50, normative: 50, band: true },
    ])
  })

  it('a value below the band (Akmola 38.10) with a target of 45 is raised to the target', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 38.1,
      currentTarget: 45,
      normative: BAND_40_50,
    })
    expect(s.value).toBe(45)
    expect(s.steps.map((x) => x.kind)).toEqual(['start_current', 'kept_target'])
  })

  it('an approved target already past the band (55) stands: a suggestion is never a step back', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 62.5,
      currentTarget: 55,
      normative: BAND_40_50,
    })
    expect(s.value).toBe(55)
    expect(s.steps).toEqual([
      { kind: 'start_current', value: 62.5 },
      { kind: 'kept_target_past_normative', value: 55, normative: 50 },
    ])
  })
})

describe('a lower-is-better measure (farm 4.1, justified complaints, normative max 1 %)', () => {
  it('Akmola 7.22 % with no target: 7.22 — above the maximum is not "past" it', () => {
    const s = suggestTarget({
      direction: LOWER,
      current: 7.22,
      currentTarget: null,
      normative: MAX_1,
    })
    expect(s).toEqual({ value: 7.22, steps: [{ kind: 'start_current', value: 7.22 }] })
  })

  it('7.22 % with a target of 5 %: never easier (higher) than the target → 5', () => {
    const s = suggestTarget({ direction: LOWER, current: 7.22, currentTarget: 5, normative: MAX_1 })
    expect(s.value).toBe(5)
    expect(s.steps.map((x) => x.kind)).toEqual(['start_current', 'kept_target'])
  })

  it('Mangystau 0.74 % with no target: not past the maximum 1 % → 1', () => {
    const s = suggestTarget({
      direction: LOWER,
      current: 0.74,
      currentTarget: null,
      normative: MAX_1,
    })
    expect(s.value).toBe(1)
    expect(s.steps.at(-1)).toEqual({
      kind: 'capped_normative',
      value: 1,
      normative: 1,
      band: false,
    })
  })

  it('0.74 % with an approved target of 0.8 % (stricter than 1 %): the target stands → 0.8', () => {
    const s = suggestTarget({
      direction: LOWER,
      current: 0.74,
      currentTarget: 0.8,
      normative: MAX_1,
    })
    expect(s.value).toBe(0.8)
    expect(s.steps.map((x) => x.kind)).toEqual(['start_current', 'kept_target_past_normative'])
  })

  it('without a normative, 0 % is the bound', () => {
    const s = suggestTarget({
      direction: LOWER,
      current: -0.5,
      currentTarget: null,
      normative: null,
    })
    expect(s.value).toBe(0)
    expect(s.steps.at(-1)).toEqual({ kind: 'capped_bound', value: 0, bound: 0 })
  })
})

describe('the physical bound 100 %', () => {
  it('land lease 1.1 at 100 % with a target of 98 and no normative: 100, nothing to cap', () => {
    const s = suggestTarget({ direction: HIGHER, current: 100, currentTarget: 98, normative: null })
    expect(s).toEqual({ value: 100, steps: [{ kind: 'start_current', value: 100 }] })
  })

  it('a value over 100 (a bad input) is cut to 100', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 100.4,
      currentTarget: null,
      normative: null,
    })
    expect(s.value).toBe(100)
    expect(s.steps.at(-1)).toEqual({ kind: 'capped_bound', value: 100, bound: 100 })
  })

  it('farm 3.1 at 100 % against the normative 100: 100 (the normative and the bound agree)', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 100,
      currentTarget: null,
      normative: MIN_100,
    })
    expect(s).toEqual({ value: 100, steps: [{ kind: 'start_current', value: 100 }] })
  })
})

describe("never below this year's approved target", () => {
  it('land ownership 1.1, nation: 86.15 % against the target 90 → 90', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 86.15,
      currentTarget: 90,
      normative: null,
    })
    expect(s.value).toBe(90)
    expect(s.steps).toEqual([
      { kind: 'start_current', value: 86.15 },
      { kind: 'kept_target', value: 90, target: 90 },
    ])
  })

  it('farm 1.1, Akmola: 87.88 % above its own target 85 and below the normative 100 → 87.88', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 87.88,
      currentTarget: 85,
      normative: MIN_100,
    })
    expect(s).toEqual({ value: 87.88, steps: [{ kind: 'start_current', value: 87.88 }] })
  })

  it('farm 4.4, Akmola: 91.43 % past the normative minimum 90 → 90', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 91.43,
      currentTarget: null,
      normative: MIN_90,
    })
    expect(s.value).toBe(90)
    expect(s.steps.at(-1)).toEqual({
      kind: 'capped_normative',
      value: 90,
      normative: 90,
      band: false,
    })
  })

  it('an exact ratio is rounded like the shown value: 87/99 = 87.8787… → 87.88', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: (100 * 87) / 99,
      currentTarget: null,
      normative: MIN_100,
    })
    expect(s.value).toBe(87.88)
  })
})

describe('no data this year', () => {
  it("starts from this year's target (92)", () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: null,
      currentTarget: 92,
      normative: MIN_100,
    })
    expect(s).toEqual({
      value: 92,
      steps: [{ kind: 'start_target', value: 92, reason: 'no_data' }],
    })
  })

  it('without a target, from the normative (100)', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: null,
      currentTarget: null,
      normative: MIN_100,
    })
    expect(s).toEqual({
      value: 100,
      steps: [{ kind: 'start_normative', value: 100, reason: 'no_data' }],
    })
  })

  it('a survey value on fewer than 30 answers (Akmola land lease 2.1: 5 / 5 = 100 %) is not built on', () => {
    const s = suggestTarget({
      direction: HIGHER,
      current: 100,
      insufficient: true,
      currentTarget: 90,
      normative: null,
    })
    expect(s).toEqual({
      value: 90,
      steps: [{ kind: 'start_target', value: 90, reason: 'insufficient_data' }],
    })
  })

  it('with nothing at all (a land indicator without data or target): no suggestion', () => {
    expect(
      suggestTarget({ direction: HIGHER, current: null, currentTarget: null, normative: null }),
    ).toEqual({ value: null, steps: [] })
  })
})

describe('isEasierThan', () => {
  it('higher is better: a proposal below the previous approved target is easier', () => {
    expect(isEasierThan(95, 90, HIGHER)).toBe(true)
    expect(isEasierThan(95, 95, HIGHER)).toBe(false)
    expect(isEasierThan(95, 97, HIGHER)).toBe(false)
  })

  it('lower is better: a proposal above the previous approved target is easier', () => {
    expect(isEasierThan(1, 1.5, LOWER)).toBe(true)
    expect(isEasierThan(1, 1, LOWER)).toBe(false)
    expect(isEasierThan(1, 0.5, LOWER)).toBe(false)
  })

  it('no previous approved target: never flagged', () => {
    expect(isEasierThan(null, 10, HIGHER)).toBe(false)
    expect(isEasierThan(null, 10, LOWER)).toBe(false)
  })
})
