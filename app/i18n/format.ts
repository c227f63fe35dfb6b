// Locale formatters for numbers, percentages and dates (Intl), shared by the server and the
// browser. They must give the same text on both, or React's hydration fails: Node carries full
// ICU data for kk-KZ, but many browsers' ICU (Chromium's trimmed icudtl.dat among them) does not,
// and falls back to root formats ("2022-06-08", "12,345.5"). Kazakh writes numbers and numeric
// dates exactly as Russian does (12 345,5 · 08.06.2022), so Kazakh pages format with the ru-RU
// patterns: identical text on every runtime. Words (months, units) come from the dictionaries.
import type { Language } from './languages'

/** The Intl locale whose numeric patterns each language is formatted with. */
export const formatLocales: Record<Language, string> = {
  kk: 'ru-RU',
  ru: 'ru-RU',
  en: 'en-GB',
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${lang}:${JSON.stringify(options)}`
  let format = cache.get(key) as Intl.NumberFormat | undefined
  if (!format) cache.set(key, (format = new Intl.NumberFormat(formatLocales[lang], options)))
  return format
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${lang}:${JSON.stringify(options)}`
  let format = cache.get(key) as Intl.DateTimeFormat | undefined
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(formatLocales[lang], options)))
  return format
}

// Numbers and percentages are formatted thousands of times per dashboard page: their formatters
// are looked up by a plain key, without serialising the options each time.
const numberFormats = new Map<string, Intl.NumberFormat>()

function cachedNumberFormat(key: string, lang: Language, options: Intl.NumberFormatOptions) {
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = numberFormat(lang, options)))
  return format
}

export function formatNumber(lang: Language, value: number, maximumFractionDigits = 2): string {
  return cachedNumberFormat(`${lang}:${maximumFractionDigits}`, lang, {
    maximumFractionDigits,
  }).format(value)
}

/** The space that never breaks a line: between a number and its unit, inside grouped counts. */
export const NBSP = '\u00a0'

/**
 * A percentage (`value` in percentage points, 0–100, the unit indicators are stored and targeted
 * in) with exactly `digits` decimals — a trailing zero is kept ("95,0 %") — and a non-breaking
 * space before the sign, in every language ("95.0 %" in English). The number of decimals is the
 * caller's by the one rule (`percentDigits` in app/domain/indicator-status.ts, decision 0029):
 * one, two where the second decides a status.
 */
export function formatPercent(lang: Language, value: number, digits = 1): string {
  return `${formatFixed(lang, value, digits)}${NBSP}%`
}

/** A number with exactly `digits` decimals, grouped ("3 004,0"; in English "3,004.0"). */
export function formatFixed(lang: Language, value: number, digits: number): string {
  return cachedNumberFormat(`${lang}:=${digits}`, lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/**
 * A difference of two percentages, signed, with one decimal: "+1,7", "−0,4" (a minus sign, not
 * a hyphen), "±0,0" when it rounds to nothing. The unit ("п.п.", "pp") comes from the dictionary.
 */
export function formatSignedPoints(lang: Language, value: number): string {
  const rounded = Math.round(Math.abs(value) * 10) / 10
  const sign = rounded === 0 ? '±' : value > 0 ? '+' : '\u2212'
  return `${sign}${formatFixed(lang, rounded, 1)}`
}

/** Kazakhstan's time zone for instants shown without an office (one zone since 2024). */
export const displayTimeZone = 'Asia/Almaty'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** A month 'YYYY-MM' as the pages write it, numerically in every language: 11.2026. */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}.${month.slice(0, 4)}`
}

/**
 * A date as Kazakh and Russian official texts write it (08.06.2022), in English as 8 Jun 2022.
 * A 'YYYY-MM-DD' string is a calendar date (no time zone); a Date is shown in Astana time.
 */
export function formatDate(lang: Language, value: string | Date): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value)
  const instant =
    typeof value === 'string' ? new Date(dateOnly ? `${value}T00:00:00Z` : value) : value
  const timeZone = dateOnly ? 'UTC' : displayTimeZone
  const options: Intl.DateTimeFormatOptions =
    lang === 'en'
      ? { timeZone, day: 'numeric', month: 'short', year: 'numeric' }
      : { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }
  return dateFormat(lang, options).format(instant)
}
