// Who owns a source, by its name (app/import/sources.server.ts, decision 0015): a region's ISO code
// and a slash make it the region's; any other name is the nation's. A regional caller's name
// without a region gets its region's prefix; another region's is refused — by the name alone.
import { describe, expect, it } from 'vitest'
import { sourceForImporter, sourceOwner, sourcePrefix } from '../../app/import/sources.server'

const REGIONS = [
  { id: 1, code: 'KZ-11' }, // Akmola
  { id: 10, code: 'KZ-47' }, // Mangystau
  { id: 20, code: 'KZ-75' }, // Almaty city
  { id: 14, code: 'KZ-YUZ' }, // South Kazakhstan, until 2018: its sources stay its own
]
const AKMOLA = [1]

describe('the owner of a source', () => {
  it('a name that starts with a region’s code and a slash is the region’s, stored with the code as written', () => {
    expect(sourceOwner('KZ-11/egov', REGIONS)).toEqual({ source: 'KZ-11/egov', regionId: 1 })
    expect(sourceOwner('kz-11/egov', REGIONS)).toEqual({ source: 'KZ-11/egov', regionId: 1 })
    expect(sourceOwner('Kz-yuz/archive/2017', REGIONS)).toEqual({
      source: 'KZ-YUZ/archive/2017',
      regionId: 14,
    })
  })

  it('any other name is the nation’s: no slash, an unknown code, a code without a slash, a slash first', () => {
    for (const name of [
      'demo',
      'egov',
      'KZ-99/egov',
      'KZ-11',
      'KZ-11-egov',
      '/KZ-11',
      'psc/KZ-11',
    ]) {
      expect(sourceOwner(name, REGIONS), name).toEqual({ source: name, regionId: null })
    }
  })
})

describe('the source a caller imports through', () => {
  it('a regional department’s name without a region gets its region’s prefix: `demo` → `KZ-11/demo`', () => {
    expect(sourceForImporter('demo', REGIONS, AKMOLA)).toEqual({
      ok: true,
      source: 'KZ-11/demo',
      regionId: 1,
    })
    // The name as written after trimming; a name that merely looks like a code gets it too.
    expect(sourceForImporter(' egov ', REGIONS, AKMOLA)).toMatchObject({ source: 'KZ-11/egov' })
    expect(sourceForImporter('KZ-99/x', REGIONS, AKMOLA)).toMatchObject({ source: 'KZ-11/KZ-99/x' })
  })

  it('its own region’s prefix is kept (in any case), another region’s is refused', () => {
    expect(sourceForImporter('kz-11/egov', REGIONS, AKMOLA)).toEqual({
      ok: true,
      source: 'KZ-11/egov',
      regionId: 1,
    })
    expect(sourceForImporter('KZ-75/demo', REGIONS, AKMOLA)).toEqual({
      ok: false,
      reason: 'otherRegion',
    })
    expect(sourceForImporter('kz-47/x', REGIONS, AKMOLA)).toEqual({
      ok: false,
      reason: 'otherRegion',
    })
  })

  it('a caller of every region writes any source: the nation’s as named, a region’s canonical', () => {
    expect(sourceForImporter('demo', REGIONS, null)).toEqual({
      ok: true,
      source: 'demo',
      regionId: null,
    })
    expect(sourceForImporter('kz-75/demo', REGIONS, null)).toEqual({
      ok: true,
      source: 'KZ-75/demo',
      regionId: 20,
    })
  })

  it('a regional account without a region writes no source', () => {
    expect(sourceForImporter('demo', REGIONS, [])).toEqual({ ok: false, reason: 'noRegion' })
    expect(sourceForImporter('KZ-11/demo', REGIONS, [])).toEqual({
      ok: false,
      reason: 'otherRegion',
    })
  })

  it('the prefix the page shows: the regional user’s, none for the nation’s scope', () => {
    expect(sourcePrefix(REGIONS, AKMOLA)).toBe('KZ-11/')
    expect(sourcePrefix(REGIONS, null)).toBeNull()
  })
})
