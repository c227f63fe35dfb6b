// The year-end projection (docs/domain.md §9, decision 0026), worked by hand from the formula:
//   value = (N_ytd + p_R·D_R) / (D_ytd + D_R)
//   D_k   = D_ytd · H_k / H_ytd (earlier years' month shares) or D_ytd / elapsed months
//   p_R   = p_ytd + (G_R/H_R − G_ytd/H_ytd) (earlier years' shift) or p_ytd
//   var   = p̃q̃·Σ D_k(1 + (D_k − 1)ρ) + D_R² · p̃q̃·[Σ D_j(1 + (D_j − 1)ρ) / D_ytd² + S],
//           p̃ = (N_ytd + ½)/(D_ytd + 1), S = 1/H_R + 1/H_ytd with earlier years, else 0
//   80 %  = value ± 1.281552 · √var / (D_ytd + D_R)
import { describe, expect, it } from 'vitest'
import {
  estimateOverdispersion,
  projectState,
  projectYearEnd,
  type MonthCounts,
  type ProjectionInput,
} from '../../app/domain/projection'

const months = (...pairs: [number, number][]): MonthCounts[] =>
  pairs.map(([numerator, denominator]) => ({ numerator, denominator }))

// Six months of 90 of 100 cases on time, no earlier years, cut at the end of June.
//   N_ytd = 540, D_ytd = 600, elapsed 6 → D_k = 600/6 = 100 for July–December, D_R = 600
//   p_R = 540/600 = 0.9 → value = (540 + 0.9·600)/1200 = 1080/1200 = 90 %
//   p̃ = 540.5/601 = 0.899334, p̃q̃ = 0.899334·0.100666 = 0.090532, ρ = 0
//   var = 0.090532·600 + 600²·0.090532·600/600² = 54.319 + 54.319 = 108.638
//   sd = √108.638/1200 = 10.4230/1200 = 0.0086858; 1.281552·sd = 0.011131
//   → [88.89 %, 91.11 %]
const sixMonths: ProjectionInput = {
  direction: 'higher_is_better',
  target: null,
  normative: { kind: 'min', low: 85, high: null },
  months: months([90, 100], [90, 100], [90, 100], [90, 100], [90, 100], [90, 100]),
  lastMonthElapsed: 1,
  history: [],
}

