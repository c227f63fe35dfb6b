// The /targets page's model: for a reporting year and a standard, every indicator × (the nation and
// each region the reader may see) with the normative, this year's target and value, the suggested
// next-year target, and next year's proposals and approvals with who may act on them.
import type { Db } from '../../db/client.server'
import { listRegions, listStandards } from '../../db/queries/reference'
import { indicatorsOfStandard, targetsOfStandard, type TargetRow } from '../../db/queries/targets'
import {
  canDecideTarget,
  canProposeTarget,
  canRead,
  userScope,
  type AccountUser,
} from '../accounts/policy.server'
import type { IndicatorStatus } from '../domain/indicator-status'
import type { MeasureSlug } from '../domain/measures'
import {
  isEasierThan,
  suggestTarget,
  type Direction,
  type SuggestionStep,
} from '../domain/target-suggestion'
import { isProposalYear } from '../domain/target-years'
import { localName, type Language } from '../i18n/languages'
import { indicatorsInScope } from '../indicators/engine.server'
import { asOfDate, todayInKazakhstan, yearOf } from '../domain/reporting-period'
import type { IndicatorRow } from '../indicators/types'
import { TargetNotFound } from './errors.server'
import type { TargetsPageInput } from './forms.server'
import { refOf, texts, type TargetRef } from './view.server'
import { pageTexts } from '../i18n/page-texts.server'

export interface TargetCell {
  indicatorId: number
  code: string
  measure: MeasureSlug
  /** Short label of the measure; fullName: the indicator's name in the standard. */
  name: string
  fullName: string
  direction: Direction
  normative: string | null
  /** This year's approved target in force, and whether it is the national one. */
  target: { value: number; inherited: boolean } | null
  current: { value: number | null; status: IndicatorStatus } | null
  suggestion: { value: number | null; steps: SuggestionStep[] }
  next: {
    /** Next year's approved value of this unit itself (locked). */
    approved: TargetRef | null
    /** Next year's national value, in force here while the region has none of its own. */
    inheritedValue: number | null
    pending: (TargetRef & { easier: boolean }) | null
    /** The latest rejection, when it is the latest decision and nothing is pending. */
    rejected: TargetRef | null
  }
}

export interface TargetUnit {
  /** 'nation' or the region's code. */
  key: string
  name: string
  canPropose: boolean
  cells: TargetCell[]
}

const nameIn = (lang: Language, n: { kk: string; ru: string; en: string }) => n[lang]

function unitKeyOf(regionId: number | null, codeById: Map<number, string>): string {
  return regionId === null ? 'nation' : (codeById.get(regionId) ?? `#${regionId}`)
}

/**
 * The /targets page: for a reporting year and a standard, every indicator × (nation + each
 * region the reader may see) with the normative, this year's target and value, the suggested
 * next-year target and next year's proposals and approvals. Throws TargetNotFound outside scope.
 */
