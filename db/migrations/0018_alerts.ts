// 0018 — alerts (issue 14, decision 0030): an alert is one rule's finding about one scope (an
// office or a region) in one period, with the figures that raised it; it fires once per
// (rule, scope, period, standard, measure) and resolves itself when its condition clears. Each
// alert is delivered to the users who read its scope and subscribe to it (alert_deliveries: the
// inbox, read or not). A user's subscription narrows the rules, regions and standards within what
// the role reads; without one the role's defaults apply. alert_settings holds the one threshold of
// the overdue rule.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`create table alerts (
    id serial primary key,
    rule text not null,
    scope_kind text not null check (scope_kind in ('office', 'region')),
    scope_id integer not null,
    region_id integer not null references regions(id),
    period text not null,
    standard_id text not null default '',
    measure text not null default '',
    figures jsonb not null,
    raised_at timestamptz not null default now(),
    resolved_at timestamptz,
    unique (rule, scope_kind, scope_id, period, standard_id, measure)
  )`,
  sql`create index alerts_open_idx on alerts (scope_kind, scope_id) where resolved_at is null`,
  sql`create table alert_deliveries (
    id serial primary key,
    alert_id integer not null references alerts(id) on delete cascade,
    user_id integer not null references users(id) on delete cascade,
    channel text not null default 'inbox' check (channel in ('inbox', 'email')),
    delivered_at timestamptz not null default now(),
    read_at timestamptz,
    unique (alert_id, user_id, channel)
  )`,
  sql`create index alert_deliveries_unread_idx on alert_deliveries (user_id) where read_at is null`,
  sql`create table alert_subscriptions (
    user_id integer primary key references users(id) on delete cascade,
    rules text[] not null,
    region_ids integer[],
    standard_ids text[],
    channels text[] not null check (cardinality(channels) > 0),
    digest boolean not null default false,
    updated_at timestamptz not null default now()
  )`,
  sql`create table alert_role_defaults (
    role text primary key check (role in ('admin', 'ministry_official', 'regional_qc', 'agency_chair')),
    rules text[] not null,
    channels text[] not null check (cardinality(channels) > 0),
    digest boolean not null default false,
    updated_at timestamptz not null default now()
  )`,
  sql`create table alert_settings (
    id boolean primary key default true check (id),
    overdue_open_threshold integer not null default 10 check (overdue_open_threshold >= 1),
    updated_at timestamptz not null default now()
  )`,
  sql`insert into alert_settings (id) values (true)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
