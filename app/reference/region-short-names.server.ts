// The regions' short names, for places too small for the full name (the overview's tile map).
// Keyed by ISO 3166-2:KZ code; the full names stay in the reference tables. A code without an
// entry falls back to its number.
import type { Language } from '../i18n/languages'

const SHORT: Record<string, Record<Language, string>> = {
  'KZ-10': { kk: 'Абай', ru: 'Абай', en: 'Abai' },
  'KZ-11': { kk: 'Ақмола', ru: 'Акмола', en: 'Akmola' },
  'KZ-15': { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
  'KZ-19': { kk: 'Алм. обл.', ru: 'Алм. обл.', en: 'Almaty R.' },
  'KZ-23': { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' },
  'KZ-27': { kk: 'БҚО', ru: 'ЗКО', en: 'W. Kaz.' },
  'KZ-31': { kk: 'Жамбыл', ru: 'Жамбыл', en: 'Zhambyl' },
  'KZ-33': { kk: 'Жетісу', ru: 'Жетысу', en: 'Zhetysu' },
  'KZ-35': { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
  'KZ-39': { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
  'KZ-43': { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' },
  'KZ-47': { kk: 'Маңғыстау', ru: 'Мангистау', en: 'Mangystau' },
  'KZ-55': { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' },
  'KZ-59': { kk: 'СҚО', ru: 'СКО', en: 'N. Kaz.' },
  'KZ-61': { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' },
  'KZ-62': { kk: 'Ұлытау', ru: 'Улытау', en: 'Ulytau' },
  'KZ-63': { kk: 'ШҚО', ru: 'ВКО', en: 'E. Kaz.' },
  'KZ-71': { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  'KZ-75': { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
  'KZ-79': { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
  'KZ-YUZ': { kk: 'ОҚО', ru: 'ЮКО', en: 'S. Kaz.' },
}

export function regionShortName(code: string, lang: Language): string {
  return SHORT[code]?.[lang] ?? code.replace('KZ-', '')
}
