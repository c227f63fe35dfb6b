// The shared part of the registry in the page's language (every page's shell, errors, formats),
// for useT(). It is not part of any page's data: the server renders with it from a React context
// (entry.server.tsx), and the browser loads it once per language from a script whose address
// names its content (/i18n/<lang>.<hash>.js, app/i18n/shared-script.server.ts), kept by the
// browser for a year and never sent again. It was 55 KB of every page's 104 KB of loader data at
// the overview; encoding and compressing it on every request was a seventh of a rendered page.
import { createContext, useContext } from 'react'
import type { Dictionary } from './kk'
import type { Language } from './languages'

export interface SharedMessages {
  lang: Language
  messages: Dictionary
  /** The script's address: the document loads it before the app's own scripts. */
  src: string
}

declare global {
  interface Window {
    /** Set by the shared-messages script (app/i18n/shared-script.server.ts). */
    __sapaSharedMessages?: SharedMessages
  }
}

/** The server's: entry.server.tsx provides the request's language. */
export const SharedMessagesContext = createContext<SharedMessages | null>(null)

/** The shared messages: the server's context, else what the browser's script set. */
export function useSharedMessages(): SharedMessages | null {
  const provided = useContext(SharedMessagesContext)
  if (provided) return provided
  return typeof window === 'undefined' ? null : (window.__sapaSharedMessages ?? null)
}
