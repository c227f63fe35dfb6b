// The embedded database's own thread (decision 0016). PGlite runs PostgreSQL as WebAssembly on
// the thread that calls it, and one statement of a large import (the commit's upsert of 50,000
// rows and its rollup triggers: ≈ 3.7 s) would otherwise hold the server's event loop the whole
// time — no request, not even /healthz, could be accepted. Here it holds only this thread.
//
// Plain JavaScript on purpose: the three runtimes that open the database (the server and the CLI
// under tsx, and vitest) all start a worker from this file without a TypeScript loader.
// The main thread (db/embedded-client.ts) sends one message per operation and waits for its
// answer before it sends the next of the same flow; its queue (db/db-queue.ts) lets one flow at a
// time use the database, so BEGIN … COMMIT here is that flow's transaction.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'

/** @type {{ dataDir: string | null, loadDataDir: Uint8Array | null, parserKinds: Record<string, 'number' | 'text'> }} */
const options = workerData

const asText = (/** @type {string} */ value) => value
const parsers = Object.fromEntries(
  Object.entries(options.parserKinds).map(([oid, kind]) => [
    Number(oid),
    kind === 'number' ? Number : asText,
  ]),
)

/** An error as plain data: the message and PostgreSQL's fields (code, detail, constraint …). */
function errorData(error) {
  if (!(error instanceof Error)) return { message: String(error) }
  const data = { name: error.name, message: error.message }
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) data[key] = value
  }
  return data
}

const port = parentPort
if (!port) throw new Error('db/pglite-worker.js runs as a worker thread')

let pglite
try {
  pglite = await PGlite.create({
    dataDir: options.dataDir ?? undefined,
    loadDataDir: options.loadDataDir ? new Blob([options.loadDataDir]) : undefined,
    parsers,
  })
  port.postMessage({ ready: true })
} catch (error) {
  port.postMessage({ ready: false, error: errorData(error) })
}

async function perform(message) {
  switch (message.op) {
    case 'query': {
      const result = await pglite.query(message.sql, message.params, { rowMode: 'object' })
      return { value: { rows: result.rows, affectedRows: result.affectedRows ?? null } }
    }
    case 'copy': {
      // COPY … FROM '/dev/blob': PGlite reads the payload from the blob handed with the query.
      const result = await pglite.query(message.sql, [], { blob: new Blob([message.data]) })
      return { value: { rows: [], affectedRows: result.affectedRows ?? 0 } }
    }
    case 'dump': {
      const dump = await pglite.dumpDataDir('none')
      const bytes = new Uint8Array(await dump.arrayBuffer())
      return { value: bytes, transfer: [bytes.buffer] }
    }
    case 'close':
      if (!pglite.closed) await pglite.close()
      return { value: null }
    default:
      throw new Error(`unknown operation ${message.op}`)
  }
}

if (pglite) {
  port.on('message', async (message) => {
    try {
      const { value, transfer } = await perform(message)
      port.postMessage({ id: message.id, ok: true, value }, transfer ?? [])
      if (message.op === 'close') port.close()
    } catch (error) {
      port.postMessage({ id: message.id, ok: false, error: errorData(error) })
    }
  })
}
