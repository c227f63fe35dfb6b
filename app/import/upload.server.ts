// An uploaded import file, for the doors that take one over HTTP (the Import page, the API's
// multipart form): the `file` part is streamed to a temporary file — never held in memory — and
// refused past the size limit (SAPA_IMPORT_MAX_MB) with a message that names the limit; the other
// fields are read as text. The caller streams the file into the preview, then removes it.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  MaxPartSizeExceededError,
  NodeOnDiskFile,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node'

export const MB = 1024 * 1024

/** The request's body is larger than the limit. */
export class UploadTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is larger than the limit of ${Number((limitBytes / MB).toPrecision(3))} MB`)
  }
}

export interface UploadedFile {
  /** The file's name as the browser gave it (no folders). */
  name: string
  path: string
  size: number
}

export interface Upload {
  fields: Record<string, string>
  file: UploadedFile | null
  /** Removes the temporary file (call it in a finally). */
  remove: () => Promise<void>
}

/** Room for the other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024

/**
 * A body announced larger than the limit is refused before it is read. To answer a browser that
 * is still sending, the rest is read and dropped first — up to a bound, past which the
 * connection is simply closed.
 */
export async function refuseTooLarge(request: Request, limitBytes: number): Promise<void> {
  const length = Number(request.headers.get('Content-Length') ?? NaN)
  if (!(length > limitBytes + FORM_OVERHEAD)) return
  if (length <= 4 * limitBytes && request.body) {
    const reader = request.body.getReader()
    while (!(await reader.read()).done) {
      // dropped
    }
  }
  throw new UploadTooLarge(limitBytes)
}

export async function readUpload(request: Request, limitBytes: number): Promise<Upload> {
  await refuseTooLarge(request, limitBytes)
  const directory = path.join(tmpdir(), 'sapa-uploads')
  // The stored file gets a name of ours; the browser's name is kept for the batch.
  let givenName = ''
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory,
      file: ({ filename }) => {
        givenName = filename.split(/[/\\]/).pop() ?? filename
        return `${Date.now()}-${randomBytes(8).toString('hex')}.upload`
      },
      maxPartSize: limitBytes,
      filter: ({ name }) => name === 'file',
    }),
    unstable_createMemoryUploadHandler({ maxPartSize: FORM_OVERHEAD }),
  )
  let form: FormData
  try {
    form = await unstable_parseMultipartFormData(request, handler)
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new UploadTooLarge(limitBytes)
    throw error
  }
  const fields: Record<string, string> = {}
  let file: UploadedFile | null = null
  // An empty file input sends a part without a file name: read as an empty text field.
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] = value
    else if (name === 'file' && value instanceof NodeOnDiskFile) {
      file = { name: givenName || 'upload', path: value.getFilePath(), size: value.size }
    }
  }
  return {
    fields,
    file,
    remove: async () => {
      if (file) await rm(file.path, { force: true })
    },
  }
}
