// 0019 — alert e-mail (issue 14, decision 0030 addendum): the language a user's alert mails are
// written in (set from the page's language when the subscription is saved; Kazakh until then),
// and the nonces of the unsubscribe links — a link is signed (HMAC with the session secret) and
// works once: its nonce row is marked used by the first unsubscribe.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`alter table alert_subscriptions add column language text not null default 'kk'
    check (language in ('kk', 'ru', 'en'))`,
  sql`create table unsubscribe_tokens (
    nonce text primary key,
    user_id integer not null references users(id) on delete cascade,
    purpose text not null check (purpose in ('alerts-email')),
    created_at timestamptz not null default now(),
    used_at timestamptz
  )`,
  sql`create index unsubscribe_tokens_user_idx on unsubscribe_tokens (user_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
