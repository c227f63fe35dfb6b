// An uploaded import file, for the doors that take one over HTTP (the Import page, the API's
// multipart form): the `file` part is streamed to a temporary file — never held in memory — and
// refused past the size limit (SAPA_IMPORT_MAX_MB) with a message that names the limit; the other
// fields are read as text. The caller streams the file into the preview, then removes it.
//
// Two rules keep every door answering and the disk clean:
// - A request's body is counted as it streams, whatever its framing (Content-Length or chunked),
//   and is never cancelled: cancelling the web stream destroys the socket, and the client gets
//   no answer at all. A door that stops early (the limit, a bad row) reads the rest and drops it
//   before it answers — up to a bound, past which the connection is closed (BodyMeter).
// - Each upload gets a folder of its own under tmpdir()/sapa-uploads, named by the process, and
//   the whole folder goes when the request ends, whatever happened (a second `file` part, a
//   refused CSRF token, an error); a server starting removes the folders of processes that are
//   gone (removeUploadLeftovers).
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rm } from 'node:fs/promises'
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
  /** Removes the upload's temporary folder and every part in it (call it in a finally). */
  remove: () => Promise<void>
}

/** Room for the other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024

/** The folder of every upload of every Sapa process on this machine. */
export function uploadsRoot(): string {
  return path.join(tmpdir(), 'sapa-uploads')
}

/**
 * A request body read through a counter: past `limitBytes` the reading stops with UploadTooLarge.
 * The request's own stream is never cancelled (see the top of this file); `finish` reads what
 * is left so that the answer reaches the client.
 */
export class BodyMeter {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null
  private done = false
  /** Bytes read so far (the file's and the dropped rest). */
  bytes = 0

  constructor(
    body: ReadableStream<Uint8Array> | null,
    readonly limitBytes: number,
  ) {
    this.reader = body ? body.getReader() : null
  }

  private async next(): Promise<Uint8Array | null> {
    if (this.done || !this.reader) return null
    const { done, value } = await this.reader.read()
    if (done) {
      this.done = true
      return null
    }
    this.bytes += value.length
    if (this.bytes > this.limitBytes) throw new UploadTooLarge(this.limitBytes)
    return value
  }

  /** The body's chunks, counted. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) yield chunk
  }

  /** The body as a web stream, counted; cancelling it leaves the request's stream alone. */
  stream(): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        try {
          const chunk = await this.next()
          if (chunk === null) controller.close()
          else controller.enqueue(chunk)
        } catch (error) {
          controller.error(error)
        }
      },
    })
  }

  /** Past this many bytes the rest of a refused body is not read: the connection closes. */
  get bound(): number {
    return 4 * this.limitBytes + FORM_OVERHEAD
  }

  /**
   * Reads the rest of the body and drops it, so that the answer can be sent: a client still
   * sending when the server answers and closes gets a reset instead of the answer. Past `bound`
   * the request's stream is cancelled — the connection closes — rather than read on for a client
   * that sends without end.
   */
  async finish(): Promise<void> {
    if (this.done || !this.reader) return
    while (this.bytes <= this.bound) {
      const { done, value } = await this.reader.read()
      if (done) {
        this.done = true
        return
      }
      this.bytes += value.length
    }
    await this.close()
  }

  /** Closes the connection without reading on (the request's stream cancelled). */
  async close(): Promise<void> {
    if (this.done || !this.reader) return
    this.done = true
    await this.reader.cancel().catch(() => {})
  }
}

/**
 * A body announced larger than the limit (Content-Length) is refused before it is counted. It is
 * never left unread: behind the Express adapter Node does not drain a body the app leaves (the
 * adapter's web stream is its reader, and it stops reading once its queue is full), so the
 * connection would stay open with the body stuck in it — the client, having written it all,
 * sends its next request on that connection, which is never read, and gets a reset when the
 * server times the connection out. So the body is read and dropped, then the 413 goes out; one
 * announced past the bound is not read at all: the connection is closed (no answer).
 * `allowance` is the room over the limit (the form's other fields and boundaries).
 */
export async function refuseTooLarge(
  request: Request,
  limitBytes: number,
  allowance: number = FORM_OVERHEAD,
): Promise<void> {
  const length = Number(request.headers.get('Content-Length') ?? NaN)
  if (!(length > limitBytes + allowance)) return
  const meter = new BodyMeter(request.body, limitBytes + allowance)
  await (length <= meter.bound ? meter.finish() : meter.close())
  throw new UploadTooLarge(limitBytes)
}

export async function readUpload(request: Request, limitBytes: number): Promise<Upload> {
  await refuseTooLarge(request, limitBytes)
  const directory = path.join(
    uploadsRoot(),
    `${process.pid}-${Date.now()}-${randomBytes(6).toString('hex')}`,
  )
  await mkdir(directory, { recursive: true, mode: 0o700 })
  const remove = () => rm(directory, { recursive: true, force: true })
  // The whole form is counted, not only each part: four parts just under the limit are over it.
  const meter = new BodyMeter(request.body, limitBytes + FORM_OVERHEAD)
  // The stored file gets a name of ours; the browser's name is kept for the batch.
  const givenNames = new Map<string, string>()
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory,
      file: ({ filename }) => {
        const stored = `${givenNames.size + 1}.upload`
        givenNames.set(stored, filename.split(/[/\\]/).pop() ?? filename)
        return stored
      },
      maxPartSize: limitBytes,
      filter: ({ name }) => name === 'file',
    }),
    unstable_createMemoryUploadHandler({ maxPartSize: FORM_OVERHEAD }),
  )
  let form: FormData
  try {
    const counted = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: meter.stream(),
      duplex: 'half',
    } as RequestInit)
    form = await unstable_parseMultipartFormData(counted, handler)
  } catch (error) {
    await meter.finish()
    await remove()
    if (error instanceof MaxPartSizeExceededError || error instanceof UploadTooLarge) {
      throw new UploadTooLarge(limitBytes)
    }
    throw error
  }
  const fields: Record<string, string> = {}
  let file: UploadedFile | null = null
  // An empty file input sends a part without a file name: read as an empty text field. Of more
  // than one `file` part the first is the file; the others go with the folder.
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] = value
    else if (name === 'file' && value instanceof NodeOnDiskFile && file === null) {
      const stored = path.basename(value.getFilePath())
      file = {
        name: givenNames.get(stored) || 'upload',
        path: value.getFilePath(),
        size: value.size,
      }
    }
  }
  return { fields, file, remove }
}

/** A process id is alive (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes what uploads of processes that are gone left behind (a crash, a kill in the middle of a
 * preview): the folders named by a process id that no longer runs, and loose files of the
 * earlier layout. Returns how many entries went.
 */
export async function removeUploadLeftovers(root: string = uploadsRoot()): Promise<number> {
  let entries: string[]
  try {
    entries = await readdir(root)
  } catch {
    return 0
  }
  let removed = 0
  for (const entry of entries) {
    const pid = /^(\d+)-/.exec(entry)?.[1]
    const stale = entry.endsWith('.upload') || (pid !== undefined && !alive(Number(pid)))
    if (!stale) continue
    await rm(path.join(root, entry), { recursive: true, force: true })
    removed++
  }
  return removed
}
