// One set of result parsers for both engines, so that pg and PGlite return the same JS values
// (STACK.md: int8 is a string from pg and a number from PGlite; a date is local midnight from pg).

export const PG_OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
} as const

/** int8 → number: counts never approach 2^53 here. numeric → number: values are percentages. */
export const typeParsers: Record<number, (value: string) => unknown> = {
  [PG_OID.int8]: (value) => Number(value),
  [PG_OID.numeric]: (value) => Number(value),
  [PG_OID.date]: (value) => value,
}
