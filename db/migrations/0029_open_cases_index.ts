// 0029 — an index of the cases still open (no completion), by office, standard and deadline. The
// alert rule on open overdue cases counts, for the offices an import wrote, their open cases past
// their deadline (alerts.openOverdueCounts); without it the count went through the office's
// deadline index over every case the office ever had, and a month's import grew with the cases
// held (its alert evaluation 0.64 s at 1M cases, 1.19 s at 10M). Open cases are a few of all, so
// the index stays small whatever the years kept.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_open_by_office on cases (office_id, standard_id, due_at)
    where completed_at is null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_open_by_office`.execute(db)
}
