// English: the standards' definitions and editions (en/admin.ts spreads it).
import type { PageDictionary } from '../kk'
import type { adminStandards as kk } from '../kk/admin-standards'

export const adminStandards: PageDictionary<typeof kk> = {
  'admin.nav.standards': 'Standards',
  'admin.standards.title': 'Standards: definitions and editions',
  'admin.standards.intro':
    "Upload a standard's definition file (JSON, docs/standards.md): Sapa checks all of it, shows the difference against what is stored, and stores it only when you confirm — in one transaction, with an audit row. The file's editions replace the stored editions of the same numbers; a new edition never changes the figures of the periods before it starts.",
  'admin.standards.file': 'Definition file (JSON)',
  'admin.standards.check': 'Check and show the difference',
  'admin.standards.store': 'Store',
  'admin.standards.refused':
    'The file was refused; nothing was stored. Errors, with their place in the file:',
  'admin.standards.col.path': 'Place in the file',
  'admin.standards.col.problem': 'Error',
  'admin.standards.col.before': 'Stored',
  'admin.standards.col.after': 'In the file',
  'admin.standards.fileRoot': '(the whole file)',
  'admin.standards.newStandard': '(a new standard)',
  'admin.standards.absent': '—',
  'admin.standards.stored': '{id} stored — changes: {count}.',
  'admin.standards.dryRun': '{id} checked — changes found: {count}; nothing was written.',
  'admin.standards.unchanged':
    '{id}: the file is the same as what is stored; there is nothing to store.',
  'admin.standards.recomputed':
    'Deadlines and terms recomputed: {cases} of {checked} cases and {complaints} of {complaintsChecked} complaints changed.',
  'admin.standards.confirm': 'Store these changes?',
  'admin.standards.list': 'Stored standards',
  'admin.standards.col.standard': 'Standard',
  'admin.standards.col.editions': 'Editions',
  'admin.standards.col.export': 'Export (CLI)',
  'admin.standards.noFile': 'Choose a JSON file.',
  'admin.standards.error.json': 'the file is not JSON: {detail}',
  'admin.standards.error.required': 'a required field is missing',
  'admin.standards.error.type': 'wrong type: {expected} expected',
  'admin.standards.error.unknownField': 'not a field of the format: {fields}',
  'admin.standards.error.oneOf': 'must be one of: {values}',
  'admin.standards.error.date': 'must be a YYYY-MM-DD date',
  'admin.standards.error.code': 'must be a code such as 1.1',
  'admin.standards.error.standardId':
    'must be lower-case letters, digits and hyphens, such as land-lease-act',
  'admin.standards.error.format': 'wrong format',
  'admin.standards.error.tooSmall': 'must be at least {minimum}',
  'admin.standards.error.empty': 'must not be empty',
  'admin.standards.error.invalid': 'invalid value',
  'admin.standards.error.unknownAgency': 'unknown agency "{value}"',
  'admin.standards.error.duplicateEdition': 'edition {edition} appears twice in the file',
  'admin.standards.error.cancelledWithoutEnd': 'a cancelled edition needs its last day (valid_to)',
  'admin.standards.error.unknownChannel': 'unknown channel "{value}"',
  'admin.standards.error.unknownVariant': 'unknown variant "{value}"',
  'admin.standards.error.duplicateRule': 'channel {channel} × variant {variant} appears twice',
  'admin.standards.error.duplicateGroup': 'group "{group}" appears twice',
  'admin.standards.error.duplicateCode': 'code {code} appears twice in edition {edition}',
  'admin.standards.error.unknownMeasure': 'unknown measure "{value}"; the measures are: {measures}',
  'admin.standards.error.duplicateMeasure': 'measure "{value}" appears twice in edition {edition}',
  'admin.standards.error.codeKeepsMeasure':
    'code {code} is measure "{measure}" in another edition; a code keeps its measure',
  'admin.standards.error.unknownGroup': 'group "{value}" is not in the edition\'s indicator_groups',
  'admin.standards.error.normativeMin': 'a minimum takes low and no high',
  'admin.standards.error.normativeMax': 'a maximum takes high and no low',
  'admin.standards.error.normativeBand': 'a band takes both low and high',
  'admin.standards.error.bandLowHigh':
    "a band's low must be below its high (here {low} and {high})",
  'admin.standards.error.overlap': 'edition {edition} starts before edition {other} ends',
  'admin.standards.error.numberOrder': 'edition {edition} must start after edition {other}',
  'admin.standards.error.validToBeforeFrom': 'edition {edition} ends before it starts',
  'admin.standards.error.unknownOffice': 'unknown office "{value}"',
  'admin.standards.error.tooLarge': 'the file is too large: at most {max} characters',
  'admin.standards.error.ruleWithoutTerm':
    'a deadline rule needs its term: term_amount and term_unit',
}
