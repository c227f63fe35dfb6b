// The input pieces every door shares (app/http/input-schemas.server.ts): the rule of each — the
// year ranges, the region code, the standard id, the code lists, the page bound, an empty field —
// and that no door writes one of them again (a copy had drifted: the targets page stopped at 2099
// while every other door and the database go to 2100).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  calendarDay,
  channel,
  importKind,
  language,
  optionalField,
  pageNumber,
  referenceYear,
  regionCode,
  reportingYear,
  standardId,
  variant,
} from '../../app/http/input-schemas.server'
import { readReferenceFiles } from '../../seeds/reference-files'

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success
const messageOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues[0]?.message

describe('years', () => {
  it('a reporting year runs from 2000 to 2100, the range the database checks on every year column', () => {
    expect(reportingYear.parse('2000')).toBe(2000)
    expect(reportingYear.parse('2100')).toBe(2100)
    expect(messageOf(reportingYear, '1999')).toBe('must be 2000 or later')
    expect(messageOf(reportingYear, '2101')).toBe('must be 2100 or earlier')
  })

  it('a reference year starts in 1991, when the regions of independent Kazakhstan begin', () => {
    expect(referenceYear.parse('1991')).toBe(1991)
    expect(referenceYear.parse('2100')).toBe(2100)
    expect(messageOf(referenceYear, '1990')).toBe('must be 1991 or later')
    expect(messageOf(referenceYear, '2101')).toBe('must be 2100 or earlier')
  })

  it('a year is a whole number: "20x5" and a missing year are not years, 2025.5 is not whole', () => {
    expect(messageOf(reportingYear, '20x5')).toBe('must be a year such as 2025')
    expect(messageOf(reportingYear, undefined)).toBe('must be a year such as 2025')
    expect(messageOf(reportingYear, '2025.5')).toBe('must be a whole year such as 2025')
  })
})

describe('places and services', () => {
  it('a region code is KZ- and two digits or three capitals, as every seeded code and legacy code is', () => {
    for (const good of ['KZ-11', 'KZ-75', 'KZ-AKM']) expect(ok(regionCode, good), good).toBe(true)
    for (const bad of ['KZ-1', 'KZ-ABCD', 'kz-11', ' KZ-11', 'KZ-11 ', 'nation', '']) {
      expect(messageOf(regionCode, bad), bad).toBe('must be an ISO 3166-2:KZ code such as KZ-11')
    }
    const { regions } = readReferenceFiles()
    expect(regions).toHaveLength(21)
    for (const region of regions) {
      expect(ok(regionCode, region.code), region.code).toBe(true)
      if (region.legacy_code) expect(ok(regionCode, region.legacy_code)).toBe(true)
    }
  })

  it('a standard id is lowercase letters, digits and hyphens, not starting with a hyphen, at most 100 long', () => {
    const { standards } = readReferenceFiles()
    for (const s of standards.standards) expect(ok(standardId, s.id), s.id).toBe(true)
    expect(ok(standardId, 'a'.repeat(100))).toBe(true)
    for (const bad of ['Private-farm', '-farm', 'farm certificate', 'a'.repeat(101), '']) {
      expect(messageOf(standardId, bad), bad).toBe(
        'must be a standard id such as private-farm-certificate',
      )
    }
  })

  it('the channels and the variants are the seeded ones, in the order the standards print them', () => {
    const { standards } = readReferenceFiles()
    expect(channel.options).toEqual(standards.channels.map((c) => c.code))
    expect(channel.options).toEqual([
      'local_executive_body',
      'land_relations_authority',
      'public_service_center',
    ])
    expect(variant.options).toEqual(standards.variants.map((v) => v.code))
    expect(ok(channel, 'PUBLIC_SERVICE_CENTER')).toBe(false)
    expect(ok(variant, 'bogus')).toBe(false)
  })
})

