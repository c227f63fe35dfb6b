// The interface languages: Kazakh (the state language, the default), Russian and English.

export const languages = ['kk', 'ru', 'en'] as const

export type Language = (typeof languages)[number]

export const defaultLanguage: Language = 'kk'

/** Each language's BCP 47 locale: plural rules and sorting (numbers and dates: format.ts). */
export const locales: Record<Language, string> = {
  kk: 'kk-KZ',
  ru: 'ru-RU',
  en: 'en-GB',
}

/** Each language's name in itself, for the language switch. */
export const languageNames: Record<Language, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** A row's name in the interface language (every reference table carries kk, ru and en). */
export function localName(
  row: { nameKk: string; nameRu: string; nameEn: string },
  lang: Language,
): string {
  return lang === 'kk' ? row.nameKk : lang === 'ru' ? row.nameRu : row.nameEn
}
