// The embedded database is one PostgreSQL session (decision 0016): every flow takes its turn in
// one queue, so a statement of one request never runs inside another request's transaction, and
// concurrent imports (staging COPY included) both complete. The same tests run on PostgreSQL,
// where each flow has a connection of its own: the answers must be the same.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitImport, previewImport } from '../../app/import/import.server'
import { embeddedQueueState } from '../../db/client.server'
import { DatabaseBusyError, withDbWaitLimit } from '../../db/db-queue'
import { writeIngestFile } from '../bench/ingest-file'
import { describeEachEngine, openTestDb, type TestDb } from '../support/test-db'

/** A promise and the function that settles it: a flow held at a point until the test lets go. */
function latch() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeEachEngine('one session, one queue', (ctx) => {
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-queue-'))
    await sql`create table queue_probe (id text primary key)`.execute(ctx.db)
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a statement issued while another flow holds a transaction does not run inside it: it sees no uncommitted row, and the rollback does not undo it', async () => {
    const inside = latch()
    const release = latch()
    // Flow A: writes X in a transaction, holds it open, then rolls it back.
    const a = ctx.db.transaction().execute(async (trx) => {
      await sql`insert into queue_probe values ('X')`.execute(trx)
      inside.open()
      await release.opened
      throw new Error('rolled back on purpose')
    })
    await inside.opened
    // Flow B, meanwhile: reads X (uncommitted: not there for anyone else), then writes Y.
    const b = (async () => {
      const seen = await sql<{ n: number }>`
        select count(*)::int as n from queue_probe where id = 'X'`.execute(ctx.db)
      await sql`insert into queue_probe values ('Y')`.execute(ctx.db)
      return seen.rows[0]!.n
    })()
    // B gets the time to run inside A if it could (it did, before the queue: B saw X and A's
    // rollback took Y with it).
    await pause(300)
    release.open()
    await expect(a).rejects.toThrow('rolled back on purpose')
    expect(await b).toBe(0)
    const { rows } = await sql<{ id: string }>`select id from queue_probe order by id`.execute(
      ctx.db,
    )
    expect(rows.map((r) => r.id)).toEqual(['Y'])
  })

  it('two concurrent imports of 3,000 new rows each both finish, each with its 3,000 rows', async () => {
    // One generated file of 6,000 distinct cases, cut in two files of 3,000 (header kept).
    const whole = path.join(dir, 'six-thousand.csv')
    expect(await writeIngestFile(ctx.db, whole, 6000, { idPrefix: 'QUEUE' })).toBe(6000)
    const [header, ...lines] = readFileSync(whole, 'utf8').trimEnd().split('\r\n')
    const halves = [lines.slice(0, 3000), lines.slice(3000)].map((part, i) => {
      const file = path.join(dir, `half-${i + 1}.csv`)
      writeFileSync(file, [header, ...part].join('\r\n') + '\r\n')
      return file
    })
    const before = await casesOfSources(['queue-1', 'queue-2'])
    expect(before).toBe(0)

    const results = await Promise.all(
      halves.map(async (file, i) => {
        const preview = await previewImport(ctx.db, {
          kind: 'cases',
          fileName: path.basename(file),
          input: readFileSync(file),
          source: `queue-${i + 1}`,
        })
        const committed = await commitImport(ctx.db, preview.batchId)
        return { preview, committed }
      }),
    )
    for (const { preview, committed } of results) {
      expect(preview.rowsRead).toBe(3000)
      expect(preview.rowsValid).toBe(3000)
      expect(preview.rowsNew).toBe(3000)
      expect(committed.rowsInserted).toBe(3000)
    }
    // 3,000 + 3,000 rows, nothing lost, nothing twice.
    expect(await casesOfSources(['queue-1', 'queue-2'])).toBe(6000)
  })

  async function casesOfSources(sources: string[]) {
    const { n } = await ctx.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', 'in', sources)
      .executeTakeFirstOrThrow()
    return n
  }
})

describe('the embedded queue', () => {
  let handle: TestDb

  beforeAll(async () => {
    handle = await openTestDb('pglite')
  })

  afterAll(() => handle?.close())

  it('a flow with a wait limit is refused with DatabaseBusyError (and a Retry-After) once the limit passes; one without waits its turn; the queue then serves in arrival order', async () => {
    const { db } = handle
    const release = latch()
    const inside = latch()
    const holder = db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx)
      inside.open()
      await release.opened
      return 'holder'
    })
    await inside.opened
    expect(embeddedQueueState(db)).toMatchObject({ busy: true, waiting: 0 })
    const order: string[] = []
    const patient = sql`select 1`.execute(db).then(() => order.push('patient'))
    const limited = withDbWaitLimit(200, () => sql`select 1`.execute(db))
    await expect(limited).rejects.toBeInstanceOf(DatabaseBusyError)
    await expect(limited).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) })
    const later = sql`select 2`.execute(db).then(() => order.push('later'))
    expect(embeddedQueueState(db)).toMatchObject({ busy: true, waiting: 2 })
    release.open()
    expect(await holder).toBe('holder')
    await Promise.all([patient, later])
    expect(order).toEqual(['patient', 'later'])
    expect(embeddedQueueState(db)).toMatchObject({ busy: false, waiting: 0 })
  })
})
