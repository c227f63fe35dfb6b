// The /targets page's model: for a reporting year and a standard, every indicator × (the nation and
// each region the reader may see) with the normative, this year's target and value, the suggested
// next-year target, and next year's proposals and approvals with who may act on them.
import type { Db } from '../../db/client.server'
import { listRegions, listStandards } from '../../db/queries/reference'
import {
  approvedTargetsUpTo,
  indicatorsOfStandard,
  targetsOfStandard,
  type TargetRow,
} from '../../db/queries/targets'
import {
  canDecideTarget,
  canProposeTarget,
  canRead,
  indicatorAccess,
  userScope,
  type AccountUser,
} from '../accounts/policy.server'
import type { IndicatorStatus } from '../domain/indicator-status'
import type { MeasureSlug } from '../domain/measures'
import {
  baseInterval,
  isEasierThan,
  suggestionBaseYear,
  suggestTarget,
  weaknessOf,
  type Direction,
  type InsufficientReason,
  type LastApproved,
  type SuggestionStep,
  type Weakness,
} from '../domain/target-suggestion'
import { isProposalYear } from '../domain/target-years'
import { localName, type Language } from '../i18n/languages'
import { indicatorsInScope } from '../indicators/engine.server'
import { asOfDate, todayInKazakhstan, yearOf } from '../domain/reporting-period'
import type { IndicatorRow } from '../indicators/types'
import {
  computeProjections,
  projectionQueryOf,
  projectionToWire,
  type Projections,
  type ProjectionView,
} from '../indicators/projection.server'
import type { IndicatorQuery } from '../indicators/types'
import { TargetNotFound } from './errors.server'
import type { TargetsPageInput } from './forms.server'
import { refOf, type TargetRef } from './view.server'
import { pageMessages, translatorFor } from '../i18n/messages.server'

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
  /** Where this year lands (decision 0026), while it is open; null otherwise. */
  projection: ProjectionView | null
  /** What the suggestion rests on: the last complete year, with its counts, coverage, interval. */
  base: {
    year: number
    numerator: number
    denominator: number
    value: number | null
    status: IndicatorStatus
    /** 95 % Wilson interval in percent; null without cases. */
    interval: { low: number; high: number } | null
    coverage: { contributing: number; serving: number; low: boolean }
  } | null
  /** The last approved target in force up to this year (the region's own, else the national). */
  lastApproved: LastApproved | null
  suggestion: {
    value: number | null
    insufficient: InsufficientReason | null
    steps: SuggestionStep[]
  }
  next: {
    /** Next year's approved value of this unit itself (locked). */
    approved: TargetRef | null
    /** Next year's national value, in force here while the region has none of its own. */
    inheritedValue: number | null
    pending: (TargetRef & { easier: boolean; weaker: Weakness }) | null
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

  // The suggestion rests on the last complete year (decision 0025), never on this year to date.
  const baseYear = suggestionBaseYear(nextYear, today)
  const valuesOf = (y: number) => {
    const query = {
      year: y,
      period: 'year' as const,
      standard: standard.id,
      asOf: asOfDate(y, today),
    }
    return Promise.all([
      showNation ? indicatorsInScope(db, scope, query) : Promise.resolve(null),
      shownRegions.length === 0
        ? Promise.resolve(null)
        : shownRegions.length === 1
          ? indicatorsInScope(db, scope, { ...query, region: shownRegions[0]!.code })
          : indicatorsInScope(db, scope, { ...query, by: 'region' }),
    ])
  }
  // The national value applies in every region (a regional reader sees it as its own).
  const inScope = {
    nation: true,
    regionIds: scope.regions === 'all' ? undefined : scope.regions.ids,
  }
  // This year's projections (the same scope and access as its values): none once it is over.
  const projectionsOf = async (query: IndicatorQuery): Promise<Projections> =>
    yearOf(query.asOf) === year
      ? computeProjections(db, projectionQueryOf(query), await indicatorAccess(db, scope, query))
      : new Map()
  const yearQuery = {
    year,
    period: 'year' as const,
    standard: standard.id,
    asOf: asOfDate(year, today),
  }
  const regionQuery =
    shownRegions.length === 1
      ? { ...yearQuery, region: shownRegions[0]!.code }
      : { ...yearQuery, by: 'region' as const }
  const [
    indicators,
    targets,
    approvedUpTo,
    thisYear,
    baseValues,
    nationProjections,
    regionProjections,
  ] = await Promise.all([
    indicatorsOfStandard(db, standard.id),
    targetsOfStandard(db, { standardId: standard.id, years: [year, nextYear], units: inScope }),
    approvedTargetsUpTo(db, { standardId: standard.id, lastYear: year, units: inScope }),
    valuesOf(year),
    baseYear === year ? null : valuesOf(baseYear),
    showNation ? projectionsOf(yearQuery) : Promise.resolve<Projections>(new Map()),
    shownRegions.length === 0
      ? Promise.resolve<Projections>(new Map())
      : projectionsOf(regionQuery),
  ])

  const codeById = new Map(allRegions.map((r) => [r.id, r.code]))
  const byUnitAndCode = ([nationValues, regionValues]: Awaited<ReturnType<typeof valuesOf>>) => {
    const map = new Map<string, IndicatorRow>()
    for (const row of nationValues?.rows ?? []) map.set(`nation|${row.code}`, row)
    for (const row of regionValues?.rows ?? []) {
      const unit = row.scope.code ?? shownRegions[0]?.code
      map.set(`${unit}|${row.code}`, row)
    }
    return map
  }
  const valueByKey = byUnitAndCode(thisYear)
  const baseByKey = baseValues ? byUnitAndCode(baseValues) : valueByKey
  // The last approved target in force up to this year: the latest year with the unit's own or
  // the national value, the unit's own first (rows come latest year first).
  const lastApprovedOf = (unit: string, indicatorId: number): LastApproved | null => {
    const rows = approvedUpTo.filter((t) => t.indicatorId === indicatorId)
    const latest = rows.find((t) => t.regionId === null || unitKeyOf(t.regionId, codeById) === unit)
    if (!latest) return null
    const own =
      unit === 'nation'
        ? null
        : rows.find((t) => t.year === latest.year && unitKeyOf(t.regionId, codeById) === unit)
    const chosen = own ?? latest
    return { value: chosen.value, year: chosen.year }
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

  const { t } = translatorFor(lang)
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
      const based = baseByKey.get(`${unit}|${indicator.code}`)
      const base = based
        ? {
            year: baseYear,
            numerator: based.numerator,
            denominator: based.denominator,
            value: based.value,
            status: based.status,
            interval: baseInterval(based.numerator, based.denominator),
            coverage: based.coverage,
          }
        : null
      const lastApproved = lastApprovedOf(unit, indicator.id)
      const suggestion = suggestTarget({
        direction: indicator.direction,
        base,
        lastApproved,
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
        name: t(`dashboard.measureShort.${indicator.measure}`),
        fullName: localName(indicator, lang),
        direction: indicator.direction,
        normative: indicator.normativeAsPrinted,
        target: inForce ? { value: inForce.value, inherited: own === null } : null,
        current: measured ? { value: measured.value, status: measured.status } : null,
        base,
        lastApproved,
        projection: projectionToWire(
          unit === 'nation'
            ? nationProjections.get(`${standard.id}|${indicator.code}|`)
            : regionProjections.get(`${standard.id}|${indicator.code}|${unit}`),
        ),
        suggestion,
        next: {
          approved: nextApproved ? refOf(nextApproved) : null,
          inheritedValue: nextApproved ? null : (nationalNext?.value ?? null),
          pending: pending
            ? {
                ...refOf(pending),
                easier: isEasierThan(inForce?.value ?? null, pending.value, indicator.direction),
                // The guard the chair's approval meets (decision 0025).
                weaker: weaknessOf({
                  value: pending.value,
                  direction: indicator.direction,
                  normative,
                  previousApproved: lastApproved?.value ?? null,
                }),
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
            name: t('targets.filters.nation'),
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
    messages: pageMessages(lang, 'targets'),
    title: t('targets.title'),
    role: user.role,
    year,
    nextYear,
    baseYear,
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
      ...(nationVisible ? [{ key: 'nation', name: t('targets.filters.nation') }] : []),
      ...regions.map((r) => ({ key: r.code, name: localName(r, lang) })),
    ],
    canDecide: canDecideTarget(user, { agencyId }),
    units,
    pending: {
      ids: pending.map((p) => p.id),
      easier: pending.filter((p) => p.easier).length,
      /** Proposals weaker than the normative or the last approved target (need a justification). */
      weaker: pending.filter((p) => p.weaker.normative || p.weaker.previous).length,
    },
  }
}

export type TargetsPageData = Awaited<ReturnType<typeof targetsPage>>
