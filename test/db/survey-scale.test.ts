// The scale of survey answers belongs to the file, not to the row (issue 19, decision 0018): in a
// 1–5 file a "1" is the worst score even on a row of nothing but 1s; in a yes/no file 1 and 0 are
// yes and no; a file that mixes yes/no words and scores 2–5 (or a 1–5 file with a 0) is refused
// row by row; a file of only 0 and 1 waits for the user to say its scale; the stored responses
// keep their scale, so a re-import with the scale corrected updates them; and the indicators of
// a small file worked out by hand.
// Facts used (seeds/reference): the Kokshetau PSC (KZ-11) serves the farm certificate, whose
// appendix table has the five satisfied_* measures.
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import {
  commitImport,
  confirmSurveyScale,
  ImportStateError,
  previewImport,
  undoImport,
  type ImportPreview,
} from '../../app/import/import.server'
import { computeIndicators } from '../../app/indicators/engine.server'
import type { SurveyScale } from '../../app/domain/survey-scale'
import { describeEachEngine } from '../support/test-db'

const PSC = 'KZ-11-PSC-kokshetau-city'
const FARM = 'private-farm-certificate'
const QUESTIONS = [
  'satisfied_process',
  'satisfied_information',
  'satisfied_complaint_procedure',
  'satisfied_complaint_timeline',
  'satisfied_courtesy',
]
const HEADER = ['external_id', 'standard', 'office', 'responded_at', ...QUESTIONS].join(',')

/** A response at the Kokshetau PSC on `day`; `answers` are the five cells, blank if left out. */
const line = (id: string, answers: string[], day = '2025-02-03') =>
  [id, FARM, PSC, day, ...QUESTIONS.map((_, i) => answers[i] ?? '')].join(',')

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n')

