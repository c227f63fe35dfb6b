// The links of the dashboards, built the same way on the server and in the browser: the
// drill-down of one number and the view of one office. Pure string building, no I/O.
import type { CaseSubset } from '../../db/queries/case-lists'
import type { ChannelCode } from '../../db/schema'

/** Which number a drill-down shows: the scope, the period and the channel. */
export interface DrillTarget {
  year: number
  month?: number
  region?: string
  district?: string
  office?: string
  channel?: ChannelCode
  cases?: CaseSubset
}

/** The drill-down page of one number: /indicators/:standard/:code?year=…&region=… */
export function drillHref(standard: string, code: string, target: DrillTarget): string {
  const params = new URLSearchParams()
  params.set('year', String(target.year))
  if (target.month !== undefined) params.set('month', String(target.month))
  if (target.region) params.set('region', target.region)
  if (target.district) params.set('district', target.district)
  if (target.office) params.set('office', target.office)
  if (target.channel) params.set('channel', target.channel)
  if (target.cases) params.set('cases', target.cases)
  return `/indicators/${encodeURIComponent(standard)}/${encodeURIComponent(code)}?${params}`
}

export function officeHref(code: string, year: number, standard: string): string {
  return `/offices/${encodeURIComponent(code)}?year=${year}&standard=${encodeURIComponent(standard)}`
}
