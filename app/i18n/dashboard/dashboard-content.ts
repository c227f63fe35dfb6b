// The dashboards' texts: kk.ts, ru.ts and en.ts each satisfy this shape, so a missing text is a
// type error. Loaders send the one language the page needs.
import type { MeasureSlug } from '~/domain/measures'

export interface DashboardContent {
  standardView: {
    title: string
    intro: string
    year: string
    channel: string
    allChannels: string
    show: string
    mapIndicator: string
    matrixCaption: string
    nation: string
    region: string
    mapTitle: string
    mapDescription: string
    rankingTitle: string
    rankingDescription: string
    noData: string
    change: string
    previousYear: string
    counts: string
    target: string
    normative: string
    lowCoverage: string
    legend: string
    /** Unit of a change between two percentages: percentage points. */
    points: string
    otherYears: string
  }
  /** The national overview (/). {placeholders} are filled by the page. */
  overview: {
    title: string
    /** A regional user's overview: {region}. */
    regionTitle: string
    intro: string
    regionIntro: string
    noRegion: string
    year: string
    standard: string
    allStandards: string
    channel: string
    allChannels: string
    /** The chosen indicator: map, ranking, and the matrix of all standards. */
    indicator: string
    show: string
    /** {year}, {date}. */
    cardsTitle: string
    served: string
    onTime: string
    satisfaction: string
    complaints: string
    /** Under the cases served: what was counted. */
    servedNote: string
    /** {numerator} of {denominator}. */
    shareOf: string
    /** {rate}: justified complaints per 100 cases served. */
    complaintsRate: string
    /** {period}: the previous period, e.g. "1 Jan – 23 Nov 2024". */
    comparedWith: string
    /** {year}. */
    noPrevious: string
    points: string
    /** Link from a card to the ranking of regions by that measure. */
    byRegion: string
    /** Link from a regional user's card to the region dashboard. */
    openRegion: string
    definitionsTitle: string
    definitionServed: string
    definitionOnTime: string
    definitionSatisfaction: string
    definitionComplaints: string
    definitionChange: string
    /** {year}. */
    matrixCaption: string
    /** {indicator}. */
    matrixAllNote: string
    matrixNote: string
    nation: string
    region: string
    mapTitle: string
    /** {indicator}, {year}. */
    mapDescription: string
    rankingTitle: string
    /** {indicator}. */
    rankingDescription: string
    noData: string
    download: string
    csv: string
    xlsx: string
    adminData: string
    /** Export column headers. */
    col: {
      regionCode: string
      region: string
      standard: string
      rank: string
      value: string
      status: string
      numerator: string
      denominator: string
    }
  }
  /** Short column labels for each measure. */
  measureShort: Record<MeasureSlug, string>
}
