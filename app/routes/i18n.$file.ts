// /i18n/<lang>.<hash>.js: one language's shared messages for the browser (app/i18n/shared-script
// .server.ts). The same for every visitor, signed in or not, and its address changes with its
// content: any cache may keep it for a year.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { sharedScript } from '~/i18n/shared-script.server'

export function loader({ params }: LoaderFunctionArgs) {
  const body = sharedScript(params.file ?? '')
  if (body === null) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return new Response(body, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
