// 0020 — the monthly region report by e-mail (issue 14, decision 0031): who asked for it (one
// region per user, the report written in their language), and the reports queued — one per user
// and month, whatever triggers the job again: the primary key is the guard, and the row names the
// outbox mail that carries the PDF.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`create table monthly_report_subscriptions (
    user_id integer primary key references users(id) on delete cascade,
    region_id integer not null references regions(id),
    language text not null default 'kk' check (language in ('kk', 'ru', 'en')),
    updated_at timestamptz not null default now()
  )`,
  sql`create table monthly_report_sends (
    user_id integer not null references users(id) on delete cascade,
    month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    region_id integer not null references regions(id),
    mail_id bigint references mail_outbox(id),
    queued_at timestamptz not null default now(),
    primary key (user_id, month)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
