// 0014 — sources that were a region's in fact get the region's name (issue 18, decision 0015).
// Since 0015 a regional department writes only through `KZ-11/…` sources; a department that
// imported through `regional` before would otherwise send its next file of the same ids into
// `KZ-11/regional` as new records and count each case twice. A source without a region prefix
// is renamed `<region code>/<name>` — its records and its batches — when it was a region's in
// every respect: every batch that wrote through it was limited to one and the same region, and
// every record under it is of an office of that region; and the new name is not taken. Any other
// source (the demo's `demo`, spread over every region; one no batch wrote) stays the nation's.
// Written to be run again harmlessly: a renamed source no longer qualifies. Runs inside a
// transaction (as the migrator runs it): the list of renames is a temporary table dropped at commit.
import { sql, type Kysely } from 'kysely'

const FACT_TABLES = ['cases', 'survey_responses', 'complaints'] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create temporary table regional_source_renames on commit drop as
    with candidates as (
      select b.source, min(b.region_ids[1]) as region_id
      from import_batches b
      where not exists (
        select 1 from regions r where upper(b.source) like upper(r.code) || '/%')
      group by b.source
      having bool_and(b.region_ids is not null and cardinality(b.region_ids) = 1)
        and count(distinct b.region_ids[1]) = 1
    )
    select c.source, r.code || '/' || c.source as renamed
    from candidates c join regions r on r.id = c.region_id
    where ${sql.join(
      FACT_TABLES.map(
        (table) => sql`not exists (
          select 1 from ${sql.table(table)} t
          where t.source = c.source and not exists (
            select 1 from office_regions orr
            where orr.office_id = t.office_id and orr.valid_to is null
              and orr.region_id = c.region_id))
        and not exists (
          select 1 from ${sql.table(table)} t where t.source = r.code || '/' || c.source)`,
      ),
      sql` and `,
    )}`.execute(db)
  for (const table of FACT_TABLES) {
    await sql`
      update ${sql.table(table)} t set source = n.renamed
      from regional_source_renames n where t.source = n.source`.execute(db)
  }
  await sql`
    update import_batches b set source = n.renamed
    from regional_source_renames n where b.source = n.source`.execute(db)
}
