// `standard import <file.json> [--dry-run] [--lang kk|ru|en] [--as EMAIL]` and
// `standard export <id> [--edition N] [--out FILE]`: a standard's definition file in and out
// (docs/standards.md). The same modules as the administrator's page: checked in full, stored in
// one transaction with an audit row; the export writes the same format, byte for byte.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { userForSignIn } from '../../db/queries/accounts'
import { CLI_SOURCE } from '../accounts/audit.server'
import { isLanguage } from '../i18n/languages'
import { translatorFor } from '../i18n/messages.server'
import { definitionText } from '../standards/definition.server'
import { exportDefinition } from '../standards/export.server'
import { importDefinitionText } from '../standards/store.server'
import { UsageError } from './usage-error'

export interface StandardCommandResult {
  output: string
  exitCode: number
}

export async function standardCommand(db: Db, args: string[]): Promise<StandardCommandResult> {
  const [verb, ...rest] = args
  if (verb === 'import') return importVerb(db, rest)
  if (verb === 'export') return { output: await exportVerb(db, rest), exitCode: 0 }
  throw new UsageError('standard: use "standard import <file.json>" or "standard export <id>"')
}

async function importVerb(db: Db, args: string[]): Promise<StandardCommandResult> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      as: { type: 'string' },
    },
  })
  if (positionals.length !== 1) throw new UsageError('standard import: give one <file.json>')
  // The operator stores as the system; `--as` names the administrator the audit row records —
  // the reference data is an administrator's (app/accounts/policy.server.ts), no one else's.
  let userId: number | null = null
  if (values.as !== undefined) {
    const user = await userForSignIn(db, values.as)
    if (!user || !user.active || user.role !== 'admin') {
      throw new UsageError(`--as: ${values.as} is not an active administrator`)
    }
    userId = user.id
  }
  if (!isLanguage(values.lang)) throw new UsageError('--lang must be kk, ru or en')
  const { t } = translatorFor(values.lang)
  const file = positionals[0]!
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
  const result = await importDefinitionText(db, text, {
    dryRun: values['dry-run'],
    userId,
    source: CLI_SOURCE,
  })
  if (!result.ok) {
    const lines = result.problems.map(
      (p) => `${file}: ${p.path || '(file)'}: ${t(p.key, p.params)}`,
    )
    return { output: lines.join('\n') + '\n', exitCode: 1 }
  }
  const lines: string[] = []
  const head = result.unchanged
    ? t('admin.standards.unchanged', { id: result.standardId })
    : result.dryRun
      ? t('admin.standards.dryRun', { id: result.standardId, count: result.changes.length })
      : t('admin.standards.stored', { id: result.standardId, count: result.changes.length })
  lines.push(head)
  for (const c of result.changes) {
    lines.push(
      `  ${c.path || '(standard)'}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`,
    )
  }
  if (!result.unchanged) {
    lines.push(
      t('admin.standards.recomputed', {
        cases: result.recomputed.casesChanged,
        checked: result.recomputed.casesChecked,
        complaints: result.recomputed.complaintsChanged,
        complaintsChecked: result.recomputed.complaintsChecked,
      }),
    )
  }
  return { output: lines.join('\n') + '\n', exitCode: 0 }
}

async function exportVerb(db: Db, args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { edition: { type: 'string' }, out: { type: 'string' } },
  })
  if (positionals.length !== 1) throw new UsageError('standard export: give one standard <id>')
  let edition: number | undefined
  if (values.edition !== undefined) {
    edition = Number(values.edition)
    if (!Number.isInteger(edition) || edition < 1) {
      throw new UsageError('--edition must be a positive whole number')
    }
  }
  const definition = await exportDefinition(db, positionals[0]!, { edition })
  if (!definition) throw new UsageError(`standard export: no standard "${positionals[0]}"`)
  if (edition !== undefined && definition.editions.length === 0) {
    throw new UsageError(`standard export: "${positionals[0]}" has no edition ${edition}`)
  }
  const text = definitionText(definition)
  if (values.out !== undefined) {
    writeFileSync(values.out, text)
    return `written ${values.out}\n`
  }
  return text
}
