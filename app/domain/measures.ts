// The measure registry (docs/domain.md §3, decision 0032): one definition per measure — which
// records it counts, the key date that places a record in a period, who is in the denominator,
// who is in the numerator, its direction and unit. Codes and names belong to each standard's
// appendix table; the measure is shared, and an edition's table names it by its key.
//
// Everything that computes a measure is made from these definitions (db/measure-sql.ts): the
// engine's plain SQL (db/queries/indicators.ts), the daily rollups' trigger functions (installed
// by migration 0021 and kept in step by db/measure-sql-sync.ts), and the drill-down lists
// (db/queries/case-lists.ts). Changing a rule below is the one edit a formula change needs;
// test/unit/measure-registry.test.ts fails if a rule is written anywhere else.
//
// The conditions are SQL boolean expressions over one record, written as functions of the
// record's alias (`c.due_at`, `d.due_at` …) so that each place can name the record as it does.
// `dr` is the case's deadline rule (channel × variant), joined where a definition asks for it.

export type MeasureSource = 'cases' | 'surveys' | 'complaints' | 'publications'

/** The date column that places a record in a period ('year' for a publication record). */
export type KeyDate =
  | 'due_on'
  | 'submitted_on'
  | 'completed_on'
  | 'responded_on'
  | 'received_on'
  | 'term_ends_on'
  | 'year'

/** A condition on one record, as SQL over the record's alias. */
export type RecordCondition = (row: string) => string

/** Records of a source that no measure counts (besides those outside the period). */
export const LEFT_OUT: Partial<Record<MeasureSource, RecordCondition>> = {
  // Withdrawn cases are left out of every case measure (docs/domain.md §3).
  cases: (r) => `${r}.result <> 'withdrawn'`,
}

/**
 * A count of records: those of `source` whose `keyDate` falls in the period (and that no source
 * rule leaves out) and that meet `counted` (null: all of them).
 */
export interface RecordCount {
  /** Its name in the generated statements. */
  name: string
  source: Exclude<MeasureSource, 'publications'>
  keyDate: KeyDate
  counted: RecordCondition | null
  /** The daily rollup column that stores it per office × day, if any. */
  rollup?: string
}

/** Consumers served: cases completed with a result (issued, or a motivated refusal). */
export const CONSUMERS_SERVED = {
  name: 'served',
  source: 'cases',
  keyDate: 'completed_on',
  counted: (r) => `${r}.result in ('issued', 'refused')`,
  rollup: 'served',
} as const satisfies RecordCount

export interface MeasureDefinition {
  /** The records the measure speaks of (its numerator's). */
  source: MeasureSource
  /** The date that places a record in a period. */
  keyDate: KeyDate
  /**
   * The denominator: the measure's own records that meet this condition (null: all of them) —
   * or, for a rate over another population, that count (4.1 divides by consumers served).
   */
  denominator: RecordCondition | null | RecordCount
  /**
   * The numerator: of the denominator's records (of the own records, when the denominator is
   * another count), those that meet the measure. Null counts as not met.
   */
  numerator: RecordCondition
  /** The conditions read the case's deadline rule (`dr`). */
  readsDeadlineRule?: boolean
  /**
   * Whose offices make the figure's coverage (the offices that contributed): the denominator's
   * (default), or those that served consumers — a complaint register is complete or absent, so
   * coverage follows the cases (decision 0004).
   */
  coverage?: 'denominator' | RecordCount
  /** Better when higher (a share achieved) or lower (a share of failures, as complaints). */
  direction: 'higher_is_better' | 'lower_is_better'
  /** Every measure is a share: 100 × numerator ÷ denominator. */
  unit: 'percent'
  /**
   * The daily rollup columns that store the numerator and the denominator per office × day
   * (db/migrations/0002); none for a measure the engine counts from its records every time.
   */
  rollup?: { numerator: string; denominator: string }
}

const cases = { source: 'cases', unit: 'percent', direction: 'higher_is_better' } as const

/** A survey question's measure: respondents satisfied among those who answered it. */
function satisfied(question: string) {
  return {
    source: 'surveys',
    keyDate: 'responded_on',
    denominator: (r: string) => `${r}.${question}_satisfied is not null`,
    numerator: (r: string) => `${r}.${question}_satisfied`,
    direction: 'higher_is_better',
    unit: 'percent',
    rollup: { numerator: `${question}_ok`, denominator: `${question}_n` },
  } as const satisfies MeasureDefinition
}

/** A queue wait is recorded at submission, at pickup, or both. */
const waitRecorded: RecordCondition = (r) =>
  `(${r}.wait_minutes_submit is not null or ${r}.wait_minutes_pickup is not null)`

