// The annual report's texts: kk.ts, ru.ts and en.ts each satisfy this shape, so a missing text is
// a type error. A report is written in its own language (kk, ru or en), chosen independently of
// the interface language; the renderers in reports/ and the report pages read these.
// `{name}` placeholders are filled by fill() (reports/texts.server.ts).
import type { IndicatorStatus } from '../../domain/indicator-status'

export interface ReportContent {
  /** The document's title, e.g. "Annual report on the quality indicators of state services". */
  title: string
  /** "{year}": the reporting year line on the title page. */
  reportingYear: string
  nation: string
  scope: string
  asOf: string
  asOfLabel: string
  dataVersion: string
  contentHash: string
  /** The mark on every page of an unpublished report. */
  draftMark: string
  draftNote: string
  /** A monthly working report mailed to its subscribers (decision 0031): never an edition. */
  working: {
    mark: string
    title: string
    /** "Year to date through {date}. …" */
    note: string
  }
  /** "Published edition {version} of {date}". */
  publishedEdition: string
  /** "Page {page} of {pages}". */
  page: string
  contents: string
  /** "Government decree No. {number} of {date}". */
  decree: string
  /** Above a table: "Appendix {number} to the state service standard «{name}»". */
  appendix: string
  /** The four printed columns, translated (ru/en show them under the printed kk headings). */
  printedColumns: [indicators: string, normative: string, targetNextYear: string, current: string]
  /** Columns Sapa adds to the printed table. */
  targetThisYear: string
  status: string
  counts: string
  /** "{numerator} of {denominator}". */
  countsValue: string
  /** Column headings of the tables and sheets (after the printed four). */
  columns: {
    /** The indicator's code in the XLSX breakdown list, and the unit's code beside it. */
    indicator: string
    code: string
    value: string
    numerator: string
    denominator: string
    ciLow: string
    ciHigh: string
    contributing: string
    serving: string
  }
  notApproved: string
  noData: string
  /** "95 % interval {low}–{high}". */
  interval: string
  statuses: Record<IndicatorStatus, string>
  breakdown: { region: string; district: string }
  /** The breakdown table's first column. */
  unit: { region: string; district: string }
  breakdownNote: string
  /** Above the XLSX breakdown list: one row per indicator and unit, the scope first. */
  breakdownList: string
  /** Under the PDF's breakdown table: where the counts of each unit are. */
  breakdownCounts: string
  /** "{code} {name}: value by region, with the target". */
  chartTitle: string
  chartLegend: string
  commentary: string
  /** "{standard}: {failed} of {measured} indicators with data missed the target value." */
  missedIntro: string
  /** "{code} «{name}»: {value} against {reference} ({kind})." */
  missedLine: string
  referenceKind: { target: string; normative: string }
  /** "Furthest from it: {list}." */
  furthest: string
  /** "{name} {value} ({gap})" */
  furthestItem: string
  /** "{value} percentage points" — a gap between a value and its reference. */
  points: string
  /** "{standard}: no indicator with data missed its target." */
  allMet: string
  /** "{standard}: no indicator could be measured." */
  nothingMeasured: string
  /** "Missed, but within the survey's sampling error (inconclusive): {list}." */
  inconclusive: string
  quality: string
  /** "Fewer than half of the offices serving the standard contributed data: {list}." */
  lowCoverage: string
  /** "{code} ({contributing} of {serving} offices)" */
  lowCoverageItem: string
  /** "Fewer than 30 survey answers, so no status is judged: {list}." */
  insufficient: string
  /** "{code} ({answers} answers)" */
  insufficientItem: string
  /** "No data for: {list}." */
  noDataList: string
  /** "Queue waiting time not recorded: {missing} of {total} cases submitted ({share})." */
  waitMissing: string
  firstTimeMissing: string
  docsMissing: string
  /** "In {count} of {total} {units} fewer than half of the offices contributed data to …" */
  lowCoverageUnits: string
  unitsPlural: { region: string; district: string }
  noRemarks: string
  /** Sheet names (XLSX): "Appendix" and the breakdown. */
  sheet: { cover: string; appendix: string; region: string; district: string }
  standardsInReport: string
  methodNote: string
  // ── pages ────────────────────────────────────────────────────────────────────────────────
  pages: {
    title: string
    intro: string
    year: string
    scope: string
    reportLanguage: string
    show: string
    draftTitle: string
    downloads: string
    editions: string
    noEditions: string
    version: string
    publishedAt: string
    publishedBy: string
    publish: string
    publishHelp: string
    publishedNotice: string
    view: string
    changes: string
    compare: string
    from: string
    to: string
    noChanges: string
    changesTitle: string
    changesIntro: string
    field: string
    before: string
    after: string
    standard: string
    indicator: string
    fields: {
      value: string
      status: string
      target: string
      targetNextYear: string
      counts: string
    }
    added: string
    removed: string
    openData: string
    openDataTitle: string
    openDataIntro: string
    openDataFormats: string
    openDataEmpty: string
    openDataLicence: string
    print: string
    backToReports: string
    draftBanner: string
  }
}
