// The Methodology page's view model (/methodology): the rules of decision 0004 and
// docs/domain.md §3 in the request's language, with everything that is data read from the database — which appendix
// rows use each measure, the deadline rules, the working calendar, the regions' history — and the
// worked examples computed by the same domain code the indicator engine runs (computeDueAt,
// judgeIndicator), so that the page cannot drift from the numbers.
import type { Db } from '../../db/client.server'
import { listCalendarDays, type CalendarDayRow } from '../../db/queries/calendar'
import {
  listDeadlineRules,
  listIndicators,
  listRegions,
  listStandards,
  type DeadlineRuleRow,
  type IndicatorDefinitionRow,
  type RegionInYearRow,
} from '../../db/queries/reference'
import type { Direction, TermUnit } from '../../db/schema'
import { computeDueAt, localDay, localInstant, type DeadlineRule } from '../domain/deadline'
import { judgeIndicator, type JudgeInput } from '../domain/indicator-status'
import {
  MEASURES,
  MIN_SURVEY_ANSWERS,
  isRecordCount,
  measureDefinition,
  type MeasureSource,
} from '../domain/measures'
import { Z_95 } from '../domain/wilson'
import {
  createWorkingCalendar,
  dayNumber,
  fromDayNumber,
  isoWeekday,
  type WorkingCalendar,
} from '../domain/working-calendar'
import { localName, type Language } from '../i18n/languages'
import { pageMessages, translatorFor } from '../i18n/messages.server'

/** The worked deadline examples, in the order the page shows them (their texts: methodology.deadlines.examples.<id>). */
export const DEADLINE_EXAMPLES = [
  'workingDaysNauryz',
  'submittedOnDayOff',
  'calendarDaysHoliday',
  'minutes',
  'suspension',
] as const
export type DeadlineExampleId = (typeof DEADLINE_EXAMPLES)[number]

/** The worked status examples, in the order the page shows them (their texts: methodology.status.examples.<id>). */
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

// ── measures ────────────────────────────────────────────────────────────────────────────────

function measureViews(
  indicators: IndicatorDefinitionRow[],
  standardOrder: string[],
  lang: Language,
) {
  const position = (id: string) => standardOrder.indexOf(id)
  const ordered = [...indicators].sort(
    (a, b) => position(a.standardId) - position(b.standardId) || a.position - b.position,
  )
  return MEASURES.map((slug) => {
    // One entry per code and name as printed: the four land standards print 1.1 alike, the farm
    // certificate's 1.1 is worded differently — both are shown, each with its standards.
    const rows = new Map<string, { code: string; name: string; standardIds: string[] }>()
    for (const row of ordered.filter((i) => i.measure === slug)) {
      const name = localName(row, lang)
      const key = `${row.code}\u0000${name}`
      const entry = rows.get(key)
      if (entry) entry.standardIds.push(row.standardId)
      else rows.set(key, { code: row.code, name, standardIds: [row.standardId] })
    }
    const codes = new Map<string, number>()
    for (const entry of rows.values()) {
      codes.set(entry.code, (codes.get(entry.code) ?? 0) + entry.standardIds.length)
    }
    const directions = [
      ...new Set(ordered.filter((i) => i.measure === slug).map((i) => i.direction)),
    ] as Direction[]
    // The registry's data sets: a rate over another population (4.1 divides complaints by the
    // cases completed, decision 0004) needs both.
    const definition = measureDefinition(slug)
    const sources: MeasureSource[] = [definition.source]
    if (
      isRecordCount(definition.denominator) &&
      definition.denominator.source !== definition.source
    ) {
      sources.push(definition.denominator.source)
    }
    return {
      slug,
      rows: [...rows.values()],
      codes: [...codes.entries()].map(([code, standards]) => ({ code, standards })),
      directions,
      sources,
    }
  })
}

// ── deadline rules in the database, by unit ─────────────────────────────────────────────────

const UNITS: TermUnit[] = ['minutes', 'calendar_days', 'working_days']

