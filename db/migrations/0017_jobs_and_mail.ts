// 0017 — stored jobs and the mail outbox (issue 14 points 3 and 5, decision 0027). `jobs` is the
// queue every server process polls: a due job is claimed with FOR UPDATE SKIP LOCKED, so it runs
// in one process only; a scheduled occurrence carries a unique key, so that every process may
// enqueue it and it exists once. `job_runs` keeps each attempt (the /admin/jobs page).
// `mail_outbox` holds every mail Sapa writes, whether or not it could be sent yet: without a mail
// server it stays here ('held'), never dropped; a send claims it, so it goes out once.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`create table jobs (
    id bigserial primary key,
    kind text not null check (kind ~ '^[a-z_]+(\\.[a-z_]+)+$'),
    payload jsonb not null default '{}'::jsonb,
    run_at timestamptz not null default now(),
    status text not null default 'queued'
      check (status in ('queued', 'running', 'done', 'failed')),
    attempts integer not null default 0 check (attempts >= 0),
    max_attempts integer not null default 5 check (max_attempts >= 1),
    locked_by text,
    locked_at timestamptz,
    last_error text,
    unique_key text,
    created_at timestamptz not null default now(),
    finished_at timestamptz,
    check ((status = 'running') = (locked_at is not null))
  )`,
  // A scheduled occurrence (`jobs.cleanup@2026-12-05T03:00+05:00`) exists once, done or not.
  sql`create unique index jobs_unique_key on jobs (unique_key) where unique_key is not null`,
  sql`create index jobs_due on jobs (run_at, id) where status = 'queued'`,
  sql`create index jobs_running on jobs (locked_at) where status = 'running'`,
  sql`create table job_runs (
    id bigserial primary key,
    job_id bigint not null references jobs(id) on delete cascade,
    kind text not null,
    attempt integer not null,
    runner text not null,
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    outcome text check (outcome in ('done', 'retry', 'failed', 'interrupted')),
    error text
  )`,
  sql`create index job_runs_started on job_runs (started_at desc)`,
  sql`create index job_runs_job on job_runs (job_id)`,
  sql`create table mail_outbox (
    id bigserial primary key,
    purpose text not null,
    user_id integer references users(id) on delete set null,
    recipient text not null check (recipient ~ '^[^@\\s]+@[^@\\s]+$'),
    language text not null check (language in ('kk', 'ru', 'en')),
    subject text not null,
    text_body text not null,
    html_body text not null,
    attachments jsonb not null default '[]'::jsonb,
    status text not null default 'queued'
      check (status in ('queued', 'sending', 'sent', 'failed', 'held')),
    attempts integer not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    locked_at timestamptz,
    sent_at timestamptz,
    message_id text not null unique,
    last_error text,
    created_at timestamptz not null default now(),
    check ((status = 'sent') = (sent_at is not null))
  )`,
  sql`create index mail_outbox_created on mail_outbox (created_at desc)`,
  sql`create index mail_outbox_status on mail_outbox (status, next_attempt_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
