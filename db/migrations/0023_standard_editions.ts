// 0023 — editions of a standard (issue 15, decision 0033). A standard is re-approved from time to
// time with a new appendix table; each edition carries the legal act that approved it, the days
// it was in force, the act that cancelled it, and its own deadline rules (channels × variants),
// indicator groups and indicators (codes, measures, normatives, directions, bands). A case, a
// survey answer or a complaint is measured under the edition in force on its key date; after the
// last edition's cancellation its table goes on being applied until a successor is loaded.
//
// The tables of 0001 (deadline_rules, indicator_groups, indicators) stay: they are the standard's
// identity rows (the keys cases and targets point to, the queue maximum the rollups of 0002 read)
// and hold the values of the standard's latest edition, written by the same transaction that
// stores an edition (app/standards/store.server.ts). The existing standards become edition 1, from
// their own decree columns; the seed loader then writes their acts' names (seeds/reference).
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`create table standard_editions (
    standard_id text not null references standards(id),
    edition integer not null check (edition > 0),
    act_name_kk text not null,
    act_name_ru text not null,
    act_name_en text not null,
    act_number text not null,
    act_date date not null,
    valid_from date not null,
    -- The last day the act was in force as the reference data records it; null while in force.
    valid_to date,
    cancelled_by_number text,
    cancelled_by_date date,
    amendments jsonb not null default '[]',
    source text not null,
    primary key (standard_id, edition),
    check (valid_to is null or valid_to >= valid_from),
    check ((cancelled_by_number is null) = (cancelled_by_date is null))
  )`,

  sql`create table edition_deadline_rules (
    standard_id text not null,
    edition integer not null,
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
    primary key (standard_id, edition, channel, variant),
    foreign key (standard_id, edition) references standard_editions(standard_id, edition),
    foreign key (standard_id, channel, variant) references deadline_rules(standard_id, channel, variant)
  )`,

  sql`create table edition_indicator_groups (
    standard_id text not null,
    edition integer not null,
    slug text not null check (slug in ('timeliness', 'quality', 'accessibility', 'complaints', 'courtesy')),
    position integer not null,
    heading_kk text not null,
    heading_ru text not null,
    heading_en text not null,
    primary key (standard_id, edition, slug),
    foreign key (standard_id, edition) references standard_editions(standard_id, edition)
  )`,

  sql`create table edition_indicators (
    standard_id text not null,
    edition integer not null,
    code text not null,
    position integer not null,
    group_slug text not null,
    name_kk text not null,
    name_ru text not null,
    name_en text not null,
    measure text not null,
    normative_as_printed text,
    normative_kind text check (normative_kind in ('min', 'max', 'band')),
    normative_low numeric,
    normative_high numeric,
    direction text not null check (direction in ('higher_is_better', 'lower_is_better')),
    source text not null,
    primary key (standard_id, edition, code),
    unique (standard_id, edition, measure),
    foreign key (standard_id, edition, group_slug)
      references edition_indicator_groups(standard_id, edition, slug),
    -- A code keeps its measure from edition to edition (the identity row of 0001 holds the pair).
    foreign key (standard_id, code, measure) references indicators(standard_id, code, measure),
    check ((normative_kind is null) = (normative_as_printed is null)),
    check (normative_kind is null
      or (normative_kind = 'min' and normative_low is not null and normative_high is null)
      or (normative_kind = 'max' and normative_high is not null and normative_low is null)
      or (normative_kind = 'band' and normative_low is not null and normative_high > normative_low))
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  // The composite key edition_indicators points to.
  // What a definition file said about itself (`about`, docs/standards.md), kept for its export.
  await sql`alter table standards add column definition_about text`.execute(db)
  await sql`alter table indicators add constraint indicators_standard_code_measure
    unique (standard_id, code, measure)`.execute(db)
  for (const statement of statements) await statement.execute(db)

  // The standards already stored become edition 1, in force from their decree's date to the date
  // of the act that cancelled them (as standards.json records both).
  await sql`insert into standard_editions (standard_id, edition, act_name_kk, act_name_ru,
      act_name_en, act_number, act_date, valid_from, valid_to, cancelled_by_number,
      cancelled_by_date, amendments, source)
    select id, 1,
      'ҚР Үкіметінің ' || to_char(decree_date, 'DD.MM.YYYY') || ' № ' || decree_number || ' қаулысы',
      'Постановление Правительства РК от ' || to_char(decree_date, 'DD.MM.YYYY') || ' № ' || decree_number,
      'Government decree No. ' || decree_number || ' of ' || to_char(decree_date, 'YYYY-MM-DD'),
      decree_number, decree_date, decree_date, cancelled_by_date, cancelled_by_number,
      cancelled_by_date, amendments, source
    from standards`.execute(db)
  await sql`insert into edition_deadline_rules
    select standard_id, 1, channel, variant, term_amount, term_unit, max_wait_minutes,
      max_service_minutes, term_as_printed_kk, interpretation_en, interpretation_ru,
      interpretation_kk, source
    from deadline_rules`.execute(db)
  await sql`insert into edition_indicator_groups
    select standard_id, 1, slug, position, heading_kk, heading_ru, heading_en
    from indicator_groups`.execute(db)
  await sql`insert into edition_indicators
    select standard_id, 1, code, position, group_slug, name_kk, name_ru, name_en, measure,
      normative_as_printed, normative_kind, normative_low, normative_high, direction, source
    from indicators`.execute(db)

  // A changed edition changes figures: cached pages follow the data version (0008).
  for (const table of [
    'standard_editions',
    'edition_deadline_rules',
    'edition_indicator_groups',
    'edition_indicators',
  ]) {
    await sql
      .raw(
        `create trigger ${table}_data_version after insert or update or delete or truncate
        on ${table} for each statement execute function data_version_bump()`,
      )
      .execute(db)
  }
}
