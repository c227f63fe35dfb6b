// The SQL made from the measure registry (app/domain/measures.ts, decision 0032): the counts of
// the engine's plain computation and of its rollup reading (db/queries/indicators.ts), the
// conditions of the drill-down lists (db/queries/case-lists.ts), and the statements that keep the
// daily rollups — the trigger functions, rollups_rebuild() and the late-cases index — installed
// by migration 0021 and kept in step by db/measure-sql-sync.ts, and the triggers that keep the
// month grain (migration 0025, decision 0036) from the daily rollups. No measure's rule is written
// here: a rule is the registry's, this module only places it.
import {
  LEFT_OUT,
  MEASURES,
  MEASURE_REGISTRY,
  isRecordCount,
  type CaseMeasure,
  type KeyDate,
  type MeasureDefinition,
  type RecordCondition,
  type RecordCount,
} from '../app/domain/measures'

type CountedSource = RecordCount['source']

/** The table of each source's records, and the alias the engine's statements give a record. */
export const SOURCE_TABLE: Record<CountedSource, { table: string; alias: string }> = {
  cases: { table: 'cases', alias: 'c' },
  surveys: { table: 'survey_responses', alias: 's' },
  complaints: { table: 'complaints', alias: 'k' },
}

/**
 * The daily rollups by the records and key date they count: one row per office × standard
 * (× channel for cases) × key date — cases and surveys since migration 0002, complaints since
 * 0028 (a few per office and month, but read from their table they made a national year grow
 * with the years kept; decision 0038).
 */
const ROLLUP_TABLES: Record<string, { table: string; channel: boolean }> = {
  'cases:due_on': { table: 'rollup_cases_due', channel: true },
  'cases:submitted_on': { table: 'rollup_cases_submitted', channel: true },
  'cases:completed_on': { table: 'rollup_cases_completed', channel: true },
  'surveys:responded_on': { table: 'rollup_surveys', channel: false },
  'complaints:received_on': { table: 'rollup_complaints_received', channel: false },
  'complaints:term_ends_on': { table: 'rollup_complaints_term', channel: false },
}

/** One count of a group's statement: its column, its condition, and its rollup column. */
interface Tally {
  column: string
  /** Null: every record of the group. */
  where: RecordCondition | null
  rollup: string | undefined
  /** Its offices are counted too (`offices_<name>`), as the coverage of a figure. */
  offices: string | null
}

/** The records of one source counted on one key date: one CTE of the engine's statement. */
export interface CountGroup {
  name: string
  source: CountedSource
  keyDate: Exclude<KeyDate, 'year'>
  readsDeadlineRule: boolean
  tallies: Tally[]
  rollup: { table: string; channel: boolean } | null
}

const and = (a: RecordCondition | null, b: RecordCondition): RecordCondition =>
  a === null ? b : (r) => `${a(r)} and ${b(r)}`

function groupOf(
  groups: Map<string, CountGroup>,
  source: CountedSource,
  keyDate: KeyDate,
): CountGroup {
  if (keyDate === 'year') throw new Error(`a ${source} count has a day as its key date`)
  const id = `${source}:${keyDate}`
  let group = groups.get(id)
  if (!group) {
    group = {
      name: `${source}_by_${keyDate}`,
      source,
      keyDate,
      readsDeadlineRule: false,
      tallies: [],
      rollup: ROLLUP_TABLES[id] ?? null,
    }
    groups.set(id, group)
  }
  return group
}

function addTally(group: CountGroup, tally: Tally) {
  if (group.tallies.some((t) => t.column === tally.column)) return
  if (group.rollup && tally.rollup === undefined) {
    throw new Error(`${tally.column} has no column in ${group.rollup.table}`)
  }
  group.tallies.push(tally)
}

function addRecordCount(groups: Map<string, CountGroup>, count: RecordCount) {
  addTally(groupOf(groups, count.source, count.keyDate), {
    column: `n_${count.name}`,
    where: count.counted,
    rollup: count.rollup,
    offices: `offices_${count.name}`,
  })
}

