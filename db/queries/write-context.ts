// What writing a fact needs to know: each office's id and time zone (its current region's), the
// deadline rules and complaint review terms of every edition and the working calendar.
import type { Db } from '../client.server'
import type { CalendarDayKind, ChannelCode, TermUnit, VariantCode } from '../schema'

export interface OfficeForWrite {
  id: number
  code: string
  timeZone: string
  /** The office's current region (imports check it against the user's regions). */
  regionId: number
}

export interface RuleForWrite {
  standardId: string
  /** The edition the rule belongs to and the first day it is in force (decision 0033). */
  edition: number
  validFrom: string
  channel: ChannelCode
  variant: VariantCode
  termAmount: number
  termUnit: TermUnit
  maxWaitMinutes: number
}

export interface EditionForWrite {
  standardId: string
  edition: number
  validFrom: string
  validTo: string | null
  /** Null: the standard's term. */
  complaintReviewDays: number | null
}

export async function officesForWrite(db: Db): Promise<OfficeForWrite[]> {
  return db
    .selectFrom('offices as o')
    .innerJoin('officeRegions as orr', (join) =>
      join.onRef('orr.officeId', '=', 'o.id').on('orr.validTo', 'is', null),
    )
    .innerJoin('regions as r', 'r.id', 'orr.regionId')
    .select(['o.id', 'o.code', 'r.timeZone', 'orr.regionId'])
    .execute()
}

/** Every edition's deadline rules, each edition's in the order the editions start. */
export async function rulesForWrite(db: Db): Promise<RuleForWrite[]> {
  return db
    .selectFrom('editionDeadlineRules as r')
    .innerJoin('standardEditions as e', (join) =>
      join.onRef('e.standardId', '=', 'r.standardId').onRef('e.edition', '=', 'r.edition'),
    )
    .select([
      'r.standardId',
      'r.edition',
      'e.validFrom',
      'r.channel',
      'r.variant',
      'r.termAmount',
      'r.termUnit',
      'r.maxWaitMinutes',
    ])
    .orderBy('r.standardId')
    .orderBy('e.validFrom')
    .execute()
}

/** Every edition's validity and complaint review term, in the order the editions start. */
export async function editionsForWrite(db: Db): Promise<EditionForWrite[]> {
  return db
    .selectFrom('standardEditions')
    .select(['standardId', 'edition', 'validFrom', 'validTo', 'complaintReviewDays'])
    .orderBy('standardId')
    .orderBy('validFrom')
    .execute()
}

export async function calendarForWrite(db: Db): Promise<{ day: string; kind: CalendarDayKind }[]> {
  return db.selectFrom('calendarDays').select(['day', 'kind']).orderBy('day').execute()
}
