// The schema refuses bad rows by itself: constraints hold whatever door the data comes through.
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../db/migrate'
import { migrations } from '../../db/migrations/registry'
import type { Db } from '../../db/client.server'
import { makeCaseYearPartitions } from '../../db/queries/case-partitions'
import type { NewCase } from '../../db/schema'
import { describeEachEngine, engines, openEmptyTestDb } from '../support/test-db'

for (const engine of engines) {
  describe(`migrations [${engine}]`, () => {
    it('apply to an empty database and are re-runnable (the second run applies nothing)', async () => {
      const { db, close } = await openEmptyTestDb(engine)
      try {
        expect(await migrateToLatest(db)).toEqual(Object.keys(migrations))
        expect(await migrateToLatest(db)).toEqual([])
        const tables = await sql<{ n: number }>`
          select count(*)::int as n from information_schema.tables
          where table_schema = 'public' and table_name in ('cases', 'survey_responses', 'complaints')`.execute(
          db,
        )
        expect(tables.rows[0]!.n).toBe(3)
      } finally {
        await close()
      }
    })
  })
}

describeEachEngine('schema constraints', (ctx) => {
  let officeId: number
  let seq = 0

  beforeAll(async () => {
    const office = await ctx.db
      .selectFrom('officeServices')
      .select('officeId')
      .where('standardId', '=', 'private-farm-certificate')
      .where('channel', '=', 'public_service_center')
      .orderBy('officeId')
      .executeTakeFirstOrThrow()
    officeId = office.officeId
    // Cases are kept by year (migration 0032): the partitions of the years these cases name.
    await makeCaseYearPartitions(ctx.db, 2025, 2025)
  })

  const aCase = (overrides: Partial<NewCase> = {}): NewCase => ({
    source: 'constraint-test',
    externalId: `C-${++seq}`,
    standardId: 'private-farm-certificate',
    channel: 'public_service_center',
    variant: 'standard',
    officeId,
    submittedAt: '2025-03-03T05:00:00Z',
    submittedOn: '2025-03-03',
    completedAt: '2025-03-04T05:00:00Z',
    completedOn: '2025-03-04',
    result: 'issued',
    maxWaitMinutes: 15,
    ...overrides,
  })

  const insert = (row: NewCase) => ctx.db.insertInto('cases').values(row).execute()

  it('has autovacuum visit the fact tables every 50,000 inserted rows, not a fifth of the table (0030), each year of cases too (0032)', async () => {
    // The tables that hold rows: survey answers, complaints, and every yearly partition of cases.
    const { rows } = await sql<{ table: string; options: string[] | null }>`
      select relname as table, reloptions as options from pg_class
      where relkind = 'r' and (relname in ('survey_responses', 'complaints')
        or oid in (select inhrelid from pg_inherits where inhparent = 'cases'::regclass))
      order by relname`.execute(ctx.db)
    expect(rows.map((r) => r.table)).toEqual(
      expect.arrayContaining(['cases_2025', 'complaints', 'survey_responses']),
    )
    for (const row of rows) {
      expect([...(row.options ?? [])].sort(), row.table).toEqual([
        'autovacuum_vacuum_insert_scale_factor=0',
        'autovacuum_vacuum_insert_threshold=50000',
      ])
    }
  })

  it('accepts a well-formed case', async () => {
    await expect(insert(aCase())).resolves.toBeDefined()
  })

  it('rejects negative queue minutes', async () => {
    await expect(insert(aCase({ waitMinutesSubmit: -1 }))).rejects.toThrow(/check constraint/)
    await expect(insert(aCase({ serviceMinutes: -5 }))).rejects.toThrow(/check constraint/)
  })

  it('rejects a case completed before it was submitted', async () => {
    await expect(
      insert(
        aCase({
          submittedAt: '2025-03-04T05:00:00Z',
          submittedOn: '2025-03-04',
          completedAt: '2025-03-03T05:00:00Z',
          completedOn: '2025-03-03',
        }),
      ),
    ).rejects.toThrow(/check constraint/)
  })

  it('rejects an issued case without a completion time', async () => {
    await expect(insert(aCase({ completedAt: null, completedOn: null }))).rejects.toThrow(
      /check constraint/,
    )
  })

  it('rejects a duplicate external id from the same source, accepts it from another source', async () => {
    await insert(aCase({ externalId: 'DUP-1' }))
    await expect(insert(aCase({ externalId: 'DUP-1' }))).rejects.toThrow(/duplicate key|unique/)
    await expect(
      insert(aCase({ externalId: 'DUP-1', source: 'other-system' })),
    ).resolves.toBeDefined()
  })

  it('rejects a channel × variant that the standard has no deadline rule for', async () => {
    await expect(insert(aCase({ variant: 'duplicate' }))).rejects.toThrow(/foreign key/)
  })

  // The references of cases are checked once per statement (migration 0011), not by declared
  // foreign keys: the same refusals, whatever writes.
  describe('references of cases, checked per statement', () => {
    const sqlState = async (write: Promise<unknown>) => {
      const error = await write.then(
        () => null,
        (e: unknown) => e as { code?: string; message: string; detail?: string },
      )
      return error && { code: error.code, message: error.message, detail: error.detail }
    }

    /** A new office in the district of the suite's office, named by `code`. */
    const newOffice = async (code: string) => {
      const { districtId } = await ctx.db
        .selectFrom('offices')
        .select('districtId')
        .where('id', '=', officeId)
        .executeTakeFirstOrThrow()
      return ctx.db
        .insertInto('offices')
        .values({
          code,
          kind: 'public_service_center',
          nameKk: code,
          nameRu: code,
          nameEn: code,
          districtId,
          source: 'constraint-test',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    }

    it('refuses a statement naming an office that does not exist — all its rows, not just the bad one', async () => {
      const rows = [aCase({ externalId: 'REF-1' }), aCase({ externalId: 'REF-2', officeId: -7 })]
      expect(await sqlState(ctx.db.insertInto('cases').values(rows).execute())).toEqual({
        code: '23503',
        message:
          'insert or update on table "cases" violates foreign key constraint "cases_office_id_fkey"',
        detail: 'Key (office_id)=(-7) is not present in table "offices".',
      })
      const written = await ctx.db
        .selectFrom('cases')
        .select('externalId')
        .where('externalId', 'in', ['REF-1', 'REF-2'])
        .execute()
      expect(written).toEqual([])
    })

    it('refuses an update that moves a case to a missing import batch', async () => {
      await insert(aCase({ externalId: 'REF-3' }))
      const update = ctx.db
        .updateTable('cases')
        .set({ importBatchId: 999_999 })
        .where('externalId', '=', 'REF-3')
        .execute()
      expect(await sqlState(update)).toMatchObject({
        code: '23503',
        detail: 'Key (import_batch_id)=(999999) is not present in table "import_batches".',
      })
    })

    it('refuses deleting or re-keying an office that cases name, allows it once they are gone', async () => {
      const office = await newOffice('REF-OFFICE')
      await insert(aCase({ externalId: 'REF-4', officeId: office.id }))

      const remove = ctx.db.deleteFrom('offices').where('id', '=', office.id).execute()
      expect(await sqlState(remove)).toEqual({
        code: '23503',
        message:
          'update or delete on table "offices" violates foreign key constraint "cases_office_id_fkey" on table "cases"',
        detail: `Key (id)=(${office.id}) is still referenced from table "cases".`,
      })
      const rekey = ctx.db
        .updateTable('offices')
        .set({ id: office.id + 100_000 })
        .where('id', '=', office.id)
        .execute()
      expect(await sqlState(rekey)).toMatchObject({ code: '23503' })
      // Other updates of a named office are fine.
      await ctx.db
        .updateTable('offices')
        .set({ phone: '+7 700 000 00 00' })
        .where('id', '=', office.id)
        .execute()

      await ctx.db.deleteFrom('cases').where('externalId', '=', 'REF-4').execute()
      await expect(
        ctx.db.deleteFrom('offices').where('id', '=', office.id).execute(),
      ).resolves.toBeDefined()
    })

    // Two sessions at once exist only on PostgreSQL (PGlite has one connection).
    it.runIf(ctx.engine === 'postgres')(
      'a delete racing a write of cases leaves no orphan, whichever starts first',
      async () => {
        const settle = (p: Promise<unknown>) =>
          p.then(
            () => 'done',
            (e: { code?: string }) => e.code ?? 'error',
          )
        /** Runs `work` in a transaction kept open until `release`; `done` once work is done. */
        const heldOpen = (work: (trx: Db) => Promise<unknown>) => {
          let release!: () => void
          const released = new Promise<void>((r) => (release = r))
          let worked!: () => void
          const done = new Promise<void>((r) => (worked = r))
          const committed = ctx.db.transaction().execute(async (trx) => {
            await work(trx)
            worked()
            await released
          })
          return { done, release, committed }
        }
        /** The other session's statement, given time to reach the lock it waits on. */
        const meanwhile = async (
          held: ReturnType<typeof heldOpen>,
          statement: () => Promise<unknown>,
        ) => {
          await held.done
          const outcome = settle(statement())
          await new Promise((r) => setTimeout(r, 300))
          held.release()
          await held.committed
          return outcome
        }
        const casesOf = async (id: number) =>
          (await ctx.db.selectFrom('cases').select('id').where('officeId', '=', id).execute())
            .length
        const officeExists = async (id: number) =>
          (await ctx.db.selectFrom('offices').select('id').where('id', '=', id).execute()).length

        // The write first: the delete waits on its lock, then finds the committed case.
        const a = await newOffice('RACE-A')
        const writer = heldOpen((trx) =>
          trx
            .insertInto('cases')
            .values(aCase({ externalId: 'RACE-1', officeId: a.id }))
            .execute(),
        )
        const deleted = await meanwhile(writer, () =>
          ctx.db.deleteFrom('offices').where('id', '=', a.id).execute(),
        )
        expect(deleted).toBe('23503')
        expect([await casesOf(a.id), await officeExists(a.id)]).toEqual([1, 1])

        // The delete first: the write waits for it, then finds the office gone.
        const b = await newOffice('RACE-B')
        const remover = heldOpen((trx) =>
          trx.deleteFrom('offices').where('id', '=', b.id).execute(),
        )
        const written = await meanwhile(remover, () =>
          ctx.db
            .insertInto('cases')
            .values(aCase({ externalId: 'RACE-2', officeId: b.id }))
            .execute(),
        )
        expect(written).toBe('23503')
        expect([await casesOf(b.id), await officeExists(b.id)]).toEqual([0, 0])
      },
    )

    it('refuses deleting a deadline rule cases follow, and truncating the rules', async () => {
      const key =
        'Key (standard_id, channel, variant)=(private-farm-certificate, public_service_center, standard)'
      const removeRule = () =>
        ctx.db
          .deleteFrom('deadlineRules')
          .where('standardId', '=', 'private-farm-certificate')
          .where('channel', '=', 'public_service_center')
          .where('variant', '=', 'standard')
          .execute()
      // The editions' copies of the rule hold it first (migration 0023) …
      expect(await sqlState(removeRule())).toMatchObject({
        code: '23503',
        detail: `${key} is still referenced from table "edition_deadline_rules".`,
      })
      // … and without them the cases that follow it still do (the editions' rows come back
      // with the rollback).
      let refused: unknown
      const rollback = new Error('rollback')
      await ctx.db
        .transaction()
        .execute(async (trx) => {
          await trx
            .deleteFrom('editionDeadlineRules')
            .where('standardId', '=', 'private-farm-certificate')
            .where('channel', '=', 'public_service_center')
            .where('variant', '=', 'standard')
            .execute()
          refused = await sqlState(
            trx
              .deleteFrom('deadlineRules')
              .where('standardId', '=', 'private-farm-certificate')
              .where('channel', '=', 'public_service_center')
              .where('variant', '=', 'standard')
              .execute(),
          )
          throw rollback
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error
        })
      expect(refused).toMatchObject({
        code: '23503',
        detail: `${key} is still referenced from table "cases".`,
      })
      expect(await sqlState(sql`truncate deadline_rules cascade`.execute(ctx.db))).toMatchObject({
        code: '23503',
      })
    })
  })

  it('rejects a survey answer outside the 1–5 scale, and both yes/no and a score for one question', async () => {
    const survey = {
      source: 'constraint-test',
      standardId: 'private-farm-certificate',
      officeId,
      respondedOn: '2025-03-05',
    }
    await expect(
      ctx.db
        .insertInto('surveyResponses')
        .values({ ...survey, externalId: 'S-1', processScore: 6 })
        .execute(),
    ).rejects.toThrow(/check constraint/)
    await expect(
      ctx.db
        .insertInto('surveyResponses')
        .values({ ...survey, externalId: 'S-2', processScore: 4, processYes: true })
        .execute(),
    ).rejects.toThrow(/check constraint/)
  })

  it('derives satisfaction: a 4 or 5 is satisfied, a 3 is not, "no" is not', async () => {
    const base = {
      source: 'constraint-test',
      standardId: 'private-farm-certificate',
      officeId,
      respondedOn: '2025-03-05',
    }
    await ctx.db
      .insertInto('surveyResponses')
      .values([
        { ...base, externalId: 'S-10', processScore: 4, courtesyScore: 3 },
        { ...base, externalId: 'S-11', processYes: false, courtesyYes: true },
      ])
      .execute()
    const rows = await ctx.db
      .selectFrom('surveyResponses')
      .select(['externalId', 'processSatisfied', 'courtesySatisfied', 'informationSatisfied'])
      .where('externalId', 'in', ['S-10', 'S-11'])
      .orderBy('externalId')
      .execute()
    expect(rows).toEqual([
      {
        externalId: 'S-10',
        processSatisfied: true,
        courtesySatisfied: false,
        informationSatisfied: null,
      },
      {
        externalId: 'S-11',
        processSatisfied: false,
        courtesySatisfied: true,
        informationSatisfied: null,
      },
    ])
  })

  it('rejects a complaint decided before it was received', async () => {
    await expect(
      ctx.db
        .insertInto('complaints')
        .values({
          source: 'constraint-test',
          externalId: 'K-1',
          standardId: 'private-farm-certificate',
          officeId,
          receivedAt: '2025-03-10T05:00:00Z',
          receivedOn: '2025-03-10',
          reviewTermStated: false,
          termEndsAt: '2025-04-09T18:59:59.999Z',
          termEndsOn: '2025-04-09',
          justified: true,
          decidedAt: '2025-03-09T05:00:00Z',
          upheld: true,
        })
        .execute(),
    ).rejects.toThrow(/check constraint/)
  })

  describe('targets', () => {
    let indicatorId: number
    beforeAll(async () => {
      const indicator = await ctx.db
        .selectFrom('indicators')
        .select('id')
        .where('standardId', '=', 'land-lease-act')
        .where('code', '=', '1.1')
        .executeTakeFirstOrThrow()
      indicatorId = indicator.id
    })

    it('moves draft → proposed → approved, and then locks the approved value', async () => {
      const { id } = await ctx.db
        .insertInto('targets')
        .values({ indicatorId, year: 2031, value: 90 })
        .returning('id')
        .executeTakeFirstOrThrow()
      await ctx.db
        .updateTable('targets')
        .set({ status: 'proposed', proposedAt: '2030-11-01T00:00:00Z' })
        .where('id', '=', id)
        .execute()
      await ctx.db
        .updateTable('targets')
        .set({
          status: 'approved',
          decidedAt: '2030-12-01T00:00:00Z',
          orderNumber: '12-П',
          orderDate: '2030-12-01',
        })
        .where('id', '=', id)
        .execute()
      await expect(
        ctx.db.updateTable('targets').set({ value: 80 }).where('id', '=', id).execute(),
      ).rejects.toThrow(/locked/)
      await expect(ctx.db.deleteFrom('targets').where('id', '=', id).execute()).rejects.toThrow(
        /only a draft/,
      )
    })

    it('refuses to approve without the order number and date', async () => {
      await expect(
        ctx.db
          .insertInto('targets')
          .values({
            indicatorId,
            year: 2032,
            value: 90,
            status: 'approved',
            proposedAt: '2031-11-01T00:00:00Z',
            decidedAt: '2031-12-01T00:00:00Z',
          })
          .execute(),
      ).rejects.toThrow(/check constraint/)
    })

    it('refuses skipping a step: draft → approved', async () => {
      const { id } = await ctx.db
        .insertInto('targets')
        .values({ indicatorId, year: 2033, value: 90 })
        .returning('id')
        .executeTakeFirstOrThrow()
      await expect(
        ctx.db
          .updateTable('targets')
          .set({
            status: 'approved',
            proposedAt: '2032-11-01T00:00:00Z',
            decidedAt: '2032-12-01T00:00:00Z',
            orderNumber: '1',
            orderDate: '2032-12-01',
          })
          .where('id', '=', id)
          .execute(),
      ).rejects.toThrow(/not a valid transition/)
    })
  })

  it('keeps a published report frozen', async () => {
    const { id } = await ctx.db
      .insertInto('publishedReports')
      .values({
        year: 2025,
        version: 1,
        dataVersion: 'test',
        contentHash: 'abc',
        snapshot: JSON.stringify({ rows: [] }),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await expect(
      ctx.db
        .updateTable('publishedReports')
        .set({ contentHash: 'x' })
        .where('id', '=', id)
        .execute(),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      ctx.db.deleteFrom('publishedReports').where('id', '=', id).execute(),
    ).rejects.toThrow(/cannot be changed/)
  })
})
