// 0015 — a value weaker than the normative or than the previous approved target needs a written
// justification (issue 13, decision 0025): the proposer's is kept with the proposal, the chair's
// with the decision, beside the comments of 0005. Both stay null for a value that needs none.
import { sql, type Kysely } from 'kysely'

const statements = [
  sql`alter table targets add column justification text`,
  sql`alter table targets add column decision_justification text`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
