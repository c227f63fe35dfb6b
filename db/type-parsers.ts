// One set of result parsers for both engines, so that pg and PGlite return the same JS values
// (int8 is a string from pg and a number from PGlite; a date is local midnight from pg). Written
// as data first: the embedded database runs in a worker thread (db/pglite-worker.js), which
// cannot be handed functions, and builds the same parsers from this table.

export const PG_OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
} as const

/** How a column of each type is read: 'number' → Number(text), 'text' → the text itself. */
export const typeParserKinds: Record<number, 'number' | 'text'> = {
  // int8 → number: counts never approach 2^53 here. numeric → number: values are percentages.
  [PG_OID.int8]: 'number',
  [PG_OID.numeric]: 'number',
  // date → 'YYYY-MM-DD', the same on both engines.
  [PG_OID.date]: 'text',
}

const asText = (value: string) => value

export const typeParsers: Record<number, (value: string) => unknown> = Object.fromEntries(
  Object.entries(typeParserKinds).map(([oid, kind]) => [oid, kind === 'number' ? Number : asText]),
)
