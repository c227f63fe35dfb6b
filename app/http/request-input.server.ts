// Input parsing at the HTTP boundary and the errors it answers with: for pages a 400/404 thrown
// to the ErrorBoundary (message keys, shown in the user's language), for the JSON API a 400/404
// JSON body naming the parameter. Every query string and route parameter goes through
// parseInput, so the rules every value obeys (no control characters) are kept here, once.
import { data } from '@remix-run/node'
import type { z } from 'zod'
import type { MessageKey } from '../i18n/kk'
import type { MessageParams } from '../i18n/translate'
import { requestTranslator } from '../i18n/language.server'
import { isPageErrorData, type PageErrorData } from './page-error'

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; parameter: string; message: string; controlCharacter?: true }

/**
 * NUL and the other C0/C1 control characters: no parameter of Sapa's can hold one, no person types
 * one, and PostgreSQL refuses NUL in text (a `%00` reaching a query was a 500). Tab and line
 * breaks are refused too — no parameter is multi-line — and none can go into a header.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  }
  return false
}

export const CONTROL_CHARACTER_MESSAGE = 'contains a control character (such as %00)'

/** The first parameter (of an object of strings or string lists) holding a control character. */
function parameterWithControlCharacter(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null
  for (const [name, value] of Object.entries(input)) {
    const values: unknown[] = Array.isArray(value) ? value : [value]
    if (values.some((v) => typeof v === 'string' && hasControlCharacter(v))) return name
  }
  return null
}

/** Parses route params or a query string (as an object) with `schema`; names the bad parameter. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ParseResult<z.output<S>> {
  // Before the schema: a value a schema lets through as free text (a search, an office code the
  // database looks up) must not reach a query with a control character in it.
  const controlled = parameterWithControlCharacter(input)
  if (controlled !== null) {
    return {
      ok: false,
      parameter: controlled,
      message: CONTROL_CHARACTER_MESSAGE,
      controlCharacter: true,
    }
  }
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

/** In a form field a line break or a tab is text (a comment); NUL and the rest of C0 are not. */
function hasFormControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return true
    }
  }
  return false
}

/**
 * The body of a form action. A POST without a form body (none, another content type, a broken
 * one) reads as an empty form: the action's CSRF check then answers 403 — never a 500. A field
 * holding NUL (or another control character but tab and line breaks) is a 400 naming it, before
 * any door stores or looks it up (PostgreSQL refuses NUL in text: a sign-in with `%00` in the
 * e-mail was a 500).
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get('Content-Type') ?? ''
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return new FormData()
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return new FormData()
  }
  for (const [name, value] of form) {
    if (typeof value === 'string' && hasFormControlCharacter(value)) {
      throw pageError(400, [
        { key: 'error.badParameter', params: { parameter: name } },
        { key: 'error.controlCharacterFormHint' },
      ])
    }
  }
  return form
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
  const hint: { key: MessageKey; params?: MessageParams } | undefined = result.controlCharacter
    ? { key: 'error.controlCharacterHint' }
    : hints[result.parameter]
  throw pageError(400, [
    { key: 'error.badParameter', params: { parameter: result.parameter } },
    ...(hint ? [hint] : []),
  ])
}

// ── downloads ───────────────────────────────────────────────────────────────────────────────

/**
 * A download (a resource route: CSV, XLSX) has no ErrorBoundary: the 400 or 404 its loader throws
 * the way a page does reached the browser as Remix's "Unexpected Server Error". Wrapped, the same
 * messages come back as plain text in the user's language.
 */
export function downloadLoader<A extends { request: Request }>(
  loader: (args: A) => Promise<Response>,
): (args: A) => Promise<Response> {
  return async (args) => {
    try {
      return await loader(args)
    } catch (error) {
      const thrown = error as { type?: unknown; data?: unknown; init?: ResponseInit | null }
      if (thrown?.type !== 'DataWithResponseInit' || !isPageErrorData(thrown.data)) throw error
      const { t } = requestTranslator(args.request)
      const title = t(
        thrown.init?.status === 404 ? 'error.notFound.title' : 'error.badRequest.title',
      )
      const lines = thrown.data.messages.map((m) => t(m.key, m.params))
      throw new Response(`${title}\n\n${lines.join('\n')}\n`, {
        status: thrown.init?.status ?? 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }
  }
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

/**
 * The API's query parameters parsed with `schema`; a bad one is thrown as the 400 that names it
 * (a resource route answers a thrown Response as it is).
 */
export function parseApiQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const result = parseInput(schema, queryObject(request))
  if (!result.ok) throw apiBadRequest(result.parameter, result.message)
  return result.value
}

export function apiNotFound(message: string): Response {
  return apiJson({ error: 'not_found', message }, 404)
}
