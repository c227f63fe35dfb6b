// The shape of the Methodology page's texts (decision 0004 and docs/domain.md §3, §5, §6 in words):
// kk.ts, ru.ts and en.ts in this folder each satisfy it, so a text missing in one language is a
// type error. The texts stay on the server; the page's loader sends the one language it needs.
//
// Markup inside the strings: `code` is shown as code (column names, measure slugs, statuses);
// {name} is a parameter the page fills in (numbers formatted for the language).
import type { IndicatorStatus } from '~/domain/indicator-status'
import type { MeasureSlug, MeasureSource, MeasureText } from '~/domain/measures'

export type TermUnitName = 'minutes' | 'calendar_days' | 'working_days'

/** The worked deadline examples, in the order the page shows them. */
export const DEADLINE_EXAMPLES = [
  'workingDaysNauryz',
  'submittedOnDayOff',
  'calendarDaysHoliday',
  'minutes',
  'suspension',
] as const
export type DeadlineExampleId = (typeof DEADLINE_EXAMPLES)[number]

/** The worked status examples, in the order the page shows them. */
export const STATUS_EXAMPLES = [
  'belowNormative',
  'targetOverrides',
  'bandBelow',
  'bandAbove',
  'maximumMeets',
  'surveyInconclusive',
  'surveyFails',
  'surveyTooFew',
  'noData',
  'noReference',
] as const
export type StatusExampleId = (typeof STATUS_EXAMPLES)[number]

export interface MethodologyContent {
  title: string
  lead: string
  intro: readonly string[]
  print: string
  tocLabel: string
  sections: { measures: string; deadlines: string; status: string; period: string }

  measures: {
    intro: readonly string[]
    summaryCaption: string
    col: {
      measure: string
      rows: string
      numerator: string
      denominator: string
      periodKey: string
      data: string
      direction: string
      notes: string
    }
    /** Before the list of standards that print a row with this code and name. */
    rowIn: string
    noRows: string
    byMeasure: Record<MeasureSlug, MeasureText>
    sources: Record<MeasureSource, string>
    /** 4.1 counts complaints against cases: the second data set of its row. */
    casesForDenominator: string
  }

  deadlines: {
    intro: readonly string[]
    unitsHeading: string
    unitsCaption: string
    col: { unit: string; rule: string; inDatabase: string }
    unitNames: Record<TermUnitName, string>
    units: Record<TermUnitName, string>
    noRules: string
    commonHeading: string
    common: readonly string[]
    readingsHeading: string
    readings: readonly string[]
    readingsCurrent: string
    readingsEditable: string
    examplesHeading: string
    examplesIntro: string
    examples: Record<DeadlineExampleId, { title: string; explanation: string }>
    example: {
      term: string
      submitted: string
      timeZone: string
      suspension: string
      suspensionDays: string
      due: string
      dueWithoutSuspension: string
      stillSuspended: string
      noDeadline: string
      why: string
      timelineCaption: string
      col: { date: string; day: string; count: string }
      kind: {
        submission: string
        working: string
        weekend: string
        holiday: string
        transferDayOff: string
        transferWorkingDay: string
      }
      /** {n}: the ordinal of a working day of the term. */
      workingDayN: string
      /** {n}: the ordinal of a calendar day of the term. */
      calendarDayN: string
      movedToNext: string
      lastDay: string
    }
  }

  status: {
    valueHeading: string
    value: readonly string[]
    referenceHeading: string
    reference: readonly string[]
    orderHeading: string
    orderIntro: string
    col: { status: string; when: string }
    when: Record<IndicatorStatus, string>
    comparisonHeading: string
    comparison: readonly string[]
    surveyHeading: string
    survey: readonly string[]
    coverageHeading: string
    coverage: readonly string[]
    coverageFlagIntro: string
    examplesHeading: string
    examplesIntro: string
    examplesCol: {
      example: string
      counts: string
      reference: string
      value: string
      interval: string
      status: string
    }
    examples: Record<StatusExampleId, string>
    /** {numerator} of {denominator} */
    counts: string
    target: string
    normative: string
    none: string
  }

  period: {
    keysHeading: string
    keys: readonly string[]
    granularityHeading: string
    granularity: readonly string[]
    asOfHeading: string
    asOf: readonly string[]
    deadlineInPeriodHeading: string
    deadlineInPeriod: readonly string[]
    scopeHeading: string
    scope: readonly string[]
    regionsHeading: string
    regions: readonly string[]
    regionsCaption: string
    regionsCol: { region: string; validFrom: string; validTo: string; formedFrom: string }
  }
}
