// 0030 — autovacuum visits the fact tables after every 50,000 rows inserted, not after a fifth of
// the table. The drill-down's late list and the alert rule on open cases read index-only (the
// late-cases index of db/measure-sql.ts, the open-cases index of 0029): that avoids the table only
// for pages the visibility map marks all-visible, and only VACUUM marks them. At PostgreSQL's
// default (autovacuum_vacuum_insert_scale_factor 0.2) a table of 20M cases is vacuumed once 4M
// more have come — years of imports — so the newest cases, those a dashboard's year reads, were
// never all-visible: at 20M cases the first page of Akmola's late cases read 23,926 table pages.
// The embedded database has no autovacuum (its import tidies up itself, decision 0016).
import { sql, type Kysely } from 'kysely'

const FACT_TABLES = ['cases', 'survey_responses', 'complaints']

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of FACT_TABLES) {
    await sql
      .raw(
        `alter table ${table} set (autovacuum_vacuum_insert_threshold = 50000,
          autovacuum_vacuum_insert_scale_factor = 0)`,
      )
      .execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of FACT_TABLES) {
    await sql
      .raw(
        `alter table ${table} reset (autovacuum_vacuum_insert_threshold,
          autovacuum_vacuum_insert_scale_factor)`,
      )
      .execute(db)
  }
}
