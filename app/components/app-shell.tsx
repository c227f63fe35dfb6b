// The frame of every page: header with the product name, navigation (signed in), language switch
// and the user menu, the main content, and the footer. On a phone the header is one row: the
// product's name and a folding menu with the navigation, the languages and the user.
import { Link, NavLink, useLocation, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { languageNames, languages } from '~/i18n/languages'
import { useT } from '~/i18n/use-t'
import type { RootData } from '~/root-data'
import { InboxLink, UserMenu } from './user-menu'

function LanguageSwitch() {
  const { t, lang } = useT()
  const location = useLocation()
  return (
    <nav className="language-switch" aria-label={t('lang.label')}>
      <ul>
        {languages.map((code) => {
          const params = new URLSearchParams(location.search)
          params.set('lang', code)
          const current = code === lang
          return (
            <li key={code}>
              <Link
                to={`${location.pathname}?${params.toString()}`}
                lang={code}
                hrefLang={code}
                aria-current={current ? 'true' : undefined}
                // A new document: it loads the language's shared messages (root.tsx).
                reloadDocument
              >
                {languageNames[code]}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function NavLinks() {
  const { t } = useT()
  const user = useRouteLoaderData<RootData>('root')?.user
  return (
    <ul>
      <li>
        <NavLink to="/" end>
          {t('nav.overview')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/standards">{t('nav.standards')}</NavLink>
      </li>
      <li>
        <NavLink to="/regions">{t('nav.regions')}</NavLink>
      </li>
      <li>
        <NavLink to="/targets">{t('nav.targets')}</NavLink>
      </li>
      <li>
        <NavLink to="/methodology">{t('nav.methodology')}</NavLink>
      </li>
      <li>
        <NavLink to="/reports">{t('nav.reports')}</NavLink>
      </li>
      {user && (
        <li>
          <NavLink to="/data">{t('nav.data')}</NavLink>
        </li>
      )}
      {(user?.role === 'admin' || user?.role === 'regional_qc') && (
        <li>
          <NavLink to="/imports">{t('nav.imports')}</NavLink>
        </li>
      )}
      {user?.role === 'admin' && (
        <li>
          <NavLink to="/admin">{t('nav.admin')}</NavLink>
        </li>
      )}
    </ul>
  )
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useT()
  // A new page closes the phone menu (its <details> is keyed by the path).
  const location = useLocation()
  const root = useRouteLoaderData<RootData>('root')
  const user = root?.user
  const signedIn = Boolean(user)
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="currentColor" opacity="0.15" />
              <path d="M7 22h4V14H7zm7 0h4V9h-4zm7 0h4V5h-4z" fill="currentColor" />
              <path d="M6 25h20" stroke="#f5c400" strokeWidth="2" />
            </svg>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__subtitle">{t('app.subtitle')}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
          {/* On a phone the inbox stays beside the menu, so that its count is seen at once. */}
          {signedIn && (
            <span className="site-header__inbox">
              <InboxLink count={root?.unreadAlerts ?? 0} />
            </span>
          )}
          {/* On a phone the tools and the navigation fold into one menu (a <details>: it opens
              without JavaScript), so that the first screen shows the page, not the header. */}
          <details className="site-menu" key={location.pathname}>
            <summary className="site-menu__toggle">
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="2" />
              </svg>
              {t('layout.menu')}
            </summary>
            <div className="site-menu__body">
              {signedIn && (
                <nav aria-label={t('nav.label')}>
                  <NavLinks />
                </nav>
              )}
              <LanguageSwitch />
              <UserMenu />
            </div>
          </details>
        </div>
        {signedIn && (
          <nav className="site-nav" aria-label={t('nav.label')}>
            <div className="container">
              <NavLinks />
            </div>
          </nav>
        )}
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>{t('app.footerSource')}</p>
          <p>
            <Link to="/open-data">{t('nav.openData')}</Link>
          </p>
        </div>
      </footer>
    </>
  )
}
