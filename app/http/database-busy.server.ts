// What a request gets when the embedded database stays busy (decision 0016). server.ts runs each
// request with a wait limit (SAPA_DB_WAIT_MS) — except the import's own writes, which wait their
// turn so that concurrent imports complete in order — and a request that would wait longer is
// answered 503 with Retry-After: a page in the user's language, JSON on /api/v1/. Remix 2 has no
// middleware, so the build's loaders and actions are wrapped once, here.
import { data, type ServerBuild } from '@remix-run/node'
import { DatabaseBusyError } from '../../db/db-queue'
import type { PageErrorData } from './page-error'

/**
 * The import's writes (preview upload, commit, cancel, undo — on the page and the API): they
 * wait however long the database is busy. Page actions post to the page's path (single fetch
 * adds `.data`).
 */
const IMPORT_WRITE = /^\/(?:imports(?:\/upload)?|api\/v1\/imports?(?:\/.*)?)(?:\.data)?\/?$/

export function waitsForItsTurn(method: string, path: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && IMPORT_WRITE.test(path)
}

/**
 * The embedded database's imports, one request at a time in arrival order: a preview stages its
 * file in many statements, and without this lane a second import's statements would interleave
 * with the first's and either could finish first. The other requests pass between the
 * statements of the import in the lane.
 */
export class ImportLane {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves once it is the caller's turn, with the function that ends the turn. */
  enter(): Promise<() => void> {
    let leave!: () => void
    const left = new Promise<void>((resolve) => (leave = resolve))
    const turn = this.tail.then(() => leave)
    this.tail = this.tail.then(() => left)
    return turn
  }
}

/** The answer to a request the busy database turned away. */
export function busyResponse(routeId: string, error: DatabaseBusyError) {
  const seconds = error.retryAfterSeconds
  const headers = { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' }
  if (routeId.startsWith('routes/api.')) {
    return Response.json(
      { error: 'database_busy', message: error.message, retry_after_seconds: seconds },
      { status: 503, headers },
    )
  }
  return data<PageErrorData>(
    { messages: [{ key: 'error.busy.body', params: { seconds } }] },
    { status: 503, headers },
  )
}

type Handler = (args: never) => unknown

function answeringBusy<F extends Handler>(routeId: string, handler: F): F {
  return (async (args: never) => {
    try {
      return await handler(args)
    } catch (error) {
      if (DatabaseBusyError.is(error)) throw busyResponse(routeId, error)
      throw error
    }
  }) as F
}

/** The same build, its loaders and actions answering DatabaseBusyError with a 503. */
export function withBusyAnswers(build: ServerBuild): ServerBuild {
  const routes: ServerBuild['routes'] = {}
  for (const [id, route] of Object.entries(build.routes)) {
    if (!route) continue
    const { loader, action } = route.module
    routes[id] = {
      ...route,
      module: {
        ...route.module,
        ...(loader ? { loader: answeringBusy(id, loader) } : {}),
        ...(action ? { action: answeringBusy(id, action) } : {}),
      },
    }
  }
  return { ...build, routes }
}
