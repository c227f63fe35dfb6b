// The translator: `t(key, params)` fills `{name}` parameters from a dictionary; `plural` picks
// the form for a count (Intl.PluralRules); both carry the locale formatters. Pure: it runs on the
// server (view models, page titles) and in the browser (useT).
import { formatDate, formatNumber, formatPercent } from './format'
import type { Dictionary, MessageKey } from './kk'
import { locales, type Language } from './languages'
import { fill } from './fill'

export type MessageParams = Readonly<Record<string, string | number>>

/** The messages that have plural forms: `unit.working_days` for `unit.working_days#one` … */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}#one`
    ? Base
    : never
  : never

type PluralCategory = 'one' | 'few' | 'many' | 'other'

export function translate(dictionary: Dictionary, key: MessageKey, params?: MessageParams): string {
  const message = dictionary[key] ?? key
  if (!params) return message
  return fill(message, params)
}

export interface Translator {
  lang: Language
  locale: string
  t: (key: MessageKey, params?: MessageParams) => string
  /** The plural form of `key` for `count`; `{count}` is the formatted number. */
  plural: (key: PluralKey, count: number, params?: MessageParams) => string
  number: (value: number, maximumFractionDigits?: number) => string
  percent: (value: number, maximumFractionDigits?: number) => string
  date: (value: string | Date) => string
}

const pluralRules = new Map<Language, Intl.PluralRules>()

export function createTranslator(lang: Language, dictionary: Dictionary): Translator {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])))
  const pluralRule = rules
  const t = (key: MessageKey, params?: MessageParams) => translate(dictionary, key, params)
  return {
    lang,
    locale: locales[lang],
    t,
    plural: (key, count, params) => {
      const category = pluralRule.select(count)
      const form: PluralCategory =
        category === 'one' || category === 'few' || category === 'many' ? category : 'other'
      return t(`${key}#${form}` as MessageKey, { ...params, count: formatNumber(lang, count) })
    },
    number: (value, digits) => formatNumber(lang, value, digits),
    percent: (value, digits) => formatPercent(lang, value, digits),
    date: (value) => formatDate(lang, value),
  }
}
