// The rule-based holiday calendar of seeds/calendar-rules.ts (Law 267 art. 5 carry-over; the
// holiday list of docs/domain.md §5). Weekdays below are read off a calendar.
import { describe, expect, test } from 'vitest'
import {
  DERIVED_SOURCE,
  calendarRowsForYears,
  type CalendarDayRow,
} from '../../seeds/calendar-rules'
import { readReferenceFiles } from '../../seeds/reference-files'

const offDays = (rows: CalendarDayRow[]) => rows.map((r) => `${r.day} ${r.kind}`)
const carried = (year: number) =>
  calendarRowsForYears([year])
    .filter((r) => r.kind === 'transfer_day_off')
    .map((r) => r.day)

describe('calendarRowsForYears', () => {
  test('Nauryz 2019: Thu 21, Fri 22, Sat 23 March — the Saturday is carried to Monday 25 March', () => {
    const march = calendarRowsForYears([2019]).filter((r) => r.day.startsWith('2019-03'))
    expect(offDays(march)).toEqual([
      '2019-03-08 holiday',
      '2019-03-21 holiday',
      '2019-03-22 holiday',
      '2019-03-23 holiday',
      '2019-03-25 transfer_day_off',
    ])
    expect(march[4]).toEqual({
      day: '2019-03-25',
      kind: 'transfer_day_off',
      nameKk: 'Наурыз мейрамы (қайта белгіленген демалыс)',
      nameRu: 'Наурыз мейрамы (перенесённый выходной с 2019-03-23)',
      nameEn: 'Nauryz (carried over from 2019-03-23)',
      source: DERIVED_SOURCE,
    })
  })

  test('Nauryz 2020: Sat 21 and Sun 22 March are carried past Monday 23 (a holiday) to Tue 24 and Wed 25', () => {
    expect(carried(2020).filter((d) => d.startsWith('2020-03'))).toEqual([
      '2020-03-09',
      '2020-03-24',
      '2020-03-25',
    ])
  })

  test('Sat 7 May 2022 is carried past Victory Day (Mon 9 May) to Tuesday 10 May', () => {
    expect(carried(2022)).toEqual(['2022-01-03', '2022-01-04', '2022-05-02', '2022-05-10'])
  })

  test('7 January and Kurban Ait on a weekend carry nothing over (Kurban Sun 11 Aug 2019, Sat 7 Jan 2017)', () => {
    expect(carried(2019)).toEqual(['2019-03-25', '2019-07-08', '2019-12-02'])
    expect(carried(2017)).not.toContain('2017-01-09')
    // 2017: Sun 1 Jan → Tue 3 Jan (Mon 2 Jan is itself New Year); Sun 7 May → Mon 8 May;
    // Sat 16 + Sun 17 Dec → Mon 18 + Tue 19 Dec.
    expect(carried(2017)).toEqual(['2017-01-03', '2017-05-08', '2017-12-18', '2017-12-19'])
  })

  test('which holidays exist depends on the year', () => {
    const holidays = (year: number) =>
      calendarRowsForYears([year])
        .filter((r) => r.kind === 'holiday')
        .map((r) => r.day.slice(5))
    // 2013: 7 May new, 1 Dec and 17 Dec still there, no 25 Oct.
    expect(holidays(2013)).toEqual([
      '01-01',
      '01-02',
      '01-07',
      '03-08',
      '03-21',
      '03-22',
      '03-23',
      '05-01',
      '05-07',
      '05-09',
      '07-06',
      '08-30',
      '10-15',
      '12-01',
      '12-16',
      '12-17',
    ])
    // 2022: 25 Oct back, 1 Dec and 17 Dec gone (Kurban Ait on Sat 9 Jul).
    expect(holidays(2022)).toEqual([
      '01-01',
      '01-02',
      '01-07',
      '03-08',
      '03-21',
      '03-22',
      '03-23',
      '05-01',
      '05-07',
      '05-09',
      '07-06',
      '07-09',
      '08-30',
      '10-25',
      '12-16',
    ])
    // 2027: Constitution Day moves to 15 March; no 30 August.
    expect(holidays(2027)).toEqual([
      '01-01',
      '01-02',
      '01-07',
      '03-08',
      '03-15',
      '03-21',
      '03-22',
      '03-23',
      '05-01',
      '05-07',
      '05-09',
      '05-16',
      '07-06',
      '10-25',
      '12-16',
    ])
  })

  test('2028: Sat 16 December (Independence Day, one day only since 2022) → Monday 18 December', () => {
    expect(carried(2028)).toEqual(['2028-01-03', '2028-01-04', '2028-05-08', '2028-12-18'])
  })

  test('every generated row says it is derived and that no transfer orders are included', () => {
    const rows = calendarRowsForYears([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2027, 2028,
    ])
    expect(rows).toHaveLength(189 + 47)
    for (const row of rows) expect(row.source.startsWith(DERIVED_SOURCE)).toBe(true)
    expect(rows.some((r) => r.kind === 'transfer_working_day')).toBe(false)
    expect(new Set(rows.map((r) => r.day)).size).toBe(rows.length)
  })

  test('years the rules are not written for are refused', () => {
    expect(() => calendarRowsForYears([2009])).toThrow(RangeError)
    expect(() => calendarRowsForYears([2029])).toThrow(RangeError)
  })

  test('on the researched years the rules reproduce every holiday and carry-over of the researched calendar', () => {
    // The researched file also holds the decree / order transfers (bridge days off and working
    // Saturdays/Sundays), which no rule can know: those are left out of the comparison.
    const researched = readReferenceFiles().calendarDays.filter(
      (r) => !/^(Day off \(transferred from|Working day \(day off moved to)/.test(r.name_en),
    )
    const years = [2010, 2011, 2012, 2023, 2024, 2025, 2026]
    const generated = calendarRowsForYears(years)
    expect(generated.map((r) => [r.day, r.kind, r.nameKk, r.nameRu, r.nameEn])).toEqual(
      researched.map((r) => [r.day, r.kind, r.name_kk, r.name_ru, r.name_en]),
    )
  })
})
