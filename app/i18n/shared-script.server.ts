// The script that gives the browser one language's shared messages (app/i18n/shared-messages.ts),
// served by app/routes/i18n.$file.ts. Its address carries a hash of what it sets, so that the
// browser may keep it for a year: a new release that changes a message changes the address.
import { createHash } from 'node:crypto'
import { languages, type Language } from './languages'
import { sharedMessages } from './messages.server'
import type { SharedMessages } from './shared-messages'

interface Script {
  file: string
  body: string
  shared: SharedMessages
}

const scripts = new Map<Language, Script>()

function scriptOf(lang: Language): Script {
  let script = scripts.get(lang)
  if (!script) {
    const messages = sharedMessages(lang)
    const json = JSON.stringify(messages)
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 16)
    const file = `${lang}.${hash}.js`
    const shared: SharedMessages = { lang, messages, src: `/i18n/${file}` }
    const body = `window.__sapaSharedMessages=${JSON.stringify(shared)};\n`
    script = { file, body, shared }
    scripts.set(lang, script)
  }
  return script
}

/** The shared messages of a language and the address of their script. */
export function sharedMessagesOf(lang: Language): SharedMessages {
  return scriptOf(lang).shared
}

/** The script of `/i18n/<file>`, or null when no language's current script has that name. */
export function sharedScript(file: string): string | null {
  return languages.map(scriptOf).find((s) => s.file === file)?.body ?? null
}
