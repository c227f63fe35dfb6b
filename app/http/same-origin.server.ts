// Cross-origin writes are refused with 403 before Remix sees them. Remix itself aborts a document
// or data POST whose Origin names another host than Host (or X-Forwarded-Host) — with a 500 and a
// logged error; the same comparison here answers what it is: a forbidden request. API doors
// also check their CSRF header or Bearer token; this rule comes first, for every door alike.
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Host and port an Origin header names; null for `null` or a value that is not a URL. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null
  } catch {
    return null
  }
}

/**
 * True when a write names another origin than the host it was sent to. The host is the first
 * X-Forwarded-Host when present, else Host — the comparison Remix makes, so that nothing it would
 * abort gets through to it. A request without Origin (curl, the CLI's HTTP tools, old browsers)
 * is left to the door's own token check.
 */
export function isCrossOriginWrite(
  method: string,
  headers: { origin?: string; host?: string; forwardedHost?: string },
): boolean {
  if (!WRITES.has(method.toUpperCase()) || headers.origin === undefined) return false
  const host = headers.forwardedHost?.split(',')[0]?.trim() || headers.host
  return !host || originHost(headers.origin) !== host
}

export function sameOriginWrites() {
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    const forwardedHost = req.headers['x-forwarded-host']
    const crossOrigin = isCrossOriginWrite(req.method, {
      origin: req.headers.origin,
      host: req.headers.host,
      forwardedHost: Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost,
    })
    if (!crossOrigin) return next()
    res.setHeader('Cache-Control', 'no-store')
    if (req.path.startsWith('/api/')) {
      res.status(403).json({
        error: 'forbidden',
        message: 'cross-origin request: the Origin header names another site',
      })
    } else {
      res
        .status(403)
        .type('text/plain; charset=utf-8')
        .send('The form did not come from this site (its Origin is another one).')
    }
  }
}
