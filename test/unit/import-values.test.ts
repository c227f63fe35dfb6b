// The cell readers of the import formats (app/import/values.server.ts), worked by hand.
import { describe, expect, it } from 'vitest'
import {
  dayIn,
  instantIn,
  parseAnswerToken,
  parseWrittenTime,
  parseYesNo,
  type AnswerToken,
} from '../../app/import/values.server'
import { matchHeader, normalizeHeader } from '../../app/import/formats.server'

const tokens = (...cells: string[]) => cells.map((c) => parseAnswerToken(c)!) as AnswerToken[]

describe('times', () => {
  it('an ISO time with an offset is that instant: 10:00+05:00 is 05:00Z', () => {
    const t = parseWrittenTime('2025-02-03T10:00:00+05:00')!
    expect(instantIn(t, 'Asia/Aqtau')).toEqual(new Date('2025-02-03T05:00:00Z'))
  })

  it('a local time is read in the office zone: Almaty was UTC+6 until 1 March 2024, UTC+5 after', () => {
    expect(instantIn(parseWrittenTime('2024-02-01 10:00')!, 'Asia/Almaty')).toEqual(
      new Date('2024-02-01T04:00:00Z'),
    )
    expect(instantIn(parseWrittenTime('01.04.2024 10:00')!, 'Asia/Almaty')).toEqual(
      new Date('2024-04-01T05:00:00Z'),
    )
  })

  it('DD.MM.YYYY and YYYY-MM-DD are the same day; 30.02 and 25:00 are not times', () => {
    expect(dayIn(parseWrittenTime('06.03.2025')!, 'Asia/Almaty')).toBe('2025-03-06')
    expect(dayIn(parseWrittenTime('2025-03-06')!, 'Asia/Almaty')).toBe('2025-03-06')
    // 22:00Z on 5 March is 03:00 on 6 March in UTC+5.
    expect(dayIn(parseWrittenTime('2025-03-05T22:00Z')!, 'Asia/Almaty')).toBe('2025-03-06')
    expect(parseWrittenTime('30.02.2025')).toBeUndefined()
    expect(parseWrittenTime('2025-02-03 25:00')).toBeUndefined()
    expect(parseWrittenTime('yesterday')).toBeUndefined()
  })
})

describe('plain YYYY-MM-DD[ HH:MM[:SS]] cells (read without the patterns)', () => {
  const local = (text: string) => {
    const t = parseWrittenTime(text)
    return t?.kind === 'local' ? { ...t.parts, hasTime: t.hasTime } : t
  }

  it('read field by field, with a space, T or t between date and time', () => {
    expect(local('2024-02-29 10:05:09')).toEqual({
      ...{ year: 2024, month: 2, day: 29, hour: 10, minute: 5, second: 9, ms: 0 },
      hasTime: true,
    })
    expect(local('2024-02-29t23:59')).toMatchObject({ hour: 23, minute: 59, second: 0 })
    expect(local('2024-02-29')).toMatchObject({ hour: 0, hasTime: false })
    // A one-digit hour is not the plain shape: the pattern reads it the same way.
    expect(local('2024-02-29 9:05')).toMatchObject({ hour: 9, minute: 5, hasTime: true })
  })

  it('29 February only in leap years (2024, 2000 — not 2025, not 1900); no 31 April, no month 13', () => {
    expect(parseWrittenTime('2000-02-29')).toBeDefined()
    expect(parseWrittenTime('2025-02-29')).toBeUndefined()
    expect(parseWrittenTime('1900-02-29 08:00')).toBeUndefined()
    expect(parseWrittenTime('2024-04-31 08:00:00')).toBeUndefined()
    expect(parseWrittenTime('2024-13-01')).toBeUndefined()
    expect(parseWrittenTime('2024-00-10')).toBeUndefined()
  })

  it('24:00, minute 60 and second 60 are not times; a year before 100 is not read', () => {
    expect(parseWrittenTime('2024-02-29 24:00:00')).toBeUndefined()
    expect(parseWrittenTime('2024-02-29 23:60')).toBeUndefined()
    expect(parseWrittenTime('2024-02-29 23:59:60')).toBeUndefined()
    expect(parseWrittenTime('0099-12-31')).toBeUndefined()
  })
})

describe('yes/no and survey answers', () => {
  it('yes/no in Kazakh, Russian and English, and 1/0', () => {
    for (const yes of ['yes', 'Иә', 'да', 'TRUE', '1']) expect(parseYesNo(yes)).toBe(true)
    for (const no of ['no', 'жоқ', 'Нет', 'false', '0']) expect(parseYesNo(no)).toBe(false)
    expect(parseYesNo('maybe')).toBeUndefined()
  })

  it('an answer cell is a word, a digit 0–5 or blank; what a digit means is the file’s scale (survey-scale.test.ts)', () => {
    expect(tokens('1', '0', '', 'да', '4')).toEqual([
      { kind: 'digit', n: 1 },
      { kind: 'digit', n: 0 },
      { kind: 'blank' },
      { kind: 'word', yes: true },
      { kind: 'digit', n: 4 },
    ])
    expect(parseAnswerToken('7')).toBeUndefined()
    expect(parseAnswerToken('2.5')).toBeUndefined()
  })
})

describe('headers', () => {
  it('match case- and spacing-insensitively, in Kazakh and Russian', () => {
    expect(normalizeHeader(' Submitted At ')).toBe(normalizeHeader('submitted_at'))
    const match = matchHeader('publications', [
      'Код места',
      'СТАНДАРТ',
      'Жыл',
      'опубликовано',
      'note',
    ])
    expect(match).toEqual({ ok: true, columns: ['office', 'standard', 'year', 'published', null] })
    expect(matchHeader('publications', ['office', 'standard'])).toEqual({
      ok: false,
      missing: ['year', 'published'],
    })
  })
})
