// The annual report model: for a year and a scope (the nation or one region), each standard's
// appendix table as the standard prints it (codes, order, group headings, kk text), filled with
// the normative value, the approved target for next year, the current value, this year's target
// and the status, with the counts behind each value; a breakdown by region (or, for a regional
// report, by district); and the counts behind the data-quality notes.
//
// The model is language-neutral (every name in kk, ru and en) and plain JSON: it is what a
// publication freezes (published_reports.snapshot), and every renderer (HTML, PDF, XLSX, CSV,
// JSON) takes a model, never a database — so a published edition renders the same forever.
import type { IndicatorCell } from '../app/indicators/indicator-cell'
import type { MeasureSlug } from '../app/domain/measures'

export const REPORT_SCHEMA = 'sapa.annual-report/1'

export type ReportLanguage = 'kk' | 'ru' | 'en'

export interface Names {
  kk: string
  ru: string
  en: string
}

export interface ReportScope {
  level: 'nation' | 'region'
  /** ISO 3166-2:KZ code of the region; null for the nation. */
  code: string | null
  name: Names | null
}

/**
 * A value with the counts behind it: the one indicator cell of every page and download
 * (app/indicators/indicator-cell.ts), made from the engine's row by its `cellOf`.
 */
export type Figure = IndicatorCell

export interface GroupRow {
  kind: 'group'
  slug: string
  /** kk as printed ("1. Уақытылылығы"), ru and en translations. */
  heading: Names
}

export interface IndicatorLine {
  kind: 'indicator'
  code: string
  measure: MeasureSlug
  direction: 'higher_is_better' | 'lower_is_better'
  /** kk as printed in the appendix (OCR damage repaired), ru and en translations. */
  name: Names
  /** Column 2 as printed: `100`, `40-50`, `1`, or null (blank, the land standards). */
  normative: string | null
  /** The bound a value is judged against when there is no target: a minimum's or a band's low
   * (below 40 fails `40-50`, docs/domain.md §6), a maximum's high; null without a normative. */
  normativeBound: number | null
  /** Column 3: the approved target for the year after the reporting year; null: not yet approved. */
  targetNextYear: number | null
  /**
   * Why next year's target was approved weaker than the normative or the previous approved
   * target (decision 0025). Absent, not null, when there is none: snapshots published before
   * migration 0015 have no such key, and a report without one keeps its content hash.
   */
  targetJustification?: string
  /** Column 4 and the columns Sapa adds: this year's value, target, status and counts. */
  figure: Figure
}

export type AppendixRow = GroupRow | IndicatorLine

/** How the standard's appendix table is printed (reports/appendix-layout.ts). */
export interface AppendixLayout {
  /** The appendix number: 3 (farm certificate) or 5 (land acts). */
  number: number
  /** The table's title as printed, e.g. «Кесте. Тиімділік және сапалық көрсеткіштерінің мәні». */
  titleKk: string
  /** The four column headings as printed (kk). */
  columnsKk: [string, string, string, string]
  /** Where the table is printed in the seed documents. */
  source: string
}

export interface BreakdownUnit {
  code: string
  name: Names
  /** By indicator code. */
  figures: Record<string, Figure>
}

export interface Breakdown {
  /** Regions for a national report, districts (and cities of oblast significance) for a regional. */
  level: 'region' | 'district'
  units: BreakdownUnit[]
}

/** Counts of facts whose fields an indicator needs but which were not recorded. */
export interface MissingFields {
  /** Cases submitted in the period (withdrawn left out) and those without any recorded wait. */
  casesSubmitted: number
  waitMissing: number
  firstTimeMissing: number
  /** Cases completed (issued or refused) in the period and those without docs_correct. */
  casesCompleted: number
  docsMissing: number
}

/** The edition of the standard the year's figures follow (decision 0033). */
export interface ReportEdition {
  number: number
  act: Names
  /** `continued`: the act was cancelled and no later edition is loaded; its table goes on. */
  standing: 'in_force' | 'continued' | 'before_first'
  cancelledBy: { number: string; date: string } | null
  /** Every edition whose table applies to some day of the year (more than one: it spans). */
  spans: number[]
}

export interface ReportStandard {
  id: string
  name: Names
  agency: Names
  decree: { number: string; date: string }
  /** Absent from editions published before it was added (optional, as `dataThrough`). */
  edition?: ReportEdition
  appendix: AppendixLayout
  rows: AppendixRow[]
  breakdown: Breakdown
  missing: MissingFields
}

export interface ReportModel {
  schema: typeof REPORT_SCHEMA
  year: number
  /** 'YYYY-MM-DD': facts with a later key date are not counted (the year's end, or today). */
  asOf: string
  scope: ReportScope
  /** Changes whenever facts or targets change (db/queries/report-inputs.ts dataVersion). */
  dataVersion: string
  /**
   * 'YYYY-MM-DD': the latest case, survey response or complaint of the scope on or before asOf
   * (decision 0028); null: none. Absent from editions published before it was added — optional,
   * so that their snapshots still read as this schema.
   */
  dataThrough?: string | null
  standards: ReportStandard[]
}

/** A report as rendered: a live draft, or a published edition read back from its snapshot. */
export type Edition =
  | {
      status: 'draft'
      /** When the draft was rendered (the PDF/XLSX document date). */
      renderedAt: string
      /**
       * A monthly working report (decision 0031): the year to date through `through`
       * ('YYYY-MM-DD', the last day of the last complete month), mailed to its subscribers —
       * marked as such, never a published edition.
       */
      working?: { through: string }
    }
  | {
      status: 'published'
      version: number
      /** ISO instant of the publication; also the document date, so that bytes never change. */
      publishedAt: string
      contentHash: string
    }

/** The document date of a rendering: the publication instant, or when a draft was rendered. */
export const documentDate = (edition: Edition): Date =>
  new Date(edition.status === 'published' ? edition.publishedAt : edition.renderedAt)

export const indicatorLines = (standard: ReportStandard): IndicatorLine[] =>
  standard.rows.filter((r): r is IndicatorLine => r.kind === 'indicator')

/** The reference a status is judged against: the target, else the normative value. */
export function referenceOf(
  line: Pick<IndicatorLine, 'normativeBound'>,
  target: number | null,
): { kind: 'target' | 'normative'; value: number } | null {
  if (target !== null) return { kind: 'target', value: target }
  if (line.normativeBound === null) return null
  return { kind: 'normative', value: line.normativeBound }
}

/** How far a value is from its reference on the wrong side, in percentage points (≥ 0). */
export function shortfall(
  direction: IndicatorLine['direction'],
  value: number,
  reference: number,
): number {
  const gap = direction === 'lower_is_better' ? value - reference : reference - value
  return Math.max(0, Math.round(gap * 100) / 100)
}
