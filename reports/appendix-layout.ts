// How each standard prints its indicator table (the appendix the annual report fills in): the
// appendix number and the four column headings, exactly as printed in the seed documents. The
// table title comes from the database (standards.table_title_kk); group headings, codes, order,
// indicator texts and normatives from indicator_groups and indicators (seeds/reference).
import type { AppendixLayout } from './model'

// Columns 2–4 are the same in all five standards; column 1 differs: the farm certificate prints
// «Сапа және қол жетімділік көрсеткіштері», the land acts «Сапа және тиімділік көрсеткіштері».
const VALUE_COLUMNS = [
  'Көрсеткіштің нормативтік мәні',
  'Көрсеткіштің келесі жылдағы нысаналы мәні',
  'Көрсеткіштің есепті жылдағы ағымдағы мәні',
] as const

const LAND = {
  number: 5,
  first: 'Сапа және тиімділік көрсеткіштері',
}

const PRINTED: Record<string, { number: number; first: string; source: string }> = {
  'private-farm-certificate': {
    number: 3,
    first: 'Сапа және қол жетімділік көрсеткіштері',
    source: 'decree No. 283 of 29.03.2011, appendix 3 (000_bc250ee6765382ff.txt:403-430)',
  },
  'land-private-ownership-act': {
    ...LAND,
    source: 'decree No. 102 of 17.02.2010, appendix 5 (004_54007f01c2996dc6.txt:639-660)',
  },
  'land-permanent-use-act': {
    ...LAND,
    source: 'decree No. 102 of 17.02.2010, appendix 5 (004_54007f01c2996dc6.txt:1573-1593)',
  },
  'land-lease-act': {
    ...LAND,
    source: 'decree No. 102 of 17.02.2010, appendix 5 (004_54007f01c2996dc6.txt:2567-2593)',
  },
  'land-free-temporary-use-act': {
    ...LAND,
    source: 'decree No. 102 of 17.02.2010, appendix 5 (004_54007f01c2996dc6.txt:3526-3551)',
  },
}

/** The printed layout of a standard's table; a standard added later gets the common headings. */
export function appendixLayout(standardId: string, tableTitleKk: string): AppendixLayout {
  const printed = PRINTED[standardId]
  return {
    number: printed?.number ?? 0,
    titleKk: tableTitleKk,
    columnsKk: [printed?.first ?? LAND.first, ...VALUE_COLUMNS],
    source: printed?.source ?? 'standards.table_title_kk',
  }
}
