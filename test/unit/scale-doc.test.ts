// docs/scale.md places every table of the schema on a Citus cluster (distributed, reference or
// local) and checks every query of db/queries against that layout. The page is only worth
// something while it names the tables and the queries Sapa has: this test fails when a table of
// the migrations is missing from its classification, when it classifies or reads a table the
// schema does not have, when an exported query function of db/queries is not in its list of
// queries, or when it lists one that no longer exists.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

const PLACEMENTS = ['distributed', 'reference', 'local'] as const

/** The tables the migrations create (less any they drop), and the migrator's own two. */
function schemaTables(): Set<string> {
  const tables = new Set<string>()
  const folder = 'db/migrations'
  for (const file of readdirSync(path.join(ROOT, folder)).sort()) {
    if (!/^\d{4}_.*\.ts$/.test(file)) continue
    const text = read(`${folder}/${file}`)
    for (const m of text.matchAll(
      /create\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?(\w+)/gi,
    )) {
      tables.add(m[1]!.toLowerCase())
    }
    // Tables made per entry of a list (0028: `create table ${table}`; 0025 and 0028:
    // `create table ${monthly}` with monthly = `${table}_monthly`), for each `table: 'rollup_…'`.
    if (/create\s+table\s+\$\{table\}/i.test(text)) {
      for (const m of text.matchAll(/\btable: '(\w+)'/g)) tables.add(m[1]!)
    }
    const derived = /const (\w+) = `\$\{table\}_(\w+)`/.exec(text)
    if (derived && new RegExp(`create\\s+table\\s+\\$\\{${derived[1]}\\}`, 'i').test(text)) {
      for (const m of text.matchAll(/\btable: '(\w+)'/g)) tables.add(`${m[1]}_${derived[2]}`)
    }
    for (const m of text.matchAll(/drop\s+table\s+(?:if\s+exists\s+)?(\w+)/gi)) {
      tables.delete(m[1]!.toLowerCase())
    }
  }
  const migrator = read('db/migrate.ts')
  for (const m of migrator.matchAll(/migration(?:Lock)?TableName:\s*'(\w+)'/g)) tables.add(m[1]!)
  return tables
}

/** The tables db/schema.ts declares in its DB interface, snake_cased. */
function declaredTables(): string[] {
  const text = read('db/schema.ts')
  const body = text.match(/export interface DB \{([\s\S]*?)\n\}/)?.[1] ?? ''
  return [...body.matchAll(/^\s+(\w+):/gm)].map((m) =>
    m[1]!.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  )
}

/** The lines of the doc from a heading (its exact text) to the next heading of its level or above. */
function section(doc: string, heading: string): string[] {
  const lines = doc.split('\n')
  const start = lines.findIndex((l) => l.trim() === heading)
  if (start < 0) throw new Error(`docs/scale.md has no heading "${heading}"`)
  const level = heading.match(/^#+/)![0].length
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((l) => {
    const m = l.match(/^(#+)\s/)
    return m !== null && m[1]!.length <= level
  })
  return end < 0 ? rest : rest.slice(0, end)
}

/** The body rows of the markdown tables in some lines, as cells. */
function tableRows(lines: string[]): string[][] {
  return lines
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    )
    .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)))
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)

/** `file.function` for every exported function of db/queries/*.ts. */
function queryFunctions(): string[] {
  const folder = 'db/queries'
  return readdirSync(path.join(ROOT, folder))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((file) =>
      [...read(`${folder}/${file}`).matchAll(/^export (?:async )?function (\w+)/gm)].map(
        (m) => `${file.replace(/\.ts$/, '')}.${m[1]}`,
      ),
    )
}

const doc = read('docs/scale.md')
const tables = schemaTables()

describe('docs/scale.md places every table of the schema', () => {
  const rows = tableRows(section(doc, '### Where each table lives')).filter(
    (cells) => cells[0] !== 'table',
  )
  const placed = rows.map((cells) => ({ table: ticked(cells[0]!)[0], placement: cells[1] }))

  it('reads the schema it checks against (the migrations, as db/schema.ts declares them)', () => {
    expect(tables.size).toBeGreaterThan(40)
    for (const table of [
      'cases',
      'rollup_cases_due',
      'rollup_cases_due_monthly',
      'rollup_complaints_term',
      'rollup_complaints_term_monthly',
      'sessions',
      'schema_migrations',
    ]) {
      expect(tables).toContain(table)
    }
    expect(declaredTables().filter((t) => !tables.has(t))).toEqual([])
  })

  it('classifies every table once, as distributed, reference or local', () => {
    for (const p of placed) {
      expect(p.table, `a row without a table: ${JSON.stringify(p)}`).toBeDefined()
      expect(PLACEMENTS, `${p.table}: "${p.placement}"`).toContain(p.placement)
    }
    const names = placed.map((p) => p.table!)
    expect(
      names.filter((t, i) => names.indexOf(t) !== i),
      'classified twice',
    ).toEqual([])
    expect(
      [...tables].filter((t) => !names.includes(t)).sort(),
      'tables of the schema missing from the classification',
    ).toEqual([])
  })

  it('names no table the schema does not have', () => {
    const named = tableRows(doc.split('\n'))
      .filter((cells) => cells[0] !== 'table')
      .flatMap((cells) => (ticked(cells[0]!).length === 1 ? ticked(cells[0]!) : []))
      .filter((name) => /^[a-z_]+$/.test(name))
    const notInSchema = [...new Set(named)].filter((t) => !tables.has(t))
    expect(notInSchema, 'first cells of the doc’s tables that are no table of the schema').toEqual(
      [],
    )
  })
})

describe('docs/scale.md checks every query Sapa runs', () => {
  const rows = tableRows(section(doc, '## Every query, against the layout')).filter(
    (cells) => cells[0] !== 'query',
  )
  const listed = rows.flatMap((cells) => ticked(cells[0]!).filter((t) => /^[\w-]+\.\w+$/.test(t)))
  const functions = queryFunctions()

  it('lists every exported function of db/queries', () => {
    expect(functions.length).toBeGreaterThan(150)
    expect(functions.filter((f) => !listed.includes(f))).toEqual([])
  })

  it('lists no function that db/queries does not export', () => {
    expect(listed.filter((f) => !functions.includes(f))).toEqual([])
  })

  it('says what each query reads with the names of real tables', () => {
    for (const cells of rows) {
      const reads = ticked(cells[1] ?? '')
      expect(
        reads.filter((t) => !tables.has(t)),
        `${cells[0]} reads tables the schema does not have`,
      ).toEqual([])
    }
  })
})
