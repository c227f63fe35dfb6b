// 0003 — accounts and the audit log (issue 5): sessions kept in the database (the cookie carries
// a random token, the table its SHA-256), sign-in attempts for rate limiting, per-account lockout
// columns, hashed API tokens, and an append-only audit log whose trigger refuses UPDATE, DELETE
// and TRUNCATE. Frozen once landed.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`alter table users
    add column failed_logins integer not null default 0 check (failed_logins >= 0),
    add column locked_until timestamptz,
    add column password_changed_at timestamptz,
    add column last_sign_in_at timestamptz`,

  // id = hex SHA-256 of the cookie's random token: a leaked table row cannot be replayed.
  sql`create table sessions (
    id text primary key check (id ~ '^[0-9a-f]{64}$'),
    user_id integer not null references users(id) on delete cascade,
    csrf_token text not null,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null,
    ip text,
    user_agent text,
    check (expires_at > created_at)
  )`,
  sql`create index sessions_user on sessions (user_id)`,
  sql`create index sessions_expires on sessions (expires_at)`,

  // Every sign-in attempt, by the e-mail as typed (lower-cased; unknown addresses too, so that
  // they are limited exactly like real accounts) and by the client address.
  sql`create table login_attempts (
    id bigserial primary key,
    at timestamptz not null default now(),
    email text not null,
    ip text,
    succeeded boolean not null
  )`,
  sql`create index login_attempts_email_at on login_attempts (email, at)`,
  sql`create index login_attempts_ip_at on login_attempts (ip, at)`,
  sql`create index login_attempts_at on login_attempts (at)`,

  // Machine credentials: scoped like their user, revocable, stored as SHA-256 of the token.
  sql`create table api_tokens (
    id serial primary key,
    user_id integer not null references users(id),
    name text not null check (length(name) between 1 and 100),
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at timestamptz
  )`,
  sql`create index api_tokens_user on api_tokens (user_id)`,

  // Who did what, when, from where; before → after without secrets (camelCase jsonb keys).
  sql`create table audit_log (
    id bigserial primary key,
    at timestamptz not null default now(),
    user_id integer references users(id),
    action text not null check (action ~ '^[a-z_]+\\.[a-z_]+$'),
    entity text,
    entity_id text,
    before jsonb,
    after jsonb,
    ip text,
    user_agent text
  )`,
  sql`create index audit_log_at on audit_log (at)`,
  sql`create index audit_log_user_at on audit_log (user_id, at)`,
  sql`create index audit_log_action_at on audit_log (action, at)`,
  sql`create function audit_log_append_only() returns trigger language plpgsql as $$
  begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
  end $$`,
  sql`create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`,
  sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
