// The report's generated text, in the report's language: per standard, a commentary naming the
// indicators that missed their target and the regions (districts) furthest from it, and the
// data-quality notes — low coverage and too few survey answers (the engine's flags), indicators
// without data, and fields the facts left unrecorded. Pure: a function of the model.
import { formatFixed } from '../app/i18n/format'
import {
  indicatorLines,
  referenceOf,
  shortfall,
  type IndicatorLine,
  type ReportModel,
  type ReportStandard,
} from './model'
import type { ReportTexts } from './texts.server'

export interface StandardText {
  standardId: string
  standardName: string
  lines: string[]
}

/** How many units the commentary names per missed indicator. */
export const FURTHEST_COUNT = 3

const formatPoints = (x: ReportTexts, gap: number) =>
  x.msg('reports.points', { value: formatFixed(x.lang, gap, 1) })

/** The units furthest below (or above, lower is better) their own reference on one indicator. */
export function furthestUnits(
  standard: ReportStandard,
  line: IndicatorLine,
  count = FURTHEST_COUNT,
): {
  code: string
  name: ReportStandard['breakdown']['units'][number]['name']
  value: number
  gap: number
}[] {
  const misses = []
  for (const unit of standard.breakdown.units) {
    const figure = unit.figures[line.code]
    if (!figure || figure.status !== 'fails' || figure.value === null) continue
    const reference = referenceOf(line, figure.target)
    if (!reference) continue
    misses.push({
      code: unit.code,
      name: unit.name,
      value: figure.value,
      gap: shortfall(line.direction, figure.value, reference.value),
    })
  }
  misses.sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code))
  return misses.slice(0, count)
}

export function commentaryOf(model: ReportModel, x: ReportTexts): StandardText[] {
  return model.standards.map((standard) => {
    const name = x.name(standard.name)
    const lines = indicatorLines(standard)
    const measured = lines.filter((l) => l.figure.value !== null)
    const failed = lines.filter((l) => l.figure.status === 'fails')
    const inconclusive = lines.filter((l) => l.figure.status === 'inconclusive')
    const out: string[] = []
    if (measured.length === 0) {
      out.push(x.msg('reports.nothingMeasured', { standard: name }))
    } else if (failed.length === 0) {
      out.push(x.msg('reports.allMet', { standard: name }))
    } else {
      out.push(
        x.msg('reports.missedIntro', {
          standard: name,
          failed: x.count(failed.length),
          measured: x.count(measured.length),
        }),
      )
      for (const line of failed) {
        const reference = referenceOf(line, line.figure.target)
        let text = x.msg('reports.missedLine', {
          code: line.code,
          name: x.name(line.name),
          value: x.percent(line.figure.value, reference?.value),
          kind: reference ? x.msg(`reports.referenceKind.${reference.kind}`) : '',
          reference: reference ? x.reference(reference.value) : '',
        })
        const furthest = furthestUnits(standard, line)
        if (furthest.length) {
          text +=
            ' ' +
            x.msg('reports.furthest', {
              list: furthest
                .map((u) =>
                  x.msg('reports.furthestItem', {
                    name: x.name(u.name),
                    value: x.percent(u.value),
                    gap: formatPoints(x, u.gap),
                  }),
                )
                .join('; '),
            })
        }
        out.push(text)
      }
    }
    if (inconclusive.length) {
      out.push(x.msg('reports.inconclusive', { list: inconclusive.map((l) => l.code).join(', ') }))
    }
    return { standardId: standard.id, standardName: name, lines: out }
  })
}

