// Which language a request is served in: `?lang=kk|ru|en` (remembered in the `sapa_lang` cookie
// for a year), else the cookie, else Kazakh. Only the server holds the registry
// (messages.server.ts); the browser gets the request's language from the loaders.
import { defaultLanguage, isLanguage, type Language } from './languages'
import { translatorFor } from './messages.server'
import type { Translator } from './translate'

export const LANGUAGE_COOKIE = 'sapa_lang'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

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
  return translatorFor(resolveLanguage(request).lang)
}

/** The shared part of one language's registry (what the root loader sends the browser). */
export { sharedMessages as dictionaryFor } from './messages.server'
