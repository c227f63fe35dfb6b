// 0026 — the terms an edition sets are stored on each record, like its deadline (issue 15,
// decision 0033). A case keeps the maximum queue wait of the deadline rule it was submitted under
// (`cases.max_wait_minutes`), so that the queue-wait measure (1.2) of a period reads the edition in
// force on each case's submission day, not the latest edition's maximum through deadline_rules:
// a new edition that changes the maximum moves the cases submitted from its first day (recomputed
// where the edition is stored, the rollups following through their triggers) and nothing before.
// An edition may set its own complaint review term (`standard_editions.complaint_review_days`;
// null: the standard's), and a complaint records whether its term was stated by its file
// (`complaints.review_term_stated`) or taken from the standard — only the latter follows a new
// edition.
//
// Existing rows get what the write path would have given them: the maximum of the rule of the
// edition in force on the submission day (the latest edition started by then that lists the
// case's channel × variant, else the first that lists it); a complaint's term counts as stated
// when it differs from its standard's. The previous versions an import saved for its undo
// (import_row_versions) get the same, so an undo restores complete rows. On 10M cases the update
// rewrites the table once (minutes); the rollup triggers are off for it — the values are the ones
// the rollups were built from — and the rollups are rebuilt once the registry's new statements
// are installed (db/measure-sql-sync.ts).
import { sql, type Kysely } from 'kysely'

/**
 * The maximum wait of the rule in force on `day` for a standard × channel × variant, by the
 * windows of the editions that list it: each from its start to the next one's start, the first
 * open towards the past.
 */
const RULE_WINDOWS = `(select r.standard_id, r.channel, r.variant, r.max_wait_minutes,
      case when row_number() over w = 1 then null else e.valid_from end as from_day,
      lead(e.valid_from) over w as to_day
    from edition_deadline_rules r
    join standard_editions e on e.standard_id = r.standard_id and e.edition = r.edition
    window w as (partition by r.standard_id, r.channel, r.variant order by e.valid_from))`

const inWindow = (day: string) =>
  `(w.from_day is null or ${day} >= w.from_day) and (w.to_day is null or ${day} < w.to_day)`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table standard_editions add column complaint_review_days integer
    check (complaint_review_days > 0)`.execute(db)

  await sql`alter table cases add column max_wait_minutes integer`.execute(db)
  await sql`alter table cases disable trigger user`.execute(db)
  await sql
    .raw(
      `update cases c set max_wait_minutes = w.max_wait_minutes
    from ${RULE_WINDOWS} w
    where w.standard_id = c.standard_id and w.channel = c.channel and w.variant = c.variant
      and ${inWindow('c.submitted_on')}`,
    )
    .execute(db)
  await sql`alter table cases enable trigger user`.execute(db)
  await sql`alter table cases alter column max_wait_minutes set not null`.execute(db)
  await sql`alter table cases add constraint cases_max_wait_minutes_check
    check (max_wait_minutes >= 0)`.execute(db)

  await sql`alter table complaints add column review_term_stated boolean`.execute(db)
  await sql`alter table complaints disable trigger user`.execute(db)
  await sql`update complaints k set review_term_stated = k.review_term_days <> s.complaint_review_days
    from standards s where s.id = k.standard_id`.execute(db)
  await sql`alter table complaints enable trigger user`.execute(db)
  await sql`alter table complaints alter column review_term_stated set not null`.execute(db)

  // Rows previewed but not yet written carry the same.
  await sql`alter table import_staged_cases add column max_wait_minutes integer`.execute(db)
  await sql
    .raw(
      `update import_staged_cases c set max_wait_minutes = w.max_wait_minutes
    from ${RULE_WINDOWS} w
    where w.standard_id = c.standard_id and w.channel = c.channel and w.variant = c.variant
      and ${inWindow('c.submitted_on')}`,
    )
    .execute(db)
  await sql`alter table import_staged_complaints add column review_term_stated boolean`.execute(db)
  await sql`update import_staged_complaints k
    set review_term_stated = k.review_term_days <> s.complaint_review_days
    from standards s where s.id = k.standard_id`.execute(db)

  // The previous versions an undo restores (jsonb_populate_record of the whole row).
  await sql
    .raw(
      `update import_row_versions v
    set previous = v.previous || jsonb_build_object('max_wait_minutes', w.max_wait_minutes)
    from ${RULE_WINDOWS} w
    where v.entity = 'cases' and v.previous is not null
      and not v.previous ? 'max_wait_minutes'
      and w.standard_id = v.previous ->> 'standard_id' and w.channel = v.previous ->> 'channel'
      and w.variant = v.previous ->> 'variant'
      and ${inWindow(`(v.previous ->> 'submitted_on')::date`)}`,
    )
    .execute(db)
  await sql`update import_row_versions v
    set previous = v.previous || jsonb_build_object('review_term_stated',
      (v.previous ->> 'review_term_days')::integer <> s.complaint_review_days)
    from standards s
    where v.entity = 'complaints' and v.previous is not null
      and not v.previous ? 'review_term_stated' and s.id = v.previous ->> 'standard_id'`.execute(db)
}
