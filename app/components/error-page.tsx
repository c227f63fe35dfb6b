// An error shown in the user's language: 404 (unknown page, standard or region), 400 (a bad
// parameter, named), 503 (the embedded database busy with an import: try again in n s), anything
// else as a generic failure without internals. PageErrorBoundary is every page route's
// ErrorBoundary; the root's wraps the same page in the app shell.
import { Link, isRouteErrorResponse, useRouteError } from '@remix-run/react'
import { useT } from '~/i18n/use-t'
import { isPageErrorData } from '~/http/page-error'

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useT()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const messages =
    isRouteErrorResponse(error) && isPageErrorData(error.data)
      ? error.data.messages.map((m) => t(m.key, m.params))
      : []
  const title =
    status === 404
      ? t('error.notFound.title')
      : status === 400
        ? t('error.badRequest.title')
        : status === 503
          ? t('error.busy.title')
          : t('error.generic.title')
  const body = messages.length
    ? messages
    : [status === 404 ? t('error.notFound.body') : t('error.generic.body')]
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      {body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {status === 404 && !body.includes(t('error.notFound.body')) && (
        <p>{t('error.notFound.body')}</p>
      )}
      <p className="muted">{t('error.status', { status })}</p>
      <p>
        <Link to="/">{t('error.backToOverview')}</Link>
      </p>
    </section>
  )
}

/**
 * The ErrorBoundary every page route exports (`export { PageErrorBoundary as ErrorBoundary }`): the
 * error takes the place of that page only, so the app shell and any layout above it (the /admin
 * navigation) stay, with the language and the signed-in user's menu.
 */
export function PageErrorBoundary() {
  return <ErrorPage error={useRouteError()} />
}
