// Who owns a source — the system a file comes from, whose name with an external id is a record's
// key (decision 0015). A name that starts with a region's ISO code and a slash (`KZ-11/egov`,
// matched case-insensitively, stored as the code is written) belongs to that region; any other
// name (`demo`, `egov`) is the nation's. A regional department writes only through its region's
// sources: a name without a region gets its region's prefix, a name with another region's prefix
// is refused — a rule on the name alone, so the answer says nothing about what is stored. Rows
// written into a region's source must be of that region's offices, whoever writes them; the
// nation's sources are written by those who import for every region (administrator, CLI operator).
import type { Db } from '../../db/client.server'

export interface RegionCode {
  id: number
  code: string
}

/** A source's stored name and the region that owns it (null: the nation). */
export interface OwnedSource {
  source: string
  regionId: number | null
}

/** The region whose ISO code and a slash begin `name` (case-insensitively), if any. */
export function sourceOwner(name: string, regions: readonly RegionCode[]): OwnedSource {
  const slash = name.indexOf('/')
  if (slash > 0) {
    const prefix = name.slice(0, slash).toUpperCase()
    const region = regions.find((r) => r.code.toUpperCase() === prefix)
    if (region) return { source: region.code + name.slice(slash), regionId: region.id }
  }
  return { source: name, regionId: null }
}

export type SourceDecision =
  | ({ ok: true } & OwnedSource)
  /** otherRegion: the name carries a region the caller does not import for; noRegion: the
   *  caller imports for no single region, and the name names none of its regions. */
  | { ok: false; reason: 'otherRegion' | 'noRegion' }

/**
 * The source an import writes through, for a caller who imports for `allowedRegionIds` (null:
 * every region — the nation's sources too). A regional caller's name without a region prefix
 * gets its region's.
 */
export function sourceForImporter(
  given: string,
  regions: readonly RegionCode[],
  allowedRegionIds: readonly number[] | null,
): SourceDecision {
  const owned = sourceOwner(given.trim(), regions)
  if (allowedRegionIds === null) return { ok: true, ...owned }
  if (owned.regionId !== null) {
    return allowedRegionIds.includes(owned.regionId)
      ? { ok: true, ...owned }
      : { ok: false, reason: 'otherRegion' }
  }
  const own =
    allowedRegionIds.length === 1 ? regions.find((r) => r.id === allowedRegionIds[0]) : null
  if (!own) return { ok: false, reason: 'noRegion' }
  return { ok: true, source: `${own.code}/${owned.source}`, regionId: own.id }
}

/** The prefix a regional caller's sources carry (`KZ-11/`), or null for the nation's scope. */
export function sourcePrefix(
  regions: readonly RegionCode[],
  allowedRegionIds: readonly number[] | null,
): string | null {
  if (allowedRegionIds === null || allowedRegionIds.length !== 1) return null
  const own = regions.find((r) => r.id === allowedRegionIds[0])
  return own ? `${own.code}/` : null
}

/** Every region's id and ISO code (historical regions too: their sources stay theirs). */
export async function regionCodes(db: Db): Promise<RegionCode[]> {
  return db.selectFrom('regions').select(['id', 'code']).execute()
}

/** Why a source was refused, for the doors: the API answers 403, the page a field error, the
 *  CLI a usage error. */
export class ImportSourceRefused extends Error {
  constructor(
    readonly source: string,
    readonly reason: 'otherRegion' | 'noRegion',
    /** The caller's own prefix, when it has one (`KZ-11/`). */
    readonly prefix: string | null,
  ) {
    super(
      reason === 'otherRegion'
        ? `the source "${source}" belongs to another region: import through your region's sources${prefix ? ` (${prefix}…)` : ''}`
        : `the source "${source}" belongs to no region you import for`,
    )
  }
}
