// The document, the app shell and the error boundary. The root loader resolves the language
// (?lang= → cookie → kk); the document loads that language's shared messages for useT() from
// their cacheable script (app/i18n/shared-messages.ts) before the app's own. It also sends
// anonymous visitors of any non-public page to /login (each route's loader checks again: client
// navigations do not rerun this loader) and gives the shell the user and the forms' CSRF token.
import {
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { useEffect, type ReactNode } from 'react'
import { AppShell } from './components/app-shell'
import { ErrorPage } from './components/error-page'
import { resolveLanguage } from './i18n/language.server'
import { defaultLanguage } from './i18n/languages'
import { useSharedMessages } from './i18n/shared-messages'
import { useNonce } from './http/nonce'
import { isPublicPath, optionalUser, requireUser } from './accounts/policy.server'
import type { RootData } from './root-data'
import { unreadCount } from './alerts/inbox.server'
import styles from './styles/app.css'

export const links: LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: styles },
]

export const meta: MetaFunction = () => [{ title: 'Sapa' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, setCookie } = resolveLanguage(request)
  const user = isPublicPath(new URL(request.url).pathname)
    ? await optionalUser(request, context)
    : await requireUser(request, context)
  const body: RootData = {
    lang,
    user: user && {
      name: user.name,
      email: user.email,
      role: user.role,
      regionCode: user.regionCode,
      agencyId: user.agencyId,
    },
    csrfToken: user?.csrfToken ?? null,
    unreadAlerts: user ? await unreadCount(context.db, user.id) : 0,
  }
  return data(body, setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined)
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root')
  const shared = useSharedMessages()
  const nonce = useNonce()
  return (
    <html lang={root?.lang ?? shared?.lang ?? defaultLanguage}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* The app hydrates once it has run (entry.client.tsx). */}
        {shared && <script async src={shared.src} data-shared-messages="" />}
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce || undefined} />
        <Scripts nonce={nonce || undefined} />
      </body>
    </html>
  )
}

export default function App() {
  // Marks the document once React has hydrated it: browser tests act on a page only after that
  // (a click before it is a full page load, not the app's navigation).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  // The language changed without a new document (the cookie set by another tab, then a
  // navigation here): its shared messages come with one.
  const lang = useRouteLoaderData<typeof loader>('root')?.lang
  const shared = useSharedMessages()
  useEffect(() => {
    if (lang && shared && lang !== shared.lang) window.location.reload()
  }, [lang, shared])
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  return (
    <AppShell>
      <ErrorPage error={error} />
    </AppShell>
  )
}
