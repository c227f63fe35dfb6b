// The demo dataset: deterministic (seeded) cases, survey responses, complaints and information
// publications over the demo years, for every office that serves a standard, with realistic
// variation — regions and offices clearly better or worse, seasonal load, a few open overdue
// cases — so that every indicator has non-trivial values. Pure: reference data in, rows out.
import type { CalendarException, WorkingCalendar } from '../../app/domain/working-calendar'
import { createWorkingCalendar, dayNumber, fromDayNumber } from '../../app/domain/working-calendar'
import { deriveCaseKeys, deriveComplaintKeys } from '../../app/domain/case-keys'
import { computeDueAt, localDay, localInstant, type DeadlineRule } from '../../app/domain/deadline'
import type { CaseResult, ChannelCode, OfficeKind, TermUnit, VariantCode } from '../../db/schema'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { createRandom, WeightedPicker, type Random } from './random'

export interface DemoService {
  officeId: number
  officeCode: string
  officeKind: OfficeKind
  hasDistrict: boolean
  regionKey: string
  timeZone: string
  standardId: string
  channel: ChannelCode
}

export interface DemoRule {
  standardId: string
  channel: ChannelCode
  variant: VariantCode
  termAmount: number
  termUnit: TermUnit
  maxWaitMinutes: number
}

export interface DemoInputs {
  services: DemoService[]
  rules: DemoRule[]
  calendar: CalendarException[]
  complaintReviewDays: Record<string, number>
}

export interface DemoOptions {
  seed: number
  years: number[]
  /** 1 ≈ 120,000 cases over two full years. */
  scale: number
  /**
   * The moment the demo "export" was taken: cases are submitted on the days before it (in
   * Kazakhstan), later completions are still open.
   */
  exportedAt: Date
  /** Prefix of the external ids (benchmarks write several datasets side by side). */
  idPrefix?: string
}

export interface DemoCase {
  externalId: string
  standardId: string
  variant: VariantCode
  channel: ChannelCode
  officeId: number
  submittedAt: Date
  completedAt: Date | null
  result: CaseResult
  waitMinutesSubmit: number | null
  waitMinutesPickup: number | null
  serviceMinutes: number | null
  docsCorrect: boolean | null
  firstTimeCorrect: boolean | null
  suspendedFrom: Date | null
  suspendedTo: Date | null
  dueAt: Date | null
  dueOn: string | null
  submittedOn: string
  completedOn: string | null
  /** The rule's maximum queue wait, stored with the case as on every write path. */
  maxWaitMinutes: number
}

type Answer = { yes: boolean | null; score: number | null }

export interface DemoSurvey {
  externalId: string
  caseExternalId: string | null
  standardId: string
  officeId: number
  respondedOn: string
  process: Answer
  information: Answer
  complaintProcedure: Answer
  complaintTimeline: Answer
  courtesy: Answer
}

export interface DemoComplaint {
  externalId: string
  standardId: string
  officeId: number
  receivedAt: Date
  justified: boolean
  decidedAt: Date | null
  upheld: boolean | null
  reviewTermDays: number
  /** The register gave the complaint its own term (15 days), not the standard's. */
  reviewTermStated: boolean
  termEndsAt: Date
  termEndsOn: string
  receivedOn: string
}

export interface DemoPublication {
  officeId: number
  standardId: string
  year: number
  published: boolean
}

export interface DemoDataset {
  cases: DemoCase[]
  surveys: DemoSurvey[]
  complaints: DemoComplaint[]
  publications: DemoPublication[]
}

/** Cases per year at scale 1, by standard: the farm certificate is the everyday service. */
const CASES_PER_YEAR: Record<string, number> = {
  'private-farm-certificate': 34_000,
  'land-private-ownership-act': 11_000,
  'land-lease-act': 7_500,
  'land-free-temporary-use-act': 4_000,
  'land-permanent-use-act': 2_500,
}

const CHANNEL_SHARE: Record<string, Partial<Record<ChannelCode, number>>> = {
  'private-farm-certificate': { local_executive_body: 0.72, public_service_center: 0.28 },
  land: { land_relations_authority: 0.62, public_service_center: 0.38 },
}

const VARIANT_SHARE: Partial<Record<VariantCode, number>> = {
  grant: 0.68,
  change_of_characteristics: 0.2,
  duplicate: 0.12,
}

/** Month weights (Jan…Dec): land work peaks in the building season, farm certificates in winter. */
const SEASON: Record<'farm' | 'land', number[]> = {
  farm: [1.45, 1.35, 1.2, 1.0, 0.85, 0.75, 0.7, 0.75, 0.9, 1.05, 1.15, 1.3],
  land: [0.55, 0.7, 1.0, 1.3, 1.45, 1.35, 1.2, 1.1, 1.1, 1.0, 0.75, 0.5],
}

