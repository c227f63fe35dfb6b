// An import's preview and errors as the doors show them: each error on one line,
// "file · row · column · value · message", in the user's language.
import type { ScaleReading } from '../domain/survey-scale'
import type { Translator } from '../i18n/translate'
import type { ImportPreview } from './import.server'
import type { ImportError } from './issues.server'

export function errorText(t: Translator['t'], error: ImportError): string {
  const message = t(error.key, error.params)
  if (error.row === null) return message
  return t('import.line', {
    file: error.file,
    row: error.row,
    column: error.column ?? '',
    value: error.value ?? '',
    message,
  })
}

export function summaryText(t: Translator['t'], p: ImportPreview): string {
  return t('import.summary', {
    file: p.fileName,
    read: p.rowsRead,
    valid: p.rowsValid,
    invalid: p.rowsInvalid,
    new: p.rowsNew,
    updated: p.rowsUpdated,
    unchanged: p.rowsUnchanged,
  })
}

/**
 * How a survey file's answers were read, in words: the scale and what counts as satisfied, then
 * where the scale came from — or, for a file of only 0 and 1, the question to the user.
 */
export function scaleText(t: Translator['t'], r: ScaleReading): string {
  const e = r.evidence
  // Without evidence (not expected for these bases) a dash, never an unfilled `{row}`.
  const at = e
    ? { row: e.row, column: e.column, value: e.value }
    : { row: '—', column: '—', value: '—' }
  if (r.basis === 'unconfirmed') return t('import.scale.unconfirmed', at)
  if (r.scale === null) return t('import.scale.none')
  const read = t(r.scale === '1-5' ? 'import.scale.oneToFive' : 'import.scale.yesNo')
  const basis =
    r.basis === 'option'
      ? t('import.scale.byOption')
      : r.basis === 'column'
        ? t('import.scale.byColumn', at)
        : r.basis === 'confirmed'
          ? t('import.scale.byConfirmation')
          : t(r.scale === '1-5' ? 'import.scale.byScore' : 'import.scale.byWord', at)
  return `${read} ${basis}`
}

/** The preview as the API returns it: the errors carry their message in the user's language. */
export function previewToWire(t: Translator['t'], p: ImportPreview) {
  return {
    batch_id: p.batchId,
    kind: p.kind,
    source: p.source,
    file_name: p.fileName,
    status: p.status,
    rows_read: p.rowsRead,
    rows_valid: p.rowsValid,
    rows_invalid: p.rowsInvalid,
    rows_new: p.rowsNew,
    rows_updated: p.rowsUpdated,
    rows_unchanged: p.rowsUnchanged,
    file_error: p.fileError,
    error_count: p.errorCount,
    errors: p.errors.map((e) => ({
      file: e.file,
      row: e.row,
      column: e.column,
      value: e.value,
      code: e.key,
      message: t(e.key, e.params),
    })),
    /** Survey files: the scale their answers were read with (null: not asked yet, see basis). */
    survey_scale: p.surveyScale && {
      scale: p.surveyScale.scale,
      basis: p.surveyScale.basis,
      evidence: p.surveyScale.evidence,
      message: scaleText(t, p.surveyScale),
    },
  }
}
