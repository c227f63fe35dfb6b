// The texts of the region dashboard, the office view and the drill-down pages: kk.ts, ru.ts and
// en.ts each satisfy this shape, so a text missing in one language is a type error. Loaders send
// the one language the page needs. `{name}` marks a parameter.
import type { CaseResult } from '../../../db/schema'

export interface RegionContent {
  /** Labels shared by the three pages. */
  common: {
    year: string
    standard: string
    channel: string
    allChannels: string
    show: string
    /** {date} */
    asOf: string
    noData: string
    value: string
    numerator: string
    denominator: string
    normative: string
    target: string
    none: string
    status: string
    /** 95 % Wilson interval. */
    interval: string
    /** {low} – {high} */
    intervalValue: string
    /** Change from the previous year, {year}: that year. */
    change: string
    /** Unit of a difference of two percentages. */
    points: string
    /** {year}: {value} */
    previousYear: string
    /** {numerator} of {denominator} */
    counts: string
    cardsTitle: string
    /** Accessible name of a card's value link. */
    drillTitle: string
    /** {indicator}: the sparkline's accessible name. */
    sparkline: string
    trendTitle: string
    trendIntro: string
    /** {year} */
    trendCaption: string
    month: string
    /** Short month names, January first. */
    months: readonly string[]
    download: string
    /** Names of the exported tables (sheet titles and file names stay in Latin letters). */
    tables: {
      indicators: string
      monthly: string
      districts: string
      offices: string
      channels: string
      late: string
    }
    code: string
    indicator: string
    coverage: string
    lowCoverage: string
    sortBy: string
    ascending: string
    descending: string
  }

  cases: {
    lateTitle: string
    lateIntro: string
    externalId: string
    office: string
    channel: string
    variant: string
    submitted: string
    due: string
    completed: string
    daysLate: string
    state: string
    wait: string
    /** {submit} / {pickup} min, max {max} */
    waitValue: string
    docsCorrect: string
    firstTimeCorrect: string
    yes: string
    no: string
    notRecorded: string
    /** {n} */
    minutes: string
    results: Record<CaseResult, string>
    openOverdue: string
    completedLate: string
    none: string
    /** {from} {to} {total} */
    showing: string
    /** {page} {pages} */
    page: string
    previous: string
    next: string
    pagination: string
  }

  regionDashboard: {
    /** {year} */
    lead: string
    tabs: { label: string; indicators: string; reference: string }
    channelsTitle: string
    channelsIntro: string
    /** {year} */
    channelsCaption: string
    /** {channel}: the other channel of a two-channel comparison. */
    difference: string
    districtsTitle: string
    /** {year} */
    districtsCaption: string
    district: string
    officesTitle: string
    /** {year} */
    officesCaption: string
    office: string
    regionLevel: string
    lateLink: string
    noStandards: string
  }

  officeView: {
    /** {year} */
    lead: string
    /** {region} */
    backToRegion: string
    facts: {
      code: string
      kind: string
      region: string
      district: string
      address: string
      phone: string
      services: string
    }
    noServices: string
    notServed: string
  }

  drillDown: {
    title: string
    scope: string
    nation: string
    period: string
    wholeYear: string
    /** value = 100 × {numerator} ÷ {denominator} = {value} */
    formula: string
    noDataFormula: string
    definitions: string
    forAnalysts: string
    periodKey: string
    notes: string
    caseList: string
    caseListIntro: string
    subsets: {
      rest: string
      restOnTime: string
      numerator: string
      denominator: string
    }
    /** The counts of the listed cases equal the indicator's: {numerator}, {denominator}. */
    agree: string
    /** The same counts when they differ from the indicator's (data changed meanwhile). */
    disagree: string
    surveyNote: string
    complaintNote: string
    publicationNote: string
    back: string
    reference: string
  }
}
