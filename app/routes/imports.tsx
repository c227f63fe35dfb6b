// /imports — the Import page (issue 4): check a file (kind, source, the file: dropped or chosen),
// see its preview (rows read, valid, invalid with the first errors as file · row · column ·
// value · message, new / updated / unchanged), write it or cancel, and the batch history with an
// undo (after a confirmation) per written batch. A survey file's preview says which answer scale
// it was read on; one of only 0 and 1 asks which, and offers to write only once answered. For administrators and regional departments (their
// region's batches only); works without JS. ?batch=N shows a batch, ?undo=N asks to confirm.
import { ListTable } from '~/components/list-table'
import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { ImportUploadForm } from '~/components/import-upload-form'
import { CsrfField } from '~/components/csrf-field'
import type { BatchStatus, ImportStateCode } from '~/import/batch-states'
import type { MessageKey } from '~/i18n/kk'
import type { MessageParams, Translator } from '~/i18n/translate'
import { useT } from '~/i18n/use-t'
import { importsAction, importsPage } from '~/import/page.server'
import importsCss from '~/styles/imports.css'
import { UPLOAD_ERROR_KEY } from '~/import/upload-errors'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: importsCss }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Sapa` : 'Sapa' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  return importsPage(request, context)
}

export async function action({ request, context }: ActionFunctionArgs) {
  return importsAction(request, context)
}

const STATUS_ICON: Record<BatchStatus, string> = {
  preview: '◔',
  committed: '✓',
  cancelled: '✕',
  undone: '↶',
}

/** Why the batch could not be committed, cancelled or undone, with the row or batch it names. */
function stateText(tr: Translator, code: ImportStateCode, params: MessageParams): string {
  return tr.t<MessageKey>(`imports.state.${code}`, params)
}

function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const tr = useT()
  return (
    <span className={`batch-status batch-status--${status}`}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span> {tr.t(`imports.status.${status}`)}
    </span>
  )
}

/** The history's row counts, in column order, and the batch field each shows. */
const COUNT_COLUMNS = ['read', 'new', 'updated', 'unchanged', 'invalid'] as const
const COUNT_FIELD = {
  read: 'rowsRead',
  new: 'rowsNew',
  updated: 'rowsUpdated',
  unchanged: 'rowsUnchanged',
  invalid: 'rowsInvalid',
} as const

export default function Imports() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const tr = useT()
  const { preview, undo, history } = page
  const n = (value: number) => tr.number(value)
  const busy = navigation.state !== 'idle'
  const uploadError =
    page.uploadError &&
    tr.t(`imports.uploadError.${UPLOAD_ERROR_KEY[page.uploadError]}`, {
      mb: tr.number(page.limitMb),
      prefix: page.sourcePrefix ?? '',
    })
  const actionError =
    result && 'error' in result ? stateText(tr, result.error.code, result.error.params) : null

  return (
    <>
      <h1>{tr.t('imports.title')}</h1>
      <p className="lead">{tr.t('imports.intro')}</p>

      {preview && (
        <section className="import-panel" id="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">
            {tr.t('imports.preview.title', { file: preview.fileName })}{' '}
            <span className="import-panel__batch">
              {tr.t('imports.preview.batch', { id: preview.id })}
            </span>
          </h2>
          <p className="import-panel__meta">
            <BatchStatusBadge status={preview.status} /> · {preview.kindName} · {preview.source} ·{' '}
            {preview.user} · {preview.created}
          </p>
          {actionError && (
            <p className="form-error" role="alert">
              {actionError}
            </p>
          )}
          {preview.status === 'committed' && (
            <p className="form-success" role="status">
              {tr.t('imports.preview.committed', {
                new: n(preview.rowsNew),
                updated: n(preview.rowsUpdated),
                unchanged: n(preview.rowsUnchanged),
              })}
            </p>
          )}
          {preview.status === 'cancelled' && (
            <p className={preview.fileError ? 'form-error' : 'notice'} role="status">
              {preview.fileError
                ? tr.t('imports.preview.fileError')
                : tr.t('imports.preview.cancelled')}
            </p>
          )}
          {preview.status === 'undone' && (
            <p className="notice" role="status">
              {tr.t('imports.preview.undone')}
            </p>
          )}
          {!preview.fileError && (
            <dl className="import-counts" aria-label={tr.t('imports.preview.counts')}>
              {(
                [
                  ['rowsRead', preview.rowsRead],
                  ['valid', preview.rowsValid],
                  ['invalid', preview.rowsInvalid],
                  ['new', preview.rowsNew],
                  ['updated', preview.rowsUpdated],
                  ['unchanged', preview.rowsUnchanged],
                ] as const
              )
                // Unread answers (a scale to confirm) cannot be compared with the stored rows yet.
                .filter(
                  ([key]) =>
                    !preview.surveyScale?.ask ||
                    key === 'rowsRead' ||
                    key === 'valid' ||
                    key === 'invalid',
                )
                .map(([key, value]) => (
                  <div key={key} className={`import-counts__${key}`}>
                    <dt>{tr.t(`imports.preview.${key}`)}</dt>
                    <dd>{n(value)}</dd>
                  </div>
                ))}
            </dl>
          )}
          {preview.surveyScale && (
            <p
              className={preview.surveyScale.ask ? 'notice survey-scale' : 'note survey-scale'}
              role={preview.surveyScale.ask ? 'alert' : undefined}
            >
              {preview.surveyScale.text}
            </p>
          )}
          {preview.status === 'preview' && preview.surveyScale?.ask && (
            <div className="import-actions survey-scale__ask">
              {(
                [
                  ['yes-no', tr.t('imports.preview.readYesNo')],
                  ['1-5', tr.t('imports.preview.readOneToFive')],
                ] as const
              ).map(([scale, label]) => (
                <Form method="post" className="inline-form" key={scale}>
                  <CsrfField />
                  <input type="hidden" name="intent" value="scale" />
                  <input type="hidden" name="batch" value={preview.id} />
                  <input type="hidden" name="scale" value={scale} />
                  <button type="submit" disabled={busy}>
                    {label}
                  </button>
                </Form>
              ))}
            </div>
          )}
          {preview.errors.length > 0 && (
            <>
              <h3>{tr.t('imports.preview.errorsTitle')}</h3>
              {preview.errors.length >= 100 && (
                <p className="note">
                  {tr.t('imports.preview.errorsShown', {
                    shown: n(preview.errors.length),
                    total: n(preview.rowsInvalid),
                  })}
                </p>
              )}
              <ListTable
                columns={[
                  { label: tr.t('imports.preview.col.file') },
                  { label: tr.t('imports.preview.col.row'), numeric: true },
                  { label: tr.t('imports.preview.col.column') },
                  { label: tr.t('imports.preview.col.value') },
                  { label: tr.t('imports.preview.col.message') },
                ]}
                className="import-errors"
              >
                {preview.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.file}</td>
                    <td className="num">{e.row === null ? '—' : n(e.row)}</td>
                    <td className="code">{e.column ?? '—'}</td>
                    <td className="import-errors__value">{e.value ?? ''}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </ListTable>
            </>
          )}
          {preview.status === 'preview' && (
            <div className="import-actions">
              {preview.rowsInvalid > 0 && (
                <p className="notice">{tr.t('imports.preview.invalidNote')}</p>
              )}
              {preview.rowsValid > 0 && !preview.surveyScale?.ask && (
                <Form method="post" className="inline-form">
                  <CsrfField />
                  <input type="hidden" name="intent" value="commit" />
                  <input type="hidden" name="batch" value={preview.id} />
                  {preview.rowsInvalid > 0 && <input type="hidden" name="accept_valid" value="1" />}
                  <button type="submit" disabled={busy}>
                    {preview.rowsInvalid > 0
                      ? tr.t('imports.preview.commitValid', { count: n(preview.rowsValid) })
                      : tr.t('imports.preview.commit')}
                  </button>
                </Form>
              )}
              <Form method="post" className="inline-form">
                <CsrfField />
                <input type="hidden" name="intent" value="cancel" />
                <input type="hidden" name="batch" value={preview.id} />
                <button type="submit" className="button-secondary" disabled={busy}>
                  {tr.t('imports.preview.cancel')}
                </button>
              </Form>
            </div>
          )}
          {preview.status === 'committed' && (
            <p>
              <Link to={`/imports?undo=${preview.id}#undo`}>{tr.t('imports.history.undo')}</Link>
            </p>
          )}
          <p>
            <Link to="/imports">{tr.t('imports.preview.close')}</Link>
          </p>
        </section>
      )}

      {undo && (
        <section
          className="import-panel import-panel--confirm"
          id="undo"
          aria-labelledby="undo-title"
        >
          <h2 id="undo-title">{tr.t('imports.undo.title', { id: undo.id })}</h2>
          <p>
            {tr.t('imports.undo.body', {
              new: n(undo.rowsNew),
              updated: n(undo.rowsUpdated),
              file: undo.fileName,
              kind: undo.kindName,
              when: undo.committed ?? undo.created,
            })}
          </p>
          {actionError && result && 'batch' in result && result.batch === undo.id && (
            <p className="form-error" role="alert">
              {actionError}
            </p>
          )}
          <div className="import-actions">
            <Form method="post" className="inline-form">
              <CsrfField />
              <input type="hidden" name="intent" value="undo" />
              <input type="hidden" name="batch" value={undo.id} />
              <button type="submit" disabled={busy}>
                {tr.t('imports.undo.confirm')}
              </button>
            </Form>
            <Link to="/imports">{tr.t('imports.undo.back')}</Link>
          </div>
        </section>
      )}

      <section aria-labelledby="import-upload-title">
        <h2 id="import-upload-title">{tr.t('imports.upload.title')}</h2>
        <ImportUploadForm
          kinds={page.kinds}
          sources={page.sources}
          sourcePrefix={page.sourcePrefix}
          limitMb={page.limitMb}
          initialError={uploadError || null}
        />
        <p className="note import-templates">
          {tr.t('imports.upload.templatesHint')}{' '}
          {page.kinds.map((k, i) => (
            <span key={k.kind}>
              {i > 0 && ' · '}
              {k.name}:{' '}
              <a href={`/api/v1/import/${k.kind}/template.csv`} download>
                CSV
              </a>
              ,{' '}
              <a href={`/api/v1/import/${k.kind}/template.xlsx`} download>
                XLSX
              </a>
            </span>
          ))}
        </p>
      </section>

      <section aria-labelledby="import-history-title">
        <h2 id="import-history-title">{tr.t('imports.history.title')}</h2>
        <p className="note">
          {page.region
            ? tr.t('imports.history.introRegion', { region: page.region })
            : tr.t('imports.history.introAll')}
        </p>
        <ListTable
          columns={[
            { label: tr.t('imports.history.col.id'), numeric: true },
            { label: tr.t('imports.history.col.created') },
            { label: tr.t('imports.history.col.user') },
            { label: tr.t('imports.history.col.kind') },
            { label: tr.t('imports.history.col.source') },
            { label: tr.t('imports.history.col.file') },
            ...COUNT_COLUMNS.map((column) => ({
              label: tr.t(`imports.history.col.${column}`),
              numeric: true,
            })),
            { label: tr.t('imports.history.col.status') },
            { label: tr.t('imports.history.col.actions') },
          ]}
          empty={{ when: history.length === 0, text: tr.t('imports.history.empty') }}
          className="import-history"
        >
          {history.map((b) => (
            <tr key={b.id} data-batch={b.id}>
              <th scope="row" className="num">
                <Link to={`/imports?batch=${b.id}#preview`}>{b.id}</Link>
              </th>
              <td className="nowrap">{b.created}</td>
              <td>{b.user}</td>
              <td>{b.kindName}</td>
              <td>{b.source}</td>
              <td className="import-history__file">{b.fileName}</td>
              {COUNT_COLUMNS.map((column) => (
                <td key={column} className="num">
                  {n(b[COUNT_FIELD[column]])}
                </td>
              ))}
              <td>
                <BatchStatusBadge status={b.status} />
              </td>
              <td className="nowrap">
                <Link to={`/imports?batch=${b.id}#preview`}>{tr.t('imports.history.open')}</Link>
                {b.status === 'committed' && (
                  <>
                    {' · '}
                    <Link to={`/imports?undo=${b.id}#undo`}>{tr.t('imports.history.undo')}</Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
