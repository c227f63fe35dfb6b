// The first steps every office, region and drill-down request takes, page and download alike:
// the signed-in user, the language, the route's parameters (a 404 when they are malformed), the
// user's scope, and the query; then one translation of what the dashboards throw — out of scope,
// an unknown standard — into the pages' localized 404s. A route keeps only what is its own.
import type { LoaderFunctionArgs } from '@remix-run/node'
import type { z } from 'zod'
import {
  AccessDenied,
  canRead,
  indicatorAccess,
  pageOutOfScope,
  requireUser,
  userScope,
  type DataAccess,
  type Scope,
} from '~/accounts/policy.server'
import { pageNotFound, parseInput, parsePageInput, queryObject } from '~/http/request-input.server'
import type { Language } from '~/i18n/languages'
import { requestTranslator } from '~/i18n/language.server'
import { UnknownScopeError } from '~/indicators/engine.server'
import { RegionParams } from '~/reference/views.server'
import { DrillDownParams, DrillDownQuery, OfficeParams } from './query.server'
import { UnknownStandardError } from './region-dashboard.server'

type NotFound = ReturnType<typeof pageNotFound>

export interface PageRequest<P> {
  lang: Language
  params: P
  scope: Scope
  /** The query string as plain fields, for the route's own schema. */
  input: Record<string, string>
}

async function pageRequest<S extends z.ZodType>(
  { request, params, context }: LoaderFunctionArgs,
  schema: S,
  malformed: () => NotFound,
): Promise<PageRequest<z.output<S>>> {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const parsed = parseInput(schema, params)
  if (!parsed.ok) throw malformed()
  const scope = await userScope(context.db, user)
  return { lang, params: parsed.value, scope, input: queryObject(request) }
}

/** /offices/:id… — the office's code in `params.id`. */
export function officeRequest(args: LoaderFunctionArgs) {
  return pageRequest(args, OfficeParams, () => pageNotFound('error.notFound.body'))
}

/** /regions/:code… — a region outside the caller's scope does not exist for them. */
export async function regionRequest(args: LoaderFunctionArgs) {
  const req = await pageRequest(args, RegionParams, () =>
    pageNotFound('error.regionNotFound', { code: args.params.code ?? '' }),
  )
  if (!canRead(req.scope, { regionCode: req.params.code })) throw pageOutOfScope()
  return req
}

/** /indicators/:standard/:code… — the drill-down's query, authorised like the API's. */
export async function drillDownRequest(args: LoaderFunctionArgs) {
  const req = await pageRequest(args, DrillDownParams, () => pageNotFound('error.notFound.body'))
  const query = parsePageInput(DrillDownQuery, req.input)
  const access: DataAccess = await withDashboardErrors(() =>
    indicatorAccess(args.context.db, req.scope, {
      region: query.region,
      district: query.district,
      office: query.office,
      standard: req.params.standard,
      year: query.year,
    }),
  )
  return { ...req, query, access }
}

/** Runs a dashboard's view: out of scope and an unknown standard become the localized 404s. */
export async function withDashboardErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof AccessDenied || error instanceof UnknownScopeError) throw pageOutOfScope()
    if (error instanceof UnknownStandardError) {
      throw pageNotFound('error.standardNotFound', { id: error.id })
    }
    throw error
  }
}

/** A view that came back empty (no such office, region or indicator) is a 404 too. */
export function found<T>(
  view: T | null | undefined,
  notFound: () => NotFound = () => pageNotFound('error.notFound.body'),
): T {
  if (view === null || view === undefined) throw notFound()
  return view
}
