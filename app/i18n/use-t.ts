// useT(): the translator for the language the root loader resolved, for any component. Its
// messages are the shared part (shared-messages.ts: the server's context, the browser's cached
// script) plus the `messages` of every matched route whose loader sent its page's part
// (messages.server.ts: pageMessages): the browser only ever holds the request's language, and
// only the parts the open page needs.
import { useMatches, useRouteLoaderData } from '@remix-run/react'
import type { RootData } from '~/root-data'
import type { Messages } from './kk'
import { defaultLanguage, type Language } from './languages'
import { useSharedMessages } from './shared-messages'
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
  const shared = useSharedMessages()
  const matches = useMatches()
  const lang = data?.lang ?? shared?.lang ?? defaultLanguage
  // The shared part is the document's language; a page in another (the language changed without
  // a new document, which App answers with one: root.tsx) keeps it until then. Without it (never
  // expected) a key shows as itself.
  const parts = [
    shared?.messages ?? NONE,
    ...matches
      .map((m) => m.data)
      .filter(hasMessages)
      .map((d) => d.messages),
  ]
  return translatorOf(lang, parts)
}
