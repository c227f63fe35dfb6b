// What the root loader (app/root.tsx) gives every page: the language (its shared messages are
// not data: app/i18n/shared-messages.ts), the signed-in user as the shell shows them, and the forms' CSRF token. Declared here rather than read
// from `typeof loader`, so that the shell, the translator and the forms that root.tsx renders can
// name it without importing root.tsx back (no import cycle, type-only ones included).
import type { AccountUser } from '../db/queries/accounts'
import type { Language } from './i18n/languages'

export interface RootData {
  lang: Language
  user: Pick<AccountUser, 'name' | 'email' | 'role' | 'regionCode' | 'agencyId'> | null
  csrfToken: string | null
  /** Alerts in the signed-in user's inbox not yet read (the header's badge). */
  unreadAlerts: number
}