/** The groups of every measure counted from records by day (all but publications). */
function countGroups(): CountGroup[] {
  const groups = new Map<string, CountGroup>()
  for (const measure of MEASURES) {
    const m: MeasureDefinition = MEASURE_REGISTRY[measure]
    if (m.source === 'publications') continue
    const group = groupOf(groups, m.source, m.keyDate)
    if (m.readsDeadlineRule) group.readsDeadlineRule = true
    const ownCoverage = m.coverage === undefined || m.coverage === 'denominator'
    if (isRecordCount(m.denominator)) {
      addTally(group, {
        column: `num_${measure}`,
        where: m.numerator,
        rollup: m.rollup?.numerator,
        offices: null,
      })
      addRecordCount(groups, m.denominator)
    } else {
      addTally(group, {
        column: `den_${measure}`,
        where: m.denominator,
        rollup: m.rollup?.denominator,
        offices: ownCoverage ? `offices_${measure}` : null,
      })
      addTally(group, {
        column: `num_${measure}`,
        where: and(m.denominator, m.numerator),
        rollup: m.rollup?.numerator,
        offices: null,
      })
    }
    if (m.coverage !== undefined && m.coverage !== 'denominator') {
      addRecordCount(groups, m.coverage)
    }
  }
  return [...groups.values()]
}

export const COUNT_GROUPS: readonly CountGroup[] = countGroups()

export function groupFor(source: CountedSource, keyDate: KeyDate): CountGroup {
  const group = COUNT_GROUPS.find((g) => g.source === source && g.keyDate === keyDate)
  if (!group) throw new Error(`no measure counts ${source} by ${keyDate}`)
  return group
}

/** A record's exclusion rule of its source, or null. */
export function leftOut(source: CountedSource, alias: string): string | null {
  const rule = LEFT_OUT[source]
  return rule ? rule(alias) : null
}

/** The join of a case's deadline rule (`dr`), for conditions that read it. */
export const deadlineRuleJoin = (alias: string) =>
  `join deadline_rules dr on dr.standard_id = ${alias}.standard_id and dr.channel = ${alias}.channel
        and dr.variant = ${alias}.variant`

// ── the engine's statement (db/queries/indicators.ts) ───────────────────────────────────────

/** `count(*) filter (where …) as column` (or `count(*)` for every record) and its offices. */
export function plainTallies(group: CountGroup, alias: string): string {
  return group.tallies
    .flatMap((t) => {
      const filter = t.where ? ` filter (where ${t.where(alias)})` : ''
      const counts = [`count(*)${filter} as ${t.column}`]
      if (t.offices) counts.push(`count(distinct ${alias}.office_id)${filter} as ${t.offices}`)
      return counts
    })
    .join(',\n        ')
}

/** The rollup columns a group's per-office sums read. */
export function rollupColumns(group: CountGroup): string[] {
  return group.tallies.map((t) => t.rollup!)
}

/** Per unit, over per-office sums: the counts, and the offices with a non-zero count. */
export function rollupTallies(group: CountGroup): string {
  return group.tallies
    .flatMap((t) => {
      const counts = [`sum(${t.rollup}) as ${t.column}`]
      if (t.offices) counts.push(`count(*) filter (where ${t.rollup} > 0) as ${t.offices}`)
      return counts
    })
    .join(',\n        ')
}

/**
 * The union of every measure's counts over the group CTEs: standard_id, measure, period_start,
 * unit_id, numerator, denominator, contributing. A measure whose denominator or coverage is
 * another group's count joins the two groups (full join: either may have no row).
 */
