// 0002 — daily rollups of cases and survey responses per office × standard × channel × key date,
// so that a national figure over millions of cases sums a few hundred thousand rows. Maintained
// by statement-level triggers (transition tables) on every insert, update and delete: whatever
// door writes a case, its rollup follows in the same transaction. The indicator engine's plain
// computation over the base tables must give exactly the same numbers (test/db/rollups.test.ts).
// Each row carries the region its office belonged to on that day (fixed by the key), so that a
// region's figures are a column filter; rebuilt if an administrator edits the region history.
import { sql, type Kysely } from 'kysely'

const ROLLUP_COUNTS: Record<string, string> = {
  rollup_cases_due: 'cases, on_time',
  rollup_cases_submitted: 'wait_recorded, wait_ok, first_recorded, first_ok',
  rollup_cases_completed: 'docs_recorded, docs_ok, served',
  rollup_surveys:
    'process_n, process_ok, information_n, information_ok, complaint_procedure_n, ' +
    'complaint_procedure_ok, complaint_timeline_n, complaint_timeline_ok, courtesy_n, courtesy_ok',
}

const statements = () => [
  // Cases by deadline day (1.1): cases due, and of them completed by their deadline.
  sql`create table rollup_cases_due (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    channel text not null,
    day date not null,
    cases integer not null default 0,
    on_time integer not null default 0,
    primary key (standard_id, day, office_id, channel)
  )`,
  // Cases by submission day: recorded queue waits (1.2) and first-time-correct (farm 3.2).
  // wait_ok depends on the rules' max_wait_minutes: rebuilt when a rule changes.
  sql`create table rollup_cases_submitted (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    channel text not null,
    day date not null,
    wait_recorded integer not null default 0,
    wait_ok integer not null default 0,
    first_recorded integer not null default 0,
    first_ok integer not null default 0,
    primary key (standard_id, day, office_id, channel)
  )`,
  // Cases by completion day: documents correct (2.2) and consumers served (the 4.1 denominator).
  sql`create table rollup_cases_completed (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    channel text not null,
    day date not null,
    docs_recorded integer not null default 0,
    docs_ok integer not null default 0,
    served integer not null default 0,
    primary key (standard_id, day, office_id, channel)
  )`,
  sql`create table rollup_surveys (
    office_id integer not null,
    region_id integer not null,
    standard_id text not null,
    day date not null,
    process_n integer not null default 0,
    process_ok integer not null default 0,
    information_n integer not null default 0,
    information_ok integer not null default 0,
    complaint_procedure_n integer not null default 0,
    complaint_procedure_ok integer not null default 0,
    complaint_timeline_n integer not null default 0,
    complaint_timeline_ok integer not null default 0,
    courtesy_n integer not null default 0,
    courtesy_ok integer not null default 0,
    primary key (standard_id, day, office_id)
  )`,
  // Covering indexes: a national figure reads (standard_id, day) ranges and a region's reads
  // (region_id, day) ranges as index-only scans (once vacuum has set the visibility map) instead
  // of fetching rows scattered over the heap — at 10M cases this halves the time (docs/bench).
  ...Object.entries(ROLLUP_COUNTS).flatMap(([table, counts]) => {
    const channel = table === 'rollup_surveys' ? '' : ', channel'
    return [
      sql.raw(`create index ${table}_office on ${table} (office_id, day)`),
      sql.raw(`create index ${table}_region on ${table} (region_id, day)
        include (standard_id, office_id${channel}, ${counts})`),
      sql.raw(`create index ${table}_standard on ${table} (standard_id, day)
        include (region_id, office_id${channel}, ${counts})`),
    ]
  }),

  // Rebuilds all rollups from the base tables with the same statements the triggers run: after a
  // change of deadline_rules.max_wait_minutes or of office_regions (see decision 0005).
  sql.raw(`create function rollups_rebuild() returns void language plpgsql as $$
  begin
    truncate rollup_cases_due, rollup_cases_submitted, rollup_cases_completed, rollup_surveys;
    ${casesApply('cases', 1)}
    ${surveysApply('survey_responses', 1)}
  end $$`),
  ...(['insert', 'delete', 'update'] as const).flatMap((event) => [
    triggerFunction('cases', event, casesApply),
    triggerFunction('surveys', event, surveysApply),
  ]),
  ...(['insert', 'delete', 'update'] as const).flatMap((event) => [
    createTrigger('cases', 'cases', event),
    createTrigger('surveys', 'survey_responses', event),
  ]),
]

// The contribution of a set of case rows (a transition table), added (sign 1) or removed (-1).
// Transition tables are visible only inside the trigger function itself, so the statements are
// generated into each trigger function rather than called.
/** The office's region on the row's key date (office_regions periods do not overlap). */
const regionOn = (key: string) => `join office_regions orr on orr.office_id = d.office_id
      and d.${key} >= orr.valid_from and d.${key} <= coalesce(orr.valid_to, '9999-12-31')`