describe('the rest', () => {
  it('the import kinds and the languages are the four kinds and kk, ru, en', () => {
    expect(importKind.options).toEqual(['cases', 'surveys', 'complaints', 'publications'])
    expect(language.options).toEqual(['kk', 'ru', 'en'])
    expect(ok(language, 'de')).toBe(false)
  })

  it('a page is counted from 1 and stops at a million (50 million rows at 50 a page)', () => {
    expect(pageNumber.parse('1')).toBe(1)
    expect(pageNumber.parse('1000000')).toBe(1_000_000)
    for (const bad of ['0', '1000001', '2.5', 'x']) expect(ok(pageNumber, bad), bad).toBe(false)
  })

  it('an empty field is a parameter not given; a field with text is checked', () => {
    const Query = z.object({ year: optionalField(reportingYear) })
    expect(Query.parse({ year: '' })).toEqual({ year: undefined })
    expect(Query.parse({})).toEqual({})
    expect(Query.parse({ year: '2025' })).toEqual({ year: 2025 })
    expect(Query.safeParse({ year: '1999' }).success).toBe(false)
  })

  it('a malformed calendar day is one issue, not two', () => {
    expect(calendarDay().safeParse('2025-2-1').error?.issues).toHaveLength(1)
    expect(calendarDay('date').safeParse('2025-02-30').error?.issues[0]?.message).toBe('date')
  })
})

// ── no copies ───────────────────────────────────────────────────────────────────────────────

const ROOT = path.resolve(__dirname, '../..')
const HOME = 'app/http/input-schemas.server.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative)
    return /\.tsx?$/.test(name) ? [relative] : []
  })
}

/**
 * What a copy of a shared piece looks like, one copy as it was written before (the pattern must
 * find it: a guard that matches nothing guards nothing), and the file besides HOME that holds it.
 */
const COPIES: { what: string; pattern: RegExp; before: string; home?: string }[] = [
  {
    what: "Zod's internals (use z.output)",
    pattern: /\._zod\b/,
    before: 'parsed.data as typeof SurveyRowSchema._zod.output',
  },
  {
    what: 'the channel list (db/schema.ts CHANNEL_CODES)',
    pattern: /'local_executive_body'[\s,|]+'land_relations_authority'/,
    before: "z.enum(['local_executive_body', 'land_relations_authority', 'public_service_center'])",
    home: 'db/schema.ts',
  },
  {
    what: 'the variant list (db/schema.ts VARIANT_CODES)',
    pattern: /'standard'[\s,|]+'grant'/,
    before: "z.enum(['standard', 'grant', 'change_of_characteristics', 'duplicate'])",
    home: 'db/schema.ts',
  },
  {
    what: 'the import kinds (db/schema.ts IMPORT_KINDS)',
    // A list, not a type: app/domain/measures.ts names the same four as the sources of measures.
    pattern: /\[\s*'cases',\s*'surveys'/,
    before: "z.enum(['cases', 'surveys', 'complaints', 'publications'])",
    home: 'db/schema.ts',
  },
  {
    what: 'a year range (reportingYear, referenceYear; app/domain/year-range.ts)',
    pattern: /\.(min|max)\((1991|2000|2099|2100)\)|\b(min|max)=\{(1991|2000|2099|2100)\}/,
    before: 'year: optional(z.coerce.number().int().min(2000).max(2099)),',
  },
  {
    what: 'a region code pattern (regionCode)',
    pattern: /KZ-\[/,
    before: 'z.string().regex(/^(nation|KZ-[0-9A-Z]{2,3})$/)',
  },
  {
    what: 'a standard id pattern (standardId)',
    pattern: /\[a-z0-9\]\[a-z0-9-\]|\[a-z0-9-\]\{1,/,
    before: 'standard: optional(z.string().regex(/^[a-z0-9-]{1,80}$/)),',
  },
  {
    what: 'an empty-field helper (optionalField, blankAsAbsent)',
    pattern: /\b(\w+) === '' \? undefined : \1\b/,
    before: "z.preprocess((v) => (v === '' ? undefined : v), schema.optional())",
  },
]

describe('each piece is written once', () => {
  const files = ['app', 'db', 'reports', 'seeds']
    .flatMap(sourceFiles)
    .filter((f) => !f.startsWith('db/migrations/'))
  const text = new Map(files.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]))

  it('reads the sources it guards', () => {
    expect(files).toContain(HOME)
    expect(files.length).toBeGreaterThan(100)
  })

  for (const { what, pattern, before, home } of COPIES) {
    it(`no copy of ${what}`, () => {
      expect(pattern.test(before)).toBe(true)
      const holders = files.filter((f) => f !== HOME && f !== home && pattern.test(text.get(f)!))
      expect(holders, `${what} written again in: ${holders.join(', ')}`).toEqual([])
    })
  }
})