export function measureUnion(): string {
  const parts: string[] = []
  for (const measure of MEASURES) {
    const m: MeasureDefinition = MEASURE_REGISTRY[measure]
    if (m.source === 'publications') continue
    const own = groupFor(m.source, m.keyDate).name
    const other = isRecordCount(m.denominator)
      ? m.denominator
      : m.coverage !== undefined && m.coverage !== 'denominator'
        ? m.coverage
        : null
    const columns = `standard_id, measure, period_start, unit_id, numerator, denominator, contributing`
    if (other === null) {
      parts.push(`select standard_id, '${measure}'::text as measure, period_start, unit_id,
        num_${measure} as numerator, den_${measure} as denominator, offices_${measure} as contributing
      from ${own}`)
      continue
    }
    const b = groupFor(other.source, other.keyDate).name
    const denominator = isRecordCount(m.denominator) ? `b.n_${other.name}` : `a.den_${measure}`
    parts.push(`select ${columns} from (
      select coalesce(a.standard_id, b.standard_id) as standard_id, '${measure}'::text as measure,
        coalesce(a.period_start, b.period_start) as period_start,
        coalesce(a.unit_id, b.unit_id) as unit_id,
        coalesce(a.num_${measure}, 0) as numerator, coalesce(${denominator}, 0) as denominator,
        coalesce(b.offices_${other.name}, 0) as contributing
      from ${own} a
      full join ${b} b on b.standard_id = a.standard_id
        and b.period_start = a.period_start and b.unit_id is not distinct from a.unit_id
    ) ${measure}`)
  }
  return parts.join('\n      union all\n      ')
}

/** The numerator of a publication measure (info_online) over the publication record's alias. */
export function publicationNumerator(alias: string): string {
  return MEASURE_REGISTRY.info_online.numerator(alias)
}

// ── the drill-down lists (db/queries/case-lists.ts) ─────────────────────────────────────────

export interface CaseMeasureSql {
  /** The key date column. */
  key: string
  /** In the denominator (besides the key date in the period and the source's exclusions). */
  counted: string
  /** In the numerator; never null, so that `not` selects the rest exactly. */
  met: string
}

export function caseMeasureSql(measure: CaseMeasure, alias: string): CaseMeasureSql {
  const m: MeasureDefinition = MEASURE_REGISTRY[measure]
  const counted = m.denominator as RecordCondition | null
  return {
    key: `${alias}.${m.keyDate}`,
    counted: counted ? counted(alias) : 'true',
    met: `coalesce(${m.numerator(alias)}, false)`,
  }
}

/** Cases never counted by any case measure (withdrawn). */
export function caseLeftOut(alias: string): string {
  return leftOut('cases', alias) ?? 'true'
}

// ── the rollups' maintenance (installed by migration 0021, db/measure-sql-sync.ts) ──────────

/** The region of the office on the group's day (office_regions periods do not overlap). */
const REGION_OF_GROUP = `join office_regions orr on orr.office_id = g.office_id
      and g.day >= orr.valid_from and g.day <= coalesce(orr.valid_to, '9999-12-31')`

/** How a rollup's rows are written: see rollupApply. */
type RollupWrite = 'upsert' | 'fresh-first' | 'plain'

/**
 * Adds (sign 1) or removes (-1) the contribution of a set of records (a transition table, or the
 * whole table for a rebuild) to one rollup: aggregated on the records' own columns first (a
 * narrow hash aggregate), the office's region joined once per (office, day) group, the groups
 * written in the rollup's key order so that its index pages fill one after another (decision 0012).
 *
 * `write` says how a group meets a row the rollup already holds:
 * - 'upsert': INSERT … ON CONFLICT adds to it (a delete's or an update's rows, whose keys are
 *   there);
 * - 'fresh-first': a plain INSERT is tried first, in a block of its own, and only if a key is
 *   already there (unique_violation) is the block's work undone and the upsert run instead.
 *   Most of a large import's (office, day) keys are new, and the plain INSERT writes 325,000
 *   daily rows a million cases in about 1.0 s against 1.7–2.0 s for the upsert, which probes
 *   each key before its speculative insertion (decision 0042);
 * - 'plain': the rollup is empty (the rebuild truncated it first), so no key can be there.
 */
