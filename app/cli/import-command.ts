// `sapa import <kind> <file> --source NAME [--dry-run] [--accept-valid] [--sheet NAME]
//   [--lang kk|ru|en]`: previews the file, prints the counts and errors, and commits unless
// --dry-run. A file with invalid rows writes nothing unless --accept-valid (then its valid rows
// are written); the exit code is 1 whenever the file has errors, so scripts notice them.
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { isImportKind, IMPORT_KINDS } from '../import/formats.server'
import { cancelImport, commitImport, previewImport } from '../import/import.server'
import { errorText, summaryText } from '../import/messages.server'
import { dictionaryFor } from '../i18n/language.server'
import { isLanguage } from '../i18n/languages'
import { createTranslator } from '../i18n/translate'
import { UsageError } from './usage-error'

export async function importCommand(
  db: Db,
  args: string[],
): Promise<{ output: string; exitCode: number; batchId: number }> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'accept-valid': { type: 'boolean', default: false },
      sheet: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
  })
  const [kind, file] = positionals
  if (!kind || !isImportKind(kind)) {
    throw new UsageError(`import: the kind must be one of ${IMPORT_KINDS.join(', ')}`)
  }
  if (!file) throw new UsageError('import: name the file to import')
  if (!values.source)
    throw new UsageError('import: --source NAME is required (the system the file comes from)')
  if (!isLanguage(values.lang)) throw new UsageError('--lang must be kk, ru or en')
  const { t } = createTranslator(values.lang, dictionaryFor(values.lang))

  const preview = await previewImport(db, {
    kind,
    fileName: path.basename(file),
    input: createReadStream(file),
    source: values.source,
    sheet: values.sheet,
  })
  const lines = [summaryText(t, preview), ...preview.errors.map((e) => errorText(t, e))]
  if (preview.errorCount > preview.errors.length) {
    lines.push(`… ${preview.errorCount - preview.errors.length} more errors`)
  }
  const hasErrors = preview.errorCount > 0
  if (preview.fileError) {
    // previewImport already closed the batch.
  } else if (values['dry-run']) {
    await cancelImport(db, preview.batchId)
    lines.push('dry run: nothing written')
  } else if (hasErrors && !values['accept-valid']) {
    await cancelImport(db, preview.batchId)
    lines.push('nothing written: correct the file, or add --accept-valid to write the valid rows')
  } else {
    const result = await commitImport(db, preview.batchId, {
      acceptInvalid: values['accept-valid'],
    })
    lines.push(
      `committed batch ${result.batchId}: ${result.rowsInserted} new, ${result.rowsUpdated} updated, ${result.rowsUnchanged} unchanged`,
    )
  }
  return { output: lines.join('\n') + '\n', exitCode: hasErrors ? 1 : 0, batchId: preview.batchId }
}
