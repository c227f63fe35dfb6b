// Who may write a record (issue 18, decision 0015): a source belongs to a region (`KZ-11/…`) or to
// the nation (any other name), a regional department writes only through its region's sources,
// and a region's source takes only rows of that region's offices. The probe's attack — Akmola's
// department posting a stored Almaty-city (KZ-75) id with source `demo` and an Akmola office —
// through the API and the CLI's `--as` (the Import page over HTTP: the permission matrix), for
// cases, surveys, complaints and publications: it creates a new record in `KZ-11/demo`, the
// stored KZ-75 record and KZ-75's indicators do not move, and the answer is the same whether or
// not the id exists elsewhere.
// Facts used (seeds/reference): KZ-75-PSC-almaly (Almaty city) and KZ-11-PSC-kokshetau-city
// (Akmola) both serve the farm certificate on the PSC channel (2 calendar days, decision 0002).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { importCommand } from '../../app/cli/import-command'
import { UsageError } from '../../app/cli/usage-error'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createApiToken, createUser } from '../../app/accounts/auth.server'
import { parseEnv } from '../../app/http/env.server'
import { commitImport, previewImport } from '../../app/import/import.server'
import { action as importAction } from '../../app/routes/api.v1.import.$kind'
import { loader as indicatorsLoader } from '../../app/routes/api.v1.indicators'
import type { ImportKind } from '../../db/schema'
import { up as adoptRegionalSources } from '../../db/migrations/0014_regional_sources'
import { describeEachEngine } from '../support/test-db'

const ALMATY = 'KZ-75-PSC-almaly'
const AKMOLA = 'KZ-11-PSC-kokshetau-city'
const FARM = 'private-farm-certificate'

/** One record of each kind at `office`: the stored KZ-75 one, or the attacker's variant of it. */
function fileOf(kind: ImportKind, id: string, office: string, variant: 'stored' | 'attack') {
  const stored = variant === 'stored'
  const lines = {
    // Stored: on time (1 day of 2). The attack's: 17 days, late — had it replaced the stored
    // case, KZ-75's 1.1 would lose an on-time case and KZ-11 would gain a late one.
    cases: [
      'external_id,standard,variant,channel,office,submitted_at,completed_at,result',
      `${id},${FARM},standard,public_service_center,${office},2025-03-03 10:00,${stored ? '2025-03-04 15:00' : '2025-03-20 15:00'},issued`,
    ],
    surveys: [
      'external_id,standard,office,responded_at,satisfied_process',
      `${id},${FARM},${office},2025-03-05,${stored ? 'yes' : 'no'}`,
    ],
    complaints: [
      'external_id,standard,office,received_at,justified,decided_at,upheld',
      `${id},${FARM},${office},2025-03-05 10:00,${stored ? 'yes,2025-03-10 10:00,yes' : 'no,,'}`,
    ],
    // Publications are keyed by office, standard and year: `id` is the year.
    publications: [
      'office,standard,year,published,url',
      `${office},${FARM},${id},${stored ? 'yes,https://egov.kz/farm' : 'no,'}`,
    ],
  }[kind]
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n')
}

const TABLE = {
  cases: 'cases',
  surveys: 'survey_responses',
  complaints: 'complaints',
  publications: 'info_publications',
} as const

/** The stored ids of KZ-75 (and a never-stored one of the same shape) per kind. */
const STORED = { cases: 'DEMO-C-0001', surveys: 'DEMO-S-0001', complaints: 'DEMO-K-0001' }
const FRESH = { cases: 'DEMO-C-9999', surveys: 'DEMO-S-9999', complaints: 'DEMO-K-9999' }
const KEYED_KINDS = ['cases', 'surveys', 'complaints'] as const

