// Pieces of text and choices every renderer shares, so that HTML, PDF and XLSX say the same:
// the caption above an appendix table, the edition line, and which indicator a chart shows.
import {
  indicatorLines,
  referenceOf,
  type Edition,
  type IndicatorLine,
  type ReportModel,
  type ReportStandard,
} from './model'
import type { ReportTexts } from './texts.server'

/** «…» мемлекеттік қызмет стандартына 3-қосымша / Appendix 3 to the state service standard “…”. */
export function appendixCaption(standard: ReportStandard, x: ReportTexts): string {
  return x.msg('reports.appendix', {
    name: x.name(standard.name),
    number: standard.appendix.number,
  })
}

/** "DRAFT", "MONTHLY WORKING REPORT", or "Edition 2, published 15.01.2026". */
export function editionLine(edition: Edition, x: ReportTexts): string {
  if (edition.status === 'published') {
    return x.msg('reports.publishedEdition', {
      version: edition.version,
      date: x.date(edition.publishedAt),
    })
  }
  return x.msg(edition.working ? 'reports.working.mark' : 'reports.draftMark')
}

/** The document's title, its mark across every page and the note on its title page. */
export function editionTexts(
  edition: Edition,
  x: ReportTexts,
): { title: string; mark: string | null; note: string | null } {
  if (edition.status === 'published')
    return { title: x.msg('reports.title'), mark: null, note: null }
  if (edition.working) {
    return {
      title: x.msg('reports.working.title'),
      mark: x.msg('reports.working.mark'),
      note: x.msg('reports.working.note', { date: x.date(edition.working.through) }),
    }
  }
  return {
    title: x.msg('reports.title'),
    mark: x.msg('reports.draftMark').split(' · ')[0]!,
    note: `${x.msg('reports.draftMark')}: ${x.msg('reports.draftNote')}`,
  }
}

/** The scope line of a title page: "Ақмола облысы · Есепті жыл: 2025". */
export function scopeLine(model: ReportModel, x: ReportTexts): string {
  return `${x.scope(model)} · ${x.msg('reports.reportingYear', { year: model.year })}`
}

/**
 * The indicator a standard's chart shows across the breakdown: the first (in printed order) that
 * missed its target at the scope and has values in the breakdown, else the first with values.
 */
export function chartIndicator(standard: ReportStandard): IndicatorLine | null {
  const lines = indicatorLines(standard)
  const hasValues = (line: IndicatorLine) =>
    standard.breakdown.units.some((u) => u.figures[line.code]?.value != null)
  return (
    lines.find((l) => l.figure.status === 'fails' && hasValues(l)) ?? lines.find(hasValues) ?? null
  )
}

export interface ChartBar {
  code: string
  label: string
  value: number | null
  reference: number | null
  status: IndicatorLine['figure']['status'] | null
}

/** The bars of a standard's chart: one per unit of the breakdown, in the breakdown's order. */
export function chartBars(
  standard: ReportStandard,
  line: IndicatorLine,
  x: ReportTexts,
): ChartBar[] {
  return standard.breakdown.units.map((u) => {
    const f = u.figures[line.code]
    return {
      code: u.code,
      label: x.name(u.name),
      value: f?.value ?? null,
      reference: f ? (referenceOf(line, f.target)?.value ?? null) : null,
      status: f?.status ?? null,
    }
  })
}
