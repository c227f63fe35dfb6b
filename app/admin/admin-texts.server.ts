// The administration dictionary of a language (sent once, by the /admin layout's loader).
import type { AdminContent } from '../i18n/admin/admin-content'
import { en } from '../i18n/admin/en'
import { kk } from '../i18n/admin/kk'
import { ru } from '../i18n/admin/ru'
import type { Language } from '../i18n/languages'

const texts: Record<Language, AdminContent> = { kk, ru, en }

export function adminTexts(lang: Language): AdminContent {
  return texts[lang]
}
