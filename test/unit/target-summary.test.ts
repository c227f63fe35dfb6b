// The overview's first sentence: indicators counted by the engine's statuses, the zero parts
// left out, in each language; and the 24 months behind the headline cards' trend.
import { describe, expect, it } from 'vitest'
import { targetSummary } from '../../app/domain/target-summary'
import { headlineCountsByMonth, monthsEnding } from '../../app/domain/headline'
import type { IndicatorStatus } from '../../app/domain/indicator-status'
import { targetSummaryText } from '../../app/components/target-summary'
import { createTranslator } from '../../app/i18n/translate'
import { en } from '../../app/i18n/en'
import { ru } from '../../app/i18n/ru'
import { kk } from '../../app/i18n/kk'

const repeat = (status: IndicatorStatus, n: number) => Array<IndicatorStatus>(n).fill(status)

describe('targetSummary', () => {
  it('counts each indicator once by its status', () => {
    // 18 indicators: 12 meet, 3 fail, 2 inconclusive, 1 no data → 12 + 3 + 2 + 1 = 18.
    const s = targetSummary([
      ...repeat('meets', 12),
      ...repeat('fails', 3),
      ...repeat('inconclusive', 2),
      ...repeat('no_data', 1),
    ])
    expect(s).toEqual({
      total: 18,
      meets: 12,
      fails: 3,
      inconclusive: 2,
      withoutData: 1,
      noReference: 0,
    })
  })
  it('counts too few survey answers as without data, and keeps "no reference" apart', () => {
    // 2 insufficient + 1 no data = 3 without data; 1 without a reference; 4 in all.
    const s = targetSummary(['insufficient_data', 'no_data', 'insufficient_data', 'no_reference'])
    expect(s).toMatchObject({ total: 4, meets: 0, withoutData: 3, noReference: 1 })
  })
})

describe('the sentence', () => {
  // 12 meet, 0 fail, 2 inconclusive, 1 without data, 3 without a reference: 12+2+1+3 = 18.
  const summary = targetSummary([
    ...repeat('meets', 12),
    ...repeat('inconclusive', 2),
    'no_data',
    ...repeat('no_reference', 3),
  ])
  it('says the counts and leaves the zero parts out (en)', () => {
    expect(targetSummaryText(createTranslator('en', en), summary)).toBe(
      '12\u00a0of\u00a018 indicators meet their target or normative; 2 inconclusive; 1 without data; 3 without a target or normative.',
    )
  })
  it('is written in ru and kk with the same counts', () => {
    expect(targetSummaryText(createTranslator('ru', ru), summary)).toBe(
      '12\u00a0из\u00a018 показателей: цель или норматив выполнены; неоднозначно: 2; без данных: 1; без цели и норматива: 3.',
    )
    expect(targetSummaryText(createTranslator('kk', kk), summary)).toBe(
      '18 көрсеткіштің 12 нысаналы мәнге немесе нормативке сәйкес; 2 анық емес; 1 деректерсіз; 3 салыстыру мәнінсіз.',
    )
  })
  it('says so when nothing is in view', () => {
    expect(targetSummaryText(createTranslator('en', en), targetSummary([]))).toBe(
      'No indicators for this choice.',
    )
  })
})

describe('the 24 months of the trend', () => {
  it('runs back over the turn of the year, oldest first', () => {
    // 24 months ending 2025-03: 2023-04 … 2025-03 (9 of 2023, 12 of 2024, 3 of 2025 = 24).
    const months = monthsEnding('2025-03', 24)
    expect(months).toHaveLength(24)
    expect(months[0]).toBe('2023-04')
    expect(months[8]).toBe('2023-12')
    expect(months[9]).toBe('2024-01')
    expect(months[23]).toBe('2025-03')
  })
  it('sums the standards of a month and counts a month without rows as zero', () => {
    const [feb, mar] = headlineCountsByMonth(
      [
        { measure: 'on_time', numerator: 8, denominator: 10, periodStart: '2025-02-01' },
        { measure: 'on_time', numerator: 1, denominator: 5, periodStart: '2025-02-01' },
      ],
      ['2025-02', '2025-03'],
    )
    // February: 8 + 1 = 9 on time of 10 + 5 = 15; March: nothing.
    expect(feb!.onTime).toEqual({ numerator: 9, denominator: 15 })
    expect(mar!.onTime).toEqual({ numerator: 0, denominator: 0 })
  })
})
