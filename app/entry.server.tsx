// Remix's Node entry, plus the CSP nonce (server.ts sets it per request in the load context):
// handed to <RemixServer> (its inline scripts and single-fetch data), to React's stream, and to
// the root layout through NonceContext; the request's language's shared messages through
// SharedMessagesContext. Every page is rendered whole (onAllReady) and answered as
// one buffer: no route defers data, so streaming sent nothing earlier that mattered, and piping
// React's many small chunks through a web stream and the compression cost a fifth of a rendered
// overview's time (46 → 37 ms a request at 10M cases, decision 0039). A page that may be kept
// (server.ts hands a `pageMemo` slot, decision 0013) is also handed to the slot. React 18's NUL
// padding is dropped from every chunk (app/http/react-stream.server.ts).
// Pages and their data are never stored by a cache (PRIVATE_NO_STORE).
import { PassThrough } from 'node:stream'
import type { AppLoadContext, EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToPipeableStream } from 'react-dom/server'
import { refusedRetryAfter } from '../db/db-queue'
import { NonceContext } from './http/nonce'
import { resolveLanguage } from './i18n/language.server'
import { SharedMessagesContext } from './i18n/shared-messages'
import { sharedMessagesOf } from './i18n/shared-script.server'
import { withoutNulBytes } from './http/react-stream.server'

const ABORT_DELAY = 5_000

/**
 * Every page is made for the one who asked: a signed-in page holds figures of that user's scope
 * and the session's CSRF token, the sign-in page its anonymous token. No shared cache may keep
 * one, nor the browser's disk cache after sign-out. It replaces a route's own `no-store` (as
 * strict, and one rule for every page); a kept page (decision 0013) is stored with this header
 * and answered with it.
 */
const PRIVATE_NO_STORE = 'private, no-store'

/** The loader data of a client-side navigation (`*.data`): as private as the page it fills. */
export function handleDataRequest(response: Response): Response {
  if (response.headers.get('Cache-Control')?.includes('no-store')) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', PRIVATE_NO_STORE)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? ''
  // The request's language, as the root loader resolves it: its shared messages render the page
  // and the document names their script (app/i18n/shared-messages.ts).
  const shared = sharedMessagesOf(resolveLanguage(request).lang)
  const slot = responseStatusCode === 200 ? loadContext.pageMemo : undefined
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
  responseHeaders.set('Cache-Control', PRIVATE_NO_STORE)
  // The embedded database turned this request away (app/http/database-busy.server.ts): say when to
  // come back. Remix keeps a thrown response's headers only for routes with a `headers` export.
  const retryAfter = responseStatusCode === 503 ? refusedRetryAfter() : undefined
  if (retryAfter !== undefined) responseHeaders.set('Retry-After', String(retryAfter))
  return new Promise((resolve, reject) => {
    let shellRendered = false
    const onAllReady = () => {
      shellRendered = true
      const body = new PassThrough()
      const chunks: Buffer[] = []
      body.on('data', (chunk: Buffer) => chunks.push(withoutNulBytes(chunk)))
      body.on('end', () => {
        const html = Buffer.concat(chunks)
        if (slot && responseStatusCode === 200) {
          slot.keep(html.toString('utf8'), responseHeaders, nonce)
        }
        resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }))
      })
      body.on('error', reject)
      pipe(body)
    }
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <SharedMessagesContext.Provider value={shared}>
          <RemixServer
            context={remixContext}
            url={request.url}
            abortDelay={ABORT_DELAY}
            nonce={nonce || undefined}
          />
        </SharedMessagesContext.Provider>
      </NonceContext.Provider>,
      {
        nonce: nonce || undefined,
        onAllReady,
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          // Errors of the initial shell are logged by Remix; log those while streaming.
          if (shellRendered) console.error(error)
        },
      },
    )
    setTimeout(abort, ABORT_DELAY)
  })
}
