// useT(): the translator for the language the root loader resolved, for any component. Its
// messages are the shared part the root loader sent plus the `messages` of every matched route
// whose loader sent its page's part (messages.server.ts: pageMessages): the browser only ever
// holds the request's language, and only the parts the open page needs.
import { useMatches, useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root-data'
import type { Messages } from './kk'
import { defaultLanguage, type Language } from './languages'
import { createTranslator, type Translator } from './translate'

/** What a page's loader adds to its data so that useT() can reach the page's own keys. */
export interface WithMessages {
  messages: Messages
}

function hasMessages(data: unknown): data is WithMessages {
  return typeof data === 'object' && data !== null && 'messages' in data
}

// One translator per combination of loaded parts (loader data keeps its identity between renders):
// a chain of weak maps, shared part → page part → …, holding the translator at its end.
interface Node {
  next: WeakMap<object, Node>
  translator?: Translator
}
const root: Node = { next: new WeakMap() }

function translatorOf(lang: Language, parts: readonly Messages[]): Translator {
  let node = root
  for (const part of parts) {
    let next = node.next.get(part)
    if (!next) node.next.set(part, (next = { next: new WeakMap() }))
    node = next
  }
  if (node.translator?.lang !== lang) {
    node.translator = createTranslator(lang, Object.assign({}, ...parts) as Messages)
  }
  return node.translator
}

const NONE: Messages = {}

export function useT(): Translator {
  const data = useRouteLoaderData<RootData>('root')
  const matches = useMatches()
  const lang = data?.lang ?? defaultLanguage
  // The root loader only reads the request, so its data is there even on error pages; without
  // it (never expected) a key shows as itself.
  const parts = [
    data?.dictionary ?? NONE,
    ...matches
      .map((m) => m.data)
      .filter(hasMessages)
      .map((d) => d.messages),
  ]
  return translatorOf(lang, parts)
}