/**
 * Region quality (added to the on-time and satisfaction probabilities, multiplied into the
 * complaint rate): a fixed profile so that the demo shows clear leaders and laggards.
 */
const REGION_PROFILE: Record<string, { quality: number; complaints: number; online: number }> = {
  astana: { quality: 0.035, complaints: 0.6, online: 0.92 },
  almaty_city: { quality: 0.025, complaints: 0.8, online: 0.88 },
  pavlodar: { quality: 0.03, complaints: 0.7, online: 0.7 },
  kostanay: { quality: 0.02, complaints: 0.8, online: 0.62 },
  akmola: { quality: 0.0, complaints: 1.0, online: 0.55 },
  north_kazakhstan: { quality: 0.01, complaints: 0.9, online: 0.5 },
  karaganda: { quality: 0.015, complaints: 0.9, online: 0.6 },
  east_kazakhstan: { quality: -0.01, complaints: 1.1, online: 0.48 },
  aktobe: { quality: 0.0, complaints: 1.0, online: 0.52 },
  west_kazakhstan: { quality: -0.015, complaints: 1.2, online: 0.45 },
  atyrau: { quality: -0.02, complaints: 1.3, online: 0.42 },
  mangystau: { quality: -0.07, complaints: 3.2, online: 0.35 },
  kyzylorda: { quality: -0.055, complaints: 2.6, online: 0.38 },
  zhambyl: { quality: -0.03, complaints: 1.6, online: 0.4 },
  almaty_region: { quality: -0.02, complaints: 1.3, online: 0.47 },
  turkistan: { quality: -0.045, complaints: 2.2, online: 0.36 },
  shymkent: { quality: -0.01, complaints: 1.4, online: 0.55 },
  abai: { quality: -0.025, complaints: 1.5, online: 0.44 },
  zhetysu: { quality: -0.03, complaints: 1.5, online: 0.4 },
  ulytau: { quality: -0.04, complaints: 1.8, online: 0.33 },
}
const DEFAULT_PROFILE = { quality: 0, complaints: 1, online: 0.5 }

const DAY_MS = 86_400_000

