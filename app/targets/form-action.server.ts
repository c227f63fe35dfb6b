// The /targets form action: reads one posted form (CSRF already checked), parses it with its
// schema, checks the role before the fields, runs the workflow action, and answers as the page
// expects — a redirect back with a notice, the field errors with 400, 403 / 404 / 400 otherwise.
import { data, redirect } from '@remix-run/node'
import type { Db } from '../../db/client.server'
import { BadTargetForm, TargetForbidden, TargetNotFound } from './errors.server'
import {
  ApproveAllFields,
  ApproveFields,
  Intent,
  parseFields,
  ProposeFields,
  RejectFields,
  type FieldErrors,
  type TargetIntent,
} from './forms.server'
import { assertMayDecide, assertMayDecideStandard, assertMayPropose } from './permissions.server'
import {
  approveAllTargets,
  approveTarget,
  proposeTarget,
  rejectTarget,
  type Actor,
} from './workflow.server'

export type TargetFormResult =
  | { ok: true; done: 'proposed' | 'approved' | 'rejected' | 'approved-all'; count: number }
  | {
      ok: false
      intent: TargetIntent['intent']
      /** Which form failed: `propose:<indicator>:<unit>`, `decide:<target>` or `approve-all`. */
      formKey: string
      errors: FieldErrors
      values: Record<string, string>
    }

/** Reads one posted form (CSRF already checked); throws TargetForbidden / TargetNotFound. */
export async function submitTargetForm(
  db: Db,
  actor: Actor,
  form: FormData,
): Promise<TargetFormResult> {
  const fields = Object.fromEntries(
    [...form.keys()].filter((k) => k !== 'targetIds').map((k) => [k, String(form.get(k))]),
  )
  const intent = Intent.safeParse({ ...fields, targetIds: form.getAll('targetIds') })
  if (!intent.success) throw new BadTargetForm('malformed target form')
  const input = intent.data
  const values = Object.fromEntries(
    ['value', 'comment', 'orderNumber', 'orderDate', 'justification']
      .filter((k) => typeof fields[k] === 'string')
      .map((k) => [k, fields[k]!.slice(0, 2000)]),
  )
  const fail = (formKey: string, errors: FieldErrors): TargetFormResult => ({
    ok: false,
    intent: input.intent,
    formKey,
    errors,
    values,
  })
  switch (input.intent) {
    case 'propose': {
      const key = `propose:${input.indicatorId}:${input.region}`
      const parsed = parseFields(ProposeFields, fields)
      if (!parsed.ok) {
        // The role is checked before the fields: a refused actor learns nothing from validation.
        await assertMayPropose(db, actor.user, input.indicatorId, input.region)
        return fail(key, parsed.errors)
      }
      const outcome = await proposeTarget(db, actor, { ...input, ...parsed.value })
      return outcome.ok ? { ok: true, done: 'proposed', count: 1 } : fail(key, outcome.errors)
    }
    case 'approve': {
      const key = `decide:${input.targetId}`
      const parsed = parseFields(ApproveFields, fields)
      if (!parsed.ok) {
        await assertMayDecide(db, actor.user, input.targetId)
        return fail(key, parsed.errors)
      }
      const outcome = await approveTarget(db, actor, { targetId: input.targetId, ...parsed.value })
      return outcome.ok ? { ok: true, done: 'approved', count: 1 } : fail(key, outcome.errors)
    }
    case 'reject': {
      const key = `decide:${input.targetId}`
      const parsed = parseFields(RejectFields, fields)
      if (!parsed.ok) {
        await assertMayDecide(db, actor.user, input.targetId)
        return fail(key, parsed.errors)
      }
      const outcome = await rejectTarget(db, actor, { targetId: input.targetId, ...parsed.value })
      return outcome.ok ? { ok: true, done: 'rejected', count: 1 } : fail(key, outcome.errors)
    }
    case 'approve-all': {
      const parsed = parseFields(ApproveAllFields, fields)
      if (!parsed.ok) {
        await assertMayDecideStandard(db, actor.user, input.standard)
        return fail('approve-all', parsed.errors)
      }
      const outcome = await approveAllTargets(db, actor, { ...input, ...parsed.value })
      return outcome.ok
        ? { ok: true, done: 'approved-all', count: outcome.ids.length }
        : fail('approve-all', outcome.errors)
    }
  }
}

/**
 * The route's action after requireUser and requireCsrf: a done form redirects back to the page
 * (GET after POST, with a notice); a form with field errors answers 400 with them — 422 when a
 * value weaker than the normative or the last approved target lacks its justification (the form
 * is well made; what it asks for needs words, decision 0025); a role or scope that may not act
 * gets 403, an unknown target or indicator 404.
 */
export async function targetFormResponse(db: Db, actor: Actor, form: FormData, requestUrl: string) {
  try {
    const result = await submitTargetForm(db, actor, form)
    if (!result.ok) {
      return data(result, { status: result.errors.justification ? 422 : 400 })
    }
    const url = new URL(requestUrl)
    const back = new URLSearchParams()
    for (const key of ['year', 'standard', 'region']) {
      const value = url.searchParams.get(key)
      if (value) back.set(key, value)
    }
    back.set('done', result.done)
    back.set('count', String(result.count))
    return redirect(`${url.pathname}?${back.toString()}`)
  } catch (error) {
    const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
    if (error instanceof TargetForbidden) {
      throw new Response('Your role or region may not do this.', { status: 403, headers: plain })
    }
    if (error instanceof TargetNotFound) {
      throw new Response('No such target, indicator or region.', { status: 404, headers: plain })
    }
    if (error instanceof BadTargetForm) {
      throw new Response('Malformed form.', { status: 400, headers: plain })
    }
    throw error
  }
}
