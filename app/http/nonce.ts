// The per-request CSP nonce (set by server.ts) for the scripts Remix renders inline: the root
// layout's <Scripts> and <ScrollRestoration>. Empty in the browser, where nothing is rendered inline.
import { createContext, useContext } from 'react'

export const NonceContext = createContext<string>('')

export function useNonce(): string {
  return useContext(NonceContext)
}