interface ServiceModel extends DemoService {
  weight: number
  onTime: number
  satisfaction: number
  waitMean: number
  complaintRate: number
  online: number
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

function modelServices(services: DemoService[], random: Random): ServiceModel[] {
  // One office effect per office (shared by all its standards), so that some offices are
  // consistently good or bad.
  const officeEffect = new Map<number, number>()
  for (const s of services) {
    if (!officeEffect.has(s.officeId)) officeEffect.set(s.officeId, random.normal(0, 0.025))
  }
  return services.map((s) => {
    const profile = REGION_PROFILE[s.regionKey] ?? DEFAULT_PROFILE
    const effect = officeEffect.get(s.officeId)!
    // A few offices are clearly failing: the drill-down should find them.
    const failing = random.chance(0.04) ? -0.12 : 0
    const sizeWeight = s.officeKind === 'public_service_center' ? 2.6 : s.hasDistrict ? 1 : 0.35
    return {
      ...s,
      weight: sizeWeight * (0.6 + random.next() * 0.8),
      onTime: clamp(0.958 + profile.quality + effect + failing, 0.55, 0.998),
      satisfaction: clamp(0.9 + profile.quality * 0.8 + effect * 0.6, 0.6, 0.99),
      waitMean: (s.officeKind === 'public_service_center' ? 0.45 : 0.3) * (1 - profile.quality * 6),
      complaintRate: 0.0045 * profile.complaints * (failing ? 2 : 1),
      online: clamp(profile.online + random.normal(0, 0.1), 0.05, 0.98),
    }
  })
}

export function generateDemoDataset(inputs: DemoInputs, options: DemoOptions): DemoDataset {
  const random = createRandom(options.seed)
  const calendar = createWorkingCalendar(inputs.calendar)
  const models = modelServices(inputs.services, random)
  const rules = new Map(inputs.rules.map((r) => [`${r.standardId}|${r.channel}|${r.variant}`, r]))
  const exportedMs = options.exportedAt.getTime()
  const exportDay = todayInKazakhstan(options.exportedAt)
  const prefix = options.idPrefix ?? 'DEMO'

  const cases: DemoCase[] = []
  const surveys: DemoSurvey[] = []
  const complaints: DemoComplaint[] = []
  let caseSeq = 0
  let surveySeq = 0
  let complaintSeq = 0

  for (const [standardId, perYear] of Object.entries(CASES_PER_YEAR)) {
    const isFarm = standardId === 'private-farm-certificate'
    const channelShare = CHANNEL_SHARE[isFarm ? standardId : 'land']!
    const pickers = new Map<ChannelCode, WeightedPicker<ServiceModel>>()
    for (const channel of Object.keys(channelShare) as ChannelCode[]) {
      const offered = models.filter((m) => m.standardId === standardId && m.channel === channel)
      if (offered.length) pickers.set(channel, new WeightedPicker(offered, (m) => m.weight))
    }
    const channels = [...pickers.keys()]
    if (!channels.length) continue
    const channelPicker = new WeightedPicker(channels, (c) => channelShare[c] ?? 0)
    const variants: VariantCode[] = isFarm
      ? ['standard']
      : ['grant', 'change_of_characteristics', 'duplicate']
    const variantPicker = new WeightedPicker(variants, (v) => (isFarm ? 1 : VARIANT_SHARE[v]!))

    for (const year of options.years) {
      // Submission days: working days; Public Service Centers of the land standards also work
      // on Saturdays (point 9: six days a week).
      // The export day cuts the last year: only the days before it, and the year's volume in
      // proportion to their seasonal weight.
      const days: { day: string; weight: number; saturday: boolean }[] = []
      let yearWeight = 0
      for (let n = dayNumber(`${year}-01-01`); n <= dayNumber(`${year}-12-31`); n++) {
        const day = fromDayNumber(n)
        const weekday = new Date(n * DAY_MS).getUTCDay()
        const saturday = weekday === 6 && !calendar.isWorkingDay(day)
        if (!calendar.isWorkingDay(day) && !saturday) continue
        const month = Number(day.slice(5, 7)) - 1
        const weight = SEASON[isFarm ? 'farm' : 'land'][month]! * (saturday ? 0.35 : 1)
        yearWeight += weight
        if (day >= exportDay) continue
        days.push({ day, weight, saturday })
      }
      if (!days.length) continue
      const dayPicker = new WeightedPicker(days, (d) => d.weight)
      const keptShare = days.reduce((a, d) => a + d.weight, 0) / yearWeight
      const count = Math.round(perYear * options.scale * (year % 2 === 0 ? 0.97 : 1.03) * keptShare)

      for (let i = 0; i < count; i++) {
        const channel = channelPicker.pick(random)
        const service = pickers.get(channel)!.pick(random)
        let submission = dayPicker.pick(random)
        if (submission.saturday && (isFarm || channel !== 'public_service_center')) {
          submission = dayPicker.pick(random)
          if (submission.saturday) continue
        }
        const variant = variantPicker.pick(random)
        const rule = rules.get(`${standardId}|${channel}|${variant}`)
        if (!rule) continue
        caseSeq++
        const draft = generateCase({
          externalId: `${prefix}-C-${String(caseSeq).padStart(7, '0')}`,
          service,
          rule,
          variant,
          day: submission.day,
          random,
          calendar,
          exportedMs,
        })
        // The stored keys come from the one derivation every write path uses.
        const row: DemoCase = {
          ...draft,
          ...deriveCaseKeys(draft, rule, { timeZone: service.timeZone, calendar }),
          maxWaitMinutes: rule.maxWaitMinutes,
        }
        cases.push(row)
        if (!row.completedAt || row.result === 'withdrawn') continue
        const completedDay = localDay(row.completedAt, service.timeZone)

        if (random.chance(0.085)) {
          surveySeq++
          surveys.push(
            generateSurvey(
              `${prefix}-S-${String(surveySeq).padStart(6, '0')}`,
              random.chance(0.8) ? row.externalId : null,
              service,
              fromDayNumber(dayNumber(completedDay) + random.int(0, 6)),
              row,
              random,
            ),
          )
        }
        const late = row.dueAt !== null && row.completedAt.getTime() > row.dueAt.getTime()
        if (random.chance(service.complaintRate * (late ? 4 : 1))) {
          const receivedAt = localInstant(
            fromDayNumber(dayNumber(completedDay) + random.int(1, 20)),
            random.int(9 * 60, 18 * 60),
            service.timeZone,
          )
          if (receivedAt.getTime() > exportedMs) continue
          complaintSeq++
          complaints.push(
            generateComplaint(
              `${prefix}-K-${String(complaintSeq).padStart(5, '0')}`,
              service,
              receivedAt,
              {
                late,
                reviewDays: inputs.complaintReviewDays[standardId] ?? 30,
                isFarm,
                random,
                calendar,
                exportedMs,
              },
            ),
          )
        }
      }
    }
  }

  const publications: DemoPublication[] = []
  const seen = new Set<string>()
  for (const m of models) {
    for (const year of options.years) {
      const key = `${m.officeId}|${m.standardId}|${year}`
      if (seen.has(key)) continue
      seen.add(key)
      publications.push({
        officeId: m.officeId,
        standardId: m.standardId,
        year,
        published: random.chance(clamp(m.online + (year - options.years[0]!) * 0.05, 0, 1)),
      })
    }
  }

  return { cases, surveys, complaints, publications }
}

interface CaseDraw {
  externalId: string
  service: ServiceModel
  rule: DemoRule
  variant: VariantCode
  day: string
  random: Random
  calendar: WorkingCalendar
  exportedMs: number
}

function generateCase(
  d: CaseDraw,
): Omit<DemoCase, 'dueOn' | 'submittedOn' | 'completedOn' | 'maxWaitMinutes'> {
  const { service, rule, random, calendar } = d
  const tz = service.timeZone
  const isFarm = service.standardId === 'private-farm-certificate'
  const submittedAt = localInstant(d.day, random.int(9 * 60, 17 * 60 + 30), tz)
  const deadlineRule: DeadlineRule = { termAmount: rule.termAmount, termUnit: rule.termUnit }
  const onTime = random.chance(service.onTime)

  // Queue waits: recorded by the electronic queue of Public Service Centers, by hand elsewhere.
  const recorded = random.chance(service.channel === 'public_service_center' ? 0.96 : 0.62)
  const waitMean = rule.maxWaitMinutes * service.waitMean
  const waitMinutesSubmit = recorded ? Math.round(random.exponential(waitMean)) : null
  const hasPickup = rule.termUnit !== 'minutes'
  const waitMinutesPickup =
    recorded && hasPickup && random.chance(0.8) ? Math.round(random.exponential(waitMean)) : null
  const docsCorrect = random.chance(isFarm ? 0.72 : 0.4)
    ? random.chance(clamp(service.onTime + 0.03, 0, 0.999))
    : null
  const firstTimeCorrect = random.chance(isFarm ? 0.8 : 0.5)
    ? random.chance(clamp(service.onTime - 0.05, 0, 0.99))
    : null

  let result: CaseResult = random.chance(0.045) ? 'refused' : 'issued'
  if (random.chance(0.012)) result = 'withdrawn'

  if (rule.termUnit === 'minutes') {
    // The akimat issues the certificate at the counter: "from the moment of application".
    const serviceMinutes = onTime
      ? random.int(2, rule.termAmount)
      : random.int(rule.termAmount + 1, 28)
    const dueAt = computeDueAt({ submittedAt, rule: deadlineRule, timeZone: tz, calendar })
    const completedAt = new Date(submittedAt.getTime() + serviceMinutes * 60_000)
    return {
      externalId: d.externalId,
      standardId: service.standardId,
      variant: d.variant,
      channel: service.channel,
      officeId: service.officeId,
      submittedAt,
      completedAt: result === 'withdrawn' ? null : completedAt,
      result,
      waitMinutesSubmit,
      waitMinutesPickup: null,
      serviceMinutes,
      docsCorrect,
      firstTimeCorrect,
      suspendedFrom: null,
      suspendedTo: null,
      dueAt,
    }
  }

  // Land standards allow suspension (point 16: court case, prosecutor's act, competing claims).
  let suspendedFrom: Date | null = null
  let suspendedTo: Date | null = null
  if (!isFarm && random.chance(0.015)) {
    suspendedFrom = new Date(submittedAt.getTime() + random.int(1, 3) * DAY_MS)
    suspendedTo = new Date(suspendedFrom.getTime() + random.int(4, 25) * DAY_MS)
  }
  const dueAt = computeDueAt({
    submittedAt,
    rule: deadlineRule,
    timeZone: tz,
    calendar,
    suspension: suspendedFrom ? { from: suspendedFrom, to: suspendedTo } : undefined,
  })
  const dueDay = localDay(dueAt!, tz)
  const submittedDay = d.day
  let completionDay: string
  if (onTime) {
    const span = Math.max(1, dayNumber(dueDay) - dayNumber(submittedDay))
    completionDay = fromDayNumber(dayNumber(submittedDay) + random.int(1, span))
    while (!calendar.isWorkingDay(completionDay) && dayNumber(completionDay) < dayNumber(dueDay)) {
      completionDay = fromDayNumber(dayNumber(completionDay) + 1)
    }
  } else {
    const lateBy = 1 + Math.floor(random.exponential(2.2))
    completionDay = calendar.addWorkingDays(dueDay, lateBy)
  }
  let completedAt: Date | null = localInstant(completionDay, random.int(9 * 60 + 30, 18 * 60), tz)
  if (completedAt.getTime() <= submittedAt.getTime())
    completedAt = new Date(submittedAt.getTime() + 3_600_000)

  // A handful of cases are forgotten: still open long after their deadline.
  if (random.chance(0.0015)) {
    completedAt = null
    result = 'in_progress'
  }
  if (completedAt && completedAt.getTime() > d.exportedMs) {
    // Not finished when the data was exported: still open.
    completedAt = null
    if (result !== 'withdrawn') result = 'in_progress'
  }
  if (suspendedTo && suspendedTo.getTime() > d.exportedMs) {
    suspendedTo = null
    completedAt = null
    result = 'suspended'
  }
  if (result === 'withdrawn') completedAt = null
  if (result === 'in_progress' || result === 'suspended') completedAt = null

  return {
    externalId: d.externalId,
    standardId: service.standardId,
    variant: d.variant,
    channel: service.channel,
    officeId: service.officeId,
    submittedAt,
    completedAt,
    result,
    waitMinutesSubmit,
    waitMinutesPickup: completedAt ? waitMinutesPickup : null,
    serviceMinutes: Math.round(
      rule.termUnit === 'working_days' ? random.int(8, 30) : random.int(3, 10),
    ),
    docsCorrect,
    firstTimeCorrect,
    suspendedFrom,
    suspendedTo,
    dueAt: result === 'suspended' ? null : dueAt,
  }
}

function answer(random: Random, satisfiedP: number, yesNo: boolean, asked: number): Answer {
  if (!random.chance(asked)) return { yes: null, score: null }
  const satisfied = random.chance(satisfiedP)
  if (yesNo) return { yes: satisfied, score: null }
  return { yes: null, score: satisfied ? random.int(4, 5) : random.int(1, 3) }
}

function generateSurvey(
  externalId: string,
  caseExternalId: string | null,
  service: ServiceModel,
  respondedOn: string,
  row: DemoCase,
  random: Random,
): DemoSurvey {
  const late = row.dueAt !== null && row.completedAt !== null && row.completedAt > row.dueAt
  const p = clamp(service.satisfaction - (late ? 0.25 : 0), 0.2, 0.995)
  // Public Service Center questionnaires ask yes/no; the others a 1–5 scale.
  const yesNo = service.channel === 'public_service_center' && random.chance(0.6)
  return {
    externalId,
    caseExternalId,
    standardId: service.standardId,
    officeId: service.officeId,
    respondedOn,
    process: answer(random, p, yesNo, 0.97),
    information: answer(random, p - 0.02, yesNo, 0.95),
    complaintProcedure: answer(random, p - 0.04, yesNo, 0.35),
    complaintTimeline: answer(random, p - 0.06, yesNo, 0.3),
    courtesy: answer(random, p + 0.02, yesNo, 0.97),
  }
}

interface ComplaintDraw {
  late: boolean
  reviewDays: number
  isFarm: boolean
  random: Random
  calendar: WorkingCalendar
  exportedMs: number
}

function generateComplaint(
  externalId: string,
  service: ServiceModel,
  receivedAt: Date,
  d: ComplaintDraw,
): DemoComplaint {
  const { random } = d
  // Land standards, point 25: 15 calendar days where no extra information or study is needed.
  const reviewTermStated = !d.isFarm && random.chance(0.3)
  const reviewTermDays = reviewTermStated ? 15 : d.reviewDays
  const keys = deriveComplaintKeys(
    { receivedAt, reviewTermDays },
    { timeZone: service.timeZone, calendar: d.calendar },
  )
  const termEndsAt = keys.termEndsAt
  const justified = random.chance(d.late ? 0.75 : 0.42)
  let decidedAt: Date | null = null
  if (random.chance(0.96)) {
    const inTime = random.chance(clamp(service.onTime, 0.5, 0.99))
    const termMs = termEndsAt.getTime() - receivedAt.getTime()
    decidedAt = inTime
      ? new Date(receivedAt.getTime() + random.next() * termMs)
      : new Date(termEndsAt.getTime() + random.int(1, 12) * DAY_MS)
    if (decidedAt.getTime() > d.exportedMs) decidedAt = null
  }
  return {
    externalId,
    standardId: service.standardId,
    officeId: service.officeId,
    receivedAt,
    justified,
    decidedAt,
    upheld: decidedAt ? justified && random.chance(0.86) : null,
    reviewTermDays,
    reviewTermStated,
    ...keys,
  }
}
