// Which days of a period the engine reads from the month grain (its whole months) and which from
// the daily rollups (decision 0036): a period that ends on a month's last day is whole months
// only; the as-of date's month of a running year is read by day; a period inside one month has
// no whole month; a leap February counts to the 29th.
import { Kysely, PostgresDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import { periodsOfYear } from '../../app/domain/periods'
import { measureCountsSql, wholeMonthsOf } from '../../db/queries/indicators'

describe('wholeMonthsOf', () => {
  it('a whole year: January to December from the month grain, no day', () => {
    expect(wholeMonthsOf({ start: '2025-01-01', end: '2025-12-31' })).toEqual({
      from: '2025-01-01',
      until: '2026-01-01',
      days: [],
    })
  })

  it('a year up to 17 June: January to May by month, 1–17 June by day', () => {
    expect(wholeMonthsOf({ start: '2025-01-01', end: '2025-06-17' })).toEqual({
      from: '2025-01-01',
      until: '2025-06-01',
      days: [['2025-06-01', '2025-06-17']],
    })
  })

  it('a year up to 30 June: the whole of June is a month', () => {
    expect(wholeMonthsOf({ start: '2025-01-01', end: '2025-06-30' })).toEqual({
      from: '2025-01-01',
      until: '2025-07-01',
      days: [],
    })
  })

  it('the first days of a month: no whole month, every day by day', () => {
    expect(wholeMonthsOf({ start: '2025-06-01', end: '2025-06-17' })).toEqual({
      from: '2025-06-01',
      until: '2025-06-01',
      days: [['2025-06-01', '2025-06-17']],
    })
  })

  it('February 2024 to the 29th is whole; to the 28th it is 28 days', () => {
    expect(wholeMonthsOf({ start: '2024-02-01', end: '2024-02-29' }).days).toEqual([])
    expect(wholeMonthsOf({ start: '2024-02-01', end: '2024-02-28' }).days).toEqual([
      ['2024-02-01', '2024-02-28'],
    ])
  })

  it('a period from the middle of a month: its first days by day, then whole months', () => {
    expect(wholeMonthsOf({ start: '2025-03-10', end: '2025-05-31' })).toEqual({
      from: '2025-04-01',
      until: '2025-06-01',
      days: [['2025-03-10', '2025-03-31']],
    })
    expect(wholeMonthsOf({ start: '2025-03-10', end: '2025-03-20' })).toEqual({
      from: '2025-03-10',
      until: '2025-03-10',
      days: [['2025-03-10', '2025-03-20']],
    })
  })
})

// Compiled, never executed.
const compiler = new Kysely<unknown>({
  dialect: new PostgresDialect({ pool: async () => ({}) as never }),
})
const compiled = (asOf: string, source?: 'rollup' | 'daily') =>
  measureCountsSql({
    year: 2025,
    granularity: 'quarter',
    periods: periodsOfYear(2025, 'quarter', asOf),
    source,
  }).compile(compiler).sql

describe('the engine’s statement', () => {
  it('reads the month grain alone for periods of whole months', () => {
    const text = compiled('2025-12-31')
    expect(text).toContain('from rollup_cases_due_monthly r')
    expect(text).not.toContain('from rollup_cases_due r')
  })

  it('reads the daily rollups too for the month the as-of date holds in part', () => {
    const text = compiled('2025-06-17')
    expect(text).toContain('from rollup_cases_due_monthly r')
    expect(text).toContain('from rollup_cases_due r')
  })

  it('reads the daily rollups alone when asked to (source: daily)', () => {
    const text = compiled('2025-12-31', 'daily')
    expect(text).not.toContain('_monthly')
    expect(text).toContain('from rollup_cases_due r')
  })
})
