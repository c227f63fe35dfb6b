// What a page loader throws (with `data(…, { status })`) for the ErrorBoundary to show: message
// keys, translated in the browser in the user's language.
import type { MessageKey } from '../i18n/kk'
import type { MessageParams } from '../i18n/translate'

export interface PageErrorData {
  messages: { key: MessageKey; params?: MessageParams }[]
}

export function isPageErrorData(value: unknown): value is PageErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { messages?: unknown }).messages)
  )
}
