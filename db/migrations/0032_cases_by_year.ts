// 0032 — `cases` partitioned by the year of its submission day (decision 0044). Years of data
// become tables of their own: a year's queries read its partition alone, a closed year's pages
// stop changing (VACUUM leaves them all-visible), and a year can be moved to slower storage or
// dropped as one table when the retention rule says so.
//
// The partitioned table keeps every column, check, index and trigger of the plain one; what a
// partitioned table cannot hold is done otherwise:
// - its unique indexes must carry the partition key: the primary key is (id, submitted_on) and
//   the record's key (source, external_id, submitted_on). That the key names one record across
//   all the years is kept by a statement trigger (cases_key_across_years, below), which refuses a
//   second record with a stored key as the index did, with the same SQLSTATE (unique_violation);
// - `survey_responses.case_id` references (id, submitted_on): the answer carries its case's
//   submission day (`case_submitted_on`), which follows the case when its day is corrected
//   (ON UPDATE CASCADE);
// - storage parameters (0030's autovacuum settings) belong to each partition, set where one is
//   made (cases_make_year_partitions).
//
// Partitions are made ahead by the application — for the years an import stages, by a daily job
// for the current and the next year (app/import/case-partitions-job.server.ts) — never a DEFAULT
// partition: a row of a year nobody made room for is refused, not hidden in a catch-all that
// would stop the year's own partition being made later.
//
// The stored rows are copied once into the partitions, the table's triggers set aside meanwhile
// (the rollups already count them); indexes and triggers are made again from their stored
// definitions, so what measure-sql-sync installed (the late-cases index) stays as it was.
import { sql, type Kysely } from 'kysely'

/** The function that makes yearly partitions: idempotent, safe when two sessions race. */
const MAKE_PARTITIONS = `
create or replace function cases_make_year_partitions(first_year integer, last_year integer)
returns integer language plpgsql as $$
declare
  y integer;
  made integer := 0;
begin
  if last_year - first_year > 100 then
    raise exception 'cases_make_year_partitions: % to % is not a range of years', first_year, last_year;
  end if;
  for y in first_year .. last_year loop
    if to_regclass(format('%I', 'cases_' || y)) is null then
      begin
        execute format(
          'create table %I partition of cases for values from (%L) to (%L)
             with (autovacuum_vacuum_insert_threshold = 50000, autovacuum_vacuum_insert_scale_factor = 0)',
          'cases_' || y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
        made := made + 1;
      exception when duplicate_table then
        null;
      end;
    end if;
  end loop;
  return made;
end $$`

/**
 * The record's key across the partitions. The unique index of each partition holds
 * (source, external_id, submitted_on); this refuses a row whose (source, external_id) another
 * row holds with any other id — in another year, or another day of the same year. The
 * transaction lock makes the check exact under concurrent writers: the second waits for the
 * first to end, and its check then sees the first's rows.
 *
 * How it joins is chosen here, by size, and the statement planned at each call (EXECUTE): the
 * planner cannot choose well, since the new rows are already in the partitions, whose statistics
 * do not count them yet (a fresh year's say it is empty), and a plan kept from an earlier call
 * would keep that call's choice. A few rows against many stored probe each year's key index (a
 * month's 20,000 cases: 20,000 probes a year kept); many rows hash the stored keys once. The
 * stored rows are counted from the partitions' size (about 250 bytes a case), which the new rows
 * are in already. Measured on a million new cases: probing four partitions 7.1 s, hashing about
 * 0.5 s; left to the planner on a fresh database, a nested loop over all the stored rows for
 * each new one.
 */
