// /admin/reference: a year of the working calendar and every deadline rule, as the page shows
// them, and the form actions mapped onto app/admin/reference-changes.server.ts.
import { data } from '@remix-run/node'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { listDeadlineRules, listStandards } from '../../db/queries/reference'
import { calendarDaysOfYear, calendarYearRange } from '../../db/queries/reference-edits'
import { freshnessThresholds } from '../../db/queries/freshness'
import { weekdayOf } from '../domain/calendar-exception'
import { optionalField, reportingYear } from '../http/input-schemas.server'
import type { Language } from '../i18n/languages'
import { currentYear } from '../domain/reporting-period'
import type { AdminActor } from './actor.server'
import {
  addCalendarDay,
  MAX_TERM,
  removeCalendarDay,
  setDeadlineTerm,
  setFreshnessThresholds,
  type ReferenceChangeResult,
} from './reference-changes.server'

export const ReferenceQuery = z.object({ year: optionalField(reportingYear) })

type Named = { nameKk: string; nameRu: string; nameEn: string }
const nameIn = (lang: Language, n: Named) =>
  lang === 'kk' ? n.nameKk : lang === 'ru' ? n.nameRu : n.nameEn

export async function referencePage(
  db: Db,
  query: z.output<typeof ReferenceQuery>,
  lang: Language,
  now = new Date(),
) {
  const thisYear = currentYear(now)
  const year = query.year ?? thisYear
  const [days, range, rules, standards, freshness] = await Promise.all([
    calendarDaysOfYear(db, year),
    calendarYearRange(db),
    listDeadlineRules(db),
    listStandards(db),
    freshnessThresholds(db),
  ])
  const first = Math.min(range?.first ?? thisYear, thisYear, year)
  const last = Math.max(range?.last ?? thisYear, thisYear + 1, year)
  return {
    year,
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    days: days.map((d) => ({
      day: d.day,
      /** 0 = Monday … 6 = Sunday. */
      weekday: weekdayOf(d.day) - 1,
      kind: d.kind,
      name: nameIn(lang, d),
      source: d.source,
    })),
    maxTerm: MAX_TERM,
    freshness,
    standards: standards.map((s) => ({
      id: s.id,
      name: nameIn(lang, s),
      rules: rules
        .filter((r) => r.standardId === s.id)
        .map((r) => ({
          key: `${r.standardId}/${r.channel}/${r.variant}`,
          channel: r.channel,
          channelName: nameIn(lang, {
            nameKk: r.channelNameKk,
            nameRu: r.channelNameRu,
            nameEn: r.channelNameEn,
          }),
          variant: r.variant,
          variantName: nameIn(lang, {
            nameKk: r.variantNameKk,
            nameRu: r.variantNameRu,
            nameEn: r.variantNameEn,
          }),
          asPrinted: r.termAsPrintedKk,
          termAmount: r.termAmount,
          termUnit: r.termUnit,
        })),
    })),
  }
}

export type ReferenceActionResult = ReferenceChangeResult & {
  intent: 'add-day' | 'remove-day' | 'rule' | 'freshness'
  /** The calendar day or the rule (`standard/channel/variant`) the answer is about. */
  target: string
  /** With a preview: the fields the confirming form posts again (with confirm=1). */
  resubmit?: Record<string, string>
}

/** The fields each confirmable change posts, the first time and once confirmed. */
const CHANGE_FIELDS = {
  'remove-day': ['intent', 'day'],
  rule: ['intent', 'standardId', 'channel', 'variant', 'termAmount', 'termUnit'],
} as const

export async function referenceAction(db: Db, form: FormData, actor: AdminActor) {
  const fields = Object.fromEntries(
    [...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
  const intent = fields.intent
  // Removing a day and changing a term move stored deadlines: the first submit only previews how
  // many, and the page asks once more; the confirmed submit (confirm=1) makes the change.
  const preview = fields.confirm !== '1'
  let result: ReferenceChangeResult
  let target: string
  switch (intent) {
    case 'add-day':
      result = await addCalendarDay(db, fields, actor)
      target = fields.day ?? ''
      break
    case 'remove-day':
      result = await removeCalendarDay(db, fields, actor, new Date(), preview)
      target = fields.day ?? ''
      break
    case 'rule':
      result = await setDeadlineTerm(db, fields, actor, new Date(), preview)
      target = `${fields.standardId}/${fields.channel}/${fields.variant}`
      break
    case 'freshness':
      result = await setFreshnessThresholds(db, fields, actor)
      target = 'thresholds'
      break
    default:
      throw new Response('Unknown form intent', { status: 400 })
  }
  const answer: ReferenceActionResult = { ...result, intent, target }
  if (result.ok && result.preview && (intent === 'remove-day' || intent === 'rule')) {
    answer.resubmit = Object.fromEntries(CHANGE_FIELDS[intent].map((f) => [f, fields[f] ?? '']))
  }
  return data(answer, { status: result.ok ? 200 : 400 })
}
