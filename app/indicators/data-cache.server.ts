// Computed numbers kept in the process per data version (migration 0008, decision 0007): a
// small LRU per database, whose entries are valid only for the version they were computed at.
// Any write to the facts or the reference data raises the version, so the next request computes
// afresh. Concurrent requests for the same key share one computation (the promise is cached).
import type { Db } from '../../db/client.server'
import { dataVersion } from '../../db/queries/data-version'
import type { IndicatorQuery, IndicatorResult } from './types'
import { computeIndicators } from './engine.server'
import type { DataAccess } from '../accounts/policy.server'

/**
 * Entries per database: a page's few computations × the filter combinations in use. The warm job
 * (decision 0037) fills ≈ 12 per region page and scope: the ministry's 21 pages, each region's
 * own and a few agencies' come to ≈ 1,000, which must not push each other out.
 */
export const CACHE_ENTRIES = 2000

interface Entry {
  version: number
  value: Promise<unknown>
}

const caches = new WeakMap<Db, Map<string, Entry>>()

function cacheOf(db: Db): Map<string, Entry> {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  return cache
}

/** The version to key this request's cached computations with (one tiny query). */
export function currentDataVersion(db: Db): Promise<number> {
  return dataVersion(db)
}

/**
 * `compute()`'s result for `key` at `version`: from the cache when it was computed at the same
 * version, else computed now (a failure is not kept). The key must hold every input of
 * `compute` — the query, the caller's access scope, the as-of date.
 */
export function cached<T>(
  db: Db,
  version: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = cacheOf(db)
  const hit = cache.get(key)
  count(db, hit !== undefined && hit.version === version)
  if (hit && hit.version === version) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(key)
    cache.set(key, hit)
    return hit.value as Promise<T>
  }
  const value = compute()
  const entry: Entry = { version, value }
  cache.delete(key)
  cache.set(key, entry)
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key)
  })
  while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
  return value
}

const counters = new WeakMap<Db, { hits: number; misses: number }>()

/** How many `cached()` calls found their value and how many computed it (tests, benchmarks). */
export function dataCacheCounts(db: Db): { hits: number; misses: number } {
  return { ...(counters.get(db) ?? { hits: 0, misses: 0 }) }
}

function count(db: Db, hit: boolean) {
  let c = counters.get(db)
  if (!c) counters.set(db, (c = { hits: 0, misses: 0 }))
  if (hit) c.hits++
  else c.misses++
}

/** Forgets every cached computation of a database (tests, benchmarks). */
export function clearDataCache(db: Db): void {
  caches.delete(db)
}

/** computeIndicators through the cache: same arguments, same result, per data version. */
export function cachedIndicators(
  db: Db,
  version: number,
  query: IndicatorQuery,
  access: DataAccess = {},
): Promise<IndicatorResult> {
  const q = query
  const key = `indicators:${JSON.stringify([
    q.year,
    q.period,
    q.asOf,
    q.standard ?? null,
    q.region ?? null,
    q.district ?? null,
    q.office ?? null,
    q.channel ?? null,
    q.by ?? null,
    access.regionIds ?? null,
    access.standardIds ?? null,
  ])}`
  return cached(db, version, key, () => computeIndicators(db, query, access))
}
