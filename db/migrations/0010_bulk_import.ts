// 0010 — the bulk import path (issue 4, decision 0012). Cheap on a 10M-case database: functions
// are replaced and indexes dropped or built on the small rollup and staging tables; no table is
// rewritten and no rollup is rebuilt.
// 1. The rollup triggers (0002) compute the same rows, cheaper for a large statement: each rollup
//    aggregates the transition table on the case's own columns first (a narrow hash aggregate),
//    joins the office's region once per (office, day) group instead of once per case, and writes
//    the groups in the rollup's key order, so that its index pages fill one after another instead
//    of at random. rollups_rebuild() shares the statements.
// 2. Each rollup's primary key carries the counts (INCLUDE) and replaces the (standard_id, day)
//    covering index, which had the same leading columns: one index less to write per rollup row,
//    the same index-only scans for a standard's days.
// 3. Staging tables: a BRIN index on batch_id instead of the (batch_id, row_number) primary key —
//    staged rows are appended batch by batch, and row numbers are unique by construction.
import { sql, type Kysely } from 'kysely'

const QUESTIONS = [
  'process',
  'information',
  'complaint_procedure',
  'complaint_timeline',
  'courtesy',
]

/** The region of the office on the group's day (office_regions periods do not overlap). */
const REGION_OF_GROUP = `join office_regions orr on orr.office_id = g.office_id
      and g.day >= orr.valid_from and g.day <= coalesce(orr.valid_to, '9999-12-31')`

/**
 * Adds (sign 1) or removes (-1) the contribution of a set of case rows to one case rollup:
 * `counts` are the aggregate expressions over the rows `d` (named), `joins` any lookup they need.
 */
function caseRollup(
  table: string,
  rows: string,
  sign: 1 | -1,
  spec: { key: string; where: string; joins?: string; counts: Record<string, string> },
): string {
  const names = Object.keys(spec.counts)
  return `
    insert into ${table} as r (office_id, region_id, standard_id, channel, day, ${names.join(', ')})
    select g.office_id, orr.region_id, g.standard_id, g.channel, g.day,
      ${names.map((n) => `${sign} * g.${n}`).join(', ')}
    from (
      select d.office_id, d.standard_id, d.channel, d.${spec.key} as day,
        ${names.map((n) => `${spec.counts[n]} as ${n}`).join(',\n        ')}
      from ${rows} d ${spec.joins ?? ''}
      where ${spec.where}
      group by d.office_id, d.standard_id, d.channel, d.${spec.key}
    ) g ${REGION_OF_GROUP}
    order by g.standard_id, g.day, g.office_id, g.channel
    on conflict (standard_id, day, office_id, channel) do update
      set ${names.map((n) => `${n} = r.${n} + excluded.${n}`).join(', ')};`
}

const WAIT_RECORDED = '(d.wait_minutes_submit is not null or d.wait_minutes_pickup is not null)'

export function casesApply(rows: string, sign: 1 | -1): string {
  return [
    caseRollup('rollup_cases_due', rows, sign, {
      key: 'due_on',
      where: `d.due_on is not null and d.result <> 'withdrawn'`,
      counts: {
        cases: 'count(*)',
        on_time: `count(*) filter (where d.result in ('issued', 'refused') and d.completed_at <= d.due_at)`,
      },
    }),
    caseRollup('rollup_cases_submitted', rows, sign, {
      key: 'submitted_on',
      where: `d.result <> 'withdrawn'`,
      joins: `join deadline_rules dr on dr.standard_id = d.standard_id and dr.channel = d.channel
        and dr.variant = d.variant`,
      counts: {
        wait_recorded: `count(*) filter (where ${WAIT_RECORDED})`,
        wait_ok: `count(*) filter (where ${WAIT_RECORDED}
          and coalesce(d.wait_minutes_submit, 0) <= dr.max_wait_minutes
          and coalesce(d.wait_minutes_pickup, 0) <= dr.max_wait_minutes)`,
        first_recorded: 'count(*) filter (where d.first_time_correct is not null)',
        first_ok: 'count(*) filter (where d.first_time_correct)',
      },
    }),
    caseRollup('rollup_cases_completed', rows, sign, {
      key: 'completed_on',
      where: `d.completed_on is not null and d.result <> 'withdrawn'`,
      counts: {
        docs_recorded: 'count(*) filter (where d.docs_correct is not null)',
        docs_ok: 'count(*) filter (where d.docs_correct)',
        served: `count(*) filter (where d.result in ('issued', 'refused'))`,
      },
    }),
  ].join('\n')
}

