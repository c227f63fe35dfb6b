// What alert mails need from the environment: the public address their links point to
// (PUBLIC_URL) and the secret their unsubscribe links are signed with (the session secret of
// app/accounts/session-secret.server.ts — SESSION_SECRET, else the one kept in DATA_DIR). The
// server sets them at start (server.ts); a CLI or a test that does not is served from the
// environment on first use.
import { resolveSessionSecret } from '../accounts/session-secret.server'
import { parseEnv } from '../http/env.server'
import { publicUrlOf } from '../monitoring/mail-composition.server'

export interface AlertMailSettings {
  /** PUBLIC_URL without a trailing slash. */
  publicUrl: string
  secret: string
}

let settings: AlertMailSettings | null = null

export function configureAlertMail(value: AlertMailSettings): void {
  settings = { ...value, publicUrl: value.publicUrl.replace(/\/+$/, '') }
}

export function alertMailSettings(): AlertMailSettings {
  if (!settings) {
    const env = parseEnv()
    configureAlertMail({
      publicUrl: publicUrlOf(env),
      secret: resolveSessionSecret(env, (m) => console.warn(`[sapa] warning: ${m}`)),
    })
  }
  return settings!
}
