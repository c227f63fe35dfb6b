// The scale of a survey file (app/domain/survey-scale.ts): stated, or inferred from the whole file.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  decideSurveyScale,
  parseSurveyScale,
  type ScaleObservations,
} from '../../app/domain/survey-scale'
import { templateCsv, templateXlsx } from '../../app/import/templates.server'

const nothing: ScaleObservations = {
  option: null,
  column: null,
  firstScore: null,
  firstWord: null,
  firstBit: null,
}
const score = { row: 7, column: 'satisfied_courtesy', value: '4' }
const word = { row: 3, column: 'satisfied_process', value: 'да' }
const bit = { row: 2, column: 'satisfied_process', value: '1' }

describe('the scale of a survey file', () => {
  it('one score from 2 to 5 anywhere makes the whole file 1–5, words and 0/1 elsewhere notwithstanding', () => {
    expect(
      decideSurveyScale({ ...nothing, firstBit: bit, firstWord: word, firstScore: score }),
    ).toEqual({ scale: '1-5', basis: 'answers', evidence: score })
  })

  it('yes/no words without any 2–5 make a yes/no file (its 0 and 1 are no and yes)', () => {
    expect(decideSurveyScale({ ...nothing, firstBit: bit, firstWord: word })).toEqual({
      scale: 'yes-no',
      basis: 'answers',
      evidence: word,
    })
  })

  it('only 0 and 1 is not guessed: the user is asked', () => {
    expect(decideSurveyScale({ ...nothing, firstBit: bit })).toEqual({
      scale: null,
      basis: 'unconfirmed',
      evidence: bit,
    })
  })

  it('no answer at all and nothing stated: no scale', () => {
    expect(decideSurveyScale(nothing)).toEqual({ scale: null, basis: 'none', evidence: null })
  })

  it('a stated scale wins over the answers, the option over the answer_scale column', () => {
    const column = { row: 2, column: 'answer_scale', value: 'да/нет', scale: 'yes-no' as const }
    expect(decideSurveyScale({ ...nothing, column, firstScore: score })).toEqual({
      scale: 'yes-no',
      basis: 'column',
      evidence: { row: 2, column: 'answer_scale', value: 'да/нет' },
    })
    expect(decideSurveyScale({ ...nothing, option: '1-5', column, firstWord: word })).toEqual({
      scale: '1-5',
      basis: 'option',
      evidence: null,
    })
  })

  it('a scale is written 1-5 (1–5, 1..5, 1 to 5) or yes-no (yes/no, иә/жоқ, да/нет)', () => {
    for (const t of ['1-5', '1–5', ' 1 .. 5 ', '1 to 5']) expect(parseSurveyScale(t)).toBe('1-5')
    for (const t of ['yes-no', 'Yes/No', 'иә/жоқ', 'ДА / НЕТ'])
      expect(parseSurveyScale(t)).toBe('yes-no')
    for (const t of ['1-10', 'yes', '5', '']) expect(parseSurveyScale(t)).toBeUndefined()
  })
})

describe('the survey template', () => {
  it('has the answer_scale column, and its columns sheet says how the scale is chosen', async () => {
    expect(templateCsv('surveys').split(',')).toContain('answer_scale')
    const workbook = new ExcelJS.Workbook()
    const bytes = await templateXlsx('surveys')
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const help = workbook.getWorksheet('columns')!
    const rows = new Map<string, string>()
    help.eachRow((row) => rows.set(String(row.getCell(1).value), String(row.getCell(5).value)))
    expect(rows.get('answer_scale')).toMatch(
      /^yes-no or 1-5: the scale of every answer in the file/,
    )
    expect(rows.get('answer_scale')).toContain('any score 2–5 makes a 1–5 file')
    expect(rows.get('answer_scale')).toContain('a file of only 0 and 1 asks for the scale')
    expect(rows.get('satisfied_process')).toContain('on the file’s one scale, see answer_scale')
  })
})