describeEachEngine('survey answer scale', (ctx) => {
  let serial = 0
  const nextSource = () => `scale-${++serial}`

  const preview = (
    bytes: Uint8Array,
    options: { source: string; fileName?: string; scale?: SurveyScale; sheet?: string },
  ) =>
    previewImport(ctx.db, {
      kind: 'surveys',
      fileName: options.fileName ?? 'survey.csv',
      input: bytes,
      source: options.source,
      surveyScale: options.scale ?? null,
      sheet: options.sheet,
    })

  /** The stored answers of a source: per response, the scale and each answer's satisfied. */
  const stored = async (source: string) =>
    (
      await ctx.db
        .selectFrom('surveyResponses')
        .select([
          'externalId',
          'scale',
          'processYes',
          'processScore',
          'processSatisfied',
          'informationSatisfied',
          'complaintProcedureSatisfied',
          'complaintTimelineSatisfied',
          'courtesySatisfied',
        ])
        .where('source', '=', source)
        .orderBy('externalId')
        .execute()
    ).map((r) => ({
      id: r.externalId,
      scale: r.scale,
      yes: r.processYes,
      score: r.processScore,
      satisfied: [
        r.processSatisfied,
        r.informationSatisfied,
        r.complaintProcedureSatisfied,
        r.complaintTimelineSatisfied,
        r.courtesySatisfied,
      ],
    }))

  const errorsOf = (p: ImportPreview) =>
    p.errors.map((e) => [e.file, e.row, e.column, e.value, e.key] as const)

  it('in a 1–5 file, rows of only 1s, of 1s and blanks, and of a single 1 are the score 1: not satisfied', async () => {
    const src = nextSource()
    const p = await preview(
      csv(
        HEADER,
        line('R-ones', ['1', '1', '1', '1', '1']),
        line('R-ones-blanks', ['1', '', '1']),
        line('R-single', ['1']),
        line('R-scores', ['4', '2', '', '', '5']),
      ),
      { source: src },
    )
    // The 4 on row 5 makes the whole file a 1–5 file; nothing is stated.
    expect(p.surveyScale).toEqual({
      scale: '1-5',
      basis: 'answers',
      evidence: { row: 5, column: 'satisfied_process', value: '4' },
    })
    expect(p).toMatchObject({ rowsValid: 4, rowsInvalid: 0, rowsNew: 4, errorCount: 0 })
    await commitImport(ctx.db, p.batchId)
    const n = null
    expect(await stored(src)).toEqual([
      {
        id: 'R-ones',
        scale: '1-5',
        yes: n,
        score: 1,
        satisfied: [false, false, false, false, false],
      },
      { id: 'R-ones-blanks', scale: '1-5', yes: n, score: 1, satisfied: [false, n, false, n, n] },
      { id: 'R-scores', scale: '1-5', yes: n, score: 4, satisfied: [true, false, n, n, true] },
      { id: 'R-single', scale: '1-5', yes: n, score: 1, satisfied: [false, n, n, n, n] },
    ])
  })

  it('in a yes/no file (it holds yes/no words), 1 and 0 keep their meaning: yes and no', async () => {
    const src = nextSource()
    const p = await preview(
      csv(HEADER, line('Y-1', ['1', '0', '', '', 'да']), line('Y-2', ['0', '1', 'жоқ'])),
      { source: src },
    )
    expect(p.surveyScale).toEqual({
      scale: 'yes-no',
      basis: 'answers',
      evidence: { row: 2, column: 'satisfied_courtesy', value: 'да' },
    })
    expect(p).toMatchObject({ rowsValid: 2, rowsInvalid: 0 })
    await commitImport(ctx.db, p.batchId)
    expect(await stored(src)).toEqual([
      {
        id: 'Y-1',
        scale: 'yes-no',
        yes: true,
        score: null,
        satisfied: [true, false, null, null, true],
      },
      {
        id: 'Y-2',
        scale: 'yes-no',
        yes: false,
        score: null,
        satisfied: [false, true, false, null, null],
      },
    ])
  })

  it('a file mixing yes/no words and scores 2–5 is refused: each word and each 0 is an error naming file, row and column', async () => {
    const src = nextSource()
    const p = await preview(
      csv(
        HEADER,
        line('M-1', ['да', '1']),
        line('M-2', ['1', '1']),
        line('M-3', ['5', 'нет', '', '', '0']),
      ),
      { source: src, fileName: 'mixed.csv' },
    )
    // The 5 (row 4) makes the file 1–5: "да" (row 2) and "нет" and "0" (row 4) cannot be read on
    // it; row 3 (1, 1) can: the score 1 twice.
    expect(p.surveyScale).toMatchObject({ scale: '1-5', basis: 'answers' })
    expect(p).toMatchObject({ rowsRead: 3, rowsValid: 1, rowsInvalid: 2, errorCount: 3 })
    expect(errorsOf(p)).toEqual([
      ['mixed.csv', 2, 'satisfied_process', 'да', 'import.error.scale.wordInScaleFile'],
      ['mixed.csv', 4, 'satisfied_information', 'нет', 'import.error.scale.wordInScaleFile'],
      ['mixed.csv', 4, 'satisfied_courtesy', '0', 'import.error.scale.zeroInScaleFile'],
    ])
    // The message names the score that made the file 1–5.
    expect(p.errors[0]!.params).toEqual({ row: 4, column: 'satisfied_process', value: '5' })
    await expect(commitImport(ctx.db, p.batchId)).rejects.toThrow(/2 invalid rows/)
    expect(await stored(src)).toEqual([])
  })

  it('a 1–5 file with a 0 is refused on that row and column; stated yes/no, a score 2–5 is refused the same way', async () => {
    const src = nextSource()
    const zero = await preview(csv(HEADER, line('Z-1', ['3', '0']), line('Z-2', ['2'])), {
      source: src,
      fileName: 'zero.csv',
    })
    expect(errorsOf(zero)).toEqual([
      ['zero.csv', 2, 'satisfied_information', '0', 'import.error.scale.zeroInScaleFile'],
    ])
    const stated = await preview(csv(HEADER, line('Z-3', ['1', '0']), line('Z-4', ['1', '4'])), {
      source: src,
      fileName: 'stated.csv',
      scale: 'yes-no',
    })
    expect(stated.surveyScale).toEqual({ scale: 'yes-no', basis: 'option', evidence: null })
    expect(errorsOf(stated)).toEqual([
      ['stated.csv', 3, 'satisfied_information', '4', 'import.error.scale.scoreOnStatedYesNo'],
    ])
  })

  it('a file of only 0 and 1 asks for its scale: the commit waits; confirmed as 1–5, its 0 is an error and its 1s are not satisfied', async () => {
    const src = nextSource()
    const file = csv(HEADER, line('B-1', ['1', '1']), line('B-2', ['1', '0']), line('B-3', ['1']))
    const p = await preview(file, { source: src, fileName: 'bits.csv' })
    expect(p.surveyScale).toEqual({
      scale: null,
      basis: 'unconfirmed',
      evidence: { row: 2, column: 'satisfied_process', value: '1' },
    })
    expect(p).toMatchObject({ rowsValid: 3, rowsInvalid: 0, errorCount: 0 })
    const refused = await commitImport(ctx.db, p.batchId).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ImportStateError)
    expect((refused as ImportStateError).code).toBe('scaleUnconfirmed')
    expect(await stored(src)).toEqual([])

    await confirmSurveyScale(ctx.db, p.batchId, '1-5')
    const batch = await ctx.db
      .selectFrom('importBatches')
      .select(['rowsAccepted', 'rowsRejected', 'rowsInserted', 'errors'])
      .where('id', '=', p.batchId)
      .executeTakeFirstOrThrow()
    // B-2's 0 is not on the 1–5 scale: 2 rows remain, both new.
    expect(batch).toMatchObject({ rowsAccepted: 2, rowsRejected: 1, rowsInserted: 2 })
    expect(batch.errors).toEqual([
      {
        file: 'bits.csv',
        row: 3,
        column: 'satisfied_information',
        value: '0',
        key: 'import.error.scale.zeroOnStatedScale',
        params: {},
      },
    ])
    await expect(confirmSurveyScale(ctx.db, p.batchId, 'yes-no')).rejects.toThrow(
      /does not wait for a survey scale/,
    )
    await commitImport(ctx.db, p.batchId, { acceptInvalid: true })
    expect((await stored(src)).map((r) => [r.id, r.scale, r.satisfied[0], r.satisfied[1]])).toEqual(
      [
        ['B-1', '1-5', false, false],
        ['B-3', '1-5', false, null],
      ],
    )
  })

  it('a file of only 0 and 1 confirmed as yes/no reads 1 as yes and 0 as no', async () => {
    const src = nextSource()
    const p = await preview(csv(HEADER, line('C-1', ['1', '0'])), { source: src })
    await confirmSurveyScale(ctx.db, p.batchId, 'yes-no')
    await commitImport(ctx.db, p.batchId)
    expect(await stored(src)).toEqual([
      {
        id: 'C-1',
        scale: 'yes-no',
        yes: true,
        score: null,
        satisfied: [true, false, null, null, null],
      },
    ])
  })

  it('the answer_scale column states the scale; a row stating another is an error; the option wins over the column', async () => {
    const src = nextSource()
    const header = `${HEADER},answer_scale`
    const p = await preview(
      csv(
        header,
        `${line('K-1', ['1', '1'])},1-5`,
        `${line('K-2', ['1'])},`,
        `${line('K-3', ['0'])},да/нет`,
      ),
      { source: src, fileName: 'column.csv' },
    )
    expect(p.surveyScale).toEqual({
      scale: '1-5',
      basis: 'column',
      evidence: { row: 2, column: 'answer_scale', value: '1-5' },
    })
    expect(errorsOf(p)).toEqual([
      ['column.csv', 4, 'answer_scale', 'да/нет', 'import.error.scale.rowDisagrees'],
      ['column.csv', 4, 'satisfied_process', '0', 'import.error.scale.zeroOnStatedScale'],
    ])
    const option = await preview(csv(header, `${line('K-4', ['1'])},1-5`), {
      source: src,
      scale: 'yes-no',
      fileName: 'option.csv',
    })
    expect(errorsOf(option)).toEqual([
      ['option.csv', 2, 'answer_scale', '1-5', 'import.error.scale.rowDisagrees'],
    ])
    const bad = await preview(csv(header, `${line('K-5', ['1'])},1-10`), { source: src })
    expect(bad.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'answer_scale', 'import.error.scale'],
    ])
  })

  it('a re-import with the scale corrected updates the stored responses (the scale is compared), and undo restores them', async () => {
    const src = nextSource()
    const file = csv(HEADER, line('U-1', ['1', '1']), line('U-2', ['1']))
    const wrong = await preview(file, { source: src, scale: 'yes-no' })
    await commitImport(ctx.db, wrong.batchId)
    expect((await stored(src)).map((r) => [r.id, r.scale, r.satisfied[0]])).toEqual([
      ['U-1', 'yes-no', true],
      ['U-2', 'yes-no', true],
    ])
    const right = await preview(file, { source: src, scale: '1-5' })
    expect(right).toMatchObject({ rowsNew: 0, rowsUpdated: 2, rowsUnchanged: 0 })
    await commitImport(ctx.db, right.batchId)
    expect((await stored(src)).map((r) => [r.id, r.scale, r.score, r.satisfied[0]])).toEqual([
      ['U-1', '1-5', 1, false],
      ['U-2', '1-5', 1, false],
    ])
    // The same file with the same scale again changes nothing.
    const again = await preview(file, { source: src, scale: '1-5' })
    expect(again).toMatchObject({ rowsNew: 0, rowsUpdated: 0, rowsUnchanged: 2 })
    await undoImport(ctx.db, right.batchId)
    expect((await stored(src)).map((r) => [r.id, r.scale, r.satisfied[0]])).toEqual([
      ['U-1', 'yes-no', true],
      ['U-2', 'yes-no', true],
    ])
  })

  it('each sheet of a workbook has its own scale', async () => {
    const workbook = new ExcelJS.Workbook()
    const rows = {
      scores: [line('X-1', ['1', '1']), line('X-2', ['5'])],
      'yes-no': [line('X-3', ['1', '0']), line('X-4', ['иә'])],
    }
    for (const [name, lines] of Object.entries(rows)) {
      const sheet = workbook.addWorksheet(name)
      sheet.addRow(HEADER.split(','))
      for (const l of lines) sheet.addRow(l.split(','))
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const src = nextSource()
    for (const sheet of Object.keys(rows)) {
      const p = await preview(bytes, { source: src, fileName: 'book.xlsx', sheet })
      expect(p.errorCount).toBe(0)
      await commitImport(ctx.db, p.batchId)
    }
    expect((await stored(src)).map((r) => [r.id, r.scale, r.satisfied[0], r.satisfied[1]])).toEqual(
      [
        ['X-1', '1-5', false, false],
        ['X-2', '1-5', true, null],
        ['X-3', 'yes-no', true, false],
        ['X-4', 'yes-no', true, null],
      ],
    )
  })

  it('hand-worked: a 1–5 file and a yes/no file give the five satisfied_* figures of the Kokshetau PSC in 2024', async () => {
    // Responses of 2024 (no other test of this file writes that year). The 1–5 file (a 5 on row 5
    // makes it so); columns: process, information, complaint procedure, complaint timeline,
    // courtesy. Satisfied is a score of 4 or 5; a blank is "not asked" and counts nowhere.
    const day = '2024-05-14'
    const scores = csv(
      HEADER,
      line('H-1', ['1', '1'], day), //            only 1s, two questions asked
      line('H-2', ['1'], day), //                 a single 1
      line('H-3', ['1', '1', '1', '1', '1'], day), // only 1s, every question
      line('H-4', ['5', '4', '3', '', '5'], day),
      line('H-5', ['4', '2', '', '', '1'], day),
      line('H-6', [], day), //                    nothing answered
      line('H-7', ['1', '', '5'], day), //         1s and blanks beside a 5
    )
    // The yes/no file (the word "да" makes it so): 1 = yes, 0 = no.
    const words = csv(
      HEADER,
      line('W-1', ['да', '0', '', '', '1'], day),
      line('W-2', ['1', '', '', '', '0'], day),
    )
    const src = nextSource()
    for (const file of [scores, words]) {
      const p = await preview(file, { source: src })
      expect(p.errorCount).toBe(0)
      await commitImport(ctx.db, p.batchId)
    }
    // By hand, satisfied / answered per question:
    // process:    H-1 1 ✗, H-2 1 ✗, H-3 1 ✗, H-4 5 ✓, H-5 4 ✓, H-7 1 ✗; W-1 да ✓, W-2 1 ✓ → 4 / 8
    // information: H-1 1 ✗, H-3 1 ✗, H-4 4 ✓, H-5 2 ✗; W-1 0 ✗                          → 1 / 5
    // complaint procedure: H-3 1 ✗, H-4 3 ✗, H-7 5 ✓                                     → 1 / 3
    // complaint timeline:  H-3 1 ✗                                                       → 0 / 1
    // courtesy:   H-3 1 ✗, H-4 5 ✓, H-5 1 ✗; W-1 1 ✓, W-2 0 ✗                            → 2 / 5
    // (Read row by row, as before, H-1, H-2, H-3 and H-7's 1s were "yes": process 8 / 8 …)
    const expected: Record<string, [number, number]> = {
      satisfied_process: [4, 8],
      satisfied_information: [1, 5],
      satisfied_complaint_procedure: [1, 3],
      satisfied_complaint_timeline: [0, 1],
      satisfied_courtesy: [2, 5],
    }
    const result = await computeIndicators(ctx.db, {
      year: 2024,
      period: 'year',
      standard: FARM,
      office: PSC,
      asOf: '2024-12-31',
    })
    for (const [measure, [numerator, denominator]] of Object.entries(expected)) {
      const rows = result.rows.filter((r) => r.measure === measure)
      expect(rows.length, measure).toBeGreaterThan(0)
      for (const row of rows) {
        expect([row.measure, row.numerator, row.denominator]).toEqual([
          measure,
          numerator,
          denominator,
        ])
      }
    }
  })

  it('a survey with no answers and nothing stated has no scale; the stored row says so', async () => {
    const src = nextSource()
    const p = await preview(csv(HEADER, line('N-1', [])), { source: src })
    expect(p.surveyScale).toEqual({ scale: null, basis: 'none', evidence: null })
    await commitImport(ctx.db, p.batchId)
    expect((await stored(src)).map((r) => [r.id, r.scale])).toEqual([['N-1', null]])
  })

  it('the table refuses a stated scale its answers do not fit', async () => {
    const office = await sql<{ id: number }>`select id from offices where code = ${PSC}`.execute(
      ctx.db,
    )
    const base = {
      source: nextSource(),
      standardId: FARM,
      officeId: office.rows[0]!.id,
      respondedOn: '2025-02-03',
    }
    await expect(
      ctx.db
        .insertInto('surveyResponses')
        .values({ ...base, externalId: 'T-1', processYes: true, scale: '1-5' })
        .execute(),
    ).rejects.toThrow(/survey_responses_scale_fits_answers/)
    await expect(
      ctx.db
        .insertInto('surveyResponses')
        .values({ ...base, externalId: 'T-2', processScore: 4, scale: 'yes-no' })
        .execute(),
    ).rejects.toThrow(/survey_responses_scale_fits_answers/)
  })
})