function unitViews(rules: DeadlineRuleRow[], lang: Language) {
  return UNITS.map((unit) => {
    const terms = new Map<
      number,
      { amount: number; standardIds: Set<string>; channels: Set<string>; variants: Set<string> }
    >()
    for (const rule of rules.filter((r) => r.termUnit === unit)) {
      let term = terms.get(rule.termAmount)
      if (!term) {
        term = {
          amount: rule.termAmount,
          standardIds: new Set(),
          channels: new Set(),
          variants: new Set(),
        }
        terms.set(rule.termAmount, term)
      }
      term.standardIds.add(rule.standardId)
      term.channels.add(
        localName(
          { nameKk: rule.channelNameKk, nameRu: rule.channelNameRu, nameEn: rule.channelNameEn },
          lang,
        ),
      )
      term.variants.add(
        localName(
          { nameKk: rule.variantNameKk, nameRu: rule.variantNameRu, nameEn: rule.variantNameEn },
          lang,
        ),
      )
    }
    return {
      unit,
      terms: [...terms.values()]
        .sort((a, b) => b.amount - a.amount)
        .map((t) => ({
          amount: t.amount,
          standardIds: [...t.standardIds],
          channels: [...t.channels],
          variants: [...t.variants],
        })),
    }
  })
}

/** Decision 0002: the farm certificate's two readings, as the database holds them now. */
const FARM_CERTIFICATE = 'private-farm-certificate'

function farmReadings(rules: DeadlineRuleRow[], lang: Language) {
  return rules
    .filter((r) => r.standardId === FARM_CERTIFICATE)
    .map((r) => ({
      channel: localName(
        { nameKk: r.channelNameKk, nameRu: r.channelNameRu, nameEn: r.channelNameEn },
        lang,
      ),
      termAmount: r.termAmount,
      termUnit: r.termUnit,
    }))
}

// ── worked deadline examples ────────────────────────────────────────────────────────────────

/** Where the examples' offices are: Astana time, the zone of most regions (one zone since 2024). */
const EXAMPLE_TIME_ZONE = 'Asia/Almaty'

interface LocalMoment {
  day: string
  /** Minutes after local midnight. */
  minute: number
}

interface DeadlineExampleSpec {
  rule: DeadlineRule
  submitted: LocalMoment
  suspension?: { from: LocalMoment; to: LocalMoment }
}

// The inputs are the examples' own (the explanations in the methodology messages are written for
// them); the dates they end on are computed below, never written down.
const deadlineExampleSpecs: Record<DeadlineExampleId, DeadlineExampleSpec> = {
  // Land acts, grant: 6 working days, submitted on the Friday before Nauryz 2026.
  workingDaysNauryz: {
    rule: { termAmount: 6, termUnit: 'working_days' },
    submitted: { day: '2026-03-20', minute: 10 * 60 },
  },
  // Land acts, duplicate: 4 working days, submitted on Saturday 4 January 2025.
  submittedOnDayOff: {
    rule: { termAmount: 4, termUnit: 'working_days' },
    submitted: { day: '2025-01-04', minute: 11 * 60 },
  },
  // Farm certificate at a Public Service Center: 2 calendar days (decision 0002).
  calendarDaysHoliday: {
    rule: { termAmount: 2, termUnit: 'calendar_days' },
    submitted: { day: '2025-03-06', minute: 15 * 60 },
  },
  // Farm certificate at the akimat: 10 minutes (decision 0002), on the eve of Nauryz 2026.
  minutes: {
    rule: { termAmount: 10, termUnit: 'minutes' },
    submitted: { day: '2026-03-20', minute: 17 * 60 + 55 },
  },
  // Land acts, grant, suspended for a while in June 2025 (Kurban Ait on Friday 6 June).
  suspension: {
    rule: { termAmount: 6, termUnit: 'working_days' },
    submitted: { day: '2025-06-02', minute: 10 * 60 },
    suspension: {
      from: { day: '2025-06-04', minute: 11 * 60 },
      to: { day: '2025-06-09', minute: 15 * 60 },
    },
  },
}

const instant = (m: LocalMoment) => localInstant(m.day, m.minute, EXAMPLE_TIME_ZONE)

