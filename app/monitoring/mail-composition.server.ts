// Builds a mail: the same content as plain text and as HTML, in the recipient's language, with a
// link to the page that shows what the mail is about (PUBLIC_URL + path) and, when the caller
// supplies one, an unsubscribe link (the subscriptions' signed token is the caller's to make).
// The HTML is a self-contained page with inline styles — mail programs ignore style sheets.
import { translatorFor } from '../i18n/messages.server'
import type { Language } from '../i18n/languages'

export interface MailContent {
  language: Language
  subject: string
  /** The first line of the body (a greeting or a title). */
  heading: string
  /** The body: each item a paragraph, plain text (escaped for the HTML). */
  paragraphs: readonly string[]
  /** The page to open: a path of Sapa (`/regions/KZ-11?year=2026`) and its link text. */
  link: { path: string; label: string }
  /** An absolute unsubscribe address, or null for a mail one cannot unsubscribe from. */
  unsubscribeUrl: string | null
}

export interface ComposedMail {
  subject: string
  text: string
  html: string
}

/** `publicUrl`: PUBLIC_URL, without a trailing slash (e.g. `https://sapa.gov.kz`). */
export function composeMail(content: MailContent, publicUrl: string): ComposedMail {
  const { t } = translatorFor(content.language)
  const pageUrl = new URL(content.link.path, `${publicUrl}/`).toString()
  const footer = t('admin.mail.footer.sentBy')
  const unsubscribe = content.unsubscribeUrl
    ? t('admin.mail.footer.unsubscribe', { url: content.unsubscribeUrl })
    : null

  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    `${content.link.label}: ${pageUrl}`,
    '',
    '-- ',
    footer,
    ...(unsubscribe ? [unsubscribe] : []),
    '',
  ].join('\n')

  const paragraph = (p: string) => `<p style="margin:0 0 12px;line-height:1.5">${escapeHtml(p)}</p>`
  const html = `<!doctype html>
<html lang="${content.language}">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b2733">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d5dde5;border-radius:6px;padding:24px">
<p style="margin:0 0 16px;font-size:13px;color:#0b5c8a;font-weight:bold;letter-spacing:.04em">SAPA</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
<p style="margin:20px 0"><a href="${escapeHtml(pageUrl)}" style="display:inline-block;background:#0b5c8a;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:4px">${escapeHtml(content.link.label)}</a></p>
<hr style="border:0;border-top:1px solid #d5dde5;margin:20px 0">
<p style="margin:0;font-size:12px;color:#5b6b7b">${escapeHtml(footer)}</p>
${
  content.unsubscribeUrl
    ? `<p style="margin:8px 0 0;font-size:12px"><a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#5b6b7b">${escapeHtml(t('admin.mail.footer.unsubscribeLink'))}</a></p>`
    : ''
}
</div>
</body>
</html>
`
  return { subject: content.subject, text, html }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** PUBLIC_URL, or this server's own address when it is not set. */
export function publicUrlOf(env: { PUBLIC_URL?: string; PORT: number }): string {
  return env.PUBLIC_URL ?? `http://localhost:${env.PORT}`
}
