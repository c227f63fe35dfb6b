// POST /imports/upload — the Import page's upload (a multipart form: kind, source, sheet, file).
// Answers with the preview page (303), or for the page's XMLHttpRequest `{ location }` as JSON;
// a file over SAPA_IMPORT_MAX_MB gets a message naming the limit. See app/import/page.server.ts.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { importUpload } from '~/import/page.server'

export async function action({ request, context }: ActionFunctionArgs) {
  return importUpload(request, context)
}

export async function loader(_args: LoaderFunctionArgs) {
  return redirect('/imports')
}
