// Every CSV Sapa writes neutralises text cells that a spreadsheet would run as a formula (the
// OWASP rule: a leading =, +, -, @, tab or carriage return gets an apostrophe in front), while
// numbers stay numbers by their type. The CSV doors all write through csvField (app/exports/csv-writer.ts):
// page tables (table-export.server.ts), reports and open data (reports/csv.ts), the CLI.
import { describe, expect, it } from 'vitest'
import { csvField, neutralizeFormula, toCsv } from '../../app/exports/csv-writer'
import { tableCsv } from '../../app/exports/table-export.server'

describe('CSV formula injection', () => {
  it('a text cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe', () => {
    expect(neutralizeFormula('=1+1')).toBe("'=1+1")
    expect(neutralizeFormula('+7 701 000 00 00')).toBe("'+7 701 000 00 00")
    expect(neutralizeFormula('-2+3')).toBe("'-2+3")
    expect(neutralizeFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)")
    expect(neutralizeFormula('\t=1')).toBe("'\t=1")
    expect(neutralizeFormula('\r=1')).toBe("'\r=1")
  })

  it('other text is left as it is, a formula character inside the text included', () => {
    for (const text of ['DEMO-C-00001', 'a=b', 'Көкшетау, ХҚКО', '2025-03-20', ' =1', "'=1", '']) {
      expect(neutralizeFormula(text)).toBe(text)
    }
  })

  it('=HYPERLINK(…) with quotes and a comma is neutralised and then quoted (RFC 4180)', () => {
    // The apostrophe goes inside the quotes: the spreadsheet unquotes first, then sees '=….
    expect(csvField('=HYPERLINK("http://evil.example/?x","open")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?x"",""open"")"`,
    )
  })

  it('numbers are numbers by type: -3.5 and -12 stay as written, the text "-3.5" does not', () => {
    expect(csvField(-3.5)).toBe('-3.5')
    expect(csvField(-12)).toBe('-12')
    expect(csvField(0)).toBe('0')
    expect(csvField('-3.5')).toBe("'-3.5")
    expect(csvField(null)).toBe('')
    expect(csvField(new Date('2025-03-20T05:00:00Z'))).toBe('2025-03-20T05:00:00.000Z')
  })

  it('a page table keeps its numeric columns and neutralises its text columns', () => {
    const csv = tableCsv({
      name: 'cases',
      title: 'cases',
      columns: [
        { key: 'id', label: 'external_id' },
        { key: 'office', label: 'office' },
        { key: 'change', label: 'change, %', percent: true },
        { key: 'late', label: 'days late' },
      ],
      rows: [
        { id: '=HYPERLINK("http://evil.example","x")', office: '@office', change: -3.5, late: -2 },
        { id: 'DEMO-C-1', office: '+77', change: 91.95, late: 0 },
      ],
    })
    expect(csv).toBe(
      '\uFEFFexternal_id,office,"change, %",days late\r\n' +
        `"'=HYPERLINK(""http://evil.example"",""x"")",'@office,-3.5,-2\r\n` +
        "DEMO-C-1,'+77,91.95,0\r\n",
    )
  })

  it('toCsv neutralises headers too (a header is a cell like any other)', () => {
    expect(toCsv([{ n: 1 }], [{ header: '-n', value: (r) => r.n }])).toBe("'-n\r\n1\r\n")
  })
})
