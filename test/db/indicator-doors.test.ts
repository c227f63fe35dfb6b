// One computation, three doors: on the golden fixture (whose every number is worked out by hand in
// indicators-golden.test.ts), GET /api/v1/indicators and `sapa indicators` return exactly the
// engine's rows for the same query, and refuse bad input naming the parameter. The API answers
// an administrator's token here; scope rules are in indicator-scope.test.ts.
import { beforeAll, expect, it } from 'vitest'
import { indicatorsCommand } from '../../app/cli/indicators-command'
import { UsageError } from '../../app/cli/usage-error'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createApiToken, createUser } from '../../app/accounts/auth.server'
import { parseEnv } from '../../app/http/env.server'
import { indicatorRowToWire } from '../../app/indicators/query.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import { computeProjections, wireRowsWithProjections } from '../../app/indicators/projection.server'
import { loader } from '../../app/routes/api.v1.indicators'
import { writeGoldenFixture } from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

describeEachEngine('indicator doors', (ctx) => {
  let token = ''
  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
    const admin = await createUser(
      ctx.db,
      { email: 'doors-admin@test.kz', name: 'Admin', role: 'admin', password: 'a long password' },
      { userId: null, source: CLI_SOURCE },
    )
    token = (
      await createApiToken(
        ctx.db,
        { userId: admin, name: 'doors' },
        { userId: null, source: CLI_SOURCE },
      )
    ).token
  })

  const api = async (query: string) => {
    // A bad parameter is thrown as its 400 (parseApiQuery); Remix answers a Response a resource
    // route throws as it is, and so does this helper.
    const response = (await loader({
      request: new Request(`http://localhost/api/v1/indicators?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      }),
      params: {},
      context: { db: ctx.db, env: parseEnv({} as NodeJS.ProcessEnv), engine: ctx.engine },
    }).catch((thrown: unknown) => {
      if (thrown instanceof Response) return thrown
      throw thrown
    })) as Response
    return { status: response.status, body: await response.json() }
  }

  it('API, CLI and engine agree for a region by month, as of a date', async () => {
    const scope = { region: 'KZ-11', standard: 'land-private-ownership-act', asOf: '2025-09-30' }
    const engineRows = (await computeIndicators(ctx.db, { ...scope, year: 2025, period: 'month' }))
      .rows
    // 2025 is open on 30 September: every row carries its indicator's year-end projection.
    const expected = wireRowsWithProjections(engineRows, await computeProjections(ctx.db, scope))
    expect(expected.map(({ projection: _, ...row }) => row)).toEqual(
      engineRows.map(indicatorRowToWire),
    )
    expect(expected).toHaveLength(6 * 9)
    expect(expected.every((r) => r.projection !== null)).toBe(true)
    // The fixture has land-ownership cases in Akmola in the first half of 2025.
    expect(expected.some((r) => r.measure === 'on_time' && r.denominator > 0)).toBe(true)
    const { status, body } = await api(
      'year=2025&period=month&region=KZ-11&standard=land-private-ownership-act&as_of=2025-09-30',
    )
    expect(status).toBe(200)
    expect(body.rows).toEqual(expected)
    const cli = JSON.parse(
      await indicatorsCommand(ctx.db, [
        '--year',
        '2025',
        '--period',
        'month',
        '--region',
        'KZ-11',
        '--standard',
        'land-private-ownership-act',
        '--as-of',
        '2025-09-30',
        '--format',
        'json',
      ]),
    )
    expect(cli).toEqual(expected)
  })

  it('the API and the CLI give the hand-worked national farm 1.1: 217 of 236 on time, 91.95 % < target 95', async () => {
    // Worked out block by block in indicators-golden.test.ts (NATION_2025).
    const { body } = await api('year=2025&standard=private-farm-certificate&as_of=2025-12-31')
    const apiRow = body.rows.find((r: { code: string }) => r.code === '1.1')
    expect(apiRow).toMatchObject({
      numerator: 217,
      denominator: 236,
      value: 91.95,
      target: 95,
      status: 'fails',
    })
    const csv = await indicatorsCommand(ctx.db, [
      '--year',
      '2025',
      '--standard',
      'private-farm-certificate',
      '--as-of',
      '2025-12-31',
    ])
    expect(csv).toContain(',nation,,2025,217,236,91.95,100,95,fails,')
  })

  it('the CLI prints the same rows as CSV, one line per row', async () => {
    const csv = await indicatorsCommand(ctx.db, [
      '--year',
      '2025',
      '--standard',
      'land-lease-act',
      '--as-of',
      '2025-12-31',
    ])
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toMatch(/^standard,code,measure,/)
    expect(lines).toHaveLength(1 + 6)
    expect(lines[1]).toMatch(/^land-lease-act,1\.1,on_time,/)
  })

  it('answers 400 naming the parameter, 404 for an unknown region', async () => {
    expect((await api('year=20x5')).body).toMatchObject({ parameter: 'year' })
    expect((await api('year=2025&as_of=2025-13-01')).status).toBe(400)
    expect((await api('year=2025&period=week')).body).toMatchObject({ parameter: 'period' })
    expect((await api('year=2025&region=KZ-99')).status).toBe(404)
    await expect(indicatorsCommand(ctx.db, ['--year', '2025', '--by', 'street'])).rejects.toThrow(
      UsageError,
    )
  })
})
