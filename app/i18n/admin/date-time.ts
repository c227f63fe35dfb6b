// Instants on the administration pages (last sign-in, lock, audit time): date and time in
// Astana time, with the same numeric patterns as formatDate (Kazakh written as Russian). The
// loaders format them on the server, so the browser never re-formats (no hydration mismatch).
import { displayTimeZone, formatLocales } from '../format'
import type { Language } from '../languages'

const formats = new Map<Language, Intl.DateTimeFormat>()

export function formatDateTime(lang: Language, value: Date): string {
  let format = formats.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(formatLocales[lang], {
      timeZone: displayTimeZone,
      day: lang === 'en' ? 'numeric' : '2-digit',
      month: lang === 'en' ? 'short' : '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formats.set(lang, format)
  }
  return format.format(value)
}
