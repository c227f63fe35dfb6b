// A measure is computed only through the registry (app/domain/measures.ts, decision 0032): no
// module of the product writes a measure's rule — the on-time comparison, the queue-wait
// maximum, the complaint term, "a result is issued or refused", a survey's satisfied count —
// except the registry itself; the frozen migrations written before it (0001–0019) are history,
// superseded by the SQL that migration 0021 and db/measure-sql-sync.ts install from it. And the
// statements the engine, the drill-down and the rollup triggers run carry each definition's
// conditions as the registry writes them.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PostgresDialect, Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import {
  CASE_MEASURES,
  MEASURES,
  MEASURE_REGISTRY,
  MEASURE_TEXTS,
  isRecordCount,
  type MeasureDefinition,
} from '../../app/domain/measures'
import { caseMeasureSql, derivedObjects } from '../../db/measure-sql'
import { measureCountsSql, type CountsQuery } from '../../db/queries/indicators'
import { periodsOfYear } from '../../app/domain/periods'

const ROOT = path.resolve(import.meta.dirname, '../..')
const REGISTRY = 'app/domain/measures.ts'
/** Landed before the registry; never edited again (db/migrations/registry.ts). */
const FROZEN = /^db\/migrations\/00(0\d|1\d)_/

/** A measure's rule written out: what only the registry may say. */
const RULES: [string, RegExp][] = [
  ['the on-time comparison', /completed_at\s*(<=|>=|<|>)\s*[\w.]*due_at/],
  ['the complaint review term', /decided_at\s*<=\s*[\w.]*term_ends_at/],
  ['the queue-wait maximum', /<=\s*[\w.]*max_wait_minutes/],
  ['"completed with a result"', /result\s+in\s*\(\s*'issued'\s*,\s*'refused'\s*\)/],
  ['a survey question counted', /(count\(|filter\s*\(\s*where\s+)[\w.]*_satisfied\b/],
  [
    'a case or complaint flag counted',
    /filter\s*\(\s*where\s+[\w.]*(docs_correct|first_time_correct|justified|upheld)\s*\)/,
  ],
]

function sourceFiles(folder: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(relative))
    } else if (/\.(ts|tsx|js|mjs|sql)$/.test(entry.name)) {
      out.push(relative)
    }
  }
  return out
}

describe('the measure registry is the one place a measure is defined', () => {
  it('no module of app/, db/, reports/ or seeds/ writes a measure’s rule but the registry', () => {
    const files = ['app', 'db', 'reports', 'seeds']
      .flatMap(sourceFiles)
      .filter((f) => f !== REGISTRY && !FROZEN.test(f))
    expect(files.length).toBeGreaterThan(100)
    const found: string[] = []
    for (const file of files) {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n')
      lines.forEach((line, i) => {
        for (const [what, rule] of RULES) {
          if (rule.test(line)) found.push(`${file}:${i + 1}: ${what}`)
        }
      })
    }
    expect(found).toEqual([])
  })

  it('every measure has a key date, a direction, a unit and a definition in kk, ru and en', () => {
    for (const measure of MEASURES) {
      const m: MeasureDefinition = MEASURE_REGISTRY[measure]
      expect(m.keyDate, measure).toBeTruthy()
      expect(['higher_is_better', 'lower_is_better'], measure).toContain(m.direction)
      expect(m.unit, measure).toBe('percent')
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const text = MEASURE_TEXTS[measure][lang]
        expect(
          text.name && text.numerator && text.denominator && text.periodKey,
          measure,
        ).toBeTruthy()
      }
    }
  })
})

// Compiled, never executed: a Kysely with a dialect whose pool is never asked for a connection.
const compiler = new Kysely<unknown>({
  dialect: new PostgresDialect({ pool: async () => ({}) as never }),
})

function statement(source: 'plain' | 'rollup'): string {
  const q: CountsQuery = {
    year: 2025,
    granularity: 'quarter',
    periods: periodsOfYear(2025, 'quarter', '2025-12-31'),
    source,
  }
  return measureCountsSql(q).compile(compiler).sql
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the statements carry the registry’s definitions', () => {
  const plain = flat(statement('plain'))
  const rollup = flat(statement('rollup'))
  const triggers = flat(
    derivedObjects()
      .filter((o) => o.kind === 'function')
      .flatMap((o) => o.install)
      .join('\n'),
  )

  it('the engine’s plain statement counts each measure’s numerator and denominator as defined', () => {
    for (const measure of MEASURES) {
      const m: MeasureDefinition = MEASURE_REGISTRY[measure]
      if (m.source === 'publications') continue
      const alias = { cases: 'c', surveys: 's', complaints: 'k' }[m.source]
      expect(plain, measure).toContain(`'${measure}'::text`)
      expect(plain, measure).toContain(flat(m.numerator(alias)))
      if (typeof m.denominator === 'function') {
        expect(plain, measure).toContain(flat(m.denominator(alias)))
      }
      if (isRecordCount(m.denominator) && m.denominator.counted) {
        expect(plain, measure).toContain(flat(m.denominator.counted('c')))
      }
      expect(plain, measure).toContain(`${alias}.${m.keyDate} between`)
    }
  })

  it('the rollup triggers count the same conditions, and the engine reads their columns', () => {
    for (const measure of MEASURES) {
      const m: MeasureDefinition = MEASURE_REGISTRY[measure]
      if (!m.rollup) continue
      expect(triggers, measure).toContain(flat(m.numerator('d')))
      expect(triggers, measure).toContain(`d.${m.keyDate} as day`)
      expect(rollup, measure).toContain(`sum(r.${m.rollup.numerator})`)
      // The denominator's column: the measure's own, or that of the count it divides by (4.1's
      // consumers served, `served` of the completion rollup).
      const denominator =
        m.rollup.denominator ?? (isRecordCount(m.denominator) ? m.denominator.rollup : undefined)
      expect(denominator, measure).toBeDefined()
      expect(rollup, measure).toContain(`sum(r.${denominator})`)
      expect(rollup, measure).toContain(`'${measure}'::text`)
    }
  })

  it('the scan would see each rule: every pattern is found in the statements made from the registry', () => {
    const made = [plain, triggers]
    const missed = RULES.filter(([, rule]) => !made.some((text) => rule.test(text)))
    expect(missed.map(([what]) => what)).toEqual([])
  })

  it('the drill-down lists count the same cases', () => {
    for (const measure of CASE_MEASURES) {
      const m: MeasureDefinition = MEASURE_REGISTRY[measure]
      const sql = caseMeasureSql(measure, 'c')
      expect(sql.met).toBe(`coalesce(${m.numerator('c')}, false)`)
      expect(sql.key).toBe(`c.${m.keyDate}`)
    }
    expect(CASE_MEASURES).toEqual([
      'on_time',
      'queue_wait_ok',
      'docs_correct',
      'first_time_correct',
    ])
  })
})
