// Checks a standard's definition file (docs/standards.md): first its shape (the Zod schema of
// definition.server.ts), then its sense — known measures, agencies, channels, variants and
// offices; no code, measure, group or rule twice in an edition; bands with low < high; editions
// that follow one another, with the ones already stored. Every problem names its path in the
// file (`editions[0].indicators[2].measure`) and a message key, so each door says it in its user's
// language.
import type { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  definitionVocabulary,
  identityMeasures,
  storedEditions,
} from '../../db/queries/standard-definitions'
import { editionProblems } from '../domain/editions'
import { MEASURES } from '../domain/measures'
import type { MessageKey } from '../i18n/kk'
import { StandardDefinition } from './definition.server'

export interface DefinitionProblem {
  /** Where in the file: `editions[1].indicators[0].normative.low`; '' for the whole file. */
  path: string
  key: MessageKey
  params: Record<string, string | number>
}

export type ParsedDefinition =
  { ok: true; definition: StandardDefinition } | { ok: false; problems: DefinitionProblem[] }

export function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

const FORMAT_KEYS: Record<string, MessageKey> = {
  date: 'admin.standards.error.date',
  code: 'admin.standards.error.code',
}

function zodProblem(issue: z.core.$ZodIssue): DefinitionProblem {
  const path = pathText(issue.path)
  const last = issue.path[issue.path.length - 1]
  switch (issue.code) {
    case 'invalid_type': {
      const missing = (issue as { input?: unknown }).input === undefined
      if (missing && (last === 'term_amount' || last === 'term_unit')) {
        return { path, key: 'admin.standards.error.ruleWithoutTerm', params: {} }
      }
      return missing
        ? { path, key: 'admin.standards.error.required', params: {} }
        : { path, key: 'admin.standards.error.type', params: { expected: issue.expected } }
    }
    case 'unrecognized_keys':
      return {
        path,
        key: 'admin.standards.error.unknownField',
        params: { fields: issue.keys.join(', ') },
      }
    case 'invalid_value':
      return {
        path,
        key: 'admin.standards.error.oneOf',
        params: { values: issue.values.map((v) => String(v)).join(', ') },
      }
    case 'invalid_format':
      return {
        path,
        key:
          last === 'id'
            ? 'admin.standards.error.standardId'
            : (FORMAT_KEYS[issue.message] ?? 'admin.standards.error.format'),
        params: {},
      }
    case 'too_small':
      return issue.origin === 'number'
        ? {
            path,
            key: 'admin.standards.error.tooSmall',
            params: { minimum: String(issue.minimum) },
          }
        : { path, key: 'admin.standards.error.empty', params: {} }
    default:
      return { path, key: 'admin.standards.error.invalid', params: {} }
  }
}

/** Reads the file's text: JSON, then the schema. */
export function parseDefinition(text: string): ParsedDefinition {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          key: 'admin.standards.error.json',
          params: { detail: error instanceof Error ? error.message : String(error) },
        },
      ],
    }
  }
  const parsed = StandardDefinition.safeParse(json)
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(zodProblem) }
  return { ok: true, definition: parsed.data }
}

const MEASURE_SET = new Set<string>(MEASURES)

