// 0011 — the references of `cases` checked once per statement instead of once per row (issue 4,
// decision 0014). A declared foreign key runs one lookup per written row (three per case: office,
// deadline rule, import batch): a third of a million-row import's commit. The same guarantees,
// set-based:
// - writing cases: one statement-level trigger locks the referenced offices, deadline rules and
//   batches FOR KEY SHARE, as a foreign key's lookup does, then refuses the statement if any
//   written row names one that does not exist — SQLSTATE 23503 and the message of the foreign key
//   it replaces;
// - the referenced tables: deleting a row, changing its key or truncating the table is refused
//   while a case names it (statement triggers on offices, deadline_rules, import_batches).
// A concurrent delete waits on the lock the writer holds and then finds the committed cases; a
// writer waits on an uncommitted delete and then finds the row gone: no orphan either way.
// Also: survey_responses.case_id gets an index. Its foreign key to cases looks it up for every
// deleted case — undoing a large import of cases scanned the survey table once per case.
// Cheap on a 10M-case database: constraints dropped and triggers created without touching a row;
// the one index is built over the survey table only.
import { sql, type Kysely } from 'kysely'

/** A reference of `cases`: its columns, the referenced table's, and the constraint it replaces. */
interface Reference {
  constraint: string
  columns: string[]
  table: string
  keys: string[]
}

const CASE_REFERENCES: Reference[] = [
  { constraint: 'cases_office_id_fkey', columns: ['office_id'], table: 'offices', keys: ['id'] },
  {
    constraint: 'cases_standard_id_channel_variant_fkey',
    columns: ['standard_id', 'channel', 'variant'],
    table: 'deadline_rules',
    keys: ['standard_id', 'channel', 'variant'],
  },
  {
    constraint: 'cases_import_batch_id_fkey',
    columns: ['import_batch_id'],
    table: 'import_batches',
    keys: ['id'],
  },
]

const list = (alias: string, columns: string[]) => columns.map((c) => `${alias}.${c}`).join(', ')

/**
 * One pass over the written rows collects the distinct referenced keys (a few thousand tuples for
 * a million cases); each referenced table locks the rows it has of them FOR KEY SHARE, and a key
 * without a locked row is the statement's error — in PostgreSQL's words for a foreign key.
 */
function checkWrittenCases(): string {
  const allColumns = [...new Set(CASE_REFERENCES.flatMap((r) => r.columns))]
  const locked = CASE_REFERENCES.map(
    (r, i) => `locked_${i} as materialized (
      select ${list('t', r.keys)} from ${r.table} t
      where (${list('t', r.keys)}) in (select ${r.columns.join(', ')} from keys)
      for key share
    )`,
  )
  const missing = CASE_REFERENCES.map(
    (r, i) => `(select ${r.columns.map((c) => `k.${c}::text`).join(` || ', ' || `)}
      from keys k
      where ${r.columns.map((c) => `k.${c} is not null`).join(' and ')}
        and not exists (select 1 from locked_${i} l where ${r.keys.map((key, j) => `l.${key} = k.${r.columns[j]}`).join(' and ')})
      limit 1) as missing_${i}`,
  )
  const raise = CASE_REFERENCES.map(
    (r, i) => `if missing.missing_${i} is not null then
      raise foreign_key_violation using
        message = 'insert or update on table "cases" violates foreign key constraint "${r.constraint}"',
        detail = format('Key (${r.columns.join(', ')})=(%s) is not present in table "${r.table}".', missing.missing_${i});
    end if;`,
  )
  return `create function cases_check_references() returns trigger language plpgsql as $$
  declare
    missing record;
  begin
    with keys as materialized (select distinct ${allColumns.join(', ')} from new_rows),
    ${locked.join(',\n    ')}
    select ${missing.join(',\n      ')}
    into missing;
    ${raise.join('\n    ')}
    return null;
  end $$`
}

/**
 * Refuses a delete or an update of `r.table` that leaves a key cases name without its row — the
 * foreign key's NO ACTION, checked at the end of the statement — and truncating it while cases
 * exist.
 */
function guardReferenced(r: Reference): string[] {
  const name = `${r.table}_referenced_by_cases`
  const keyText = r.keys.map((k) => `o.${k}::text`).join(` || ', ' || `)
  const sameKey = (alias: string) => r.keys.map((k) => `${alias}.${k} = o.${k}`).join(' and ')
  const referencedBy = r.columns.map((c, i) => `c.${c} = o.${r.keys[i]}`).join(' and ')
  return [
    `create function ${name}() returns trigger language plpgsql as $$
  declare
    used record;
  begin
    select ${keyText} as key into used
    from old_rows o
    where not exists (select 1 from ${r.table} t where ${sameKey('t')})
      and exists (select 1 from cases c where ${referencedBy})
    limit 1;
    if found then
      raise foreign_key_violation using
        message = 'update or delete on table "${r.table}" violates foreign key constraint "${r.constraint}" on table "cases"',
        detail = format('Key (${r.keys.join(', ')})=(%s) is still referenced from table "cases".', used.key);
    end if;
    return null;
  end $$`,
    `create function ${name}_truncate() returns trigger language plpgsql as $$
  begin
    if exists (select 1 from cases) then
      raise foreign_key_violation using
        message = 'cannot truncate table "${r.table}": table "cases" references it (${r.constraint})';
    end if;
    return null;
  end $$`,
    ...(['delete', 'update'] as const).map(
      (event) => `create trigger ${name}_${event} after ${event} on ${r.table}
      referencing old table as old_rows for each statement execute function ${name}()`,
    ),
    `create trigger ${name}_truncate before truncate on ${r.table}
      for each statement execute function ${name}_truncate()`,
  ]
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    checkWrittenCases(),
    // Named to fire first among the statement's triggers (they run in name order): a refused
    // statement does not compute its rollups first.
    ...(['insert', 'update'] as const).map(
      (event) => `create trigger cases_check_references_${event} after ${event} on cases
      referencing new table as new_rows for each statement execute function cases_check_references()`,
    ),
    ...CASE_REFERENCES.flatMap((r) => [
      ...guardReferenced(r),
      `alter table cases drop constraint ${r.constraint}`,
    ]),
    `create index survey_responses_case on survey_responses (case_id) where case_id is not null`,
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
