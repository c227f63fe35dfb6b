// The suggested next-year target and the approval guards (app/domain/target-suggestion.ts,
// decisions 0008 and 0025), worked by hand from the rules: the base is the last complete year;
// a base the engine would not build on (no data, fewer than 30 answers, low coverage) gives way
// to the last approved target, else the normative; never weaker than the last approved target;
// never weaker than the normative (at least a minimum, at most a maximum, inside a band); never
// past it (decision 0008); never past 100 % (0 % when lower is better).
import { describe, expect, it } from 'vitest'
import {
  baseInterval,
  insufficientReason,
  isEasierThan,
  needsJustification,
  normativeFloor,
  normativeLimit,
  suggestionBaseYear,
  suggestTarget,
  weaknessOf,
  type NormativeBound,
  type SuggestionBase,
} from '../../app/domain/target-suggestion'

const HIGHER = 'higher_is_better' as const
const LOWER = 'lower_is_better' as const
const MIN_100: NormativeBound = { kind: 'min', low: 100, high: null }
const MIN_90: NormativeBound = { kind: 'min', low: 90, high: null }
const BAND_40_50: NormativeBound = { kind: 'band', low: 40, high: 50 }
const MAX_1: NormativeBound = { kind: 'max', low: null, high: 1 }

/** A base of 2025 the engine judged: full coverage unless said. */
function base(
  numerator: number,
  denominator: number,
  extra: Partial<SuggestionBase> = {},
): SuggestionBase {
  return {
    year: 2025,
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.round((10000 * numerator) / denominator) / 100,
    status: denominator === 0 ? 'no_data' : 'fails',
    coverage: { contributing: 21, serving: 21, low: false },
    ...extra,
  }
}
const LOW_COVERAGE = { contributing: 1, serving: 21, low: true }

describe('the base year: the last complete year, never a year still running', () => {
  it('on 3 December 2026 a suggestion for 2027 rests on 2025, not on 2026 to date', () => {
    // min(2027 − 1, 2026 − 1) = 2025
    expect(suggestionBaseYear(2027, '2026-12-03')).toBe(2025)
  })
  it('on 5 January 2027 the year 2026 is complete and is the base for 2027', () => {
    // min(2026, 2027 − 1) = 2026
    expect(suggestionBaseYear(2027, '2027-01-05')).toBe(2026)
  })
  it('for a past target year (2025 seen in 2026) the year before it, 2024', () => {
    expect(suggestionBaseYear(2025, '2026-12-03')).toBe(2024)
  })
})

describe("the engine's rules decide whether a base can be built on", () => {
  it('no base, or a denominator of 0: no data', () => {
    expect(insufficientReason(null)).toBe('no_data')
    expect(insufficientReason(base(0, 0))).toBe('no_data')
  })
  it('0 of 21 offices published with no office holding a record (3.3): no data, not 0 %', () => {
    expect(
      insufficientReason(base(0, 21, { coverage: { contributing: 0, serving: 21, low: true } })),
    ).toBe('no_data')
  })
  it('a survey value on fewer than 30 answers (5 / 5) is insufficient_data', () => {
    expect(insufficientReason(base(5, 5, { status: 'insufficient_data' }))).toBe(
      'insufficient_data',
    )
  })
  it('1 of 21 offices with data (1 < 21 / 2) is low coverage', () => {
    expect(insufficientReason(base(1, 2, { coverage: LOW_COVERAGE }))).toBe('low_coverage')
  })
  it('11 of 21 offices (11 ≥ 10.5) with 30 of 40 cases can be built on', () => {
    expect(
      insufficientReason(base(30, 40, { coverage: { contributing: 11, serving: 21, low: false } })),
    ).toBeNull()
  })
})

describe('the 95 % Wilson interval shown beside every base (z = 1.959964, z² = 3.841459)', () => {
  it('1 of 2: centre 0.5, half-width 1.959964 · √(0.125 + 0.240091) / 2.920730 = 0.405469', () => {
    // denominator 1 + z²/2 = 2.920730; centre (0.5 + z²/4) / 2.920730 = 1.460365 / 2.920730 = 0.5
    expect(baseInterval(1, 2)).toEqual({ low: 9.45, high: 90.55 })
  })
  it('0 of 21: low 0, high 2 · (z²/42) / (1 + z²/21) = 2 · 0.091463 / 1.182927 = 15.46 %', () => {
    expect(baseInterval(0, 21)).toEqual({ low: 0, high: 15.46 })
  })
  it('0 of 1: high 2 · (z²/2) / (1 + z²) = 3.841459 / 4.841459 = 79.35 %', () => {
    expect(baseInterval(0, 1)).toEqual({ low: 0, high: 79.35 })
  })
  it('no cases: no interval', () => {
    expect(baseInterval(0, 0)).toBeNull()
  })
})

