// Rendered dashboard pages kept in the process (decision 0013). A dashboard page is a function
// of its URL, the signed-in session (user, role, scope, CSRF token), the language, the data
// version (migration 0008: raised by every write the numbers depend on) and the day. When all of
// those match a page rendered before, it is answered from memory before Remix runs — no loader,
// no serialisation, no render, no compression. Its inline scripts carry the nonce of the
// response that rendered it, so a kept page is served with a CSP that also lists their hashes
// (only of the scripts that carried that nonce: markup injected through data could not know
// it). Anything else (another method, a language switch, no session, an answer other than 200,
// a cookie being set) goes to Remix as usual.
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { embeddedQueueState, type Db } from '../../db/client.server'
import { dataVersion } from '../../db/queries/data-version'
import { sessionFromRequest } from '../accounts/auth.server'
import { resolveLanguage } from '../i18n/language.server'
import { contentSecurityPolicy } from '../http/security-headers.server'

/** Bytes of pages kept per process (with their gzip): a region dashboard is ≈ 0.55 MB. */
export const PAGE_MEMO_BYTES = 64 * 1024 * 1024

/** The pages kept: the dashboards, whose data changes only with the data version. */
const MEMO_PATHS = [
  /^\/$/,
  /^\/regions\/[^/]+$/,
  /^\/offices\/[^/]+$/,
  /^\/standards\/[^/]+\/[^/]+$/,
  /^\/indicators\/[^/]+\/[^/]+$/,
]

export function isMemoPath(pathname: string): boolean {
  return MEMO_PATHS.some((pattern) => pattern.test(pathname))
}

export interface KeptPage {
  headers: [string, string][]
  body: Buffer
  gzip: Buffer
  /** base64 SHA-256 of each inline script the render's nonce allowed. */
  scriptHashes: string[]
  bytes: number
}

/** What a request hands Remix when its page may be kept (the load context's `pageMemo`). */
export interface PageMemoSlot {
  /** Keeps the page Remix rendered for this request with `nonce`. */
  keep(html: string, headers: Headers, nonce: string): void
}

/** The hashes of the inline scripts whose opening tag carries `nonce="<nonce>"`. */
export function nonceScriptHashes(html: string, nonce: string): string[] {
  if (!nonce) return []
  const hashes: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes, content] = match
    if (!attributes!.includes(`nonce="${nonce}"`) || /\bsrc=/.test(attributes!)) continue
    hashes.push(createHash('sha256').update(content!, 'utf8').digest('base64'))
  }
  return hashes
}

export class PageMemo {
  private pages = new Map<string, KeptPage>()
  private bytes = 0

  constructor(private readonly maxBytes = PAGE_MEMO_BYTES) {}

  get(key: string): KeptPage | null {
    const page = this.pages.get(key)
    if (!page) return null
    this.pages.delete(key)
    this.pages.set(key, page)
    return page
  }

  keep(key: string, html: string, headers: Headers, nonce: string): void {
    if (headers.has('Set-Cookie')) return
    const body = Buffer.from(html, 'utf8')
    if (body.length > this.maxBytes / 4) return
    const gzip = gzipSync(body)
    const page: KeptPage = {
      headers: [...headers.entries()],
      body,
      gzip,
      scriptHashes: nonceScriptHashes(html, nonce),
      bytes: body.length + gzip.length,
    }
    this.forget(key)
    this.pages.set(key, page)
    this.bytes += page.bytes
    for (const [oldest, kept] of this.pages) {
      if (this.bytes <= this.maxBytes) break
      this.pages.delete(oldest)
      this.bytes -= kept.bytes
    }
  }

  private forget(key: string) {
    const old = this.pages.get(key)
    if (!old) return
    this.pages.delete(key)
    this.bytes -= old.bytes
  }

  get size(): number {
    return this.pages.size
  }
}

/**
 * The key of a request's page: everything its loaders read that is not in the URL. Null when the
 * request is not for a kept kind of page or cannot be answered from memory.
 */
export async function pageMemoKey(
  db: Db,
  secret: string | undefined,
  request: Request,
  now: Date,
): Promise<string | null> {
  const url = new URL(request.url)
  if (request.method !== 'GET' || !secret || !isMemoPath(url.pathname)) return null
  const { lang, setCookie } = resolveLanguage(request)
  if (setCookie) return null
  const session = await sessionFromRequest(db, request, secret, now)
  if (!session) return null
  const { user } = session
  const version = await dataVersion(db)
  return JSON.stringify([
    url.pathname + url.search,
    lang,
    version,
    // The loaders' "as of" is a date; the hour is finer than any of them.
    now.toISOString().slice(0, 13),
    session.sessionId,
    session.csrfToken,
    user,
  ])
}

/** Express middleware answering kept pages; it hands Remix a slot to keep the ones it renders. */
export function pageMemoMiddleware(db: Db, secret: string | undefined, memo = new PageMemo()) {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if (req.method !== 'GET' || !isMemoPath(req.path)) return next()
    // The embedded database busy (an import): the lookup would wait its turn like the page's own
    // loaders, so leave the page to them (decision 0016).
    if (embeddedQueueState(db)?.busy) return next()
    try {
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.originalUrl}`, {
        headers: { cookie: req.headers.cookie ?? '' },
      })
      const key = await pageMemoKey(db, secret, request, new Date())
      if (!key) return next()
      const page = memo.get(key)
      if (page) {
        const nonce = (res.locals.cspNonce as string | undefined) ?? ''
        for (const [name, value] of page.headers) res.setHeader(name, value)
        res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, page.scriptHashes))
        res.setHeader('X-Sapa-Page', 'kept')
        res.setHeader('Vary', 'Accept-Encoding')
        // Compressed once, when kept (the compression middleware leaves an encoded body alone).
        const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip'
        if (gzip) res.setHeader('Content-Encoding', 'gzip')
        const body = gzip ? page.gzip : page.body
        res.setHeader('Content-Length', String(body.length))
        res.status(200).end(body)
        return
      }
      const slot: PageMemoSlot = {
        keep: (html, headers, nonce) => memo.keep(key, html, headers, nonce),
      }
      res.locals.pageMemo = slot
      next()
    } catch (error) {
      next(error)
    }
  }
}
