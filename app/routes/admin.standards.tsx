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
import { editionValidity } from '~/components/edition-line'
import { ListTable } from '~/components/list-table'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

export { adminHeaders as headers } from '~/admin/admin-route.server'

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · standards' }]

/** The three tables of the page: the refusals, the difference, the stored standards. */
const TABLE = 'admin-table standards-table'

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
  const recomputed = result?.ok
    ? t('admin.standards.recomputed', {
        cases: tr.number(result.recomputed.casesChanged),
        checked: tr.number(result.recomputed.casesChecked),
        complaints: tr.number(result.recomputed.complaintsChanged),
        complaintsChecked: tr.number(result.recomputed.complaintsChecked),
      })
    : ''
  const code = (value: string | null) => <code>{value ?? t('admin.standards.absent')}</code>
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
              <ListTable
                className={TABLE}
                columns={[
                  { label: t('admin.standards.col.path') },
                  { label: t('admin.standards.col.problem') },
                ]}
              >
                {result.problems.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">{code(p.path || t('admin.standards.fileRoot'))}</th>
                    <td>{t(p.key, p.params)}</td>
                  </tr>
                ))}
              </ListTable>
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
                {t('admin.standards.stored', counts)} {recomputed}
              </p>
            </div>
          ) : (
            <>
              <p>{t('admin.standards.dryRun', counts)}</p>
              {result.definition !== null && (
                <ConfirmChange
                  question={`${recomputed} ${t('admin.standards.confirm')}`}
                  fields={{ definition: result.definition }}
                  confirmLabel={t('admin.standards.store')}
                  cancelLabel={t('admin.common.cancel')}
                />
              )}
            </>
          )}
          {result.changes.length > 0 && (
            <ListTable
              className={TABLE}
              columns={[
                { label: t('admin.standards.col.path') },
                { label: t('admin.standards.col.before') },
                { label: t('admin.standards.col.after') },
              ]}
            >
              {result.changes.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{code(c.path || t('admin.standards.newStandard'))}</th>
                  <td>{code(c.before)}</td>
                  <td>{code(c.after)}</td>
                </tr>
              ))}
            </ListTable>
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
        <ListTable
          className={TABLE}
          columns={[
            { label: t('admin.standards.col.standard') },
            { label: t('admin.standards.col.editions') },
            { label: t('admin.standards.col.export') },
          ]}
        >
          {standards.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.name}
                <span className="cell-note">{code(s.id)}</span>
              </th>
              <td>
                <ul className="plain-list">
                  {s.editions.map((e) => (
                    <li key={e.number}>
                      {t('standard.edition.name', { number: e.number })}: {editionValidity(tr, e)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{code(`npm run sapa -- standard export ${s.id}`)}</td>
            </tr>
          ))}
        </ListTable>
      </section>
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
