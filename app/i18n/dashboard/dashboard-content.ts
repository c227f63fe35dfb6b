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
  /** Short column labels for each measure. */
  measureShort: Record<MeasureSlug, string>
}
