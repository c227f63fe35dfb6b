// /admin/standards — a standard's definition file (docs/standards.md, decision 0033): the stored
// standards and their editions; a file is checked first (each error with its path in the file,
// or the difference against the stored edition), then stored once the administrator confirms —
// one transaction, one audit row. Administrators only.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { adminFormAction } from '~/admin/admin-route.server'
import { standardsAdminAction, standardsAdminPage } from '~/admin/standards-page.server'
import { ConfirmChange } from '~/components/confirm-change'
import { CsrfField } from '~/components/csrf-field'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · standards' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  return standardsAdminPage(context.db, resolveLanguage(request).lang)
}

export const action = (args: ActionFunctionArgs) => adminFormAction(args, standardsAdminAction)

export default function AdminStandards() {
  const { standards } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const tr = useT()
  const { t } = tr
  const counts = result?.ok
    ? { id: result.standardId, count: tr.number(result.changes.length) }
    : null
  return (
    <>
      <h1>{t('admin.standards.title')}</h1>
      <p className="lead">{t('admin.standards.intro')}</p>

      {result && !result.ok && (
        <div className="form-error" role="alert">
          {result.noFile ? (
            <p>{t('admin.standards.noFile')}</p>
          ) : (
            <>
              <p>{t('admin.standards.refused')}</p>
              <div className="table-wrap">
                <table className="admin-table standards-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.standards.col.path')}</th>
                      <th scope="col">{t('admin.standards.col.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.problems.map((p, i) => (
                      <tr key={i}>
                        <th scope="row">
                          <code>{p.path || t('admin.standards.fileRoot')}</code>
                        </th>
                        <td>{t(p.key, p.params)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
      )}

      {result?.ok && counts && (
        <section aria-labelledby="standards-result">
          <h2 id="standards-result" className="visually-hidden">
            {t('admin.standards.col.path')}
          </h2>
          {result.unchanged ? (
            <div className="form-success" role="status">
              <p>{t('admin.standards.unchanged', { id: result.standardId })}</p>
            </div>
          ) : result.stored ? (
            <div className="form-success" role="status">
              <p>
                {t('admin.standards.stored', counts)}{' '}
                {t('admin.standards.recomputed', {
                  cases: tr.number(result.recomputed.casesChanged),
                  checked: tr.number(result.recomputed.casesChecked),
                })}
              </p>
            </div>
          ) : (
            <>
              <p>{t('admin.standards.dryRun', counts)}</p>
              {result.definition !== null && (
                <ConfirmChange
                  question={`${t('admin.standards.recomputed', {
                    cases: tr.number(result.recomputed.casesChanged),
                    checked: tr.number(result.recomputed.casesChecked),
                  })} ${t('admin.standards.confirm')}`}
                  fields={{ definition: result.definition }}
                  confirmLabel={t('admin.standards.store')}
                  cancelLabel={t('admin.common.cancel')}
                />
              )}
            </>
          )}
          {result.changes.length > 0 && (
            <div className="table-wrap">
              <table className="admin-table standards-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.standards.col.path')}</th>
                    <th scope="col">{t('admin.standards.col.before')}</th>
                    <th scope="col">{t('admin.standards.col.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.changes.map((c, i) => (
                    <tr key={i}>
                      <th scope="row">
                        <code>{c.path || t('admin.standards.newStandard')}</code>
                      </th>
                      <td>
                        <code>{c.before ?? t('admin.standards.absent')}</code>
                      </td>
                      <td>
                        <code>{c.after ?? t('admin.standards.absent')}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      <Form method="post" encType="multipart/form-data" className="admin-form">
        <CsrfField />
        <label>
          {t('admin.standards.file')}
          <input type="file" name="file" accept="application/json,.json" required />
        </label>
        <button type="submit">{t('admin.standards.check')}</button>
      </Form>

      <section aria-labelledby="standards-list">
        <h2 id="standards-list">{t('admin.standards.list')}</h2>
        <div className="table-wrap">
          <table className="admin-table standards-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.standards.col.standard')}</th>
                <th scope="col">{t('admin.standards.col.editions')}</th>
                <th scope="col">{t('admin.standards.col.export')}</th>
              </tr>
            </thead>
            <tbody>
              {standards.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.name}
                    <span className="cell-note">
                      <code>{s.id}</code>
                    </span>
                  </th>
                  <td>
                    <ul className="plain-list">
                      {s.editions.map((e) => (
                        <li key={e.number}>
                          {t('standard.edition.name', { number: e.number })}:{' '}
                          {e.validTo === null
                            ? t('standard.edition.inForceFrom', { from: tr.date(e.validFrom) })
                            : t('standard.edition.inForceBetween', {
                                from: tr.date(e.validFrom),
                                to: tr.date(e.validTo),
                              })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <code>npm run sapa -- standard export {s.id}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
