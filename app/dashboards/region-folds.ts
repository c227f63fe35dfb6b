// Which heavy sections of the region dashboard are open (issue 17, decision 0037). The headline
// cards always show; the month-by-month trend, the channels, the districts, the offices and the
// late cases are folded to a one-line summary unless the URL opens them: `?open=offices`,
// `?open=trend,late`, `?open=all`. A section's own sort or page parameters open it too, so its
// sort links and pagination keep it open. Pure: the loader and the page's links both use it.
// A folded table's one line (unitSummary) serves the national overview's folded matrix too.

/** The foldable sections, in the page's order (also their heading ids). */
export const REGION_SECTIONS = ['trend', 'channels', 'districts', 'offices', 'late'] as const
export type RegionSection = (typeof REGION_SECTIONS)[number]

/** The parameters that open a section by themselves (its sort and page). */
const OPENED_BY: Record<string, RegionSection> = {
  dsort: 'districts',
  ddir: 'districts',
  osort: 'offices',
  odir: 'offices',
  lsort: 'late',
  ldir: 'late',
  lpage: 'late',
}

/** The open sections for a page's query: `open` (names or `all`) and the sections' own params. */
export function openSections(query: { open?: string; [param: string]: unknown }): RegionSection[] {
  const named = new Set((query.open ?? '').split(',').map((s) => s.trim()))
  if (named.has('all')) return [...REGION_SECTIONS]
  for (const [param, section] of Object.entries(OPENED_BY)) {
    if (query[param] !== undefined) named.add(section)
  }
  return REGION_SECTIONS.filter((s) => named.has(s))
}

/** The `open` parameter with `section` opened too: `all` when every section then is. */
export function openParam(open: readonly RegionSection[], section: RegionSection): string {
  const next = REGION_SECTIONS.filter((s) => s === section || open.includes(s))
  return next.length === REGION_SECTIONS.length ? 'all' : next.join(',')
}

/** A folded table of units (districts, offices; the overview's regions) in one line: how many miss a target, the first names. */
export interface UnitSummary {
  total: number
  /** Units with at least one indicator that fails its target or normative. */
  missing: number
  /** The first FOLD_NAMES of them, in the table's order. */
  names: string[]
}

/** How many names a folded table's summary lists. */
export const FOLD_NAMES = 5

export function unitSummary(
  rows: { name: string; cells: Record<string, { status: string }> }[],
): UnitSummary {
  const missing = rows.filter((r) => Object.values(r.cells).some((c) => c.status === 'fails'))
  return {
    total: rows.length,
    missing: missing.length,
    names: missing.slice(0, FOLD_NAMES).map((r) => r.name),
  }
}
