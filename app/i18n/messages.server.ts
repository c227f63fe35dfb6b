// The registry: every language's messages, the shared part (kk.ts, ru.ts, en.ts) and each page's
// part (kk/<page>.ts …). Only the server imports it; the browser gets the shared part of the
// request's language from the root loader and a page's part from that page's loader (`messages`).
import { admin as enAdmin } from './en/admin'
import { dashboard as enDashboard } from './en/dashboard'
import { imports as enImports } from './en/imports'
import { methodology as enMethodology } from './en/methodology'
import { region as enRegion } from './en/region'
import { reports as enReports } from './en/reports'
import { targets as enTargets } from './en/targets'
import { en } from './en'
import { admin as kkAdmin } from './kk/admin'
import { dashboard as kkDashboard } from './kk/dashboard'
import { imports as kkImports } from './kk/imports'
import { methodology as kkMethodology } from './kk/methodology'
import { region as kkRegion } from './kk/region'
import { reports as kkReports } from './kk/reports'
import { targets as kkTargets } from './kk/targets'
import {
  kk,
  type Dictionary,
  type Messages,
  type PageDictionary,
  type PageMessages,
  type PageName,
} from './kk'
import type { Language } from './languages'
import { ru } from './ru'
import { admin as ruAdmin } from './ru/admin'
import { dashboard as ruDashboard } from './ru/dashboard'
import { imports as ruImports } from './ru/imports'
import { methodology as ruMethodology } from './ru/methodology'
import { region as ruRegion } from './ru/region'
import { reports as ruReports } from './ru/reports'
import { targets as ruTargets } from './ru/targets'
import { createTranslator, type Translator } from './translate'

type Pages = { readonly [P in PageName]: PageDictionary<PageMessages[P]> }

interface LanguageMessages {
  shared: Dictionary
  pages: Pages
}

export const registry: Record<Language, LanguageMessages> = {
  kk: {
    shared: kk,
    pages: {
      admin: kkAdmin,
      dashboard: kkDashboard,
      imports: kkImports,
      methodology: kkMethodology,
      region: kkRegion,
      reports: kkReports,
      targets: kkTargets,
    },
  },
  ru: {
    shared: ru,
    pages: {
      admin: ruAdmin,
      dashboard: ruDashboard,
      imports: ruImports,
      methodology: ruMethodology,
      region: ruRegion,
      reports: ruReports,
      targets: ruTargets,
    },
  },
  en: {
    shared: en,
    pages: {
      admin: enAdmin,
      dashboard: enDashboard,
      imports: enImports,
      methodology: enMethodology,
      region: enRegion,
      reports: enReports,
      targets: enTargets,
    },
  },
}

/** The keys every page shares, in one language: the root loader's part. */
export function sharedMessages(lang: Language): Dictionary {
  return registry[lang].shared
}

/** Some pages' parts, in one language: what a page's loader sends as `messages`. */
export function pageMessages(lang: Language, ...pages: PageName[]): Messages {
  return Object.assign({}, ...pages.map((page) => registry[lang].pages[page])) as Messages
}

/**
 * The messages under some prefixes of the pages' parts (`dashboard.measureShort.`), in one language: for
 * a page that shows a few of another page's keys and need not carry the whole part.
 */
export function messagesUnder(lang: Language, ...prefixes: `${PageName}.${string}.`[]): Messages {
  return Object.fromEntries(
    prefixes.flatMap((prefix) => {
      const page = prefix.slice(0, prefix.indexOf('.')) as PageName
      return Object.entries(registry[lang].pages[page]).filter(([key]) => key.startsWith(prefix))
    }),
  ) as Messages
}

const everything = new Map<Language, Messages>()

/** Every message of one language (server side: view models, page titles, reports). */
export function allMessages(lang: Language): Messages {
  let messages = everything.get(lang)
  if (!messages) {
    messages = Object.assign({}, registry[lang].shared, ...Object.values(registry[lang].pages))
    everything.set(lang, messages!)
  }
  return messages!
}

const translators = new Map<Language, Translator>()

/** A translator over every message of one language (server side). */
export function translatorFor(lang: Language): Translator {
  let translator = translators.get(lang)
  if (!translator) translators.set(lang, (translator = createTranslator(lang, allMessages(lang))))
  return translator
}