function rollupApply(group: CountGroup, rows: string, sign: 1 | -1, write: RollupWrite): string {
  const rollup = group.rollup!
  const names = rollupColumns(group)
  const channel = rollup.channel ? ', channel' : ''
  const groupKey = `d.office_id, d.standard_id${rollup.channel ? ', d.channel' : ''}, d.${group.keyDate}`
  const where = [`d.${group.keyDate} is not null`, leftOut(group.source, 'd')].filter(Boolean)
  const counts = group.tallies.map(
    (t) => `count(*)${t.where ? ` filter (where ${t.where('d')})` : ''} as ${t.rollup}`,
  )
  const insert = `
    insert into ${rollup.table} as r (office_id, region_id, standard_id${channel}, day, ${names.join(', ')})
    select g.office_id, orr.region_id, g.standard_id${rollup.channel ? ', g.channel' : ''}, g.day,
      ${names.map((n) => `${sign} * g.${n}`).join(', ')}
    from (
      select ${groupKey} as day,
        ${counts.join(',\n        ')}
      from ${rows} d ${group.readsDeadlineRule ? deadlineRuleJoin('d') : ''}
      where ${where.join(' and ')}
      group by ${groupKey}
    ) g ${REGION_OF_GROUP}
    order by g.standard_id, g.day, g.office_id${rollup.channel ? ', g.channel' : ''}`
  const upsert = `${insert}
    on conflict (standard_id, day, office_id${channel}) do update
      set ${names.map((n) => `${n} = r.${n} + excluded.${n}`).join(', ')};`
  if (write === 'upsert') return upsert
  if (write === 'plain') return `${insert};`
  return `
    begin${insert};
    exception when unique_violation then${upsert}
    end;`
}

/** The rolled-up groups of one source, applied to a set of its records. */
function sourceApply(
  source: CountedSource,
  rows: string,
  sign: 1 | -1,
  write: RollupWrite,
): string {
  return COUNT_GROUPS.filter((g) => g.source === source && g.rollup)
    .map((g) => rollupApply(g, rows, sign, write))
    .join('\n')
}

/** The sources with rollups, and the name their trigger functions carry (0002, 0028). */
const ROLLED_UP: { source: CountedSource; kind: string }[] = [
  { source: 'cases', kind: 'cases' },
  { source: 'surveys', kind: 'surveys' },
  { source: 'complaints', kind: 'complaints' },
]

const TRANSITION_TABLES: Record<Event, string> = {
  insert: 'new table as new_rows',
  delete: 'old table as old_rows',
  update: 'old table as old_rows new table as new_rows',
}

type Event = 'insert' | 'delete' | 'update'

export interface DerivedObject {
  /** The function, index or constraint, as PostgreSQL names it. */
  name: string
  kind: 'function' | 'index' | 'constraint'
  /** The statements that (re)create it from the registry. */
  install: string[]
  /** Its change makes the stored rollups stale: rebuild them once it is installed. */
  rollups: boolean
  /**
   * Its change makes the month grain stale: refill it from the daily rollups once it is installed
   * (rollups_monthly_rebuild(); a rebuild of the rollups refills it too).
   */
  monthly?: boolean
}

/** The trigger functions and rollups_rebuild(), each one `create or replace` statement. */
function rollupFunctions(): DerivedObject[] {
  const tables = COUNT_GROUPS.flatMap((g) => (g.rollup ? [g.rollup.table] : []))
  const functions: DerivedObject[] = [
    {
      name: 'rollups_rebuild',
      kind: 'function',
      rollups: true,
      install: [
        `create or replace function rollups_rebuild() returns void language plpgsql as $$
  begin
    truncate ${tables.join(', ')};
    ${ROLLED_UP.map(({ source }) => sourceApply(source, SOURCE_TABLE[source].table, 1, 'plain')).join('\n')}
  end $$`,
      ],
    },
  ]
  for (const event of ['insert', 'delete', 'update'] as Event[]) {
    for (const { source, kind } of ROLLED_UP) {
      const body =
        event === 'insert'
          ? sourceApply(source, 'new_rows', 1, 'fresh-first')
          : event === 'delete'
            ? sourceApply(source, 'old_rows', -1, 'upsert')
            : sourceApply(source, 'old_rows', -1, 'upsert') +
              sourceApply(source, 'new_rows', 1, 'upsert')
      functions.push({
        name: `${kind}_rollup_${event}`,
        kind: 'function',
        rollups: true,
        install: [
          `create or replace function ${kind}_rollup_${event}() returns trigger language plpgsql as $$
  begin
    ${body}
    return null;
  end $$`,
          // The statement trigger itself (0002 made those of cases and surveys; made here, a
          // source given rollups by the registry gets its trigger with its function).
          `drop trigger if exists ${kind}_rollup_${event} on ${SOURCE_TABLE[source].table}`,
          `create trigger ${kind}_rollup_${event} after ${event} on ${SOURCE_TABLE[source].table}
    referencing ${TRANSITION_TABLES[event]} for each statement execute function ${kind}_rollup_${event}()`,
        ],
      })
    }
  }
  return functions
}

