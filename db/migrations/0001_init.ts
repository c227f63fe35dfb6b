// 0001 — every entity of docs/domain.md §2 with its constraints. Frozen once landed: change the
// schema in a new migration. Written as plain SQL so that PostgreSQL 15 and PGlite (PG 18) run
// exactly the same statements; table names are plural (`cases`: CASE is a reserved word).
import { sql, type Kysely } from 'kysely'

const statements = [
  // ── reference data ────────────────────────────────────────────────────────────────────────
  sql`create table agencies (
    id text primary key,
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    approver_kk text not null,
    approver_ru text not null,
    approver_en text not null
  )`,

  sql`create table regions (
    id serial primary key,
    code text not null unique,
    key text not null unique,
    kind text not null check (kind in ('oblast', 'city')),
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    capital_kk text,
    capital_en text,
    time_zone text not null,
    legacy_code text,
    valid_from date,
    valid_to date,
    formed_from_id integer references regions(id),
    change_note text,
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
  )`,

  sql`create table districts (
    id serial primary key,
    code text not null unique,
    kind text not null check (kind in ('district', 'city', 'city_district')),
    name_kk text not null,
    name_ru text not null,
    name_en text not null
  )`,

  // A district's region has validity dates: the 2018 and 2022 reforms moved districts.
  sql`create table district_regions (
    district_id integer not null references districts(id),
    region_id integer not null references regions(id),
    valid_from date not null default '1991-12-16',
    valid_to date,
    primary key (district_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
  )`,

  sql`create table offices (
    id serial primary key,
    code text not null unique,
    kind text not null check (kind in
      ('akimat_apparatus', 'land_relations_department', 'public_service_center', 'specialized_enterprise')),
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    district_id integer references districts(id),
    address_kk text,
    phone text,
    email text,
    source text not null
  )`,

  // The region an office counted for on each day: derived from district_regions for district
  // offices, and from the region's succession for region-level ones (oblast akimat, PSC, …).
  sql`create table office_regions (
    office_id integer not null references offices(id),
    region_id integer not null references regions(id),
    valid_from date not null default '1991-12-16',
    valid_to date,
    primary key (office_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
  )`,

  sql`create table standards (
    id text primary key,
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    agency_id text not null references agencies(id),
    decree_number text not null,
    decree_date date not null,
    amendments jsonb not null default '[]',
    cancelled_by_number text,
    cancelled_by_date date,
    complaint_review_days integer not null default 30 check (complaint_review_days > 0),
    table_title_kk text not null,
    source text not null,
    notes_en text,
    notes_ru text,
    notes_kk text
  )`,

  sql`create table channels (
    code text primary key,
    name_kk text not null,
    name_ru text not null,
    name_en text not null
  )`,

  sql`create table variants (
    code text primary key,
    name_kk text not null,
    name_ru text not null,
    name_en text not null
  )`,

  // The deadline rule of one channel × variant of a standard (point 7 of each standard).
  sql`create table deadline_rules (
    standard_id text not null references standards(id),
    channel text not null references channels(code),
    variant text not null references variants(code),
    term_amount integer not null check (term_amount > 0),
    term_unit text not null check (term_unit in ('minutes', 'calendar_days', 'working_days')),
    max_wait_minutes integer not null check (max_wait_minutes >= 0),
    max_service_minutes integer not null check (max_service_minutes >= 0),
    term_as_printed_kk text not null,
    interpretation_en text,
    interpretation_ru text,
    interpretation_kk text,
    source text not null,
    primary key (standard_id, channel, variant)
  )`,

  // Which office serves which standard on which channel (from the address appendices).
  sql`create table office_services (
    office_id integer not null references offices(id),
    standard_id text not null references standards(id),
    channel text not null references channels(code),
    appendix integer not null,
    primary key (office_id, standard_id, channel)
  )`,

  // The address-appendix rows behind each office (one organisation, listed in several appendices).
  sql`create table office_listings (
    office_id integer not null references offices(id),
    standard_id text not null references standards(id),
    appendix integer not null,
    name_as_printed text not null,
    source_line text not null,
    primary key (standard_id, appendix, source_line)
  )`,

  sql`create table indicator_groups (
    standard_id text not null references standards(id),
    slug text not null check (slug in ('timeliness', 'quality', 'accessibility', 'complaints', 'courtesy')),
    position integer not null,
    heading_kk text not null,
    heading_ru text not null,
    heading_en text not null,
    primary key (standard_id, slug)
  )`,

  sql`create table indicators (
    id serial primary key,
    standard_id text not null references standards(id),
    code text not null,
    position integer not null,
    group_slug text not null,
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    measure text not null check (measure in ('on_time', 'queue_wait_ok', 'docs_correct',
      'first_time_correct', 'satisfied_process', 'satisfied_information',
      'satisfied_complaint_procedure', 'satisfied_complaint_timeline', 'satisfied_courtesy',
      'info_online', 'justified_complaint_rate', 'complaints_resolved_on_time')),
    normative_as_printed text,
    normative_kind text check (normative_kind in ('min', 'max', 'band')),
    normative_low numeric,
    normative_high numeric,
    direction text not null check (direction in ('higher_is_better', 'lower_is_better')),
    source text not null,
    unique (standard_id, code),
    unique (standard_id, measure),
    foreign key (standard_id, group_slug) references indicator_groups(standard_id, slug),
    check ((normative_kind is null) = (normative_as_printed is null)),
    check (normative_kind is null
      or (normative_kind = 'min' and normative_low is not null and normative_high is null)
      or (normative_kind = 'max' and normative_high is not null and normative_low is null)
      or (normative_kind = 'band' and normative_low is not null and normative_high > normative_low))
  )`,

  // Kazakhstan's non-working holidays and the transfers of days off (working-calendar exceptions;
  // every other Monday–Friday is a working day, every other Saturday/Sunday is not).
  sql`create table calendar_days (
    day date primary key,
    kind text not null check (kind in ('holiday', 'transfer_day_off', 'transfer_working_day')),
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    source text not null
  )`,

  // ── people ────────────────────────────────────────────────────────────────────────────────
  sql`create table users (
    id serial primary key,
    email text not null,
    name text not null,
    role text not null check (role in ('admin', 'ministry_official', 'regional_qc', 'agency_chair')),
    region_id integer references regions(id),
    agency_id text references agencies(id),
    password_hash text,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    check ((role = 'regional_qc') = (region_id is not null)),
    check ((role = 'agency_chair') = (agency_id is not null))
  )`,
  sql`create unique index users_email_key on users (lower(email))`,

  // ── imports ───────────────────────────────────────────────────────────────────────────────
  sql`create table import_batches (
    id serial primary key,
    kind text not null check (kind in ('cases', 'surveys', 'complaints', 'publications')),
    source text not null,
    file_name text,
    user_id integer references users(id),
    created_at timestamptz not null default now(),
    committed_at timestamptz,
    undone_at timestamptz,
    status text not null default 'preview'
      check (status in ('preview', 'committed', 'cancelled', 'undone')),
    rows_read integer not null default 0 check (rows_read >= 0),
    rows_accepted integer not null default 0 check (rows_accepted >= 0),
    rows_rejected integer not null default 0 check (rows_rejected >= 0),
    rows_inserted integer not null default 0 check (rows_inserted >= 0),
    rows_updated integer not null default 0 check (rows_updated >= 0),
    rows_unchanged integer not null default 0 check (rows_unchanged >= 0),
    errors jsonb not null default '[]',
    check ((status = 'committed') <= (committed_at is not null)),
    check ((status = 'undone') = (undone_at is not null))
  )`,

  // The rows a batch wrote, with the previous version of each updated row, so it can be undone.
  sql`create table import_row_versions (
    batch_id integer not null references import_batches(id),
    entity text not null check (entity in ('cases', 'survey_responses', 'complaints', 'info_publications')),
    entity_id bigint not null,
    action text not null check (action in ('inserted', 'updated')),
    previous jsonb,
    primary key (batch_id, entity, entity_id),
    check ((action = 'updated') = (previous is not null))
  )`,

  // ── facts ─────────────────────────────────────────────────────────────────────────────────
  sql`create table cases (
    id bigserial primary key,
    source text not null,
    external_id text not null,
    standard_id text not null,
    variant text not null,
    channel text not null,
    office_id integer not null references offices(id),
    submitted_at timestamptz not null,
    completed_at timestamptz,
    result text not null check (result in ('issued', 'refused', 'suspended', 'withdrawn', 'in_progress')),
    wait_minutes_submit integer check (wait_minutes_submit >= 0),
    wait_minutes_pickup integer check (wait_minutes_pickup >= 0),
    service_minutes integer check (service_minutes >= 0),
    docs_correct boolean,
    first_time_correct boolean,
    suspended_from timestamptz,
    suspended_to timestamptz,
    due_at timestamptz,
    -- The measures' period keys as civil dates in the office's time zone, derived on write
    -- (app/domain/case-keys.ts) so that periods and region history are plain date comparisons.
    submitted_on date not null,
    completed_on date,
    due_on date,
    import_batch_id integer references import_batches(id),
    updated_at timestamptz not null default now(),
    unique (source, external_id),
    foreign key (standard_id, channel, variant) references deadline_rules(standard_id, channel, variant),
    check (completed_at is null or completed_at >= submitted_at),
    check ((result in ('issued', 'refused')) <= (completed_at is not null)),
    check (result not in ('in_progress', 'suspended') or completed_at is null),
    check (suspended_to is null or suspended_from is not null),
    check (suspended_to is null or suspended_to >= suspended_from),
    check (suspended_from is null or suspended_from >= submitted_at),
    check ((result = 'suspended') <= (suspended_from is not null and suspended_to is null)),
    check ((completed_at is null) = (completed_on is null)),
    check ((due_at is null) = (due_on is null))
  )`,
  sql`create index cases_standard_due on cases (standard_id, due_on)`,
  sql`create index cases_office_due on cases (office_id, due_on)`,
  sql`create index cases_standard_submitted on cases (standard_id, submitted_on)`,
  sql`create index cases_office_submitted on cases (office_id, submitted_on)`,
  sql`create index cases_standard_completed on cases (standard_id, completed_on)`,
  sql`create index cases_office_completed on cases (office_id, completed_on)`,
  sql`create index cases_batch on cases (import_batch_id) where import_batch_id is not null`,

  // Each question is answered either yes/no or on a 1–5 scale (satisfied = 4 or 5), or not asked;
  // the generated *_satisfied column is what the indicators count.
  sql`create table survey_responses (
    id bigserial primary key,
    source text not null,
    external_id text not null,
    case_id bigint references cases(id),
    -- The case as the survey file names it; case_id is resolved from it where a case matches.
    case_external_id text,
    standard_id text not null references standards(id),
    office_id integer not null references offices(id),
    responded_on date not null,
    process_yes boolean,
    process_score smallint check (process_score between 1 and 5),
    information_yes boolean,
    information_score smallint check (information_score between 1 and 5),
    complaint_procedure_yes boolean,
    complaint_procedure_score smallint check (complaint_procedure_score between 1 and 5),
    complaint_timeline_yes boolean,
    complaint_timeline_score smallint check (complaint_timeline_score between 1 and 5),
    courtesy_yes boolean,
    courtesy_score smallint check (courtesy_score between 1 and 5),
    process_satisfied boolean generated always as (coalesce(process_yes, process_score >= 4)) stored,
    information_satisfied boolean generated always as (coalesce(information_yes, information_score >= 4)) stored,
    complaint_procedure_satisfied boolean
      generated always as (coalesce(complaint_procedure_yes, complaint_procedure_score >= 4)) stored,
    complaint_timeline_satisfied boolean
      generated always as (coalesce(complaint_timeline_yes, complaint_timeline_score >= 4)) stored,
    courtesy_satisfied boolean generated always as (coalesce(courtesy_yes, courtesy_score >= 4)) stored,
    import_batch_id integer references import_batches(id),
    updated_at timestamptz not null default now(),
    unique (source, external_id),
    check (process_yes is null or process_score is null),
    check (information_yes is null or information_score is null),
    check (complaint_procedure_yes is null or complaint_procedure_score is null),
    check (complaint_timeline_yes is null or complaint_timeline_score is null),
    check (courtesy_yes is null or courtesy_score is null)
  )`,
  sql`create index survey_standard_responded on survey_responses (standard_id, responded_on)`,
  sql`create index survey_office_responded on survey_responses (office_id, responded_on)`,

  sql`create table complaints (
    id bigserial primary key,
    source text not null,
    external_id text not null,
    standard_id text not null references standards(id),
    office_id integer not null references offices(id),
    received_at timestamptz not null,
    justified boolean not null,
    decided_at timestamptz,
    upheld boolean,
    review_term_days integer not null default 30 check (review_term_days > 0),
    term_ends_at timestamptz not null,
    received_on date not null,
    term_ends_on date not null,
    import_batch_id integer references import_batches(id),
    updated_at timestamptz not null default now(),
    unique (source, external_id),
    check (decided_at is null or decided_at >= received_at),
    check (upheld is null or decided_at is not null)
  )`,
  sql`create index complaints_standard_received on complaints (standard_id, received_on)`,
  sql`create index complaints_standard_term on complaints (standard_id, term_ends_on) where justified`,
  sql`create index complaints_office_received on complaints (office_id, received_on)`,

  sql`create table info_publications (
    office_id integer not null references offices(id),
    standard_id text not null references standards(id),
    year integer not null check (year between 2000 and 2100),
    published boolean not null,
    url text,
    import_batch_id integer references import_batches(id),
    updated_at timestamptz not null default now(),
    primary key (office_id, standard_id, year)
  )`,

  // ── targets ───────────────────────────────────────────────────────────────────────────────
  sql`create table targets (
    id serial primary key,
    indicator_id integer not null references indicators(id),
    year integer not null check (year between 2000 and 2100),
    region_id integer references regions(id),
    value numeric not null check (value >= 0 and value <= 100),
    status text not null default 'draft'
      check (status in ('draft', 'proposed', 'approved', 'rejected', 'superseded')),
    comment text,
    proposed_by integer references users(id),
    proposed_at timestamptz,
    decided_by integer references users(id),
    decided_at timestamptz,
    order_number text,
    order_date date,
    supersedes_id integer references targets(id),
    created_at timestamptz not null default now(),
    check ((status in ('approved', 'superseded')) <= (order_number is not null and order_date is not null)),
    check ((status in ('approved', 'rejected', 'superseded')) <= (decided_at is not null)),
    check ((status = 'draft') or proposed_at is not null)
  )`,
  // One approved value per indicator × year × scope (national = region null).
  sql`create unique index targets_one_approved on targets
    (indicator_id, year, coalesce(region_id, 0)) where status = 'approved'`,
  // draft → proposed → approved | rejected; approved → superseded (by a later approval). An
  // approved target is otherwise locked: a change is a new proposal.
  sql`create function targets_guard_transition() returns trigger language plpgsql as $$
  begin
    if tg_op = 'DELETE' then
      if old.status <> 'draft' then
        raise exception 'target %: only a draft can be deleted (status %)', old.id, old.status;
      end if;
      return old;
    end if;
    if tg_op = 'INSERT' then
      if new.status not in ('draft', 'proposed', 'approved') then
        raise exception 'a target cannot be created with status %', new.status;
      end if;
      return new;
    end if;
    if old.status in ('rejected', 'superseded') then
      raise exception 'target %: a % target is final', old.id, old.status;
    end if;
    if old.status = 'approved' then
      if new.status <> 'superseded' or new.value <> old.value or new.year <> old.year
        or new.indicator_id <> old.indicator_id
        or new.region_id is distinct from old.region_id then
        raise exception 'target %: an approved target is locked; propose a new value', old.id;
      end if;
      return new;
    end if;
    if not ((old.status = new.status)
      or (old.status = 'draft' and new.status = 'proposed')
      or (old.status = 'proposed' and new.status in ('approved', 'rejected'))) then
      raise exception 'target %: % → % is not a valid transition', old.id, old.status, new.status;
    end if;
    return new;
  end $$`,
  sql`create trigger targets_guard before insert or update or delete on targets
    for each row execute function targets_guard_transition()`,

  // ── published reports ─────────────────────────────────────────────────────────────────────
  sql`create table published_reports (
    id serial primary key,
    year integer not null check (year between 2000 and 2100),
    region_id integer references regions(id),
    version integer not null check (version >= 1),
    data_version text not null,
    content_hash text not null,
    snapshot jsonb not null,
    published_by integer references users(id),
    published_at timestamptz not null default now()
  )`,
  sql`create unique index published_reports_edition on published_reports
    (year, coalesce(region_id, 0), version)`,
  // A published report is frozen: no update, no delete.
  sql`create function published_reports_frozen() returns trigger language plpgsql as $$
  begin
    raise exception 'published report %: a published report cannot be changed', old.id;
  end $$`,
  sql`create trigger published_reports_frozen before update or delete on published_reports
    for each row execute function published_reports_frozen()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
