// The report's texts and formats in the report's language (independent of the interface
// language), built from plain data — the reports page's texts and the flat messages the report
// uses — so that the same builder runs on the server (PDF, XLSX, CSV, JSON) and in the browser
// (the report page's HTML view, whose data comes from its loader: texts.server.ts).
import { fill } from '../app/i18n/fill'
import type { MessageKey, Messages } from '../app/i18n/kk'
import { percentDigits, referenceDigits } from '../app/domain/indicator-status'
import { formatDate, formatNumber, formatPercent } from '../app/i18n/format'
import { createTranslator, type ListKey } from '../app/i18n/translate'
import type { Names, ReportEdition, ReportLanguage, ReportModel } from './model'

/**
 * What the report's texts are made of: the reports page's messages and the shared ones the report
 * prints, in the report's language; serialisable, so a loader can send it to the browser.
 */
export interface ReportTextsData {
  lang: ReportLanguage
  messages: Messages
}

export interface ReportTexts {
  lang: ReportLanguage
  fill: (template: string, params: Record<string, string | number>) => string
  /** A message (`reports.title`, `suggestion.report.line` …) in the report's language. */
  msg: (key: MessageKey, params?: Record<string, string | number>) => string
  /** A list of messages (`reports.printedColumns.1`, `.2` …) in order. */
  list: (key: ListKey) => string[]
  name: (names: Names) => string
  /**
   * A value in percent by the one rule (decision 0029): one decimal ("91,9 %"), two when it is
   * within rounding distance of `threshold`, the target or normative bound that decides its
   * status ("99,95 %" against 100); or the "no data" text.
   */
  percent: (value: number | null, threshold?: number | null) => string
  /** A target or normative bound: one decimal, two when it has a second ("92,25 %"). */
  reference: (value: number) => string
  /** A whole count ("12 345"). */
  count: (value: number) => string
  /** A number with up to 2 decimals ("0,11"). */
  number: (value: number) => string
  date: (value: string | Date) => string
  /** The scope's name: the region's, or "Republic of Kazakhstan". */
  scope: (model: Pick<ReportModel, 'scope'>) => string
}

/** "Data through 30.11.2026" in the report's language (the pages' DataThrough line, decision 0028). */
export function dataThroughLine(date: string | null, x: Pick<ReportTexts, 'msg' | 'date'>): string {
  return date === null
    ? x.msg('freshness.dataThroughNone')
    : x.msg('freshness.dataThrough', { date: x.date(date) })
}

/**
 * Which edition of the standard the year's figures follow (decision 0033): "Edition 1: <act>",
 * that the year spans two when it does, and what a cancellation without a successor means.
 */
export function standardEditionLines(
  edition: ReportEdition | undefined,
  x: Pick<ReportTexts, 'msg' | 'date' | 'name'>,
  /** What the figures cover: a year (spanning editions from 1 January) or any period. */
  period: 'year' | 'period' = 'year',
): string[] {
  if (!edition) return []
  const lines = [
    `${x.msg('standard.edition.name', { number: edition.number })}: ${x.name(edition.act)}`,
  ]
  if (edition.spans.length > 1) {
    lines.push(
      x.msg(period === 'year' ? 'standard.edition.spans' : 'standard.edition.periodSpans', {
        spans: edition.spans.join(', '),
        number: edition.number,
      }),
    )
  }
  if (edition.standing === 'continued' && edition.cancelledBy) {
    lines.push(
      x.msg('standard.continued', {
        number: edition.cancelledBy.number,
        date: x.date(edition.cancelledBy.date),
        edition: edition.number,
      }),
    )
  }
  return lines
}

export function reportTextsOf({ lang, messages }: ReportTextsData): ReportTexts {
  const translator = createTranslator(lang, messages)
  return {
    lang,
    fill,
    msg: (key, params) => translator.t(key, params as never),
    list: (key) => translator.texts(key),
    name: (names) => names[lang],
    percent: (value, threshold) =>
      value === null
        ? translator.t('reports.noData')
        : formatPercent(lang, value, percentDigits(value, threshold)),
    reference: (value) => formatPercent(lang, value, referenceDigits(value)),
    count: (value) => formatNumber(lang, value, 0),
    number: (value) => formatNumber(lang, value, 2),
    date: (value) => formatDate(lang, value),
    scope: (model) => (model.scope.name ? model.scope.name[lang] : translator.t('reports.nation')),
  }
}