export function qualityNotesOf(model: ReportModel, x: ReportTexts): StandardText[] {
  return model.standards.map((standard) => {
    const lines = indicatorLines(standard)
    const out: string[] = []
    const low = lines.filter((l) => l.figure.lowCoverage && l.figure.serving > 0)
    if (low.length) {
      out.push(
        x.msg('reports.lowCoverage', {
          list: low
            .map((l) =>
              x.msg('reports.lowCoverageItem', {
                code: l.code,
                contributing: x.count(l.figure.contributing),
                serving: x.count(l.figure.serving),
              }),
            )
            .join(', '),
        }),
      )
    }
    const insufficient = lines.filter((l) => l.figure.status === 'insufficient_data')
    if (insufficient.length) {
      out.push(
        x.msg('reports.insufficient', {
          list: insufficient
            .map((l) =>
              x.msg('reports.insufficientItem', {
                code: l.code,
                answers: x.count(l.figure.denominator),
              }),
            )
            .join(', '),
        }),
      )
    }
    const noData = lines.filter((l) => l.figure.status === 'no_data')
    if (noData.length)
      out.push(x.msg('reports.noDataList', { list: noData.map((l) => l.code).join(', ') }))

    const measures = new Set(lines.map((l) => l.measure))
    const m = standard.missing
    const share = (missing: number, total: number) => x.percent((100 * missing) / total)
    const missingNote = (template: string, missing: number, total: number) =>
      x.fill(template, {
        missing: x.count(missing),
        total: x.count(total),
        share: share(missing, total),
      })
    if (measures.has('queue_wait_ok') && m.waitMissing > 0 && m.casesSubmitted > 0) {
      out.push(missingNote(x.msg('reports.waitMissing'), m.waitMissing, m.casesSubmitted))
    }
    if (measures.has('first_time_correct') && m.firstTimeMissing > 0 && m.casesSubmitted > 0) {
      out.push(missingNote(x.msg('reports.firstTimeMissing'), m.firstTimeMissing, m.casesSubmitted))
    }
    if (measures.has('docs_correct') && m.docsMissing > 0 && m.casesCompleted > 0) {
      out.push(missingNote(x.msg('reports.docsMissing'), m.docsMissing, m.casesCompleted))
    }

    const units = standard.breakdown.units.filter((u) => Object.keys(u.figures).length > 0)
    const lowUnits = units.filter((u) =>
      Object.values(u.figures).some((f) => f.lowCoverage && f.serving > 0),
    )
    if (lowUnits.length) {
      out.push(
        x.msg('reports.lowCoverageUnits', {
          units: x.msg(`reports.unitsPlural.${standard.breakdown.level}`),
          count: x.count(lowUnits.length),
          total: x.count(units.length),
        }),
      )
    }
    if (!out.length) out.push(x.msg('reports.noRemarks'))
    return { standardId: standard.id, standardName: x.name(standard.name), lines: out }
  })
}

/**
 * The notes on next year's targets approved weaker than the normative or the previous approved
 * target, with the justification kept with the decision (decision 0025). Only the standards that
 * have one; none at all: no section (and the report's bytes are as before).
 */
export function targetNotesOf(model: ReportModel, x: ReportTexts): StandardText[] {
  const out: StandardText[] = []
  for (const standard of model.standards) {
    const lines = indicatorLines(standard).flatMap((l) => {
      if (l.targetJustification === undefined || l.targetNextYear === null) return []
      const bound = l.normativeBound
      const weakerThanNormative =
        bound !== null &&
        (l.direction === 'lower_is_better' ? l.targetNextYear > bound : l.targetNextYear < bound)
      // A justification is kept only for a weaker value: not weaker than the normative, it was
      // weaker than the previous approved target.
      const why = weakerThanNormative
        ? x.msg('suggestion.report.weakerNormative', { normative: l.normative ?? '' })
        : x.msg('suggestion.report.weakerPrevious')
      return [
        x.msg('suggestion.report.line', {
          code: l.code,
          year: model.year + 1,
          value: x.reference(l.targetNextYear),
          why,
          text: l.targetJustification,
        }),
      ]
    })
    if (lines.length) {
      out.push({ standardId: standard.id, standardName: x.name(standard.name), lines })
    }
  }
  return out
}
