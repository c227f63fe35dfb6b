// The read scope (decision 0034): the stretch of work — one request for a dashboard, a report or
// the API — whose plain reads may go to a streaming replica. Outside a scope every statement goes
// to the primary: imports, the targets workflow, admin, jobs, alerts, the CLI. The scope lives in
// an AsyncLocalStorage kept under a global symbol, so that server.ts (run from the sources) and
// the Remix server bundle, each with its own copy of this module, share one.
import { AsyncLocalStorage } from 'node:async_hooks'

/** What one scope remembers, per database that routes reads (db/replica-router.ts). */
export interface ReadScope {
  states: Map<object, unknown>
}

const STORAGE = Symbol.for('sapa.db.readScope')

function storage(): AsyncLocalStorage<ReadScope> {
  const holder = globalThis as { [STORAGE]?: AsyncLocalStorage<ReadScope> }
  return (holder[STORAGE] ??= new AsyncLocalStorage<ReadScope>())
}

/** Runs `work` (and everything it starts) in a new read scope. */
export function withReadScope<T>(work: () => T): T {
  return storage().run({ states: new Map() }, work)
}

/** The scope the caller runs in, or null outside any. */
export function currentReadScope(): ReadScope | null {
  return storage().getStore() ?? null
}