describe('the normative limit and floor', () => {
  it('limit: the minimum or a band top when higher is better, the maximum or a band bottom when lower', () => {
    expect(normativeLimit(HIGHER, MIN_100)).toBe(100)
    expect(normativeLimit(HIGHER, BAND_40_50)).toBe(50)
    expect(normativeLimit(LOWER, MAX_1)).toBe(1)
    expect(normativeLimit(LOWER, BAND_40_50)).toBe(40)
    expect(normativeLimit(HIGHER, null)).toBeNull()
  })
  it('floor: the minimum or a band bottom when higher is better, the maximum or a band top when lower', () => {
    expect(normativeFloor(HIGHER, MIN_90)).toBe(90)
    expect(normativeFloor(HIGHER, BAND_40_50)).toBe(40)
    expect(normativeFloor(LOWER, MAX_1)).toBe(1)
    expect(normativeFloor(LOWER, BAND_40_50)).toBe(50)
    expect(normativeFloor(LOWER, null)).toBeNull()
  })
})

describe('the three suggestions of issue 13 (farm certificate, Akmola)', () => {
  it('3.3 Online, 0 of 21 offices published, 1 of 21 with a record (low coverage): the band bottom 40', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(0, 21, { coverage: LOW_COVERAGE }),
      lastApproved: null,
      normative: BAND_40_50,
    })
    expect(s).toEqual({
      value: 40,
      insufficient: 'low_coverage',
      steps: [{ kind: 'start_normative', value: 40, reason: 'low_coverage' }],
    })
  })

  it('4.1 justified complaints, 1 of 2 = 50 % from 1 of 21 offices: the maximum 1 %', () => {
    const s = suggestTarget({
      direction: LOWER,
      base: base(1, 2, { coverage: LOW_COVERAGE }),
      lastApproved: null,
      normative: MAX_1,
    })
    expect(s).toEqual({
      value: 1,
      insufficient: 'low_coverage',
      steps: [{ kind: 'start_normative', value: 1, reason: 'low_coverage' }],
    })
  })

  it('4.2 complaints on time, no complete year with data: the normative 100', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(0, 0),
      lastApproved: null,
      normative: MIN_100,
    })
    expect(s).toEqual({
      value: 100,
      insufficient: 'no_data',
      steps: [{ kind: 'start_normative', value: 100, reason: 'no_data' }],
    })
  })

  it('the same 1 of 2 with a last approved target of 0.8 %: that target, stricter than 1 %', () => {
    // start 0.8 (insufficient base); floor 1: 0.8 is not weaker; past the limit 1, but the last
    // approved target itself is past it: it stands, no further step.
    const s = suggestTarget({
      direction: LOWER,
      base: base(1, 2, { coverage: LOW_COVERAGE }),
      lastApproved: { value: 0.8, year: 2026 },
      normative: MAX_1,
    })
    expect(s).toEqual({
      value: 0.8,
      insufficient: 'low_coverage',
      steps: [{ kind: 'start_target', value: 0.8, reason: 'low_coverage', year: 2026 }],
    })
  })
})

describe('never weaker than the normative', () => {
  it('a full-coverage 0 % for 3.3 is raised into the band: 40', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(0, 21),
      lastApproved: null,
      normative: BAND_40_50,
    })
    expect(s.value).toBe(40)
    expect(s.insufficient).toBeNull()
    expect(s.steps).toEqual([
      { kind: 'start_base', value: 0, year: 2025 },
      { kind: 'raised_to_normative', value: 40, normative: 40 },
    ])
  })

  it('a value inside the band (4 of 9 = 44.44 %) is suggested as it is', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(4, 9),
      lastApproved: null,
      normative: BAND_40_50,
    })
    expect(s.value).toBe(44.44)
    expect(s.steps).toEqual([{ kind: 'start_base', value: 44.44, year: 2025 }])
  })

  it('7.22 % justified complaints (13 of 180) against the maximum 1 %: lowered to 1', () => {
    // 13 / 180 = 7.2222 % → 7.22; weaker than 1 → 1
    const s = suggestTarget({
      direction: LOWER,
      base: base(13, 180),
      lastApproved: null,
      normative: MAX_1,
    })
    expect(s.value).toBe(1)
    expect(s.steps).toEqual([
      { kind: 'start_base', value: 7.22, year: 2025 },
      { kind: 'raised_to_normative', value: 1, normative: 1 },
    ])
  })

  it('on time 87 of 99 = 87.88 % against the minimum 100: 100', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(87, 99),
      lastApproved: { value: 85, year: 2025 },
      normative: MIN_100,
    })
    expect(s.value).toBe(100)
    expect(s.steps.map((x) => x.kind)).toEqual(['start_base', 'raised_to_normative'])
  })
})

