// Remix's browser entry, as its default, except that the app hydrates once the document's shared
// messages (app/i18n/shared-messages.ts) are there: their script loads beside the app's own and
// may arrive after them, and hydrating without them would render every shared text as its key.
import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'

function sharedMessagesLoaded(): Promise<void> {
  if (window.__sapaSharedMessages) return Promise.resolve()
  const script = document.querySelector<HTMLScriptElement>('script[data-shared-messages]')
  // No script (never expected): the app hydrates, and a shared text shows as its key.
  if (!script) return Promise.resolve()
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true })
    script.addEventListener('error', () => resolve(), { once: true })
  })
}

void sharedMessagesLoaded().then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    )
  }),
)
