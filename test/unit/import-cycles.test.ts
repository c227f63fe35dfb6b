// No module of the product imports itself back through others (issue 16: "no import cycle, type-only
// ones included"). A cycle makes the load order decide what is still undefined at import time and
// ties modules that should stand alone; a type-only one still means two modules cannot be read
// without each other. The graph is built from every import, `import type`, `export … from` and
// `import()` of app/, db/, reports/, seeds/ and server.ts, with `~/` resolved to app/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FOLDERS = ['app', 'db', 'reports', 'seeds']
const ENTRIES = ['server.ts']
const SOURCE = /\.(ts|tsx|js|mjs)$/
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx']

function sourceFiles(folder: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(full))
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(full)
    }
  }
  return out
}

/** The file a specifier names, or null for a package, a stylesheet or anything outside. */
function resolveSpecifier(from: string, specifier: string): string | null {
  const base = specifier.startsWith('~/')
    ? path.join(ROOT, 'app', specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null
  if (base === null) return null
  // `import x from './a.js'` names a.ts under the bundler's resolution.
  const candidates = [base, base.replace(/\.js$/, '')]
  for (const candidate of candidates) {
    for (const extension of EXTENSIONS) {
      const file = candidate + extension
      if (SOURCE.test(file) && existsSync(file) && statSync(file).isFile()) return file
    }
  }
  return null
}

/** Every module each file imports, type-only and dynamic imports included. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = info.importedFiles
      .map((ref) => resolveSpecifier(file, ref.fileName))
      .filter((target): target is string => target !== null)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/**
 * The knots (strongly connected components, Tarjan's algorithm), each named by its shortest cycle
 * through its first module: a → b → … → a, and by how many modules it ties.
 */
function knotsOf(graph: Map<string, string[]>): { cycle: string[]; size: number }[] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      const selfLoop = (graph.get(node) ?? []).includes(node)
      if (component.length > 1 || selfLoop) components.push(component)
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return components.map((component) => ({
    cycle: shortestCycle(graph, new Set(component)),
    size: component.length,
  }))
}

/** The shortest path from the component's first member (by name) back to itself. */
function shortestCycle(graph: Map<string, string[]>, component: Set<string>): string[] {
  const start = [...component].sort()[0]!
  const previous = new Map<string, string>()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()!
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue
      if (next === start) {
        const cycle = [start]
        for (let at = node; at !== start; at = previous.get(at)!) cycle.splice(1, 0, at)
        return [...cycle, start]
      }
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start, start]
}

const relative = (file: string) => path.relative(ROOT, file)

describe('the import graph', () => {
  it('finds a cycle when there is one (a → b → c → a, a type-only edge among them)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', []],
      ['e', ['e']],
    ])
    expect(knotsOf(graph)).toEqual([
      { cycle: ['a', 'b', 'c', 'a'], size: 3 },
      { cycle: ['e', 'e'], size: 1 },
    ])
  })

  it('reads `import type`, `export … from` and `import()` as imports and resolves `~/`', () => {
    const file = path.join(ROOT, 'app', 'root.tsx')
    const text = [
      "import type { A } from '~/accounts/policy.server'",
      "export { b } from './i18n/fill'",
      "const c = await import('../db/schema')",
      "import css from './styles/app.css'",
      "import { z } from 'zod'",
    ].join('\n')
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)
    expect(specifiers.map((s) => resolveSpecifier(file, s)).map((f) => f && relative(f))).toEqual([
      'app/accounts/policy.server.ts',
      'app/i18n/fill.ts',
      'db/schema.ts',
      null,
      null,
    ])
  })

  it('of app/, db/, reports/, seeds/ and server.ts has no cycle, type-only imports included', () => {
    const files = [
      ...FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder))),
      ...ENTRIES.map((entry) => path.join(ROOT, entry)),
    ]
    expect(files.length).toBeGreaterThan(100)
    const knots = knotsOf(importGraph(files)).map(
      ({ cycle, size }) => `${cycle.map(relative).join(' → ')} (${size} modules in the knot)`,
    )
    expect(knots).toEqual([])
  })
})