/** The definition's sense, against itself and the stored reference data and editions. */
export async function definitionProblems(
  db: Db,
  d: StandardDefinition,
): Promise<DefinitionProblem[]> {
  const problems: DefinitionProblem[] = []
  const add = (path: string, key: MessageKey, params: Record<string, string | number> = {}) =>
    problems.push({ path, key, params })
  const vocabulary = await definitionVocabulary(db)
  if (!vocabulary.agencies.has(d.standard.agency_id)) {
    add('standard.agency_id', 'admin.standards.error.unknownAgency', {
      value: d.standard.agency_id,
    })
  }

  // A code keeps its measure across editions: the stored ones and the file's.
  const measureOfCode = await identityMeasures(db, d.standard.id)
  const seenEditions = new Map<number, number>()
  d.editions.forEach((e, ei) => {
    const at = `editions[${ei}]`
    const before = seenEditions.get(e.edition)
    if (before !== undefined) {
      add(`${at}.edition`, 'admin.standards.error.duplicateEdition', { edition: e.edition })
    }
    seenEditions.set(e.edition, ei)
    if (e.cancelled_by !== null && e.valid_to === null) {
      // A cancelled act ended: its last day is part of the record (decision 0033).
      add(`${at}.valid_to`, 'admin.standards.error.cancelledWithoutEnd', {})
    }

    const rules = new Set<string>()
    e.deadline_rules.forEach((r, ri) => {
      const rAt = `${at}.deadline_rules[${ri}]`
      if (!vocabulary.channels.has(r.channel)) {
        add(`${rAt}.channel`, 'admin.standards.error.unknownChannel', { value: r.channel })
      }
      if (!vocabulary.variants.has(r.variant)) {
        add(`${rAt}.variant`, 'admin.standards.error.unknownVariant', { value: r.variant })
      }
      const key = `${r.channel}|${r.variant}`
      if (rules.has(key)) {
        add(rAt, 'admin.standards.error.duplicateRule', {
          channel: r.channel,
          variant: r.variant,
        })
      }
      rules.add(key)
    })

    const groups = new Set<string>()
    e.indicator_groups.forEach((g, gi) => {
      if (groups.has(g.slug)) {
        add(`${at}.indicator_groups[${gi}].slug`, 'admin.standards.error.duplicateGroup', {
          group: g.slug,
        })
      }
      groups.add(g.slug)
    })

    const codes = new Set<string>()
    const measures = new Set<string>()
    e.indicators.forEach((i, ii) => {
      const iAt = `${at}.indicators[${ii}]`
      if (codes.has(i.code)) {
        add(`${iAt}.code`, 'admin.standards.error.duplicateCode', {
          code: i.code,
          edition: e.edition,
        })
      }
      codes.add(i.code)
      if (!MEASURE_SET.has(i.measure)) {
        add(`${iAt}.measure`, 'admin.standards.error.unknownMeasure', {
          value: i.measure,
          measures: MEASURES.join(', '),
        })
      } else {
        if (measures.has(i.measure)) {
          add(`${iAt}.measure`, 'admin.standards.error.duplicateMeasure', {
            value: i.measure,
            edition: e.edition,
          })
        }
        measures.add(i.measure)
        const kept = measureOfCode.get(i.code)
        if (kept !== undefined && kept !== i.measure) {
          add(`${iAt}.measure`, 'admin.standards.error.codeKeepsMeasure', {
            code: i.code,
            measure: kept,
          })
        } else {
          measureOfCode.set(i.code, i.measure as never)
        }
      }
      if (!groups.has(i.group)) {
        add(`${iAt}.group`, 'admin.standards.error.unknownGroup', { value: i.group })
      }
      const n = i.normative
      if (n) {
        const nAt = `${iAt}.normative`
        if (n.kind === 'min' && (n.low === null || n.high !== null)) {
          add(nAt, 'admin.standards.error.normativeMin')
        } else if (n.kind === 'max' && (n.high === null || n.low !== null)) {
          add(nAt, 'admin.standards.error.normativeMax')
        } else if (n.kind === 'band') {
          if (n.low === null || n.high === null) add(nAt, 'admin.standards.error.normativeBand')
          else if (n.low >= n.high) {
            add(`${nAt}.low`, 'admin.standards.error.bandLowHigh', { low: n.low, high: n.high })
          }
        }
      }
    })
  })

  // The editions follow one another: the file's together with the stored ones it leaves alone.
  const stored = await storedEditions(db, d.standard.id)
  const windows = [
    ...d.editions.map((e) => ({
      edition: e.edition,
      validFrom: e.valid_from,
      validTo: e.valid_to,
      at: `editions[${d.editions.indexOf(e)}]`,
    })),
    ...stored
      .filter((s) => !seenEditions.has(s.edition))
      .map((s) => ({ edition: s.edition, validFrom: s.validFrom, validTo: s.validTo, at: null })),
  ]
  for (const p of editionProblems(windows)) {
    const w = windows[p.index]!
    // A stored edition in the wrong place is reported at the file's neighbour that causes it.
    const at = w.at ?? windows.find((x) => x.edition === p.other && x.at !== null)?.at ?? 'editions'
    const key: MessageKey =
      p.kind === 'overlap'
        ? 'admin.standards.error.overlap'
        : p.kind === 'number_order'
          ? 'admin.standards.error.numberOrder'
          : 'admin.standards.error.validToBeforeFrom'
    add(p.kind === 'valid_to_before_from' ? `${at}.valid_to` : `${at}.valid_from`, key, {
      edition: w.edition,
      other: p.other ?? '',
    })
  }

  d.office_services.forEach((s, si) => {
    if (!vocabulary.officeIds.has(s.office)) {
      add(`office_services[${si}].office`, 'admin.standards.error.unknownOffice', {
        value: s.office,
      })
    }
    if (!vocabulary.channels.has(s.channel)) {
      add(`office_services[${si}].channel`, 'admin.standards.error.unknownChannel', {
        value: s.channel,
      })
    }
  })
  return problems
}