export function surveysApply(rows: string, sign: 1 | -1): string {
  const names = QUESTIONS.flatMap((q) => [`${q}_n`, `${q}_ok`])
  const counts = QUESTIONS.flatMap((q) => [
    `count(d.${q}_satisfied) as ${q}_n`,
    `count(*) filter (where d.${q}_satisfied) as ${q}_ok`,
  ])
  return `
    insert into rollup_surveys as r (office_id, region_id, standard_id, day, ${names.join(', ')})
    select g.office_id, orr.region_id, g.standard_id, g.day,
      ${names.map((n) => `${sign} * g.${n}`).join(', ')}
    from (
      select d.office_id, d.standard_id, d.responded_on as day, ${counts.join(', ')}
      from ${rows} d
      group by d.office_id, d.standard_id, d.responded_on
    ) g ${REGION_OF_GROUP}
    order by g.standard_id, g.day, g.office_id
    on conflict (standard_id, day, office_id) do update
      set ${names.map((n) => `${n} = r.${n} + excluded.${n}`).join(', ')};`
}

type Event = 'insert' | 'delete' | 'update'

function triggerFunction(
  kind: string,
  event: Event,
  apply: (rows: string, sign: 1 | -1) => string,
): string {
  const body =
    event === 'insert'
      ? apply('new_rows', 1)
      : event === 'delete'
        ? apply('old_rows', -1)
        : apply('old_rows', -1) + apply('new_rows', 1)
  return `create or replace function ${kind}_rollup_${event}() returns trigger language plpgsql as $$
  begin
    ${body}
    return null;
  end $$`
}

/** Rollup tables: their key columns and counts (0002). */
const ROLLUPS: Record<string, { key: string; counts: string }> = {
  rollup_cases_due: { key: 'standard_id, day, office_id, channel', counts: 'cases, on_time' },
  rollup_cases_submitted: {
    key: 'standard_id, day, office_id, channel',
    counts: 'wait_recorded, wait_ok, first_recorded, first_ok',
  },
  rollup_cases_completed: {
    key: 'standard_id, day, office_id, channel',
    counts: 'docs_recorded, docs_ok, served',
  },
  rollup_surveys: {
    key: 'standard_id, day, office_id',
    counts: QUESTIONS.flatMap((q) => [`${q}_n`, `${q}_ok`]).join(', '),
  },
}

const STAGES = [
  'import_staged_cases',
  'import_staged_surveys',
  'import_staged_complaints',
  'import_staged_publications',
]

export function statements(): string[] {
  return [
    `create or replace function rollups_rebuild() returns void language plpgsql as $$
  begin
    truncate rollup_cases_due, rollup_cases_submitted, rollup_cases_completed, rollup_surveys;
    ${casesApply('cases', 1)}
    ${surveysApply('survey_responses', 1)}
  end $$`,
    ...(['insert', 'delete', 'update'] as const).flatMap((event) => [
      triggerFunction('cases', event, casesApply),
      triggerFunction('surveys', event, surveysApply),
    ]),
    ...Object.entries(ROLLUPS).flatMap(([table, { key, counts }]) => [
      `create unique index ${table}_key on ${table} (${key}) include (region_id, ${counts})`,
      `alter table ${table} drop constraint ${table}_pkey`,
      `alter table ${table} add constraint ${table}_pkey primary key using index ${table}_key`,
      `drop index ${table}_standard`,
    ]),
    ...STAGES.flatMap((stage) => [
      `alter table ${stage} drop constraint ${stage}_pkey`,
      `create index ${stage}_batch on ${stage} using brin (batch_id)`,
    ]),
  ]
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements()) await sql.raw(statement).execute(db)
}
