// /admin/audit — the audit log: filters in the URL (a GET form, works without JavaScript), 50
// entries a page, newest first, who · when · action · entity · before → after · IP · user agent;
// /admin/audit/export downloads the filtered log as CSV. Administrators only.
import { ListTable } from '~/components/list-table'
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { AuditQuery, auditPage } from '~/admin/audit-page.server'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { resolveLanguage } from '~/i18n/language.server'
import { useT } from '~/i18n/use-t'
import { requireAdmin, requireUser } from '~/accounts/policy.server'

// Administration pages are private to one person: never stored by a cache (a generated
// password is shown once in the users page's answer).
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export const meta: MetaFunction = () => [{ title: 'Sapa — admin · audit log' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(await requireUser(request, context), request)
  const { lang: _lang, ...input } = queryObject(request)
  const query = parsePageInput(AuditQuery, input)
  return auditPage(context.db, query, resolveLanguage(request).lang)
}

export default function AdminAudit() {
  const page = useLoaderData<typeof loader>()
  const tr = useT()
  const { t } = tr
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="lead">{t('admin.audit.intro')}</p>

      <Form method="get" className="filters admin-filters">
        <fieldset>
          <legend>{t('admin.audit.filters.legend')}</legend>
          <label>
            {t('admin.audit.filters.action')}
            <select name="action" defaultValue={page.filters.action}>
              <option value="">{t('admin.audit.filters.any')}</option>
              {page.choices.actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.audit.filters.user')}
            <select name="user" defaultValue={page.filters.user}>
              <option value="">{t('admin.audit.filters.any')}</option>
              {page.choices.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.audit.filters.entity')}
            <select name="entity" defaultValue={page.filters.entity}>
              <option value="">{t('admin.audit.filters.any')}</option>
              {page.choices.entities.map((entity) => (
                <option key={entity} value={entity}>
                  {entity}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.audit.filters.entityId')}
            <input type="search" name="q" defaultValue={page.filters.q} maxLength={200} />
          </label>
          <label>
            {t('admin.audit.filters.from')}
            <input type="date" name="from" defaultValue={page.filters.from} />
          </label>
          <label>
            {t('admin.audit.filters.to')}
            <input type="date" name="to" defaultValue={page.filters.to} />
          </label>
          <div className="admin-filters__buttons">
            <button type="submit">{t('admin.audit.filters.apply')}</button>
            <Link to="/admin/audit">{t('admin.audit.filters.clear')}</Link>
          </div>
        </fieldset>
      </Form>

      <p className="admin-toolbar">
        <span>
          {t('admin.audit.pageOf', {
            page: tr.number(page.page),
            pages: tr.number(page.pages),
            total: tr.number(page.total),
          })}
        </span>
        <a href={page.exportHref} download>
          {t('admin.audit.exportCsv')}
        </a>
      </p>

      <ListTable
        columns={[
          { label: t('admin.audit.col.at') },
          { label: t('admin.audit.col.user') },
          { label: t('admin.audit.col.action') },
          { label: t('admin.audit.col.entity') },
          { label: t('admin.audit.col.change') },
          { label: t('admin.audit.col.ip') },
          { label: t('admin.audit.col.userAgent') },
        ]}
        empty={{ when: page.rows.length === 0, text: t('admin.audit.empty') }}
        className="admin-table audit-table"
        srCaption={t('admin.audit.caption')}
      >
        {page.rows.map((row) => (
          <tr key={row.id}>
            <td className="nowrap">
              <time dateTime={row.atIso}>{row.at}</time>
            </td>
            <td>{row.userEmail ?? <span className="muted">{t('admin.audit.system')}</span>}</td>
            <td>
              <code>{row.action}</code>
            </td>
            <td>
              {row.entity ? (
                <>
                  {row.entity}
                  {row.entityId !== null && (
                    <>
                      {' '}
                      <code>{row.entityId}</code>
                    </>
                  )}
                </>
              ) : (
                t('admin.common.none')
              )}
            </td>
            <td>
              {row.changes.length === 0 ? (
                t('admin.common.none')
              ) : (
                <ul className="audit-changes">
                  {row.changes.map((c) => (
                    <li key={c.key}>
                      <span className="audit-changes__key">{c.key}</span>{' '}
                      {c.same ? (
                        <span>{c.after ?? c.before ?? t('admin.common.none')}</span>
                      ) : (
                        <>
                          <del>{c.before ?? t('admin.common.none')}</del> →{' '}
                          <ins>{c.after ?? t('admin.common.none')}</ins>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="nowrap">{row.ip ?? t('admin.common.none')}</td>
            <td className="audit-agent" title={row.userAgent ?? undefined}>
              {row.userAgent ?? t('admin.common.none')}
            </td>
          </tr>
        ))}
      </ListTable>

      {(page.newerHref || page.olderHref) && (
        <nav className="pager" aria-label={t('admin.audit.pagination')}>
          {page.newerHref ? <Link to={page.newerHref}>{t('admin.audit.newer')}</Link> : <span />}
          {page.olderHref && <Link to={page.olderHref}>{t('admin.audit.older')}</Link>}
        </nav>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
