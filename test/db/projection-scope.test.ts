// Projections never reveal another region's figures to a regional user (decision 0026): on the
// golden fixture (Akmola KZ-11 and Mangystau KZ-47, 2025), replayed on 30 September 2025 when
// the year is open, through the SQL filter, the API and the pages.
import { beforeAll, expect, it } from 'vitest'
import { scopeOf, type Scope } from '../../app/accounts/policy.server'
import { nationalOverviewPage } from '../../app/dashboards/national-overview.server'
import { regionDashboard } from '../../app/dashboards/region-dashboard.server'
import { parseEnv } from '../../app/http/env.server'
import {
  computeProjections,
  projectionToWire,
  type Projections,
} from '../../app/indicators/projection.server'
import { loader } from '../../app/routes/api.v1.indicators'
import { findRegionId } from '../../db/queries/indicator-context'
import { writeGoldenFixture, FARM } from '../fixtures/golden'
import { apiTokenFor } from '../support/api-token'
import { describeEachEngine } from '../support/test-db'

const AS_OF = '2025-09-30'
// 30 September 2025, 11:00 in Astana: the pages' "today".
const NOW = new Date('2025-09-30T06:00:00Z')
const ALL: Scope = { regions: 'all', standards: 'all' }

/**
 * The figures of a projection map by standard|code (the unit left out): value and interval. The
 * verdict is left out: a region's own target may differ from the national one.
 */
const byIndicator = (projections: Projections) =>
  new Map(
    [...projections].map(([key, p]) => [
      key.split('|').slice(0, 2).join('|'),
      [p.value, p.low, p.high],
    ]),
  )

describeEachEngine('projection scope', (ctx) => {
  let akmolaId = 0
  let akmola: Scope
  let token = ''
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    akmolaId = (await findRegionId(ctx.db, 'KZ-11'))!
    akmola = scopeOf({
      id: 1,
      email: 'qc@test',
      name: 'QC',
      role: 'regional_qc',
      regionId: akmolaId,
      regionCode: 'KZ-11',
      agencyId: null,
    })
    token = await apiTokenFor(ctx.db, 'regional_qc', 'KZ-11')
  })

  it('under the Akmola filter, the nation’s projections are Akmola’s own — not the nation’s', async () => {
    const own = byIndicator(await computeProjections(ctx.db, { asOf: AS_OF, region: 'KZ-11' }))
    const filtered = byIndicator(
      await computeProjections(ctx.db, { asOf: AS_OF }, { regionIds: [akmolaId] }),
    )
    const nation = byIndicator(await computeProjections(ctx.db, { asOf: AS_OF }))
    expect(filtered).toEqual(own)
    // Mangystau has facts: without the filter some projection differs (the test can fail).
    expect([...nation].some(([key, p]) => JSON.stringify(p) !== JSON.stringify(own.get(key)))).toBe(
      true,
    )
  })

  it('the API gives a regional user its own region’s projections and refuses the others', async () => {
    const api = async (query: string) => {
      const response = (await loader({
        request: new Request(`http://localhost/api/v1/indicators?${query}`, {
          headers: { Authorization: `Bearer ${token}` },
        }),
        params: {},
        context: { db: ctx.db, env: parseEnv({} as NodeJS.ProcessEnv), engine: ctx.engine },
      })) as Response
      return { status: response.status, body: await response.json() }
    }
    expect((await api(`year=2025&as_of=${AS_OF}&region=KZ-47`)).status).toBe(403)
    expect((await api(`year=2025&as_of=${AS_OF}`)).status).toBe(403)
    const { status, body } = await api(`year=2025&as_of=${AS_OF}&region=KZ-11&by=office`)
    expect(status).toBe(200)
    const expected = await computeProjections(ctx.db, {
      asOf: AS_OF,
      region: 'KZ-11',
      by: 'office',
    })
    expect(body.rows.length).toBeGreaterThan(0)
    for (const row of body.rows) {
      expect(row.scope_code.startsWith('KZ-11-')).toBe(true)
      expect(row.projection).toEqual(
        projectionToWire(expected.get(`${row.standard}|${row.code}|${row.scope_code}`)),
      )
    }
  })

  it('the overview and the region dashboard show a regional user its region’s projections only', async () => {
    const own = await computeProjections(ctx.db, { asOf: AS_OF, region: 'KZ-11' })
    const overview = (await nationalOverviewPage(ctx.db, {}, 'en', NOW, akmola))!
    expect(overview.year).toBe(2025)
    for (const item of overview.projectionSummary?.flagged ?? []) {
      const [standard, code] = item.key.split(':')
      expect(item.projection).toEqual(projectionToWire(own.get(`${standard}|${code}|KZ-11`)))
    }
    const nationView = (await nationalOverviewPage(ctx.db, {}, 'en', NOW, ALL))!
    expect(overview.projectionSummary).not.toEqual(nationView.projectionSummary)

    const dashboard = (await regionDashboard(
      ctx.db,
      'KZ-11',
      { standard: FARM, year: 2025 },
      'en',
      NOW,
      akmola,
    ))!
    const cards = dashboard.dashboard!.cards
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) {
      expect(card.projection).toEqual(projectionToWire(own.get(`${FARM}|${card.code}|KZ-11`)))
    }
    // Mangystau's dashboard under Akmola's scope (had the route let it through): the SQL counts
    // nothing of Mangystau, so no projection has a value.
    const other = (await regionDashboard(
      ctx.db,
      'KZ-47',
      { standard: FARM, year: 2025 },
      'en',
      NOW,
      akmola,
    ))!
    expect(other.dashboard!.cards.every((c) => c.projection?.value == null)).toBe(true)
    const otherAll = (await regionDashboard(
      ctx.db,
      'KZ-47',
      { standard: FARM, year: 2025 },
      'en',
      NOW,
      ALL,
    ))!
    expect(otherAll.dashboard!.cards.some((c) => c.projection?.value != null)).toBe(true)
  })
})
