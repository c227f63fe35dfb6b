// Russian: the standards' definitions and editions (ru/admin.ts spreads it).
import type { PageDictionary } from '../kk'
import type { adminStandards as kk } from '../kk/admin-standards'

export const adminStandards: PageDictionary<typeof kk> = {
  'admin.nav.standards': 'Стандарты',
  'admin.standards.title': 'Определения и редакции стандартов',
  'admin.standards.intro':
    'Загрузите файл определения стандарта (JSON, docs/standards.md): Sapa проверит его целиком, покажет отличия от сохранённого и сохранит только после вашего подтверждения — в одной транзакции с записью в журнале аудита. Редакции из файла заменяют сохранённые редакции с теми же номерами; новая редакция не меняет показатели периодов до её начала.',
  'admin.standards.file': 'Файл определения (JSON)',
  'admin.standards.check': 'Проверить и показать отличия',
  'admin.standards.store': 'Сохранить',
  'admin.standards.refused': 'Файл отклонён, ничего не сохранено. Ошибки (с местом в файле):',
  'admin.standards.col.path': 'Место в файле',
  'admin.standards.col.problem': 'Ошибка',
  'admin.standards.col.before': 'Сохранено',
  'admin.standards.col.after': 'В файле',
  'admin.standards.fileRoot': '(весь файл)',
  'admin.standards.newStandard': '(новый стандарт)',
  'admin.standards.absent': '—',
  'admin.standards.stored': '{id} сохранён: изменений — {count}.',
  'admin.standards.dryRun':
    '{id} проверен: было бы сохранено изменений — {count}; ничего не записано.',
  'admin.standards.unchanged': '{id}: файл совпадает с сохранённым, сохранять нечего.',
  'admin.standards.recomputed':
    'Сроки пересчитаны: изменились {cases} из {checked} заявок и {complaints} из {complaintsChecked} жалоб.',
  'admin.standards.confirm': 'Сохранить эти изменения?',
  'admin.standards.list': 'Сохранённые стандарты',
  'admin.standards.col.standard': 'Стандарт',
  'admin.standards.col.editions': 'Редакции',
  'admin.standards.col.export': 'Экспорт (CLI)',
  'admin.standards.noFile': 'Выберите файл JSON.',
  'admin.standards.error.json': 'файл не является JSON: {detail}',
  'admin.standards.error.required': 'отсутствует обязательное поле',
  'admin.standards.error.type': 'неверный тип: ожидается {expected}',
  'admin.standards.error.unknownField': 'поле, которого нет в формате: {fields}',
  'admin.standards.error.oneOf': 'должно быть одним из значений: {values}',
  'admin.standards.error.date': 'должна быть дата ГГГГ-ММ-ДД',
  'admin.standards.error.code': 'должен быть код вида 1.1',
  'admin.standards.error.standardId':
    'должен состоять из строчных латинских букв, цифр и дефисов, как land-lease-act',
  'admin.standards.error.format': 'неверный формат',
  'admin.standards.error.tooSmall': 'должно быть не меньше {minimum}',
  'admin.standards.error.empty': 'не должно быть пустым',
  'admin.standards.error.invalid': 'недопустимое значение',
  'admin.standards.error.unknownAgency': 'неизвестный орган «{value}»',
  'admin.standards.error.duplicateEdition': 'редакция {edition} указана в файле дважды',
  'admin.standards.error.cancelledWithoutEnd':
    'у отменённой редакции должен быть указан последний день (valid_to)',
  'admin.standards.error.unknownChannel': 'неизвестный канал «{value}»',
  'admin.standards.error.unknownVariant': 'неизвестный вариант «{value}»',
  'admin.standards.error.duplicateRule': 'канал {channel} × вариант {variant} указаны дважды',
  'admin.standards.error.duplicateGroup': 'группа «{group}» указана дважды',
  'admin.standards.error.duplicateCode': 'код {code} указан в редакции {edition} дважды',
  'admin.standards.error.unknownMeasure': 'неизвестная мера «{value}»; меры: {measures}',
  'admin.standards.error.duplicateMeasure': 'мера «{value}» указана в редакции {edition} дважды',
  'admin.standards.error.codeKeepsMeasure':
    'код {code} в другой редакции — мера «{measure}»; код сохраняет свою меру',
  'admin.standards.error.unknownGroup': 'группы «{value}» нет в indicator_groups редакции',
  'admin.standards.error.normativeMin': 'у минимума должен быть low и не должно быть high',
  'admin.standards.error.normativeMax': 'у максимума должен быть high и не должно быть low',
  'admin.standards.error.normativeBand': 'у диапазона должны быть и low, и high',
  'admin.standards.error.bandLowHigh':
    'нижняя граница диапазона должна быть меньше верхней (здесь {low} и {high})',
  'admin.standards.error.overlap': 'редакция {edition} начинается до окончания редакции {other}',
  'admin.standards.error.numberOrder':
    'редакция {edition} должна начинаться после редакции {other}',
  'admin.standards.error.validToBeforeFrom':
    'последний день редакции {edition} раньше её первого дня',
  'admin.standards.error.unknownOffice': 'неизвестное учреждение «{value}»',
  'admin.standards.error.tooLarge': 'файл слишком велик: не более {max} символов',
  'admin.standards.error.ruleWithoutTerm':
    'в правиле срока нет срока: нужны term_amount и term_unit',
}
