// /admin/audit — the audit log: filters in the URL (a GET form, works without JavaScript), 50
// entries a page, newest first, who · when · action · entity · before → after · IP · user agent;
// /admin/audit/export downloads the filtered log as CSV. Administrators only.
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { AuditQuery, auditPage } from '~/admin/audit-page.server'
import { parsePageInput, queryObject } from '~/http/request-input.server'
import { fill } from '~/i18n/fill'
import { useAdminTexts } from '~/i18n/admin/use-admin-texts'
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
  const texts = useAdminTexts()
  const tr = useT()
  const a = texts.audit
  const f = a.filters
  return (
    <>
      <h1>{a.title}</h1>
      <p className="lead">{a.intro}</p>

      <Form method="get" className="filters admin-filters">
        <fieldset>
          <legend>{f.legend}</legend>
          <label>
            {f.action}
            <select name="action" defaultValue={page.filters.action}>
              <option value="">{f.any}</option>
              {page.choices.actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.user}
            <select name="user" defaultValue={page.filters.user}>
              <option value="">{f.any}</option>
              {page.choices.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.entity}
            <select name="entity" defaultValue={page.filters.entity}>
              <option value="">{f.any}</option>
              {page.choices.entities.map((entity) => (
                <option key={entity} value={entity}>
                  {entity}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.entityId}
            <input type="search" name="q" defaultValue={page.filters.q} maxLength={200} />
          </label>
          <label>
            {f.from}
            <input type="date" name="from" defaultValue={page.filters.from} />
          </label>
          <label>
            {f.to}
            <input type="date" name="to" defaultValue={page.filters.to} />
          </label>
          <div className="admin-filters__buttons">
            <button type="submit">{f.apply}</button>
            <Link to="/admin/audit">{f.clear}</Link>
          </div>
        </fieldset>
      </Form>

      <p className="admin-toolbar">
        <span>
          {fill(a.pageOf, {
            page: tr.number(page.page),
            pages: tr.number(page.pages),
            total: tr.number(page.total),
          })}
        </span>
        <a href={page.exportHref} download>
          {a.exportCsv}
        </a>
      </p>

      {page.rows.length === 0 ? (
        <p className="empty">{a.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="admin-table audit-table">
            <caption className="visually-hidden">{a.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{a.col.at}</th>
                <th scope="col">{a.col.user}</th>
                <th scope="col">{a.col.action}</th>
                <th scope="col">{a.col.entity}</th>
                <th scope="col">{a.col.change}</th>
                <th scope="col">{a.col.ip}</th>
                <th scope="col">{a.col.userAgent}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <td className="nowrap">
                    <time dateTime={row.atIso}>{row.at}</time>
                  </td>
                  <td>{row.userEmail ?? <span className="muted">{a.system}</span>}</td>
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
                      texts.common.none
                    )}
                  </td>
                  <td>
                    {row.changes.length === 0 ? (
                      texts.common.none
                    ) : (
                      <ul className="audit-changes">
                        {row.changes.map((c) => (
                          <li key={c.key}>
                            <span className="audit-changes__key">{c.key}</span>{' '}
                            {c.same ? (
                              <span>{c.after ?? c.before ?? texts.common.none}</span>
                            ) : (
                              <>
                                <del>{c.before ?? texts.common.none}</del> →{' '}
                                <ins>{c.after ?? texts.common.none}</ins>
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="nowrap">{row.ip ?? texts.common.none}</td>
                  <td className="audit-agent" title={row.userAgent ?? undefined}>
                    {row.userAgent ?? texts.common.none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(page.newerHref || page.olderHref) && (
        <nav className="pager" aria-label={a.pagination}>
          {page.newerHref ? <Link to={page.newerHref}>{a.newer}</Link> : <span />}
          {page.olderHref && <Link to={page.olderHref}>{a.older}</Link>}
        </nav>
      )}
    </>
  )
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