const KEY_ACROSS_YEARS = `
create or replace function cases_key_across_years() returns trigger language plpgsql as $$
declare
  new_count bigint;
  stored bigint;
  years integer;
  many boolean;
  nestloop text := current_setting('enable_nestloop');
  hashjoin text := current_setting('enable_hashjoin');
  mergejoin text := current_setting('enable_mergejoin');
  key_source text;
  key_id text;
  new_day date;
  stored_day date;
begin
  perform pg_advisory_xact_lock(hashtext('cases_key_across_years'));
  select count(*) into new_count from new_rows;
  select coalesce(sum(pg_relation_size(c.oid)), 0) / 250, count(*)::integer into stored, years
  from pg_inherits i join pg_class c on c.oid = i.inhrelid
  where i.inhparent = 'cases'::regclass;
  many := new_count * years * 4 > stored;
  perform set_config('enable_nestloop', case when many then 'off' else 'on' end, true);
  perform set_config('enable_hashjoin', case when many then 'on' else 'off' end, true);
  perform set_config('enable_mergejoin', 'off', true);
  execute 'select n.source, n.external_id, n.submitted_on, c.submitted_on
    from new_rows n
    join cases c on c.source = n.source and c.external_id = n.external_id and c.id <> n.id
    limit 1' into key_source, key_id, new_day, stored_day;
  perform set_config('enable_nestloop', nestloop, true);
  perform set_config('enable_hashjoin', hashjoin, true);
  perform set_config('enable_mergejoin', mergejoin, true);
  if key_source is not null then
    raise exception 'duplicate key value violates unique constraint "cases_key_across_years"'
      using errcode = 'unique_violation',
        detail = format('Key (source, external_id)=(%s, %s) is stored with submission day %s; this row has %s.',
          key_source, key_id, stored_day, new_day),
        constraint = 'cases_key_across_years',
        table = 'cases';
  end if;
  return null;
end $$`

const KEY_TRIGGERS = ['insert', 'update'].map(
  (event) => `create trigger cases_key_across_years_${event} after ${event} on cases
    referencing new table as new_rows for each statement execute function cases_key_across_years()`,
)

