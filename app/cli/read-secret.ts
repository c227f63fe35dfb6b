// Reads a password typed at the terminal without echoing it (for `sapa create-admin`).
import readline from 'node:readline'
import { Writable } from 'node:stream'
import { UsageError } from './usage-error'

export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new UsageError('no terminal to ask for the password: set SAPA_ADMIN_PASSWORD')
  }
  let muted = false
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stderr.write(chunk, encoding)
      callback()
    },
  })
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true })
  try {
    return await new Promise<string>((resolve) => {
      rl.question(prompt, (answer) => resolve(answer))
      muted = true
    })
  } finally {
    rl.close()
    process.stderr.write('\n')
  }
}