function casesApply(rows: string, sign: 1 | -1): string {
  return `
    insert into rollup_cases_due as r (office_id, region_id, standard_id, channel, day, cases, on_time)
    select d.office_id, orr.region_id, d.standard_id, d.channel, d.due_on, ${sign} * count(*),
      ${sign} * count(*) filter (where d.result in ('issued', 'refused') and d.completed_at <= d.due_at)
    from ${rows} d ${regionOn('due_on')}
    where d.due_on is not null and d.result <> 'withdrawn'
    group by d.office_id, orr.region_id, d.standard_id, d.channel, d.due_on
    on conflict (standard_id, day, office_id, channel) do update
      set cases = r.cases + excluded.cases, on_time = r.on_time + excluded.on_time;

    insert into rollup_cases_submitted as r
      (office_id, region_id, standard_id, channel, day, wait_recorded, wait_ok, first_recorded, first_ok)
    select d.office_id, orr.region_id, d.standard_id, d.channel, d.submitted_on,
      ${sign} * count(*) filter (where d.wait_minutes_submit is not null or d.wait_minutes_pickup is not null),
      ${sign} * count(*) filter (where (d.wait_minutes_submit is not null or d.wait_minutes_pickup is not null)
        and coalesce(d.wait_minutes_submit, 0) <= dr.max_wait_minutes
        and coalesce(d.wait_minutes_pickup, 0) <= dr.max_wait_minutes),
      ${sign} * count(*) filter (where d.first_time_correct is not null),
      ${sign} * count(*) filter (where d.first_time_correct)
    from ${rows} d ${regionOn('submitted_on')}
    join deadline_rules dr on dr.standard_id = d.standard_id and dr.channel = d.channel
      and dr.variant = d.variant
    where d.result <> 'withdrawn'
    group by d.office_id, orr.region_id, d.standard_id, d.channel, d.submitted_on
    on conflict (standard_id, day, office_id, channel) do update
      set wait_recorded = r.wait_recorded + excluded.wait_recorded,
        wait_ok = r.wait_ok + excluded.wait_ok,
        first_recorded = r.first_recorded + excluded.first_recorded,
        first_ok = r.first_ok + excluded.first_ok;

    insert into rollup_cases_completed as r
      (office_id, region_id, standard_id, channel, day, docs_recorded, docs_ok, served)
    select d.office_id, orr.region_id, d.standard_id, d.channel, d.completed_on,
      ${sign} * count(*) filter (where d.docs_correct is not null),
      ${sign} * count(*) filter (where d.docs_correct),
      ${sign} * count(*) filter (where d.result in ('issued', 'refused'))
    from ${rows} d ${regionOn('completed_on')}
    where d.completed_on is not null and d.result <> 'withdrawn'
    group by d.office_id, orr.region_id, d.standard_id, d.channel, d.completed_on
    on conflict (standard_id, day, office_id, channel) do update
      set docs_recorded = r.docs_recorded + excluded.docs_recorded,
        docs_ok = r.docs_ok + excluded.docs_ok,
        served = r.served + excluded.served;`
}

const QUESTIONS = [
  'process',
  'information',
  'complaint_procedure',
  'complaint_timeline',
  'courtesy',
]

function surveysApply(rows: string, sign: 1 | -1): string {
  const columns = QUESTIONS.flatMap((q) => [`${q}_n`, `${q}_ok`])
  const values = QUESTIONS.flatMap((q) => [
    `${sign} * count(d.${q}_satisfied)`,
    `${sign} * count(*) filter (where d.${q}_satisfied)`,
  ])
  const updates = columns.map((c) => `${c} = r.${c} + excluded.${c}`)
  return `
    insert into rollup_surveys as r (office_id, region_id, standard_id, day, ${columns.join(', ')})
    select d.office_id, orr.region_id, d.standard_id, d.responded_on, ${values.join(', ')}
    from ${rows} d ${regionOn('responded_on')}
    group by d.office_id, orr.region_id, d.standard_id, d.responded_on
    on conflict (standard_id, day, office_id) do update set ${updates.join(', ')};`
}

type Event = 'insert' | 'delete' | 'update'

function triggerFunction(
  kind: string,
  event: Event,
  apply: (rows: string, sign: 1 | -1) => string,
) {
  const body =
    event === 'insert'
      ? apply('new_rows', 1)
      : event === 'delete'
        ? apply('old_rows', -1)
        : apply('old_rows', -1) + apply('new_rows', 1)
  return sql.raw(`create function ${kind}_rollup_${event}() returns trigger language plpgsql as $$
  begin
    ${body}
    return null;
  end $$`)
}

function createTrigger(kind: string, table: string, event: Event) {
  const referencing =
    event === 'insert'
      ? 'new table as new_rows'
      : event === 'delete'
        ? 'old table as old_rows'
        : 'old table as old_rows new table as new_rows'
  return sql.raw(`create trigger ${kind}_rollup_${event} after ${event} on ${table}
    referencing ${referencing} for each statement execute function ${kind}_rollup_${event}()`)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements()) await statement.execute(db)
}
