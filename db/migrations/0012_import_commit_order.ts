// 0012 — the order in which import batches were committed (issue 18, decision 0015). Commits and
// undos of a kind now take their turn (a transaction-level advisory lock), and each commit draws
// `commit_seq` from a sequence while it holds the turn: the undo guard asks which batch changed a
// row later by this order, not by batch id (a batch previewed first may be committed last).
// Batches committed before get their order from committed_at (then id). Cheap: import_batches is
// small, and no fact table is touched.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence import_commit_seq`.execute(db)
  await sql`alter table import_batches add column commit_seq bigint`.execute(db)
  await sql`
    update import_batches b set commit_seq = o.n
    from (
      select id, row_number() over (order by committed_at nulls first, id) as n
      from import_batches where status in ('committed', 'undone')
    ) o
    where b.id = o.id`.execute(db)
  await sql`select setval('import_commit_seq',
    (select coalesce(max(commit_seq), 0) + 1 from import_batches), false)`.execute(db)
  await sql`alter table import_batches
    add constraint import_batches_commit_seq_check
      check ((status in ('committed', 'undone')) = (commit_seq is not null))`.execute(db)
  await sql`create unique index import_batches_commit_seq on import_batches (commit_seq)`.execute(
    db,
  )
}