/** 'HH:MM' or 'HH:MM:SS' of an instant's local wall-clock time. */
function localTime(at: Date, withSeconds: boolean): string {
  const day = localDay(at, EXAMPLE_TIME_ZONE)
  const sinceMidnight = at.getTime() - localInstant(day, 0, EXAMPLE_TIME_ZONE).getTime()
  const seconds = Math.floor(sinceMidnight / 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  const hhmm = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}`
  return withSeconds ? `${hhmm}:${pad(seconds % 60)}` : hhmm
}

function momentView(at: Date, withSeconds: boolean) {
  const day = localDay(at, EXAMPLE_TIME_ZONE)
  return { day, weekday: isoWeekday(dayNumber(day)), time: localTime(at, withSeconds) }
}

type DayKind = 'working' | 'weekend' | 'holiday' | 'transferDayOff' | 'transferWorkingDay'

function dayKind(day: string, exceptions: Map<string, CalendarDayRow>): DayKind {
  const exception = exceptions.get(day)
  if (exception?.kind === 'holiday') return 'holiday'
  if (exception?.kind === 'transfer_day_off') return 'transferDayOff'
  if (exception?.kind === 'transfer_working_day') return 'transferWorkingDay'
  return isoWeekday(dayNumber(day)) >= 6 ? 'weekend' : 'working'
}

/**
 * The days from the submission to the deadline, each with its kind (from the calendar) and its
 * ordinal in the term — an illustration of the count; the deadline itself is computeDueAt's.
 */
function timeline(
  spec: DeadlineExampleSpec,
  dueDay: string,
  calendar: WorkingCalendar,
  exceptions: Map<string, CalendarDayRow>,
  lang: Language,
) {
  const first = dayNumber(spec.submitted.day)
  const last = dayNumber(dueDay)
  const days = []
  let workingCount = 0
  for (let n = first; n <= last; n++) {
    const day = fromDayNumber(n)
    const exception = exceptions.get(day)
    let ordinal: number | null = null
    let moved = false
    if (n > first) {
      if (spec.rule.termUnit === 'working_days') {
        if (calendar.isWorkingDay(day)) ordinal = ++workingCount
      } else if (n - first <= spec.rule.termAmount) {
        ordinal = n - first
      } else {
        moved = true
      }
    }
    days.push({
      day,
      weekday: isoWeekday(n),
      kind: dayKind(day, exceptions),
      name: exception ? localName(exception, lang) : null,
      submission: n === first,
      ordinal,
      moved,
      due: n === last,
    })
  }
  return days
}

function deadlineExamples(calendarRows: CalendarDayRow[], lang: Language) {
  const calendar = createWorkingCalendar(calendarRows)
  const exceptions = new Map(calendarRows.map((row) => [row.day, row]))
  return DEADLINE_EXAMPLES.map((id) => {
    const spec = deadlineExampleSpecs[id]
    const submittedAt = instant(spec.submitted)
    const suspension = spec.suspension
      ? { from: instant(spec.suspension.from), to: instant(spec.suspension.to) }
      : null
    const input = { submittedAt, rule: spec.rule, timeZone: EXAMPLE_TIME_ZONE, calendar }
    const dueAt = computeDueAt({ ...input, suspension })
    if (dueAt === null) throw new Error(`the deadline example ${id} has no deadline`)
    const dayTerm = spec.rule.termUnit !== 'minutes'
    const due = momentView(dueAt, dayTerm)
    const suspensionView = spec.suspension
      ? (() => {
          const { from, to } = spec.suspension
          // The days the suspension adds, counted like the term (working days in (from, to]).
          const added = []
          for (let n = dayNumber(from.day) + 1; n <= dayNumber(to.day); n++) {
            const day = fromDayNumber(n)
            if (spec.rule.termUnit !== 'working_days' || calendar.isWorkingDay(day)) {
              added.push({ day, weekday: isoWeekday(n) })
            }
          }
          const withoutSuspension = computeDueAt(input)
          const stillSuspended = computeDueAt({
            ...input,
            suspension: { from: instant(from), to: null },
          })
          return {
            from: momentView(instant(from), false),
            to: momentView(instant(to), false),
            addedDays: added,
            dueWithout: withoutSuspension ? momentView(withoutSuspension, dayTerm) : null,
            dueIfStillSuspended: stillSuspended ? momentView(stillSuspended, dayTerm) : null,
          }
        })()
      : null
    return {
      id,
      termAmount: spec.rule.termAmount,
      termUnit: spec.rule.termUnit,
      timeZone: EXAMPLE_TIME_ZONE,
      submitted: momentView(submittedAt, false),
      due,
      suspension: suspensionView,
      timeline:
        dayTerm && !spec.suspension ? timeline(spec, due.day, calendar, exceptions, lang) : null,
    }
  })
}

// ── worked status examples ──────────────────────────────────────────────────────────────────

// Each judged by judgeIndicator, the function that decides every status the dashboards show.
const statusExampleSpecs: Record<StatusExampleId, JudgeInput> = {
  belowNormative: {
    measure: 'on_time',
    direction: 'higher_is_better',
    numerator: 97,
    denominator: 100,
    target: null,
    normative: { kind: 'min', low: 100, high: null },
  },
  targetOverrides: {
    measure: 'on_time',
    direction: 'higher_is_better',
    numerator: 97,
    denominator: 100,
    target: 95,
    normative: { kind: 'min', low: 100, high: null },
  },
  bandBelow: {
    measure: 'info_online',
    direction: 'higher_is_better',
    numerator: 3,
    denominator: 8,
    target: null,
    normative: { kind: 'band', low: 40, high: 50 },
  },
  bandAbove: {
    measure: 'info_online',
    direction: 'higher_is_better',
    numerator: 7,
    denominator: 8,
    target: null,
    normative: { kind: 'band', low: 40, high: 50 },
  },
  maximumMeets: {
    measure: 'justified_complaint_rate',
    direction: 'lower_is_better',
    numerator: 1,
    denominator: 120,
    target: null,
    normative: { kind: 'max', low: null, high: 1 },
  },
  surveyInconclusive: {
    measure: 'satisfied_courtesy',
    direction: 'higher_is_better',
    numerator: 48,
    denominator: 60,
    target: null,
    normative: { kind: 'min', low: 85, high: null },
  },
  surveyFails: {
    measure: 'satisfied_courtesy',
    direction: 'higher_is_better',
    numerator: 150,
    denominator: 200,
    target: null,
    normative: { kind: 'min', low: 85, high: null },
  },
  surveyTooFew: {
    measure: 'satisfied_process',
    direction: 'higher_is_better',
    numerator: 20,
    denominator: 20,
    target: null,
    normative: { kind: 'min', low: 100, high: null },
  },
  noData: {
    measure: 'on_time',
    direction: 'higher_is_better',
    numerator: 0,
    denominator: 0,
    target: null,
    normative: { kind: 'min', low: 100, high: null },
  },
  noReference: {
    measure: 'on_time',
    direction: 'higher_is_better',
    numerator: 50,
    denominator: 60,
    target: null,
    normative: null,
  },
}

function statusExamples() {
  return STATUS_EXAMPLES.map((id) => {
    const input = statusExampleSpecs[id]
    const judgement = judgeIndicator(input)
    return {
      id,
      numerator: input.numerator,
      denominator: input.denominator,
      target: input.target,
      normative: input.normative,
      ...judgement,
    }
  })
}

// ── regions' history ────────────────────────────────────────────────────────────────────────

/** The regions that began or ended since the structure before the 2018 reform. */
function regionChanges(before: RegionInYearRow[], now: RegionInYearRow[], lang: Language) {
  const byCode = new Map([...before, ...now].map((r) => [r.code, r]))
  return [...byCode.values()]
    .filter((r) => r.validFrom !== null || r.validTo !== null)
    .map((r) => ({
      code: r.code,
      name: localName(r, lang),
      validFrom: r.validFrom,
      validTo: r.validTo,
      /** A year the region existed in, for the link to its page. */
      year: Number((r.validTo ?? r.validFrom ?? '').slice(0, 4)),
      formedFrom:
        r.formedFromCode !== null
          ? localName(
              {
                nameKk: r.formedFromNameKk ?? '',
                nameRu: r.formedFromNameRu ?? '',
                nameEn: r.formedFromNameEn ?? '',
              },
              lang,
            )
          : null,
    }))
    .sort((a, b) => (a.validFrom ?? a.validTo ?? '').localeCompare(b.validFrom ?? b.validTo ?? ''))
}

/** The year before the first reform the page describes (South Kazakhstan → Turkistan, 2018). */
const STRUCTURE_BEFORE_REFORMS = 2017

// ── the page ────────────────────────────────────────────────────────────────────────────────

export async function methodologyPage(db: Db, lang: Language, today: Date) {
  const standards = await listStandards(db)
  const indicators = await listIndicators(db)
  const rules = await listDeadlineRules(db)
  // Every exception: the working calendar must know all days off around the dates it counts.
  const calendarRows = await listCalendarDays(db)
  const regionsBefore = await listRegions(db, { year: STRUCTURE_BEFORE_REFORMS })
  const regionsNow = await listRegions(db, { year: today.getUTCFullYear() })

  return {
    title: translatorFor(lang).t('methodology.title'),
    // The page's own messages in the request's language, for useT() (its texts are read by key).
    messages: pageMessages(lang, 'methodology'),
    constants: { minSurveyAnswers: MIN_SURVEY_ANSWERS, z: Z_95 },
    standards: standards.map((s) => ({ id: s.id, name: localName(s, lang) })),
    measures: measureViews(
      indicators,
      standards.map((s) => s.id),
      lang,
    ),
    units: unitViews(rules, lang),
    farmReadings: farmReadings(rules, lang),
    farmCertificateId: FARM_CERTIFICATE,
    deadlineExamples: deadlineExamples(calendarRows, lang),
    statusExamples: statusExamples(),
    regionChanges: regionChanges(regionsBefore, regionsNow, lang),
  }
}

export type MethodologyPage = Awaited<ReturnType<typeof methodologyPage>>
