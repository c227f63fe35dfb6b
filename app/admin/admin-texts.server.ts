// The administration dictionary of a language (sent once, by the /admin layout's loader).
import type { AdminContent } from '../i18n/admin/admin-content'
import type { Language } from '../i18n/languages'
import { pageTexts } from '../i18n/page-texts.server'

const en = pageTexts('admin', 'en')
const kk = pageTexts('admin', 'kk')
const ru = pageTexts('admin', 'ru')

const texts: Record<Language, AdminContent> = { kk, ru, en }

export function adminTexts(lang: Language): AdminContent {
  return texts[lang]
}