describe('year-end projection', () => {
  it('six months of 90 % with no earlier years project 90 % in [88.89, 91.11]', () => {
    const p = projectYearEnd(sixMonths)
    expect(p.basis).toBe('year_to_date')
    expect(p.expectedRemaining).toBeCloseTo(600, 6)
    expect(p.value).toBe(90)
    expect(p.low).toBe(88.89)
    expect(p.high).toBe(91.11)
  })

  it('is on track when the whole interval meets, at risk when it straddles, off track when none of it does', () => {
    // Normative at least 85: 88.89 ≥ 85 → on track.
    expect(projectYearEnd(sixMonths).verdict).toBe('on_track')
    // A target of 90 wins over the normative: 88.89 < 90 ≤ 91.11 → at risk.
    expect(projectYearEnd({ ...sixMonths, target: 90 }).verdict).toBe('at_risk')
    // A target of 95: 91.11 < 95 → off track.
    expect(projectYearEnd({ ...sixMonths, target: 95 }).verdict).toBe('off_track')
    // No target, no normative: a value, no verdict.
    expect(projectYearEnd({ ...sixMonths, normative: null }).verdict).toBe('no_reference')
  })

  // A lower-is-better rate (justified complaints), cut at the end of March, with one earlier
  // year: 1 of 50 a month in January–June (2 %), 1 of 100 in July–December (1 %).
  //   this year: 1/40, 0/40, 1/40 → N_ytd = 2, D_ytd = 120, p_ytd = 0.0166667
  //   H_ytd = 3·50 = 150, G_ytd = 3; H_k = 50 for April–June, 100 for July–December:
  //   H_R = 150 + 600 = 750, G_R = 3 + 6 = 9
  //   D_k = 120·50/150 = 40 (April–June), 120·100/150 = 80 (July–December) → D_R = 120 + 480 = 600
  //   p_R = 0.0166667 + 9/750 − 3/150 = 0.0166667 + 0.012 − 0.02 = 0.0086667
  //   value = (2 + 0.0086667·600)/720 = 7.2/720 = 1.00 %
  //   ρ: the earlier year's p = 9/900 = 0.01; X² = 0.5²/(50·0.01·0.99) = 0.505051 in each of
  //   January–June, 0 in July–December → ΣX² = 3.0303 < 12 − 1 → ρ = 0
  //   p̃ = 2.5/121 = 0.0206612, p̃q̃ = 0.0202343
  //   S = 1/750 + 1/150 = 0.0013333 + 0.0066667 = 0.008
  //   var = 0.0202343·600 + 600²·0.0202343·(120/120² + 0.008)
  //       = 12.1406 + 360000·0.0202343·0.0163333 = 12.1406 + 118.978 = 131.119
  //   sd = √131.119/720 = 11.4507/720 = 0.0159037; 1.281552·sd = 0.0203815
  //   → low = 0.01 − 0.0204 < 0 → 0 %, high = 0.0303815 → 3.04 %
  const complaints: ProjectionInput = {
    direction: 'lower_is_better',
    target: null,
    normative: { kind: 'max', low: null, high: 1 },
    months: months([1, 40], [0, 40], [1, 40]),
    lastMonthElapsed: 1,
    history: [
      months(
        ...Array.from({ length: 6 }, () => [1, 50] as [number, number]),
        ...Array.from({ length: 6 }, () => [1, 100] as [number, number]),
      ),
    ],
  }

  it('a lower-is-better rate uses the earlier years’ seasons: 1.00 % in [0, 3.04]', () => {
    const p = projectYearEnd(complaints)
    expect(p.basis).toBe('earlier_years')
    expect(p.overdispersion).toBe(0)
    expect(p.expectedRemaining).toBeCloseTo(600, 6)
    expect(p.value).toBe(1)
    expect(p.low).toBe(0)
    expect(p.high).toBe(3.04)
  })

  it('judges a lower-is-better projection from the other side', () => {
    // At most 1 %: 0 ≤ 1 but 3.04 > 1 → at risk.
    expect(projectYearEnd(complaints).verdict).toBe('at_risk')
    // A target of at most 3.5 %: 3.04 ≤ 3.5 → on track.
    expect(projectYearEnd({ ...complaints, target: 3.5 }).verdict).toBe('on_track')
    // A target of at most 0.5 %... the interval starts at 0 → still at risk, not off track.
    expect(projectYearEnd({ ...complaints, target: 0.5 }).verdict).toBe('at_risk')
  })

  it('is too early before three months, or before 30 cases in the year to date', () => {
    // Two months of 50 cases: elapsed 2 < 3.
    const twoMonths = { ...sixMonths, months: months([45, 50], [45, 50]) }
    expect(projectYearEnd(twoMonths).verdict).toBe('too_early')
    // Six months of 4 cases: 24 < 30.
    const fewCases = {
      ...sixMonths,
      months: months(...Array.from({ length: 6 }, () => [4, 4] as [number, number])),
    }
    expect(projectYearEnd(fewCases).verdict).toBe('too_early')
    // A partial month counts by its elapsed share: January, February and half of March = 2.5.
    const midMarch = {
      ...sixMonths,
      months: months([90, 100], [90, 100], [45, 50]),
      lastMonthElapsed: 0.5,
    }
    expect(projectYearEnd(midMarch).elapsedMonths).toBe(2.5)
    expect(projectYearEnd(midMarch).verdict).toBe('too_early')
    // No cases at all: no value.
    expect(
      projectYearEnd({ ...sixMonths, months: months([0, 0], [0, 0], [0, 0], [0, 0]) }),
    ).toMatchObject({
      value: null,
      verdict: 'too_early',
    })
  })

  it('a band normative (40–50) is met from its lower edge up, as the status is', () => {
    // 90 % in [88.89, 91.11] against a band 40–50: both ends ≥ 40 → on track.
    const band = { ...sixMonths, normative: { kind: 'band' as const, low: 40, high: 50 } }
    expect(projectYearEnd(band).verdict).toBe('on_track')
  })
})

describe('overdispersion from earlier years', () => {
  it('two months of 50/100 and 70/100 give ρ = (8.3333 − 1)/198 = 0.037037', () => {
    // p = 120/200 = 0.6; X² = 10²/(100·0.6·0.4) = 4.16667 each → ΣX² = 8.33333;
    // cells − years = 2 − 1 = 1; Σ(D − 1) = 99 + 99 = 198.
    expect(estimateOverdispersion([months([50, 100], [70, 100])])).toBeCloseTo(0.037037, 5)
  })
  it('is 0 without earlier years or when the months vary less than binomially', () => {
    expect(estimateOverdispersion([])).toBe(0)
    expect(estimateOverdispersion([months([60, 100], [60, 100])])).toBe(0)
  })
})

describe('a state (information online)', () => {
  it('projects today’s share with no interval: 12 of 20 offices = 60 % against a band 40–50 is on track', () => {
    // 100·12/20 = 60 ≥ 40.
    const p = projectState({
      direction: 'higher_is_better',
      target: null,
      normative: { kind: 'band', low: 40, high: 50 },
      numerator: 12,
      denominator: 20,
    })
    expect(p).toMatchObject({ value: 60, low: 60, high: 60, verdict: 'on_track' })
    // A target of 65 → 60 < 65 → off track.
    expect(
      projectState({
        direction: 'higher_is_better',
        target: 65,
        normative: null,
        numerator: 12,
        denominator: 20,
      }).verdict,
    ).toBe('off_track')
  })
})
