// Password hashing: argon2id (RFC 9106) in WebAssembly (hash-wasm — no native binaries to
// download), with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane. Hashes are stored in the
// PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash), so the parameters can be raised
// later without invalidating stored hashes.
import { randomBytes } from 'node:crypto'
import { argon2id, argon2Verify } from 'hash-wasm'

const PARAMETERS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 }

/** The shortest password a person may choose (the demo users' default `demo` is seeded). */
export const MIN_PASSWORD_LENGTH = 10

export async function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMETERS, password, salt: randomBytes(16), outputType: 'encoded' })
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash) {
    // Same work for an account without a password (or no account): no timing oracle.
    await argon2Verify({ password, hash: DUMMY_HASH })
    return false
  }
  try {
    return await argon2Verify({ password, hash })
  } catch {
    return false
  }
}

// argon2id of a random password, only ever verified against to spend the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$SkH9dgKMm28pFlCNo5RbmA$MEQ4Mu6fg1BWP1OYGdiU/IeDchMnMcjyqXVNljyNt3w'
