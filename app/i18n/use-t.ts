// useT(): the translator for the language the root loader resolved, for any component. Its
// messages are the shared part the root loader sent plus the `messages` of every matched route
// whose loader sent its page's part (messages.server.ts: pageMessages): the browser only ever
// holds the request's language, and only the parts the open page needs.
import { useMatches, useRouteLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import type { RootData } from '~/root-data'
import type { Messages } from './kk'
import { defaultLanguage } from './languages'
import { createTranslator, type Translator } from './translate'

/** What a page's loader adds to its data so that useT() can reach the page's own keys. */
export interface WithMessages {
  messages: Messages
}

function hasMessages(data: unknown): data is WithMessages {
  return typeof data === 'object' && data !== null && 'messages' in data
}

export function useT(): Translator {
  const root = useRouteLoaderData<RootData>('root')
  const matches = useMatches()
  const lang = root?.lang ?? defaultLanguage
  // The root loader only reads the request, so its data is there even on error pages; without
  // it (never expected) a key shows as itself.
  const parts = matches.map((m) => m.data).filter(hasMessages)
  const shared = root?.dictionary
  return useMemo(() => {
    const messages: Messages = Object.assign({}, shared, ...parts.map((p) => p.messages))
    return createTranslator(lang, messages)
    // The parts change with the matched routes' data; their identity is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, shared, ...parts.map((p) => p.messages)])
}
