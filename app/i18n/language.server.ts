// Which language a request is served in: `?lang=kk|ru|en` (remembered in the `sapa_lang` cookie
// for a year), else the cookie, else Kazakh. Only the server holds all three dictionaries; the
// browser gets the one it needs from the root loader.
import { en } from './en'
import { kk, type Dictionary } from './kk'
import { defaultLanguage, isLanguage, type Language } from './languages'
import { ru } from './ru'
import { createTranslator, type Translator } from './translate'

export const LANGUAGE_COOKIE = 'sapa_lang'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

const dictionaries: Record<Language, Dictionary> = { kk, ru, en }

export function dictionaryFor(lang: Language): Dictionary {
  return dictionaries[lang]
}

function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get('Cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

export interface ResolvedLanguage {
  lang: Language
  /** A Set-Cookie header value when `?lang=` chose a language, else null. */
  setCookie: string | null
}

export function resolveLanguage(request: Request): ResolvedLanguage {
  const fromQuery = new URL(request.url).searchParams.get('lang')
  if (isLanguage(fromQuery)) {
    return {
      lang: fromQuery,
      setCookie: `${LANGUAGE_COOKIE}=${fromQuery}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`,
    }
  }
  const fromCookie = cookieValue(request, LANGUAGE_COOKIE)
  return { lang: isLanguage(fromCookie) ? fromCookie : defaultLanguage, setCookie: null }
}

/** The request's language and a translator for server-side text (page titles, view models). */
export function requestTranslator(request: Request): Translator {
  const { lang } = resolveLanguage(request)
  return createTranslator(lang, dictionaries[lang])
}
