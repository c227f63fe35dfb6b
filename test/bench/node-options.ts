// The Node.js options package.json's scripts start Sapa with (`node <options> --import tsx …`),
// so that a benchmark's child process runs the server or the CLI as a user's does: the young
// generation the import's parse allocates in (--max-semi-space-size) included.
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The options between `node` and `--import tsx` in the named script of package.json. */
export function nodeOptionsOf(script: 'sapa' | 'serve'): string[] {
  const manifest = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'),
  ) as { scripts: Record<string, string> }
  const line = manifest.scripts[script] ?? ''
  const options = /\bnode((?: --[\w-]+(?:=\S+)?)*) --import tsx /.exec(line)
  if (!options) throw new Error(`package.json's ${script} script does not start node --import tsx`)
  return options[1]!.trim().split(/\s+/).filter(Boolean)
}