/**
 * The late and open-overdue cases of an office (migration 0009): a partial index of the cases
 * on_time counts and does not meet, so that the drill-down's "late" list reads only those. It
 * carries what the list orders them by and its channel filter (the deadline, the completion, the
 * channel, the id), so that a region's year of late cases is ordered from the index alone and
 * only the page's rows are read (db/queries/case-lists.ts).
 */
function lateCasesIndex(): DerivedObject {
  return lateIndex(
    'cases_late_by_office',
    `(office_id, standard_id, due_on)
    include (due_at, completed_at, completed_on, channel, id)
    where ${lateCases()}`,
  )
}

/** The cases on_time counts and does not meet: the late list's indexes are partial on them. */
function lateCases(): string {
  const c = caseMeasureSql('on_time', 'cases')
  return `${c.key} is not null and ${caseLeftOut('cases')} and not ${c.met}`
}

/** An index of `cases` made from the registry, `definition` following its name. */
function lateIndex(name: string, definition: string): DerivedObject {
  return {
    name,
    kind: 'index',
    rollups: false,
    install: [`drop index if exists ${name}`, `create index ${name} on cases ${definition}`],
  }
}

/** The measures an appendix row may name (indicators.measure). */
function measureCheck(): DerivedObject {
  return {
    name: 'indicators_measure_check',
    kind: 'constraint',
    rollups: false,
    install: [
      `alter table indicators drop constraint if exists indicators_measure_check`,
      `alter table indicators add constraint indicators_measure_check
    check (measure in (${MEASURES.map((m) => `'${m}'`).join(', ')}))`,
    ],
  }
}

// ── the month grain (migration 0025, decision 0036) ─────────────────────────────────────────

/**
 * The month-grain copy of a daily rollup (migration 0025): the same counts per office × region ×
 * standard (× channel) × month. The region is part of the key because an office may move to
 * another region inside a month; each of its days keeps counting where it was.
 */
export function monthlyTable(daily: string): string {
  return `${daily}_monthly`
}

/** The rolled-up groups, each with its daily table, its month table and their count columns. */
export function monthlyRollups(): {
  daily: string
  monthly: string
  channel: boolean
  columns: string[]
}[] {
  return COUNT_GROUPS.flatMap((g) =>
    g.rollup
      ? [
          {
            daily: g.rollup.table,
            monthly: monthlyTable(g.rollup.table),
            channel: g.rollup.channel,
            columns: rollupColumns(g),
          },
        ]
      : [],
  )
}

type MonthlyRollup = ReturnType<typeof monthlyRollups>[number]

/**
 * Adds to a month table the signed daily rows of `rows` — `select` statements over daily rows
 * with their counts, each with its sign — summed per month key and written in the key's order.
 * A key whose counts all cancel out (a daily row updated to what it held) is not written.
 */
function monthlyApply(m: MonthlyRollup, rows: { from: string; sign: 1 | -1 }[]): string {
  const channel = m.channel ? ', channel' : ''
  const key = `office_id, region_id, standard_id${channel}, month`
  const signed = rows.map(
    ({ from, sign }) =>
      `select office_id, region_id, standard_id${channel}, date_trunc('month', day)::date as month,
        ${m.columns.map((c) => `${sign === 1 ? '' : '-'}${c} as ${c}`).join(', ')}
      from ${from}`,
  )
  return `
    insert into ${m.monthly} as r (${key}, ${m.columns.join(', ')})
    select ${key}, ${m.columns.map((c) => `sum(${c})`).join(', ')}
    from (
      ${signed.join('\n      union all\n      ')}
    ) d
    group by ${key}
    having ${m.columns.map((c) => `sum(${c}) <> 0`).join(' or ')}
    order by standard_id, month, office_id${channel}, region_id
    on conflict (standard_id, month, office_id${channel}, region_id) do update
      set ${m.columns.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`
}

