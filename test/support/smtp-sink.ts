// A real SMTP server for the mail tests (the `smtp-server` package): it accepts every mail on
// 127.0.0.1 and keeps it, decoded enough to read — headers, the plain text and the HTML part, and
// the attachments (nested multipart: mixed around alternative, as nodemailer writes them).
// It can be stopped and started again on the same port (a mail server that goes down).
import net from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedAttachment {
  filename: string
  contentType: string
  content: Buffer
}

export interface ReceivedMail {
  raw: string
  headers: Record<string, string>
  subject: string
  text: string
  html: string
  attachments: ReceivedAttachment[]
}

export interface SmtpSink {
  port: number
  url: string
  received: ReceivedMail[]
  readonly running: boolean
  start: () => Promise<void>
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export async function smtpSink(): Promise<SmtpSink> {
  const port = await freePort()
  const received: ReceivedMail[] = []
  let server: SMTPServer | null = null
  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    get running() {
      return server !== null
    },
    start: () =>
      new Promise((resolve, reject) => {
        server = new SMTPServer({
          authOptional: true,
          disabledCommands: ['STARTTLS', 'AUTH'],
          logger: false,
          onData(stream, _session, callback) {
            const chunks: Buffer[] = []
            stream.on('data', (c: Buffer) => chunks.push(c))
            stream.on('end', () => {
              received.push(parseMail(Buffer.concat(chunks).toString('utf8')))
              callback()
            })
          },
        })
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => resolve())
      }),
    stop: () =>
      new Promise((resolve) => {
        if (!server) return resolve()
        server.close(() => resolve())
        server = null
      }),
  }
  await sink.start()
  return sink
}

function splitHead(part: string): { headers: Record<string, string>; body: string } {
  const at = part.indexOf('\r\n\r\n')
  const head = at < 0 ? part : part.slice(0, at)
  const body = at < 0 ? '' : part.slice(at + 4)
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  }
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`)
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'))
  }
  return body
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => `%${hex}`),
          ),
    )
}

function parseMail(raw: string): ReceivedMail {
  const { headers, body } = splitHead(raw)
  const mail: ReceivedMail = {
    raw,
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text: '',
    html: '',
    attachments: [],
  }
  readPart(headers, body, mail)
  return mail
}

function readPart(headers: Record<string, string>, body: string, mail: ReceivedMail): void {
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1, -1).map(splitHead)) {
      readPart(part.headers, part.body, mail)
    }
    return
  }
  const disposition = headers['content-disposition'] ?? ''
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1]
  if (filename) {
    const encoding = headers['content-transfer-encoding']?.toLowerCase()
    mail.attachments.push({
      filename: decodeWords(filename),
      contentType: type.split(';')[0]!.trim(),
      content:
        encoding === 'base64'
          ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
          : Buffer.from(body, 'utf8'),
    })
    return
  }
  const decoded = decodeBody(body, headers['content-transfer-encoding'])
  if (type.startsWith('text/plain') && !mail.text) mail.text = decoded
  else if (type.startsWith('text/html') && !mail.html) mail.html = decoded
}
