// 0005 — the target-approval workflow (issue 5). A decision carries its own comment (the reason
// of a rejection, a note on an approval) beside the proposer's; and a value has at most one
// proposal awaiting a decision at a time, so that a chair never sees two competing numbers for
// one indicator × year × region (a new value waits until the pending one is decided).
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`alter table targets add column decision_comment text`,
  sql`create unique index targets_one_proposed on targets
    (indicator_id, year, coalesce(region_id, 0)) where status = 'proposed'`,
  sql`create index targets_year_indicator on targets (year, indicator_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
