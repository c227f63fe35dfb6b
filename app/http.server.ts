// Input parsing at the HTTP boundary and the errors it answers with: for pages a 400/404 thrown
// to the ErrorBoundary (message keys, shown in the user's language), for the JSON API a 400/404
// JSON body naming the parameter.
import { data } from '@remix-run/node'
import type { z } from 'zod'
import type { MessageKey } from './i18n/kk'
import type { MessageParams } from './i18n/translate'
import type { PageErrorData } from './page-error'

export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; parameter: string; message: string }

/** Parses route params or a query string (as an object) with `schema`; names the bad parameter. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const issue = result.error.issues[0]
  return {
    ok: false,
    parameter: issue?.path.map(String).join('.') || 'query',
    message: issue?.message ?? 'is not valid',
  }
}

export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams)
}

// ── pages ───────────────────────────────────────────────────────────────────────────────────

function pageError(status: number, messages: PageErrorData['messages']) {
  return data<PageErrorData>({ messages }, { status })
}

export function pageNotFound(key: MessageKey, params?: MessageParams) {
  return pageError(404, [{ key, params }])
}

/** Parses page input or throws a 400 naming the parameter (with a hint where one helps). */
export function parsePageInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  hints: Partial<Record<string, { key: MessageKey; params?: MessageParams }>> = {},
): z.output<S> {
  const result = parseInput(schema, input)
  if (result.ok) return result.value
  const hint = hints[result.parameter]
  throw pageError(400, [
    { key: 'error.badParameter', params: { parameter: result.parameter } },
    ...(hint ? [hint] : []),
  ])
}

// ── JSON API ────────────────────────────────────────────────────────────────────────────────

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

export function apiBadRequest(parameter: string, message: string): Response {
  return apiJson(
    { error: 'bad_request', parameter, message: `query parameter "${parameter}" ${message}` },
    400,
  )
}

export function apiNotFound(message: string): Response {
  return apiJson({ error: 'not_found', message }, 404)
}
