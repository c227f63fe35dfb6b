import type { ImportsContent } from './imports-content'

export const en: ImportsContent = {
  title: 'Import data',
  intro:
    'Import cases, survey responses, complaints and information publications from a CSV, XLSX or JSON file. The file is checked first: how many rows were read, which are valid, which have errors, what is new and what changes. Nothing is written until you confirm.',
  upload: {
    title: 'Check a file',
    kind: 'Kind of data',
    kinds: {
      cases: 'Cases',
      surveys: 'Survey responses',
      complaints: 'Complaints',
      publications: 'Information publications',
    },
    source: 'Source',
    sourceHint:
      'The system the file comes from, e.g. “PSC export”. A case number is unique within its source.',
    sourcePrefixHint:
      'Your region’s sources begin with {prefix}: it is added to the name you write.',
    sheet: 'XLSX sheet (optional)',
    sheetHint: 'Left empty, the first sheet is read.',
    scale: 'Scale of survey answers',
    scaleHint:
      'Survey files only. Left on “from the file”, a file with any score from 2 to 5 is read as 1–5, one with yes/no words as yes/no; a file of only 0 and 1 asks you.',
    scaleInfer: 'From the file',
    scaleYesNo: 'Yes/no (1 = yes)',
    scaleOneToFive: '1–5 (4 and 5 = satisfied)',
    file: 'File',
    drop: 'Drop a file here, or choose one',
    chosen: 'Chosen: {name} ({size})',
    limit: 'Files of up to {mb} MB.',
    submit: 'Check the file',
    uploading: 'Uploading: {percent}',
    reading: 'Reading and checking the file…',
    templates: 'Templates',
    templatesHint: 'Empty files with the columns and the values they take:',
    megabytes: '{mb} MB',
    kilobytes: '{kb} KB',
  },
  uploadError: {
    tooLarge:
      'The file is too large: the limit is {mb} MB. Split it into several files and import each of them.',
    noFile: 'Choose a file to import.',
    noSource: 'Name the source.',
    sourceRegion:
      'This source belongs to another region (its code before the slash). Your region’s sources begin with {prefix}: write the name without a prefix.',
    failed: 'The file could not be uploaded. Please try again.',
  },
  preview: {
    title: 'Check of “{file}”',
    batch: 'Batch {id}',
    counts: 'Rows',
    rowsRead: 'Rows read',
    valid: 'Valid',
    invalid: 'With errors',
    new: 'New',
    updated: 'Updated',
    unchanged: 'Unchanged',
    errorsTitle: 'Errors',
    errorsShown: 'The first {shown} errors are shown; {total} rows have errors.',
    col: { file: 'File', row: 'Row', column: 'Column', value: 'Value', message: 'Message' },
    commit: 'Write the data',
    commitValid: 'Write only the valid rows ({count})',
    cancel: 'Cancel',
    invalidNote:
      'The file has rows with errors. Correct the file and upload it again, or write only its valid rows.',
    fileError: 'The file could not be read — nothing was written.',
    committed: 'Written: {new} new, {updated} updated, {unchanged} unchanged rows.',
    cancelled: 'Cancelled: nothing was written.',
    undone: 'Undone: the changes of this batch were taken back.',
    close: 'Close',
    readYesNo: 'Read as yes/no',
    readOneToFive: 'Read as the 1–5 scale',
  },
  undo: {
    title: 'Undo batch {id}?',
    body: 'The {new} rows it added will be deleted and the {updated} rows it changed get their previous version back. “{file}”, {kind}, written {when}.',
    confirm: 'Yes, undo it',
    back: 'No, keep it',
  },
  history: {
    title: 'Import history',
    introAll: 'Every import, newest first.',
    introRegion: 'The imports of region {region}, newest first.',
    empty: 'Nothing has been imported yet.',
    col: {
      id: 'No.',
      created: 'When',
      user: 'By',
      kind: 'Kind',
      source: 'Source',
      file: 'File',
      read: 'Read',
      new: 'New',
      updated: 'Updated',
      unchanged: 'Unchanged',
      invalid: 'With errors',
      status: 'Status',
      actions: 'Actions',
    },
    open: 'Open',
    undo: 'Undo…',
    operator: 'Operator (CLI)',
  },
  status: {
    preview: 'Checked, not written',
    committed: 'Written',
    cancelled: 'Cancelled',
    undone: 'Undone',
  },
  state: {
    notFound: 'There is no such batch.',
    notPreview: 'Batch {batch} is no longer waiting to be written.',
    invalidRows:
      'The batch has {count} rows with errors: correct the file, or write only the valid rows.',
    stagedLost: 'The checked rows were not kept (the database restarted): upload the file again.',
    notCommitted: 'Batch {batch} was not written: there is nothing to undo.',
    laterBatch:
      'Batch {batch} cannot be undone: batch {later} changed the same rows later. Undo that one first.',
    scaleUnconfirmed:
      'The answers of batch {batch} are only 0 and 1: say whether they are yes/no or the 1–5 scale before writing it.',
    scaleNotAsked: 'Batch {batch} does not wait for a scale.',
    storedOutsideRegion:
      'Batch {batch} cannot be written: row {row} would replace a record of an office outside the batch’s region. Nothing was written.',
    otherBatchRows:
      'Batch {batch} cannot be undone: {count} of the rows it would delete or restore were written by another batch (their previous versions were not saved).',
  },
}