describeEachEngine('record ownership', (ctx) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sapa-ownership-'))
  const context = () => ({ db: ctx.db, env: parseEnv({} as NodeJS.ProcessEnv), engine: ctx.engine })
  let adminToken = ''
  let akmolaToken = ''
  const akmolaEmail = `akmola-${Date.now()}@test.kz`
  let akmolaRegion = 0

  async function api(
    token: string,
    kind: ImportKind,
    query: string,
    body: BodyInit,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = (await importAction({
      request: new Request(`http://localhost/api/v1/import/${kind}?${query}&lang=en`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
        body,
      }),
      params: { kind },
      context: context(),
    } as never)) as Response
    return { status: response.status, body: await response.json() }
  }

  /** KZ-75's figures for the farm certificate in 2025, as the API gives them to the ministry. */
  async function almatyFigures() {
    const response = (await indicatorsLoader({
      request: new Request(
        `http://localhost/api/v1/indicators?year=2025&region=KZ-75&standard=${FARM}&as_of=2025-12-31`,
        { headers: { Authorization: `Bearer ${adminToken}` } },
      ),
      params: {},
      context: context(),
    } as never)) as Response
    expect(response.status).toBe(200)
    const rows = (await response.json()).rows as {
      code: string
      numerator: number | null
      denominator: number | null
    }[]
    return rows.map((r) => [r.code, r.numerator, r.denominator])
  }

  /** Every stored record of KZ-75's office (what the attack must not change), without ids. */
  async function almatyRecords() {
    const out: Record<string, unknown[]> = {}
    for (const [kind, table] of Object.entries(TABLE)) {
      const { rows } = await sql<{ r: Record<string, unknown> }>`
        select to_jsonb(t) - 'updated_at' as r from ${sql.table(table)} t
        join offices o on o.id = t.office_id where o.code = ${ALMATY}
        order by t.id`.execute(ctx.db)
      out[kind] = rows.map((x) => x.r)
    }
    return out
  }

  const sourcesOf = async (kind: 'cases' | 'surveys' | 'complaints', id: string) =>
    (
      await sql<{ source: string; office: string }>`
        select t.source, o.code as office from ${sql.table(TABLE[kind])} t
        join offices o on o.id = t.office_id
        where t.external_id = ${id} order by t.source`.execute(ctx.db)
    ).rows

  function writeFile(name: string, bytes: Uint8Array) {
    const file = path.join(dir, name)
    writeFileSync(file, bytes)
    return file
  }

  beforeAll(async () => {
    const actor = { userId: null, source: CLI_SOURCE }
    const admin = await createUser(
      ctx.db,
      {
        email: `admin-${Date.now()}@test.kz`,
        name: 'Admin',
        role: 'admin',
        password: 'a long password',
      },
      actor,
    )
    const akmola = await createUser(
      ctx.db,
      {
        email: akmolaEmail,
        name: 'Akmola QC',
        role: 'regional_qc',
        regionCode: 'KZ-11',
        password: 'a long password',
      },
      actor,
    )
    adminToken = (await createApiToken(ctx.db, { userId: admin, name: 't' }, actor)).token
    akmolaToken = (await createApiToken(ctx.db, { userId: akmola, name: 't' }, actor)).token
    akmolaRegion = (
      await ctx.db
        .selectFrom('regions')
        .select('id')
        .where('code', '=', 'KZ-11')
        .executeTakeFirstOrThrow()
    ).id
    // KZ-75's records, stored by the operator under the nation's source `demo`, as the demo
    // data is; the publication of 2025.
    for (const kind of KEYED_KINDS) {
      const file = writeFile(`${kind}-stored.csv`, fileOf(kind, STORED[kind], ALMATY, 'stored'))
      const stored = await importCommand(ctx.db, [kind, file, '--source', 'demo'])
      expect(stored.output).toMatch(/committed batch \d+: 1 new/)
    }
    const pub = writeFile('pub.csv', fileOf('publications', '2025', ALMATY, 'stored'))
    expect((await importCommand(ctx.db, ['publications', pub, '--source', 'demo'])).exitCode).toBe(
      0,
    )
  })

  describe('the probe’s attack: a stored KZ-75 id, source `demo`, an Akmola office', () => {
    it.each(KEYED_KINDS)(
      '%s through the API: a new record in KZ-11/demo; the KZ-75 record and figures do not move',
      async (kind) => {
        const before = { records: await almatyRecords(), figures: await almatyFigures() }
        const answer = await api(
          akmolaToken,
          kind,
          'source=demo',
          fileOf(kind, STORED[kind], AKMOLA, 'attack'),
        )
        expect(answer.status).toBe(200)
        expect(answer.body.preview).toMatchObject({
          source: 'KZ-11/demo',
          rows_valid: 1,
          rows_new: 1,
          rows_updated: 0,
        })
        expect(answer.body.committed).toMatchObject({ rows_inserted: 1, rows_updated: 0 })
        expect(await sourcesOf(kind, STORED[kind])).toEqual([
          { source: 'KZ-11/demo', office: AKMOLA },
          { source: 'demo', office: ALMATY },
        ])
        expect(await almatyRecords()).toEqual(before.records)
        expect(await almatyFigures()).toEqual(before.figures)
      },
    )

    it.each(KEYED_KINDS)(
      '%s through the CLI --as: the same — a new record, the KZ-75 one untouched',
      async (kind) => {
        // The Akmola record of the API test above is now stored: use an id of its own.
        const id = `${STORED[kind]}-cli`
        const stored = writeFile(`${kind}-cli-stored.csv`, fileOf(kind, id, ALMATY, 'stored'))
        expect((await importCommand(ctx.db, [kind, stored, '--source', 'demo'])).exitCode).toBe(0)
        const before = { records: await almatyRecords(), figures: await almatyFigures() }
        const file = writeFile(`${kind}-cli.csv`, fileOf(kind, id, AKMOLA, 'attack'))
        const result = await importCommand(ctx.db, [
          kind,
          file,
          '--source',
          'demo',
          '--as',
          akmolaEmail,
        ])
        expect(result.exitCode, result.output).toBe(0)
        expect(result.output).toContain('source: KZ-11/demo')
        expect(result.output).toMatch(/committed batch \d+: 1 new, 0 updated, 0 unchanged/)
        expect(await sourcesOf(kind, id)).toEqual([
          { source: 'KZ-11/demo', office: AKMOLA },
          { source: 'demo', office: ALMATY },
        ])
        expect(await almatyRecords()).toEqual(before.records)
        expect(await almatyFigures()).toEqual(before.figures)
      },
    )

    it.each(KEYED_KINDS)(
      '%s: a dry run answers the same for a stored KZ-75 id as for an id stored nowhere',
      async (kind) => {
        const dry = async (id: string) => {
          const answer = await api(
            akmolaToken,
            kind,
            'source=demo&dry_run=1&file_name=probe.csv',
            fileOf(kind, id, AKMOLA, 'attack'),
          )
          expect(answer.status).toBe(200)
          const { batch_id: _batch, ...rest } = answer.body.preview as Record<string, unknown>
          return rest
        }
        // An id the operator stores at KZ-75 (in the nation's `demo`) just before.
        const id = `${STORED[kind]}-dry`
        const stored = writeFile(`${kind}-dry-stored.csv`, fileOf(kind, id, ALMATY, 'stored'))
        expect((await importCommand(ctx.db, [kind, stored, '--source', 'demo'])).exitCode).toBe(0)
        const existing = await dry(id)
        expect(existing).toEqual(await dry(FRESH[kind]))
        expect(existing).toMatchObject({ rows_new: 1, rows_updated: 0, rows_unchanged: 0 })
      },
    )

    it('publications: a row of a KZ-75 office is refused on its office cell, stored or not, and nothing moves', async () => {
      const before = { records: await almatyRecords(), figures: await almatyFigures() }
      const refused = async (year: string) => {
        const answer = await api(
          akmolaToken,
          'publications',
          'source=demo&file_name=pub.csv',
          fileOf('publications', year, ALMATY, 'attack'),
        )
        expect(answer.status).toBe(422)
        expect(answer.body.committed).toBeNull()
        const { batch_id: _batch, ...rest } = answer.body.preview as Record<string, unknown>
        return rest
      }
      // 2025 is stored for the office, 2024 is not: the same answer, naming the office cell.
      const stored = await refused('2025')
      expect(stored).toEqual(await refused('2024'))
      expect(stored).toMatchObject({ source: 'KZ-11/demo', rows_valid: 0, rows_invalid: 1 })
      expect((stored.errors as unknown[])[0]).toEqual({
        file: 'pub.csv',
        row: 2,
        column: 'office',
        value: ALMATY,
        code: 'import.error.officeRegion',
        message: 'this office is outside your region',
      })
      const cli = await importCommand(ctx.db, [
        'publications',
        writeFile('pub-cli.csv', fileOf('publications', '2025', ALMATY, 'attack')),
        '--source',
        'demo',
        '--as',
        akmolaEmail,
        '--accept-valid',
      ])
      expect(cli.exitCode).toBe(1)
      expect(cli.output).toContain(
        `pub-cli.csv · row 2 · office · "${ALMATY}" · this office is outside your region`,
      )
      expect(await almatyRecords()).toEqual(before.records)
      expect(await almatyFigures()).toEqual(before.figures)
    })
  })

  describe('another region’s source is refused by its name alone', () => {
    it('the API answers 403 for KZ-75/demo whether or not it holds records; nothing is read or stored', async () => {
      // The operator fills KZ-75/demo (a region's source: KZ-75 offices only).
      const file = writeFile('kz75.csv', fileOf('cases', 'R-1', ALMATY, 'stored'))
      expect(
        (await importCommand(ctx.db, ['cases', file, '--source', 'kz-75/demo'])).output,
      ).toContain('source: KZ-75/demo')
      const batches = async () =>
        Number(
          (await sql<{ n: number }>`select count(*)::int as n from import_batches`.execute(ctx.db))
            .rows[0]!.n,
        )
      const count = await batches()
      const refused = async (source: string) => {
        const answer = await api(
          akmolaToken,
          'cases',
          `source=${source}`,
          fileOf('cases', 'R-1', AKMOLA, 'attack'),
        )
        expect(answer.status).toBe(403)
        return answer.body
      }
      expect(await refused('KZ-75/demo')).toEqual({
        error: 'forbidden',
        message: `the source "KZ-75/demo" belongs to another region: import through your region's sources (KZ-11/…)`,
      })
      expect(await refused('kz-75/nothing-here')).toEqual({
        error: 'forbidden',
        message: `the source "kz-75/nothing-here" belongs to another region: import through your region's sources (KZ-11/…)`,
      })
      expect(await batches()).toBe(count)
      expect(await sourcesOf('cases', 'R-1')).toEqual([{ source: 'KZ-75/demo', office: ALMATY }])
    })

    it('the CLI --as refuses it with a usage error (exit 2); the operator writes it', async () => {
      const file = writeFile('kz75-cli.csv', fileOf('cases', 'R-2', AKMOLA, 'attack'))
      await expect(
        importCommand(ctx.db, ['cases', file, '--source', 'KZ-75/demo', '--as', akmolaEmail]),
      ).rejects.toThrow(
        new UsageError(
          `--as ${akmolaEmail}: the source "KZ-75/demo" belongs to another region: import through your region's sources (KZ-11/…)`,
        ),
      )
      expect(await sourcesOf('cases', 'R-2')).toEqual([])
    })

    it('an administrator writing into a region’s source writes only that region’s offices: the other row is refused on its office cell', async () => {
      const answer = await api(
        adminToken,
        'cases',
        'source=KZ-11/egov&file_name=admin.csv',
        fileOf('cases', 'ADM-1', ALMATY, 'stored'),
      )
      expect(answer.status).toBe(422)
      expect(answer.body.preview).toMatchObject({
        source: 'KZ-11/egov',
        rows_invalid: 1,
        errors: [expect.objectContaining({ row: 2, column: 'office', value: ALMATY })],
      })
      const ok = await api(
        adminToken,
        'cases',
        'source=KZ-11/egov',
        fileOf('cases', 'ADM-1', AKMOLA, 'stored'),
      )
      expect(ok.status).toBe(200)
      expect(await sourcesOf('cases', 'ADM-1')).toEqual([{ source: 'KZ-11/egov', office: AKMOLA }])
    })
  })

  describe('records stored before sources belonged to regions', () => {
    it('a region’s batch that would replace a stored row of another region’s office is refused whole at commit', async () => {
      // A KZ-75 case that sits in KZ-11/legacy (stored before the rule: moved there by SQL).
      const file = writeFile('legacy.csv', fileOf('cases', 'LEG-1', ALMATY, 'stored'))
      expect(
        (await importCommand(ctx.db, ['cases', file, '--source', 'legacy-import'])).exitCode,
      ).toBe(0)
      await sql`update cases set source = 'KZ-11/legacy' where external_id = 'LEG-1'`.execute(
        ctx.db,
      )
      const before = await almatyRecords()
      const p = await previewImport(ctx.db, {
        kind: 'cases',
        fileName: 'legacy.csv',
        input: new TextEncoder().encode(
          new TextDecoder().decode(fileOf('cases', 'LEG-1', AKMOLA, 'attack')) +
            `LEG-2,${FARM},standard,public_service_center,${AKMOLA},2025-03-03 10:00,2025-03-04 10:00,issued\r\n`,
        ),
        source: 'legacy',
        allowedRegionIds: [akmolaRegion],
      })
      expect(p).toMatchObject({ source: 'KZ-11/legacy', rowsNew: 1, rowsUpdated: 1 })
      await expect(commitImport(ctx.db, p.batchId)).rejects.toMatchObject({
        code: 'storedOutsideRegion',
        params: { batch: p.batchId, row: 2 },
      })
      expect(await almatyRecords()).toEqual(before)
      expect(await sourcesOf('cases', 'LEG-2')).toEqual([])
      const batch = await ctx.db
        .selectFrom('importBatches')
        .select(['status', 'commitSeq'])
        .where('id', '=', p.batchId)
        .executeTakeFirstOrThrow()
      expect(batch).toEqual({ status: 'preview', commitSeq: null })
    })

    it('migration 0014: a source only one region’s batches wrote, all of its offices, becomes that region’s; a mixed one stays the nation’s', async () => {
      // Before 0015 a regional department wrote through any name: `akm-old` (two KZ-11 batches),
      // and `mixed-old` (one KZ-11 batch, one national batch with a KZ-75 case).
      const write = async (
        source: string,
        id: string,
        office: string,
        regions: number[] | null,
      ) => {
        const p = await previewImport(ctx.db, {
          kind: 'cases',
          fileName: `${id}.csv`,
          input: fileOf('cases', id, office, 'stored'),
          source,
        })
        expect(p).toMatchObject({ source, rowsNew: 1 })
        await commitImport(ctx.db, p.batchId)
        // As 0007 recorded a regional department's batch: limited to its region.
        await sql`update import_batches set region_ids = ${regions}::int[] where id = ${p.batchId}`.execute(
          ctx.db,
        )
      }
      await write('akm-old', 'OLD-1', AKMOLA, [akmolaRegion])
      await write('akm-old', 'OLD-2', AKMOLA, [akmolaRegion])
      await write('mixed-old', 'MIX-1', AKMOLA, [akmolaRegion])
      await write('mixed-old', 'MIX-2', ALMATY, null)
      await ctx.db.transaction().execute((trx) => adoptRegionalSources(trx as never))

      expect(await sourcesOf('cases', 'OLD-1')).toEqual([
        { source: 'KZ-11/akm-old', office: AKMOLA },
      ])
      expect(await sourcesOf('cases', 'OLD-2')).toEqual([
        { source: 'KZ-11/akm-old', office: AKMOLA },
      ])
      expect(await sourcesOf('cases', 'MIX-1')).toEqual([{ source: 'mixed-old', office: AKMOLA }])
      // The demo's national source is spread over regions (and KZ-75 here): untouched.
      expect(await sourcesOf('cases', STORED.cases)).toContainEqual({
        source: 'demo',
        office: ALMATY,
      })
      const batches = await ctx.db
        .selectFrom('importBatches')
        .select('source')
        .where('source', 'in', ['akm-old', 'KZ-11/akm-old'])
        .execute()
      expect(batches).toEqual([{ source: 'KZ-11/akm-old' }, { source: 'KZ-11/akm-old' }])

      // So the department's next file of the same id updates its record instead of adding one.
      const again = await previewImport(ctx.db, {
        kind: 'cases',
        fileName: 'again.csv',
        input: fileOf('cases', 'OLD-1', AKMOLA, 'attack'),
        source: 'akm-old',
        allowedRegionIds: [akmolaRegion],
      })
      expect(again).toMatchObject({ source: 'KZ-11/akm-old', rowsNew: 0, rowsUpdated: 1 })

      // Run again, nothing moves.
      await ctx.db.transaction().execute((trx) => adoptRegionalSources(trx as never))
      expect(await sourcesOf('cases', 'MIX-1')).toEqual([{ source: 'mixed-old', office: AKMOLA }])
    })
  })
})