/** The columns of `cases` in their order (the copy names them, so that order never matters). */
async function caseColumns(db: Kysely<unknown>, table: string): Promise<string> {
  const { rows } = await sql<{ name: string }>`
    select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db)
  return rows.map((r) => r.name).join(', ')
}

/** The indexes and triggers of `cases` other than its keys, as statements that make them. */
async function dependents(db: Kysely<unknown>): Promise<{
  indexes: { name: string; create: string }[]
  triggers: { name: string; create: string }[]
}> {
  const indexes = await sql<{ name: string; create: string }>`
    select i.relname as name, pg_get_indexdef(i.oid) as create
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid = 'cases'::regclass
      and not exists (select 1 from pg_constraint k where k.conindid = i.oid)
    order by i.relname`.execute(db)
  const triggers = await sql<{ name: string; create: string }>`
    select tgname as name, pg_get_triggerdef(oid) as create from pg_trigger
    where tgrelid = 'cases'::regclass and not tgisinternal
      and tgname not like 'cases_key_across_years_%'
    order by tgname`.execute(db)
  return { indexes: indexes.rows, triggers: triggers.rows }
}

/**
 * Moves the rows of `cases` into a new table of the same columns and checks — partitioned by
 * year, or plain again (the down migration) — and makes its keys, indexes and triggers again.
 * Returns nothing; the survey answers' reference is the caller's.
 */
async function rebuildCases(db: Kysely<unknown>, partitioned: boolean): Promise<void> {
  const { indexes, triggers } = await dependents(db)
  const columns = await caseColumns(db, 'cases')
  for (const t of triggers) await sql.raw(`drop trigger ${t.name} on cases`).execute(db)
  await sql`drop trigger if exists cases_key_across_years_insert on cases`.execute(db)
  await sql`drop trigger if exists cases_key_across_years_update on cases`.execute(db)
  for (const i of indexes) await sql.raw(`drop index ${i.name}`).execute(db)
  await sql`alter table cases drop constraint cases_pkey`.execute(db)
  await sql`alter table cases drop constraint cases_source_external_id_key`.execute(db)
  await sql`alter table cases rename to cases_before_0032`.execute(db)

  await sql
    .raw(
      `create table cases (like cases_before_0032 including defaults including constraints)
       ${partitioned ? 'partition by range (submitted_on)' : ''}`,
    )
    .execute(db)
  if (partitioned) {
    await sql.raw(MAKE_PARTITIONS).execute(db)
    // The years held, the years staged by a preview not yet committed, this year and the next.
    await sql`
      select cases_make_year_partitions(min(y)::integer, max(y)::integer) from (
        select extract(year from min(submitted_on)) as y from cases_before_0032
        union all select extract(year from max(submitted_on)) from cases_before_0032
        union all select extract(year from min(submitted_on)) from import_staged_cases
        union all select extract(year from max(submitted_on)) from import_staged_cases
        union all select extract(year from current_date)
        union all select extract(year from current_date) + 1) years`.execute(db)
  } else {
    await sql
      .raw(
        `alter table cases set (autovacuum_vacuum_insert_threshold = 50000,
          autovacuum_vacuum_insert_scale_factor = 0)`,
      )
      .execute(db)
  }
  await sql
    .raw(
      `insert into cases (${columns}) select ${columns} from cases_before_0032
       order by office_id, standard_id, submitted_on`,
    )
    .execute(db)
  await sql`alter sequence cases_id_seq owned by cases.id`.execute(db)
  await sql`drop table cases_before_0032`.execute(db)
  if (!partitioned)
    await sql`drop function cases_make_year_partitions(integer, integer)`.execute(db)

  if (partitioned) {
    await sql`alter table cases add constraint cases_pkey primary key (id, submitted_on)`.execute(
      db,
    )
    await sql`alter table cases add constraint cases_source_external_id_key
      unique (source, external_id, submitted_on)`.execute(db)
  } else {
    await sql`alter table cases add constraint cases_pkey primary key (id)`.execute(db)
    await sql`alter table cases add constraint cases_source_external_id_key
      unique (source, external_id)`.execute(db)
  }
  for (const i of indexes) await sql.raw(i.create).execute(db)
  for (const t of triggers) await sql.raw(t.create).execute(db)
  if (partitioned) {
    await sql.raw(KEY_ACROSS_YEARS).execute(db)
    for (const create of KEY_TRIGGERS) await sql.raw(create).execute(db)
  } else {
    await sql`drop function cases_key_across_years()`.execute(db)
  }
  await sql`analyze cases`.execute(db)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table survey_responses drop constraint survey_responses_case_id_fkey`.execute(db)
  await rebuildCases(db, true)

  // The answers carry their case's submission day; filling it moves no figure, so the survey
  // rollups' update trigger is set aside meanwhile.
  await sql`alter table survey_responses add column case_submitted_on date`.execute(db)
  await sql`alter table survey_responses disable trigger surveys_rollup_update`.execute(db)
  await sql`update survey_responses s set case_submitted_on = c.submitted_on
    from cases c where c.id = s.case_id`.execute(db)
  await sql`alter table survey_responses enable trigger surveys_rollup_update`.execute(db)
  await sql`alter table survey_responses add constraint survey_responses_case_fkey
    foreign key (case_id, case_submitted_on) references cases (id, submitted_on) on update cascade`.execute(
    db,
  )
  await sql`alter table survey_responses add constraint survey_responses_case_day
    check ((case_id is null) = (case_submitted_on is null))`.execute(db)
  // An undo restores an answer's earlier version, link included: the versions saved before now
  // get their case's day too.
  await sql`update import_row_versions v
    set previous = v.previous || jsonb_build_object('case_submitted_on', c.submitted_on)
    from cases c
    where v.entity = 'survey_responses' and v.previous is not null
      and c.id = (v.previous ->> 'case_id')::bigint`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table survey_responses drop constraint survey_responses_case_day`.execute(db)
  await sql`alter table survey_responses drop constraint survey_responses_case_fkey`.execute(db)
  await sql`alter table survey_responses drop column case_submitted_on`.execute(db)
  await sql`update import_row_versions set previous = previous - 'case_submitted_on'
    where entity = 'survey_responses' and previous ? 'case_submitted_on'`.execute(db)
  await rebuildCases(db, false)
  await sql`alter table survey_responses add constraint survey_responses_case_id_fkey
    foreign key (case_id) references cases (id)`.execute(db)
}
