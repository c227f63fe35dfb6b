// One number style (docs/domain.md §12, decision 0029): percentages with one decimal, the
// trailing zero kept; two only within rounding distance (0.05 points) of the threshold the status
// is decided against; targets with one decimal, two when they have a second; counts grouped by a
// non-breaking space (kk, ru) or a comma (en); point differences signed with one decimal.
// Every expected text is written out by hand.
import { describe, expect, it } from 'vitest'
import { percentDigits, referenceDigits, statusThreshold } from '../../app/domain/indicator-status'
import { en } from '../../app/i18n/en'
import { formatPercent, formatSignedPoints } from '../../app/i18n/format'
import { kk } from '../../app/i18n/kk'
import { ru } from '../../app/i18n/ru'
import { createTranslator } from '../../app/i18n/translate'

const NBSP = '\u00a0'
const trRu = createTranslator('ru', ru)
const trKk = createTranslator('kk', kk)
const trEn = createTranslator('en', en)

describe('the threshold a status is decided against', () => {
  it('is the target, else the minimum, the maximum, or a band’s lower edge', () => {
    expect(statusThreshold(95, { kind: 'min', low: 100, high: null })).toBe(95)
    expect(statusThreshold(null, { kind: 'min', low: 100, high: null })).toBe(100)
    expect(statusThreshold(null, { kind: 'max', low: null, high: 1 })).toBe(1)
    expect(statusThreshold(null, { kind: 'band', low: 40, high: 50 })).toBe(40)
    expect(statusThreshold(null, null)).toBeNull()
  })
})

describe('the decimals of a percentage', () => {
  it('are one, and two only within 0.05 points of the threshold', () => {
    expect(percentDigits(94.75, null)).toBe(1)
    expect(percentDigits(94.75, 95)).toBe(1) // 0.25 away
    expect(percentDigits(99.95, 100)).toBe(2) // 0.05 away: "100,0" would hide the miss
    expect(percentDigits(99.96, 100)).toBe(2)
    expect(percentDigits(100.04, 100)).toBe(2)
    expect(percentDigits(99.94, 100)).toBe(1) // "99,9 %" already reads below 100
    expect(percentDigits(100, 100)).toBe(1) // equal: nothing to tell apart
  })
  it('of a target are one, two when it has a second', () => {
    expect(referenceDigits(95)).toBe(1)
    expect(referenceDigits(92.5)).toBe(1)
    expect(referenceDigits(92.25)).toBe(2)
  })
})

describe('a percentage as written', () => {
  it('has one decimal, rounds 94.75 to 94,8 and keeps the trailing zero (ru, kk)', () => {
    expect(trRu.percent(94.75)).toBe(`94,8${NBSP}%`)
    expect(trRu.percent(94.75, 100)).toBe(`94,8${NBSP}%`)
    expect(trRu.percent(95)).toBe(`95,0${NBSP}%`)
    expect(trKk.percent(95)).toBe(`95,0${NBSP}%`)
    expect(trKk.percent(61.9, 40)).toBe(`61,9${NBSP}%`)
  })
  it('shows the second decimal where it decides the status', () => {
    expect(trRu.percent(99.95, 100)).toBe(`99,95${NBSP}%`)
    expect(trKk.percent(99.95, 100)).toBe(`99,95${NBSP}%`)
    expect(trEn.percent(99.95, 100)).toBe(`99.95${NBSP}%`)
    // Without the threshold it would read as the normative itself.
    expect(trRu.percent(99.95)).toBe(`100,0${NBSP}%`)
  })
  it('is written in English with a point and the same space', () => {
    expect(trEn.percent(95)).toBe(`95.0${NBSP}%`)
    expect(trEn.percent(94.75)).toBe(`94.8${NBSP}%`)
    expect(formatPercent('en', 0)).toBe(`0.0${NBSP}%`)
  })
  it('writes a target with its own decimals', () => {
    expect(trRu.reference(100)).toBe(`100,0${NBSP}%`)
    expect(trRu.reference(92.25)).toBe(`92,25${NBSP}%`)
    expect(trEn.reference(40)).toBe(`40.0${NBSP}%`)
  })
})

describe('counts and differences', () => {
  it('groups counts by a non-breaking space in kk and ru, a comma in en', () => {
    expect(trRu.number(3004)).toBe(`3${NBSP}004`)
    expect(trKk.number(3106)).toBe(`3${NBSP}106`)
    expect(trRu.number(1234567)).toBe(`1${NBSP}234${NBSP}567`)
    expect(trEn.number(3004)).toBe('3,004')
  })
  it('signs a difference in points with one decimal', () => {
    expect(formatSignedPoints('ru', 1.71)).toBe('+1,7')
    expect(formatSignedPoints('ru', -0.44)).toBe('\u22120,4')
    expect(formatSignedPoints('en', 0.04)).toBe('±0,0'.replace(',', '.'))
    expect(trRu.points(1.71)).toBe(`+1,7${NBSP}п.п.`)
    expect(trKk.points(-2)).toBe(`\u22122,0${NBSP}п.т.`)
    expect(trEn.points(12.25)).toBe(`+12.3${NBSP}pp`)
  })
})

describe('the dictionaries keep a number with its unit and its "of"', () => {
  it('joins a normative in words and says the rule a band is judged by', () => {
    expect(trRu.t('normative.min', { value: trRu.reference(100) })).toBe(
      `не${NBSP}менее${NBSP}100,0${NBSP}%`,
    )
    expect(trEn.t('normative.band', { low: trEn.reference(40), high: trEn.reference(50) })).toBe(
      `at least${NBSP}40.0${NBSP}% (band 40.0${NBSP}%–50.0${NBSP}%)`,
    )
    expect(trKk.t('normative.band', { low: trKk.reference(40), high: trKk.reference(50) })).toBe(
      `кемінде${NBSP}40,0${NBSP}% (40,0${NBSP}%–50,0${NBSP}% аралығы)`,
    )
  })
  it('never breaks "3 004 из 3 106"', () => {
    const params = { contributing: trRu.number(3004), serving: trRu.number(3106) }
    expect(trRu.t('coverage.counts', params)).toBe(
      `Данные предоставили 3${NBSP}004${NBSP}из${NBSP}3${NBSP}106 мест`,
    )
  })
})