export const MEASURE_REGISTRY = {
  // 1.1: cases completed (issued or refused) by their deadline, among the cases whose deadline
  // falls in the period; open cases past their deadline count as late (decision 0004).
  on_time: {
    ...cases,
    keyDate: 'due_on',
    denominator: null,
    numerator: (r) => `${r}.result in ('issued', 'refused') and ${r}.completed_at <= ${r}.due_at`,
    rollup: { numerator: 'on_time', denominator: 'cases' },
  },
  // 1.2: every recorded queue wait within the channel's maximum, among cases with a wait.
  queue_wait_ok: {
    ...cases,
    keyDate: 'submitted_on',
    denominator: waitRecorded,
    numerator: (r) => `(coalesce(${r}.wait_minutes_submit, 0) <= dr.max_wait_minutes
      and coalesce(${r}.wait_minutes_pickup, 0) <= dr.max_wait_minutes)`,
    readsDeadlineRule: true,
    rollup: { numerator: 'wait_ok', denominator: 'wait_recorded' },
  },
  // 2.2: documents processed correctly, among completed cases where it was recorded.
  docs_correct: {
    ...cases,
    keyDate: 'completed_on',
    denominator: (r) => `${r}.docs_correct is not null`,
    numerator: (r) => `${r}.docs_correct`,
    rollup: { numerator: 'docs_ok', denominator: 'docs_recorded' },
  },
  // Farm certificate 3.2: submitted correctly the first time, where it was recorded.
  first_time_correct: {
    ...cases,
    keyDate: 'submitted_on',
    denominator: (r) => `${r}.first_time_correct is not null`,
    numerator: (r) => `${r}.first_time_correct`,
    rollup: { numerator: 'first_ok', denominator: 'first_recorded' },
  },
  satisfied_process: satisfied('process'),
  satisfied_information: satisfied('information'),
  satisfied_complaint_procedure: satisfied('complaint_procedure'),
  satisfied_complaint_timeline: satisfied('complaint_timeline'),
  satisfied_courtesy: satisfied('courtesy'),
  // Offices with the service's information published online, among the offices serving the
  // standard in scope (db/queries/indicators.ts, servingAndPublications): a year's figure.
  info_online: {
    source: 'publications',
    keyDate: 'year',
    denominator: null,
    numerator: (r) => `${r}.published`,
    direction: 'higher_is_better',
    unit: 'percent',
  },
  // 4.1: justified complaints received over the consumers served (cases completed), same period.
  justified_complaint_rate: {
    source: 'complaints',
    keyDate: 'received_on',
    denominator: CONSUMERS_SERVED,
    numerator: (r) => `${r}.justified`,
    coverage: CONSUMERS_SERVED,
    direction: 'lower_is_better',
    unit: 'percent',
  },
  // 4.2: justified complaints decided in the complainant's favour within the review term, among
  // the justified complaints whose term ends in the period.
  complaints_resolved_on_time: {
    source: 'complaints',
    keyDate: 'term_ends_on',
    denominator: (r) => `${r}.justified`,
    numerator: (r) => `${r}.upheld and ${r}.decided_at <= ${r}.term_ends_at`,
    coverage: CONSUMERS_SERVED,
    direction: 'higher_is_better',
    unit: 'percent',
  },
} as const satisfies Record<string, MeasureDefinition>

export type MeasureSlug = keyof typeof MEASURE_REGISTRY

/** The measure keys, in the registry's order (an edition's appendix table names them). */
export const MEASURES = Object.keys(MEASURE_REGISTRY) as [MeasureSlug, ...MeasureSlug[]]

export const MEASURE_SOURCE = Object.fromEntries(
  MEASURES.map((m) => [m, MEASURE_REGISTRY[m].source]),
) as Record<MeasureSlug, MeasureSource>

export function measureDefinition(measure: MeasureSlug): MeasureDefinition {
  return MEASURE_REGISTRY[measure]
}

/** The measures over cases whose denominator is their own cases: those a drill-down lists. */
export type CaseMeasure = {
  [K in MeasureSlug]: (typeof MEASURE_REGISTRY)[K] extends {
    source: 'cases'
    denominator: RecordCondition | null
  }
    ? K
    : never
}[MeasureSlug]

export const CASE_MEASURES = MEASURES.filter((m): m is CaseMeasure => {
  const definition: MeasureDefinition = MEASURE_REGISTRY[m]
  return definition.source === 'cases' && !isRecordCount(definition.denominator)
})

export function isRecordCount(value: MeasureDefinition['denominator']): value is RecordCount {
  return value !== null && typeof value === 'object'
}

export function isSurveyMeasure(measure: MeasureSlug): boolean {
  return MEASURE_SOURCE[measure] === 'surveys'
}

/** Fewer answers than this and a survey figure is `insufficient_data` (docs/domain.md §6). */
export const MIN_SURVEY_ANSWERS = 30
