// The edition each indicator row of a period follows (decision 0033): the engine judges a period
// against the appendix table of the edition in force on its first day, and reports every edition
// the period spans.
import type { Db } from '../../db/client.server'
import { editionIndicatorRows, listEditions } from '../../db/queries/standard-editions'
import { editionOfPeriod } from '../domain/editions'
import type { Period } from '../domain/periods'
import type { RowEdition } from './types'

export type EditionIndicator = Awaited<ReturnType<typeof editionIndicatorRows>>[number]

export interface EditionLookup {
  /** The indicator `code` of a standard as the edition of `period` prints it; null when it does not. */
  indicatorOf(
    standardId: string,
    code: string,
    period: Period,
  ): { edition: RowEdition; indicator: EditionIndicator } | null
}

export async function loadEditionLookup(
  db: Db,
  standardIds: readonly string[] | undefined,
): Promise<EditionLookup> {
  const [editions, indicators] = await Promise.all([
    listEditions(db, standardIds),
    editionIndicatorRows(db, standardIds),
  ])
  const editionsOf = new Map<string, typeof editions>()
  for (const e of editions) {
    const list = editionsOf.get(e.standardId)
    if (list) list.push(e)
    else editionsOf.set(e.standardId, [e])
  }
  const indicatorByKey = new Map(
    indicators.map((i) => [`${i.standardId}|${i.edition}|${i.code}`, i]),
  )
  return {
    indicatorOf(standardId, code, period) {
      const chosen = editionOfPeriod(editionsOf.get(standardId) ?? [], period.start, period.end)
      if (chosen === null) return null
      const indicator = indicatorByKey.get(`${standardId}|${chosen.edition.edition}|${code}`)
      if (!indicator) return null
      return {
        edition: { number: chosen.edition.edition, standing: chosen.standing, spans: chosen.spans },
        indicator,
      }
    },
  }
}
