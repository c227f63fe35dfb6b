// The translator: `t(key, params)` fills `{name}` parameters from the registry; `plural` picks
// the form for a count (Intl.PluralRules); `list` joins words (Intl.ListFormat); all carry the
// locale formatters. Pure: it runs on the server (view models, page titles, reports) and in the
// browser (useT), over whatever part of one language's registry it was given.
import { fill } from './fill'
import { percentDigits, referenceDigits } from '../domain/indicator-status'
import {
  formatDate,
  formatLocales,
  formatNumber,
  formatPercent,
  formatSignedPoints,
  NBSP,
} from './format'
import type { KazakhMessages, MessageKey, Messages } from './kk'
import { locales, type Language } from './languages'

export type MessageParams = Readonly<Record<string, string | number>>

/** The `{name}` placeholders of a message's text: `'{from} – {to}'` gives `'from' | 'to'`. */
export type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never

/**
 * The parameters `t(key, …)` takes: every placeholder of the Kazakh text must be given (the
 * languages' placeholders agree: test/unit/dictionaries.test.ts). A key only known as
 * `MessageKey` (chosen at run time) takes any parameters.
 */
export type ParamsFor<K extends MessageKey> = [MessageKey] extends [K]
  ? [params?: MessageParams]
  : [Placeholders<KazakhMessages[K]>] extends [never]
    ? [params?: MessageParams]
    : [params: MessageParams & { readonly [P in Placeholders<KazakhMessages[K]>]: string | number }]

/** The messages that have plural forms: `unit.working_days` for `unit.working_days#one` … */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}#one`
    ? Base
    : never
  : never

/** The lists of texts (paragraphs, month names): `methodology.intro` for `methodology.intro.1` … */
export type ListKey = MessageKey extends infer K
  ? K extends `${infer Base}.1`
    ? Base
    : never
  : never

type PluralCategory = 'one' | 'few' | 'many' | 'other'

/** A message with its parameters filled; a key the messages lack shows as the key itself. */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const message = messages[key] ?? key
  if (!params) return message
  return fill(message, params)
}

export interface Translator {
  lang: Language
  locale: string
  t: <K extends MessageKey>(key: K, ...params: ParamsFor<K>) => string
  /** Whether a key built at run time (`admin.common.errors.${code}`) is one of the messages. */
  has: (key: string) => key is MessageKey
  /** The plural form of `key` for `count`; `{count}` is the formatted number. */
  plural: (key: PluralKey, count: number, params?: MessageParams) => string
  /** The texts `key.1`, `key.2` … in order (paragraphs, month names). */
  texts: (key: ListKey) => string[]
  /** Words joined as the language joins them: "a, b and c" (`or`: "a, b or c"). */
  list: (items: readonly string[], type?: 'and' | 'or') => string
  number: (value: number, maximumFractionDigits?: number) => string
  /**
   * A percentage by the one rule (decision 0029): one decimal, two when the value is within
   * rounding distance of `threshold` — the target or normative bound its status is decided
   * against (`statusThreshold`); without a threshold, one decimal.
   */
  percent: (value: number, threshold?: number | null) => string
  /** A target or normative bound: one decimal, two when it has a second ("92,25 %"). */
  reference: (value: number) => string
  /** A difference of percentages, signed, one decimal, with its unit: "+1,7 п.п.". */
  points: (value: number) => string
  date: (value: string | Date) => string
}

const pluralRules = new Map<Language, Intl.PluralRules>()
const listFormats = new Map<string, Intl.ListFormat>()

// Lists follow format.ts's rule: Kazakh pages are formatted with the ru-RU patterns (ICU data for
// kk differs between runtimes — Node joins "a, b, c" with no conjunction — and server and browser
// must print the same text), with the Kazakh conjunction in place of the Russian one.
const KAZAKH_CONJUNCTIONS: Record<string, string> = { ' и ': ' және ', ' или ': ' немесе ' }

function listFormat(lang: Language, type: 'and' | 'or'): Intl.ListFormat {
  const key = `${lang}:${type}`
  let format = listFormats.get(key)
  if (!format) {
    format = new Intl.ListFormat(formatLocales[lang], {
      style: 'long',
      type: type === 'and' ? 'conjunction' : 'disjunction',
    })
    listFormats.set(key, format)
  }
  return format
}

function formatList(lang: Language, items: readonly string[], type: 'and' | 'or'): string {
  const parts = listFormat(lang, type).formatToParts(items)
  return parts
    .map((part) =>
      lang === 'kk' && part.type === 'literal'
        ? (KAZAKH_CONJUNCTIONS[part.value] ?? part.value)
        : part.value,
    )
    .join('')
}

export function createTranslator(lang: Language, messages: Messages): Translator {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])))
  const pluralRule = rules
  const t = <K extends MessageKey>(key: K, ...params: ParamsFor<K>) =>
    translate(messages, key, params[0])
  return {
    lang,
    locale: locales[lang],
    t,
    has: (key): key is MessageKey => key in messages,
    plural: (key, count, params) => {
      const category = pluralRule.select(count)
      const form: PluralCategory =
        category === 'one' || category === 'few' || category === 'many' ? category : 'other'
      return translate(messages, `${key}#${form}` as MessageKey, {
        ...params,
        count: formatNumber(lang, count),
      })
    },
    texts: (key) => {
      const out: string[] = []
      for (let i = 1; messages[`${key}.${i}` as MessageKey] !== undefined; i++) {
        out.push(messages[`${key}.${i}` as MessageKey]!)
      }
      return out
    },
    list: (items, type = 'and') => formatList(lang, items, type),
    number: (value, digits) => formatNumber(lang, value, digits),
    percent: (value, threshold) => formatPercent(lang, value, percentDigits(value, threshold)),
    reference: (value) => formatPercent(lang, value, referenceDigits(value)),
    points: (value) =>
      `${formatSignedPoints(lang, value)}${NBSP}${messages['unit.points'] ?? 'pp'}`,
    date: (value) => formatDate(lang, value),
  }
}