export async function targetsPage(
  db: Db,
  user: AccountUser,
  query: TargetsPageInput,
  lang: Language,
  now: Date,
) {
  const scope = await userScope(db, user)
  const today = todayInKazakhstan(now)
  const year = query.year ?? yearOf(today)
  const nextYear = year + 1
  // The forms propose for next year: offered only while that year is open to proposals.
  const proposalsOpen = isProposalYear(nextYear, today)
  const standards = (await listStandards(db)).filter((s) => canRead(scope, { standardId: s.id }))
  const standard = query.standard ? standards.find((s) => s.id === query.standard) : standards[0]
  if (!standard) throw new TargetNotFound(`standard ${query.standard ?? ''}`)

  // The units: the nation (not for a regional reader) and the regions of next year in scope.
  const allRegions = await listRegions(db, { year: nextYear })
  const regions = allRegions.filter((r) => canRead(scope, { regionCode: r.code }))
  const nationVisible = canRead(scope, { nation: true })
  if (query.region === 'nation' && !nationVisible) throw new TargetNotFound('nation')
  if (query.region && query.region !== 'nation' && !regions.some((r) => r.code === query.region)) {
    throw new TargetNotFound(`region ${query.region}`)
  }
  const showNation = nationVisible && (query.region === undefined || query.region === 'nation')
  const shownRegions =
    query.region === undefined || query.region === 'nation'
      ? query.region === 'nation'
        ? []
        : regions
      : regions.filter((r) => r.code === query.region)

  const base = { year, period: 'year' as const, standard: standard.id, asOf: asOfDate(year, today) }
  const [indicators, targets, nationValues, regionValues] = await Promise.all([
    indicatorsOfStandard(db, standard.id),
    targetsOfStandard(db, {
      standardId: standard.id,
      years: [year, nextYear],
      // The national value applies in every region (a regional reader sees it as its own).
      units: { nation: true, regionIds: scope.regions === 'all' ? undefined : scope.regions.ids },
    }),
    showNation ? indicatorsInScope(db, scope, base) : Promise.resolve(null),
    shownRegions.length === 0
      ? Promise.resolve(null)
      : shownRegions.length === 1
        ? indicatorsInScope(db, scope, { ...base, region: shownRegions[0]!.code })
        : indicatorsInScope(db, scope, { ...base, by: 'region' }),
  ])

  const codeById = new Map(allRegions.map((r) => [r.id, r.code]))
  const valueByKey = new Map<string, IndicatorRow>()
  for (const row of nationValues?.rows ?? []) valueByKey.set(`nation|${row.code}`, row)
  for (const row of regionValues?.rows ?? []) {
    const unit = row.scope.code ?? shownRegions[0]?.code
    valueByKey.set(`${unit}|${row.code}`, row)
  }
  const byCell = new Map<string, TargetRow[]>()
  for (const t of targets) {
    const key = `${t.year}|${unitKeyOf(t.regionId, codeById)}|${t.indicatorId}`
    byCell.set(key, [...(byCell.get(key) ?? []), t])
  }
  const rowsOf = (y: number, unit: string, indicatorId: number) =>
    byCell.get(`${y}|${unit}|${indicatorId}`) ?? []
  const approvedOf = (y: number, unit: string, indicatorId: number) =>
    rowsOf(y, unit, indicatorId).find((t) => t.status === 'approved') ?? null

  const measureShort = pageTexts('dashboard', lang).measureShort
  const cellsOf = (unit: string): TargetCell[] =>
    indicators.map((indicator) => {
      const own = approvedOf(year, unit, indicator.id)
      const national = unit === 'nation' ? own : approvedOf(year, 'nation', indicator.id)
      const inForce = own ?? national
      const measured = valueByKey.get(`${unit}|${indicator.code}`)
      const normative = indicator.normativeKind
        ? {
            kind: indicator.normativeKind,
            low: indicator.normativeLow,
            high: indicator.normativeHigh,
          }
        : null
      const suggestion = suggestTarget({
        direction: indicator.direction,
        current: measured?.value ?? null,
        insufficient: measured?.status === 'insufficient_data',
        currentTarget: inForce?.value ?? null,
        normative,
      })
      const nextRows = rowsOf(nextYear, unit, indicator.id)
      const nextApproved = nextRows.find((t) => t.status === 'approved') ?? null
      const pending = nextRows.find((t) => t.status === 'proposed') ?? null
      const lastDecided = nextRows
        .filter((t) => t.decidedAt !== null)
        .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime() || b.id - a.id)[0]
      const nationalNext = unit === 'nation' ? null : approvedOf(nextYear, 'nation', indicator.id)
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        measure: indicator.measure,
        name: measureShort[indicator.measure],
        fullName: localName(indicator, lang),
        direction: indicator.direction,
        normative: indicator.normativeAsPrinted,
        target: inForce ? { value: inForce.value, inherited: own === null } : null,
        current: measured ? { value: measured.value, status: measured.status } : null,
        suggestion,
        next: {
          approved: nextApproved ? refOf(nextApproved) : null,
          inheritedValue: nextApproved ? null : (nationalNext?.value ?? null),
          pending: pending
            ? {
                ...refOf(pending),
                easier: isEasierThan(inForce?.value ?? null, pending.value, indicator.direction),
              }
            : null,
          rejected: !pending && lastDecided?.status === 'rejected' ? refOf(lastDecided) : null,
        },
      }
    })

  const agencyId = standard.agencyId
  const units: TargetUnit[] = [
    ...(showNation
      ? [
          {
            key: 'nation',
            name: texts[lang].filters.nation,
            canPropose: proposalsOpen && canProposeTarget(user, { agencyId, regionId: null }),
            cells: cellsOf('nation'),
          },
        ]
      : []),
    ...shownRegions.map((r) => ({
      key: r.code,
      name: localName(r, lang),
      canPropose: proposalsOpen && canProposeTarget(user, { agencyId, regionId: r.id }),
      cells: cellsOf(r.code),
    })),
  ]
  const pending = units.flatMap((u) =>
    u.cells.flatMap((c) => (c.next.pending ? [c.next.pending] : [])),
  )
  return {
    lang,
    texts: texts[lang],
    role: user.role,
    year,
    nextYear,
    today,
    region: query.region ?? null,
    done: query.done ?? null,
    doneCount: query.count ?? null,
    standards: standards.map((s) => ({ id: s.id, name: localName(s, lang) })),
    standard: {
      id: standard.id,
      name: localName(standard, lang),
      approver: nameIn(lang, {
        kk: standard.approverKk,
        ru: standard.approverRu,
        en: standard.approverEn,
      }),
    },
    unitOptions: [
      ...(nationVisible ? [{ key: 'nation', name: texts[lang].filters.nation }] : []),
      ...regions.map((r) => ({ key: r.code, name: localName(r, lang) })),
    ],
    canDecide: canDecideTarget(user, { agencyId }),
    units,
    pending: {
      ids: pending.map((p) => p.id),
      easier: pending.filter((p) => p.easier).length,
    },
  }
}

export type TargetsPageData = Awaited<ReturnType<typeof targetsPage>>
