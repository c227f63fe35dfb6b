// The administration dictionary of a language (sent once, by the /admin layout's loader).
import type { AdminContent } from '../i18n/admin/admin-content'
import type { Language } from '../i18n/languages'
import { pageTextsByLanguage } from '../i18n/page-texts.server'

const texts = pageTextsByLanguage('admin')

export function adminTexts(lang: Language): AdminContent {
  return texts[lang]
}
