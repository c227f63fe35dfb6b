// /account/alerts — a user's subscription: the rules, regions and standards wanted, within what
// the role reads; inbox and/or e-mail; the weekly digest on or off. A region or a standard beyond
// the user's scope is a 422 with its message (never silently dropped); so is no channel at all.
// Every change is one audit row (alert.subscription).
import { data } from '@remix-run/node'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  alertReader,
  regionChoices,
  saveSubscription,
  standardNames,
} from '../../db/queries/alerts'
import { audit, type AuditSource } from '../accounts/audit.server'
import type { CurrentUser } from '../accounts/policy.server'
import {
  ALERT_CHANNELS,
  ALERT_RULES,
  rulesForRole,
  subscriptionProblems,
} from '../domain/alert-rules'
import { regionCode, standardId } from '../http/input-schemas.server'
import { localName, type Language } from '../i18n/languages'
import { preferencesOf, readerOf } from './readers.server'

export const SubscriptionForm = z.object({
  rules: z.array(z.enum(ALERT_RULES)).max(ALERT_RULES.length),
  regions: z.array(regionCode).max(50),
  standards: z.array(standardId).max(50),
  channels: z.array(z.enum(ALERT_CHANNELS)).max(ALERT_CHANNELS.length),
  digest: z.boolean(),
})

export function subscriptionInput(form: FormData) {
  return {
    rules: form.getAll('rules'),
    regions: form.getAll('regions'),
    standards: form.getAll('standards'),
    channels: form.getAll('channels'),
    digest: form.get('digest') === 'on',
  }
}

export async function subscriptionPage(db: Db, user: CurrentUser, lang: Language) {
  const row = await alertReader(db, user.id)
  if (!row) throw new Response('Not Found', { status: 404 })
  const reader = readerOf(row)
  const preferences = preferencesOf(row)
  const [regions, standards] = await Promise.all([regionChoices(db), standardNames(db)])
  return {
    origin: preferences.origin,
    rules: rulesForRole(row.role),
    chosen: {
      rules: preferences.rules,
      regions: regions.filter((r) => preferences.regionIds?.includes(r.id)).map((r) => r.code),
      standards: preferences.standardIds ?? [],
      channels: preferences.channels,
      digest: preferences.digest,
    },
    regions: regions
      .filter((r) => reader.role !== 'regional_qc' || r.id === reader.regionId)
      .map((r) => ({ code: r.code, name: localName(r, lang) })),
    standards: standards
      .filter((s) => reader.standards === 'all' || reader.standards.includes(s.id))
      .map((s) => ({ id: s.id, name: localName(s, lang) })),
  }
}

type FieldError =
  | { field: 'regions' | 'standards' | 'rules'; values: string }
  | { field: 'channels' | 'form'; values: null }

export async function subscriptionAction(
  db: Db,
  user: CurrentUser,
  form: FormData,
  source: AuditSource,
  /** The page's language: the user's alert mails are written in it from now on. */
  language?: Language,
) {
  const parsed = SubscriptionForm.safeParse(subscriptionInput(form))
  if (!parsed.success) {
    return data(
      { ok: false as const, errors: [{ field: 'form', values: null }] as FieldError[] },
      {
        status: 422,
      },
    )
  }
  const row = await alertReader(db, user.id)
  if (!row) throw new Response('Not Found', { status: 404 })
  const reader = readerOf(row)
  const regions = await regionChoices(db)
  const idOf = new Map(regions.map((r) => [r.code, r.id]))
  const codeOf = new Map(regions.map((r) => [r.id, r.code]))
  const unknown = parsed.data.regions.filter((c) => !idOf.has(c))
  if (unknown.length > 0) {
    return data(
      {
        ok: false as const,
        errors: [{ field: 'regions', values: unknown.join(', ') }] as FieldError[],
      },
      { status: 422 },
    )
  }
  const wanted = {
    rules: [...new Set(parsed.data.rules)],
    regionIds: parsed.data.regions.length ? parsed.data.regions.map((c) => idOf.get(c)!) : null,
    standardIds: parsed.data.standards.length ? [...new Set(parsed.data.standards)] : null,
    channels: [...new Set(parsed.data.channels)],
  }
  const problems = subscriptionProblems(wanted, reader)
  if (problems.length > 0) {
    const errors: FieldError[] = []
    for (const field of ['regions', 'standards', 'rules'] as const) {
      const values = problems.flatMap((p) =>
        p.field !== field
          ? []
          : p.field === 'regions'
            ? [codeOf.get(p.value) ?? String(p.value)]
            : 'value' in p
              ? [String(p.value)]
              : [],
      )
      if (values.length) errors.push({ field, values: values.join(', ') })
    }
    if (problems.some((p) => p.field === 'channels'))
      errors.push({ field: 'channels', values: null })
    return data({ ok: false as const, errors }, { status: 422 })
  }
  const before = preferencesOf(row)
  const after = { ...wanted, digest: parsed.data.digest, language }
  await db.transaction().execute(async (trx) => {
    await saveSubscription(trx, user.id, after)
    await audit(trx, {
      userId: user.id,
      action: 'alert.subscription',
      entity: 'user',
      entityId: user.id,
      before: {
        rules: before.rules,
        regionIds: before.regionIds,
        standardIds: before.standardIds,
        channels: before.channels,
        digest: before.digest,
        origin: before.origin,
      },
      after,
      source,
    })
  })
  return data({ ok: true as const, errors: [] as FieldError[] })
}