/**
 * The triggers that keep each month table equal to its daily rollup summed by month: statement
 * triggers on the daily table with transition tables (an upsert of the daily rows fires both the
 * insert and the update trigger, each with its own rows), and a truncate that empties the month
 * table, so that rollups_rebuild() refills both. Whatever writes the daily rollups, the month
 * grain follows in the same transaction.
 */
function monthlyFunctions(): DerivedObject[] {
  const objects: DerivedObject[] = []
  for (const m of monthlyRollups()) {
    const events: [Event | 'truncate', string, string][] = [
      [
        'insert',
        'referencing new table as new_rows',
        monthlyApply(m, [{ from: 'new_rows', sign: 1 }]),
      ],
      [
        'delete',
        'referencing old table as old_rows',
        monthlyApply(m, [{ from: 'old_rows', sign: -1 }]),
      ],
      [
        'update',
        'referencing old table as old_rows new table as new_rows',
        monthlyApply(m, [
          { from: 'new_rows', sign: 1 },
          { from: 'old_rows', sign: -1 },
        ]),
      ],
      ['truncate', '', `\n    truncate ${m.monthly};`],
    ]
    for (const [event, referencing, body] of events) {
      const name = `${m.monthly}_${event}`
      objects.push({
        name,
        kind: 'function',
        rollups: false,
        monthly: true,
        install: [
          `create or replace function ${name}() returns trigger language plpgsql as $$
  begin
    ${body}
    return null;
  end $$`,
          `drop trigger if exists ${name} on ${m.daily}`,
          `create trigger ${name} after ${event} on ${m.daily} ${referencing}
    for each statement execute function ${name}()`,
        ],
      })
    }
  }
  objects.push({
    name: 'rollups_monthly_rebuild',
    kind: 'function',
    rollups: false,
    monthly: true,
    install: [
      `create or replace function rollups_monthly_rebuild() returns void language plpgsql as $$
  begin
    truncate ${monthlyRollups()
      .map((m) => m.monthly)
      .join(', ')};
    ${monthlyRollups()
      .map((m) => monthlyApply(m, [{ from: m.daily, sign: 1 }]))
      .join('\n')}
  end $$`,
    ],
  })
  return objects
}

/**
 * The late cases of an office and standard in order of lateness, for the first page of the late
 * list (db/queries/case-lists.ts, mostLatePage): the completed ones by their days and minutes late,
 * the open ones by their deadline. The list takes each office's top and stops; the office index
 * above gives every late case of the scope to be sorted, a number that grows with the cases kept.
 * Both are partial on the late cases (a few of all) and carry the columns the list reads and
 * filters on, so that the page is ordered and filtered from the index alone.
 */
function lateOrderIndexes(): DerivedObject[] {
  return [
    lateIndex(
      'cases_late_completed_by_days',
      `(office_id, standard_id,
    (completed_on - due_on), (round(extract(epoch from completed_at - due_at) / 60)::int))
    include (due_on, due_at, completed_on, completed_at, channel, id)
    where ${lateCases()} and completed_on is not null`,
    ),
    lateIndex(
      'cases_late_open_by_due',
      `(office_id, standard_id, due_on)
    include (due_at, channel, id)
    where ${lateCases()} and completed_on is null`,
    ),
  ]
}

/** Everything in the database that is made from the registry. */
export function derivedObjects(): DerivedObject[] {
  return [
    ...rollupFunctions(),
    lateCasesIndex(),
    ...lateOrderIndexes(),
    measureCheck(),
    ...monthlyFunctions(),
  ]
}
