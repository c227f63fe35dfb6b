// Region and agency scope in the indicator engine on both engines, with the golden fixture
// (Akmola KZ-11 and Mangystau KZ-47): the policy refuses what is outside a user's scope, and the
// SQL filter alone (defence in depth) drops every other region's or standard's facts.
import { beforeAll, expect, it } from 'vitest'
import { indicatorsCommand } from '../../app/cli/indicators-command'
import { UsageError } from '../../app/cli/usage-error'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createUser } from '../../app/accounts/auth.server'
import { computeIndicators, indicatorsInScope } from '../../app/indicators/engine.server'
import { AccessDenied, OPERATOR_SCOPE, scopeOf } from '../../app/accounts/policy.server'
import { writeGoldenFixture, FARM, LAND_LEASE, OFFICE } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

const query = { year: 2025, period: 'year' as const, asOf: '2025-12-31' }

describeEachEngine('indicator scope', (ctx) => {
  let akmolaId = 0
  let mangystauId = 0
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    const ids = await ctx.db.selectFrom('regions').select(['id', 'code']).execute()
    akmolaId = ids.find((r) => r.code === 'KZ-11')!.id
    mangystauId = ids.find((r) => r.code === 'KZ-47')!.id
    await createUser(
      ctx.db,
      {
        email: 'akmola@scope.test',
        name: 'Akmola',
        role: 'regional_qc',
        regionCode: 'KZ-11',
        password: 'a long password',
      },
      { userId: null, source: CLI_SOURCE },
    )
  })
  const akmolaScope = () =>
    scopeOf({
      id: 1,
      email: '',
      name: '',
      role: 'regional_qc',
      regionId: akmolaId,
      regionCode: 'KZ-11',
      agencyId: null,
    })

  it('the SQL region filter alone keeps only Akmola in a by=region breakdown, with the same numbers', async () => {
    const all = await computeIndicators(ctx.db, { ...query, by: 'region' })
    // Every region with offices serving a standard has rows (the fixture's facts are in two).
    const allCodes = new Set(all.rows.map((r) => r.scope.code))
    expect(allCodes.has('KZ-11') && allCodes.has('KZ-47') && allCodes.size > 2).toBe(true)
    const filtered = await computeIndicators(
      ctx.db,
      { ...query, by: 'region' },
      { regionIds: [akmolaId] },
    )
    expect(new Set(filtered.rows.map((r) => r.scope.code))).toEqual(new Set(['KZ-11']))
    expect(filtered.rows).toEqual(all.rows.filter((r) => r.scope.code === 'KZ-11'))
    // A national query under the filter counts Akmola only: it equals Akmola's own figures.
    const nation = await computeIndicators(ctx.db, query, { regionIds: [akmolaId] })
    const akmola = await computeIndicators(ctx.db, { ...query, region: 'KZ-11' })
    expect(nation.rows.map((r) => [r.code, r.numerator, r.denominator])).toEqual(
      akmola.rows.map((r) => [r.code, r.numerator, r.denominator]),
    )
    // Mangystau under an Akmola filter: nothing counted.
    const other = await computeIndicators(
      ctx.db,
      { ...query, region: 'KZ-47' },
      { regionIds: [akmolaId] },
    )
    expect(other.rows.every((r) => r.denominator === 0 && r.numerator === 0)).toBe(true)
    expect(mangystauId).toBeGreaterThan(0)
  })

  it('the SQL standard filter keeps only the agency’s standards', async () => {
    const result = await computeIndicators(ctx.db, query, { standardIds: [LAND_LEASE] })
    expect(new Set(result.rows.map((r) => r.standard))).toEqual(new Set([LAND_LEASE]))
  })

  it('a regional user gets its region; the nation, another region and its offices are refused', async () => {
    const scope = akmolaScope()
    const own = await indicatorsInScope(ctx.db, scope, { ...query, region: 'KZ-11', by: 'region' })
    expect(new Set(own.rows.map((r) => r.scope.code))).toEqual(new Set(['KZ-11']))
    await expect(indicatorsInScope(ctx.db, scope, query)).rejects.toThrow(AccessDenied)
    await expect(indicatorsInScope(ctx.db, scope, { ...query, by: 'region' })).rejects.toThrow(
      AccessDenied,
    )
    await expect(indicatorsInScope(ctx.db, scope, { ...query, region: 'KZ-47' })).rejects.toThrow(
      AccessDenied,
    )
    await expect(indicatorsInScope(ctx.db, scope, { ...query, office: OFFICE.A2 })).rejects.toThrow(
      AccessDenied,
    )
    await expect(
      indicatorsInScope(ctx.db, scope, { ...query, office: 'no-such-office' }),
    ).rejects.toThrow(AccessDenied)
    const office = await indicatorsInScope(ctx.db, scope, { ...query, office: OFFICE.A1 })
    expect(office.rows[0]!.scope.code).toBe(OFFICE.A1)
  })

  it('an agency chair reads every region but only its agency’s standards', async () => {
    const scope = scopeOf(
      {
        id: 2,
        email: '',
        name: '',
        role: 'agency_chair',
        regionId: null,
        regionCode: null,
        agencyId: 'ministry-of-agriculture',
      },
      [FARM],
    )
    const rows = (await indicatorsInScope(ctx.db, scope, { ...query, by: 'region' })).rows
    expect(new Set(rows.map((r) => r.standard))).toEqual(new Set([FARM]))
    expect(new Set(rows.map((r) => r.scope.code)).size).toBeGreaterThan(2)
    await expect(
      indicatorsInScope(ctx.db, scope, { ...query, standard: LAND_LEASE }),
    ).rejects.toThrow(AccessDenied)
    const everything = await indicatorsInScope(ctx.db, OPERATOR_SCOPE, query)
    expect(new Set(everything.rows.map((r) => r.standard)).size).toBe(5)
  })

  it('the CLI acts as an administrator, or in the scope of the user named by --as', async () => {
    const asAkmola = [
      '--year',
      '2025',
      '--as-of',
      '2025-12-31',
      '--format',
      'json',
      '--as',
      'akmola@scope.test',
    ]
    await expect(indicatorsCommand(ctx.db, asAkmola)).rejects.toThrow(UsageError)
    const rows = JSON.parse(
      await indicatorsCommand(ctx.db, [...asAkmola, '--region', 'KZ-11', '--by', 'region']),
    )
    expect(new Set(rows.map((r: { scope_code: string }) => r.scope_code))).toEqual(
      new Set(['KZ-11']),
    )
    const admin = JSON.parse(
      await indicatorsCommand(ctx.db, [
        '--year',
        '2025',
        '--as-of',
        '2025-12-31',
        '--format',
        'json',
        '--by',
        'region',
      ]),
    )
    expect(new Set(admin.map((r: { scope_code: string }) => r.scope_code)).size).toBeGreaterThan(2)
    await expect(
      indicatorsCommand(ctx.db, ['--year', '2025', '--as', 'nobody@scope.test']),
    ).rejects.toThrow(/no active user/)
  })
})
