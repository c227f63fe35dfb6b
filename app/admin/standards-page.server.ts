// /admin/standards — a standard's definition file (docs/standards.md): the stored standards with
// their editions, and the two steps of storing a file: check it (every error with its path in
// the file, a dry run that shows the difference against the stored edition), then store it in
// one transaction with an audit row (app/standards/store.server.ts).
import type { Db } from '../../db/client.server'
import { listStandards } from '../../db/queries/reference'
import { listEditions } from '../../db/queries/standard-editions'
import { localName, type Language } from '../i18n/languages'
import { importDefinitionText } from '../standards/store.server'
import type { AdminActor } from './actor.server'

/** The file's text is at most this long (the five seeded standards export to 20–45 kB each). */
export const MAX_DEFINITION_BYTES = 2_000_000

export async function standardsAdminPage(db: Db, lang: Language) {
  const [standards, editions] = await Promise.all([listStandards(db), listEditions(db)])
  return {
    standards: standards.map((s) => ({
      id: s.id,
      name: localName(s, lang),
      editions: editions
        .filter((e) => e.standardId === s.id)
        .map((e) => ({ number: e.edition, validFrom: e.validFrom, validTo: e.validTo })),
    })),
  }
}

/** A change as the page lists it: the values as short JSON. */
function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const text = JSON.stringify(value)
  return text.length > 300 ? `${text.slice(0, 299)}…` : text
}

export async function standardsAdminAction(db: Db, form: FormData, actor: AdminActor) {
  const file = form.get('file')
  const typed = form.get('definition')
  let text: string | null = null
  if (typeof typed === 'string' && typed.trim() !== '') text = typed
  else if (file instanceof File && file.size > 0) text = await file.text()
  if (text === null) return { ok: false as const, noFile: true as const, problems: [] }
  if (text.length > MAX_DEFINITION_BYTES) {
    return {
      ok: false as const,
      noFile: false as const,
      problems: [
        {
          path: '',
          key: 'admin.standards.error.tooLarge' as const,
          params: { max: MAX_DEFINITION_BYTES },
        },
      ],
    }
  }
  const store = form.get('confirm') === '1'
  const result = await importDefinitionText(db, text, {
    dryRun: !store,
    userId: actor.userId,
    source: actor.source,
  })
  if (!result.ok) return { ok: false as const, noFile: false as const, problems: result.problems }
  return {
    ok: true as const,
    standardId: result.standardId,
    created: result.created,
    stored: !result.dryRun && !result.unchanged,
    unchanged: result.unchanged,
    changes: result.changes.map((c) => ({
      path: c.path,
      before: shown(c.before),
      after: shown(c.after),
    })),
    recomputed: result.recomputed,
    // Posted again by the confirmation form.
    definition: store ? null : text,
  }
}
