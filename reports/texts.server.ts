// The report's texts and formats in the report's language (independent of the interface
// language): the dictionaries of app/i18n/reports and the locale formatters of app/i18n/format.
import { fill } from '../app/i18n/fill'
import type { MessageKey } from '../app/i18n/kk'
import { translatorFor } from '../app/i18n/messages.server'
import { formatDate, formatNumber, formatPercent } from '../app/i18n/format'
import type { ReportContent } from '../app/i18n/reports/report-content'
import type { Names, ReportLanguage, ReportModel } from './model'
import { pageTextsByLanguage } from '../app/i18n/page-texts.server'

const DICTIONARIES = pageTextsByLanguage('reports')

export interface ReportTexts {
  lang: ReportLanguage
  t: ReportContent
  fill: (template: string, params: Record<string, string | number>) => string
  /** A flat interface message (app/i18n/kk.ts …) in the report's language. */
  msg: (key: MessageKey, params?: Record<string, string | number>) => string
  name: (names: Names) => string
  /** A value in percent with 2 decimals ("91,95 %"), or the "no data" text. */
  percent: (value: number | null) => string
  /** A whole count ("12 345"). */
  count: (value: number) => string
  /** A number with up to 2 decimals ("0,11"). */
  number: (value: number) => string
  date: (value: string | Date) => string
  /** The scope's name: the region's, or "Republic of Kazakhstan". */
  scope: (model: Pick<ReportModel, 'scope'>) => string
}

export function reportTexts(lang: ReportLanguage): ReportTexts {
  const t = DICTIONARIES[lang]
  return {
    lang,
    t,
    fill,
    msg: (key, params) => translatorFor(lang).t(key, params as never),
    name: (names) => names[lang],
    percent: (value) => (value === null ? t.noData : formatPercent(lang, value, 2)),
    count: (value) => formatNumber(lang, value, 0),
    number: (value) => formatNumber(lang, value, 2),
    date: (value) => formatDate(lang, value),
    scope: (model) => (model.scope.name ? model.scope.name[lang] : t.nation),
  }
}
