// The dictionaries' {placeholders}: every page, the reports and translate() fill them the same way.
import { describe, expect, it } from 'vitest'
import { fill } from '../../app/i18n/fill'
import { createTranslator } from '../../app/i18n/translate'

describe('fill', () => {
  it('replaces each {name} by its value, numbers as written', () => {
    expect(fill('{version}-басылым жарияланды, {year} ж.', { version: 2, year: 2025 })).toBe(
      '2-басылым жарияланды, 2025 ж.',
    )
  })
  it('keeps a placeholder without a value as written, so a forgotten one shows', () => {
    expect(fill('Регионы × показатели, {year} г.', {})).toBe('Регионы × показатели, {year} г.')
  })
  it('reads a value once: a value holding braces is not filled again', () => {
    expect(fill('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x')
  })
})

describe('list', () => {
  it('joins words as each language joins them', () => {
    // en-GB writes no comma before "and"; Russian "и", Kazakh "және", "or": "или", "немесе".
    expect(createTranslator('en', {}).list(['1.1', '2.1', '4.1'])).toBe('1.1, 2.1 and 4.1')
    expect(createTranslator('ru', {}).list(['1.1', '2.1', '4.1'])).toBe('1.1, 2.1 и 4.1')
    expect(createTranslator('kk', {}).list(['1.1', '2.1', '4.1'])).toBe('1.1, 2.1 және 4.1')
    expect(createTranslator('ru', {}).list(['1.1', '2.1'], 'or')).toBe('1.1 или 2.1')
    expect(createTranslator('kk', {}).list(['1.1', '2.1'], 'or')).toBe('1.1 немесе 2.1')
  })
})

describe('t', () => {
  it('fills the placeholders it is given and shows a missing key as the key', () => {
    const { t, has } = createTranslator('en', { 'error.status': 'HTTP status: {status}' })
    expect(t('error.status', { status: 404 })).toBe('HTTP status: 404')
    expect(t('app.name')).toBe('app.name')
    expect(has('error.status')).toBe(true)
    expect(has('error.nothing')).toBe(false)
  })
})
