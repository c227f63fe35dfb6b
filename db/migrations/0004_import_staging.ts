// 0004 — staging for the two-step import (issue 4). A preview parses and validates a file once
// and stores its valid rows here, already derived (office id, deadline, period keys); the commit
// then writes them with one set-based `insert … select … on conflict do update` per slice of rows,
// so the rollup triggers see one transition table per statement. Staged rows go with their batch
// (on delete cascade) and are deleted when the batch is committed or cancelled.
// info_publications gets an id so that import_row_versions can name its rows like the others'.
import { sql, type Kysely } from 'kysely'

const staged = `batch_id integer not null references import_batches(id) on delete cascade,
    row_number integer not null`

const statements = [
  sql.raw(`create table import_staged_cases (
    ${staged},
    source text not null,
    external_id text not null,
    standard_id text not null,
    variant text not null,
    channel text not null,
    office_id integer not null,
    submitted_at timestamptz not null,
    completed_at timestamptz,
    result text not null,
    wait_minutes_submit integer,
    wait_minutes_pickup integer,
    service_minutes integer,
    docs_correct boolean,
    first_time_correct boolean,
    suspended_from timestamptz,
    suspended_to timestamptz,
    due_at timestamptz,
    submitted_on date not null,
    completed_on date,
    due_on date,
    primary key (batch_id, row_number)
  )`),
  sql.raw(`create table import_staged_surveys (
    ${staged},
    source text not null,
    external_id text not null,
    case_external_id text,
    standard_id text not null,
    office_id integer not null,
    responded_on date not null,
    process_yes boolean,
    process_score smallint,
    information_yes boolean,
    information_score smallint,
    complaint_procedure_yes boolean,
    complaint_procedure_score smallint,
    complaint_timeline_yes boolean,
    complaint_timeline_score smallint,
    courtesy_yes boolean,
    courtesy_score smallint,
    primary key (batch_id, row_number)
  )`),
  sql.raw(`create table import_staged_complaints (
    ${staged},
    source text not null,
    external_id text not null,
    standard_id text not null,
    office_id integer not null,
    received_at timestamptz not null,
    justified boolean not null,
    decided_at timestamptz,
    upheld boolean,
    review_term_days integer not null,
    term_ends_at timestamptz not null,
    received_on date not null,
    term_ends_on date not null,
    primary key (batch_id, row_number)
  )`),
  sql.raw(`create table import_staged_publications (
    ${staged},
    office_id integer not null,
    standard_id text not null,
    year integer not null,
    published boolean not null,
    url text,
    primary key (batch_id, row_number)
  )`),
  sql`alter table info_publications add column id bigserial`,
  sql`create unique index info_publications_id on info_publications (id)`,
  sql`create index import_batches_created on import_batches (created_at desc)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
