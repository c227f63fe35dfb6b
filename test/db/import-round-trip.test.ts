// Round trip (issue 4 acceptance): the golden fixture exported as CSV and as XLSX and imported
// through each door — the CLI and POST /api/v1/import/<kind> — gives exactly the indicators of the
// fixture written directly; importing the same files again changes nothing; undoing the batches
// restores the database as it was before (no facts, the indicators of an empty year).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { importCommand } from '../../app/cli/import-command'
import { parseEnv } from '../../app/http/env.server'
import { undoImport } from '../../app/import/import.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import { action } from '../../app/routes/api.v1.import.$kind'
import { deleteFactsOfSource } from '../../db/queries/facts'
import type { ImportKind } from '../../db/schema'
import { GOLDEN_SOURCE, writeGoldenFixture } from '../fixtures/golden'
import { GOLDEN_FILES, goldenCsv, goldenXlsx } from '../support/golden-export'
import { apiTokenFor } from '../support/api-token'
import { describeEachEngine } from '../support/test-db'

describeEachEngine('import round trip of the golden fixture', (ctx) => {
  const indicators = async () => [
    (await computeIndicators(ctx.db, { year: 2025, period: 'year', asOf: '2025-12-31' })).rows,
    (
      await computeIndicators(ctx.db, {
        year: 2025,
        period: 'quarter',
        asOf: '2025-12-31',
        region: 'KZ-47',
        by: 'office',
      })
    ).rows,
  ]
  const counts = async () => {
    const { rows } = await sql<{
      cases: number
      surveys: number
      complaints: number
      publications: number
    }>`
      select (select count(*) from cases)::int as cases,
        (select count(*) from survey_responses)::int as surveys,
        (select count(*) from complaints)::int as complaints,
        (select count(*) from info_publications)::int as publications`.execute(ctx.db)
    return rows[0]!
  }
  const clearFacts = async () => {
    await deleteFactsOfSource(ctx.db, GOLDEN_SOURCE)
    await ctx.db.deleteFrom('infoPublications').execute()
  }

  let direct: unknown
  let directCounts: Awaited<ReturnType<typeof counts>>
  let empty: unknown
  let adminToken = ''

  /** The route's answer; requireUser's 401 is thrown as a Response, as Remix would send it. */
  const post = async (
    kind: ImportKind,
    query: string,
    body: Uint8Array,
    token: string,
    type = 'text/csv',
  ): Promise<Response> => {
    try {
      return (await action({
        request: new Request(`http://localhost/api/v1/import/${kind}?${query}`, {
          method: 'POST',
          headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
          body: new Uint8Array(body),
        }),
        params: { kind },
        context: { db: ctx.db, env: parseEnv({} as NodeJS.ProcessEnv), engine: ctx.engine },
      })) as Response
    } catch (thrown) {
      if (thrown instanceof Response) return thrown
      throw thrown
    }
  }

  beforeAll(async () => {
    adminToken = await apiTokenFor(ctx.db, 'admin')
    await writeGoldenFixture(ctx.db)
    direct = await indicators()
    directCounts = await counts()
    await clearFacts()
    empty = await indicators()
    expect(empty).not.toEqual(direct) // the comparison below is not vacuous
  })

  it('CSV through the CLI: the same indicators; a second import changes nothing; undo restores', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sapa-import-'))
    const batches: number[] = []
    for (const { kind, name, scale } of GOLDEN_FILES) {
      const file = path.join(dir, `${name}.csv`)
      writeFileSync(file, goldenCsv(kind, scale))
      const result = await importCommand(ctx.db, [kind, file, '--source', GOLDEN_SOURCE])
      expect(result.output).not.toMatch(/ · row /)
      expect(result.exitCode).toBe(0)
      batches.push(result.batchId)
    }
    expect(await counts()).toEqual(directCounts)
    expect(await indicators()).toEqual(direct)

    for (const { kind, name } of GOLDEN_FILES) {
      const result = await importCommand(ctx.db, [
        kind,
        path.join(dir, `${name}.csv`),
        '--source',
        GOLDEN_SOURCE,
      ])
      expect(result.output).toMatch(/: 0 new, 0 updated, \d+ unchanged\n$/)
    }
    expect(await indicators()).toEqual(direct)

    for (const batch of batches.reverse()) await undoImport(ctx.db, batch)
    expect(await counts()).toEqual({ cases: 0, surveys: 0, complaints: 0, publications: 0 })
    expect(await indicators()).toEqual(empty)
  })

  it('XLSX through the API: the same indicators', async () => {
    await clearFacts()
    for (const { kind, scale } of GOLDEN_FILES) {
      const response = await post(
        kind,
        `source=${GOLDEN_SOURCE}&lang=en`,
        await goldenXlsx(kind, scale),
        adminToken,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      const body = await response.json()
      expect(body.preview.errors).toEqual([])
      expect(response.status).toBe(200)
      expect(body.committed.rows_inserted).toBe(body.preview.rows_valid)
    }
    expect(await counts()).toEqual(directCounts)
    expect(await indicators()).toEqual(direct)
  })

  it('the API door: a regional user imports only its own region’s offices; a reader may not import', async () => {
    // Golden cases are in Akmola (KZ-11) and Mangystau (KZ-47): a Mangystau user's file of all
    // of them is refused (422, nothing written), each Akmola row named by row and column.
    const regional = await apiTokenFor(ctx.db, 'regional_qc', 'KZ-47')
    const response = await post('cases', 'source=regional&lang=ru', goldenCsv('cases'), regional)
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.committed).toBeNull()
    expect(body.preview.rows_invalid).toBeGreaterThan(0)
    expect(body.preview.errors[0]).toMatchObject({
      column: 'office',
      code: 'import.error.officeRegion',
      message: 'это место не относится к вашему региону',
    })
    expect(body.preview.errors.every((e: { value: string }) => e.value.startsWith('KZ-11-'))).toBe(
      true,
    )
    const stored = await ctx.db
      .selectFrom('cases')
      .select('id')
      .where('source', '=', 'regional')
      .execute()
    expect(stored).toEqual([])

    const reader = await apiTokenFor(ctx.db, 'ministry_official')
    expect((await post('cases', 'source=regional', goldenCsv('cases'), reader)).status).toBe(403)
    const anonymous = await post('cases', 'source=regional', goldenCsv('cases'), 'not-a-token')
    expect(anonymous.status).toBe(401)
  })
})
