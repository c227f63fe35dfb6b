// The dictionaries' {placeholders}: every page, the reports and translate() fill them the same way.
import { describe, expect, it } from 'vitest'
import { fill } from '../../app/i18n/fill'

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