describe('never past the normative (decision 0008)', () => {
  it('5 of 8 = 62.5 % above the band stops at its top, 50', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(5, 8),
      lastApproved: null,
      normative: BAND_40_50,
    })
    expect(s.value).toBe(50)
    expect(s.steps.at(-1)).toEqual({
      kind: 'capped_normative',
      value: 50,
      normative: 50,
      band: true,
    })
  })

  it('32 of 35 = 91.43 % against the minimum 90: 90', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(32, 35),
      lastApproved: null,
      normative: MIN_90,
    })
    expect(s.value).toBe(90)
    expect(s.steps.map((x) => x.kind)).toEqual(['start_base', 'capped_normative'])
  })

  it('1 of 135 = 0.74 % with a last approved 0.8 % (past the maximum 1): 0.8 stands', () => {
    // start 0.74; 0.8 is not better than 0.74; floor 1 fine; 0.74 past the limit 1, the
    // last approved 0.8 is past it too → 0.8
    const s = suggestTarget({
      direction: LOWER,
      base: base(1, 135),
      lastApproved: { value: 0.8, year: 2026 },
      normative: MAX_1,
    })
    expect(s.value).toBe(0.8)
    expect(s.steps.map((x) => x.kind)).toEqual(['start_base', 'kept_target_past_normative'])
  })

  it('a band is a band: a last approved 55 above 40–50 gives 50, and the step says it is weaker', () => {
    // start 62.5; kept_target? 55 is not better than 62.5; floor 40 fine; past the top 50, the
    // last approved 55 is past it as well, but a band's top is where the standard stops → 50
    const s = suggestTarget({
      direction: HIGHER,
      base: base(5, 8),
      lastApproved: { value: 55, year: 2026 },
      normative: BAND_40_50,
    })
    expect(s.value).toBe(50)
    expect(s.steps.at(-1)).toEqual({
      kind: 'band_below_target',
      value: 50,
      normative: 50,
      target: 55,
    })
  })
})

describe('never weaker than the last approved target', () => {
  it('land ownership 1.1: 56 of 65 = 86.15 % against a last approved 90 (no normative) → 90', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(56, 65),
      lastApproved: { value: 90, year: 2026 },
      normative: null,
    })
    expect(s.steps).toEqual([
      { kind: 'start_base', value: 86.15, year: 2025 },
      { kind: 'kept_target', value: 90, target: 90, year: 2026 },
    ])
  })

  it('a survey base on 5 answers with a last approved 90 (no normative): 90, too few answers', () => {
    const s = suggestTarget({
      direction: HIGHER,
      base: base(5, 5, { status: 'insufficient_data' }),
      lastApproved: { value: 90, year: 2026 },
      normative: null,
    })
    expect(s).toEqual({
      value: 90,
      insufficient: 'insufficient_data',
      steps: [{ kind: 'start_target', value: 90, reason: 'insufficient_data', year: 2026 }],
    })
  })

  it('nothing at all (no base, no target, no normative): no suggestion', () => {
    expect(
      suggestTarget({ direction: HIGHER, base: null, lastApproved: null, normative: null }),
    ).toEqual({ value: null, insufficient: 'no_data', steps: [] })
  })
})

describe('the physical bound', () => {
  it('no normative, lower is better, a last approved of −0.5 (a bad input): 0', () => {
    const s = suggestTarget({
      direction: LOWER,
      base: null,
      lastApproved: { value: -0.5, year: 2026 },
      normative: null,
    })
    expect(s.value).toBe(0)
    expect(s.steps.at(-1)).toEqual({ kind: 'capped_bound', value: 0, bound: 0 })
  })
})

describe('the guard on approval: weaker than the normative or the previous approved target', () => {
  it('3.3 at 35 % is below the band bottom 40; 45 % is not; 55 % above the band is not weaker', () => {
    const w = (value: number) =>
      weaknessOf({ value, direction: HIGHER, normative: BAND_40_50, previousApproved: null })
    expect(w(35)).toEqual({ normative: true, previous: false })
    expect(w(45)).toEqual({ normative: false, previous: false })
    expect(w(55)).toEqual({ normative: false, previous: false })
  })

  it('4.1 at 2 % is above the maximum 1 %; 1 % is not', () => {
    const w = (value: number) =>
      weaknessOf({ value, direction: LOWER, normative: MAX_1, previousApproved: null })
    expect(needsJustification(w(2))).toBe(true)
    expect(needsJustification(w(1))).toBe(false)
  })

  it('no normative, previous 90: 89 is easier, 90 is not', () => {
    const w = (value: number) =>
      weaknessOf({ value, direction: HIGHER, normative: null, previousApproved: 90 })
    expect(w(89)).toEqual({ normative: false, previous: true })
    expect(needsJustification(w(90))).toBe(false)
  })

  it('isEasierThan: lower when higher is better, higher when lower is better, never without one', () => {
    expect(isEasierThan(95, 90, HIGHER)).toBe(true)
    expect(isEasierThan(95, 95, HIGHER)).toBe(false)
    expect(isEasierThan(1, 1.5, LOWER)).toBe(true)
    expect(isEasierThan(1, 0.5, LOWER)).toBe(false)
    expect(isEasierThan(null, 10, HIGHER)).toBe(false)
  })
})
