// Kazakh: the standards' definitions and editions (/admin/standards, `sapa standard`). Part of the
// admin page dictionary (kk/admin.ts spreads it); the key set of ru and en.

export const adminStandards = {
  'admin.nav.standards': 'Стандарттар',
  'admin.standards.title': 'Стандарттардың анықтамалары мен редакциялары',
  'admin.standards.intro':
    'Стандарттың анықтама файлын (JSON, docs/standards.md) жүктеңіз: Sapa оны толық тексереді, сақталғанмен айырмашылығын көрсетеді және сіз растағаннан кейін ғана бір транзакцияда аудит жазбасымен сақтайды. Файлдағы редакциялар сақталған нөмірлес редакцияларды ауыстырады; жаңа редакция өзі басталғанға дейінгі кезеңдердің көрсеткіштерін өзгертпейді.',
  'admin.standards.file': 'Анықтама файлы (JSON)',
  'admin.standards.check': 'Тексеру және айырмашылықты көрсету',
  'admin.standards.store': 'Сақтау',
  'admin.standards.refused': 'Файл қабылданбады, ештеңе сақталмады. Қателер (файлдағы орнымен):',
  'admin.standards.col.path': 'Файлдағы орны',
  'admin.standards.col.problem': 'Қате',
  'admin.standards.col.before': 'Сақталғаны',
  'admin.standards.col.after': 'Файлда',
  'admin.standards.fileRoot': '(бүкіл файл)',
  'admin.standards.newStandard': '(жаңа стандарт)',
  'admin.standards.absent': '—',
  'admin.standards.stored': '{id} сақталды: өзгерістер саны — {count}.',
  'admin.standards.dryRun': '{id} тексерілді: {count} өзгеріс сақталар еді; ештеңе жазылған жоқ.',
  'admin.standards.unchanged': '{id}: файл сақталғанмен бірдей, сақтайтын ештеңе жоқ.',
  'admin.standards.recomputed':
    'Мерзімдер қайта есептелді: {checked} өтініштің {cases} және {complaintsChecked} шағымның {complaints} өзгерді.',
  'admin.standards.confirm': 'Осы өзгерістерді сақтау керек пе?',
  'admin.standards.list': 'Сақталған стандарттар',
  'admin.standards.col.standard': 'Стандарт',
  'admin.standards.col.editions': 'Редакциялар',
  'admin.standards.col.export': 'Экспорт (CLI)',
  'admin.standards.noFile': 'JSON файлын таңдаңыз.',
  'admin.standards.error.json': 'файл JSON емес: {detail}',
  'admin.standards.error.required': 'міндетті өріс жоқ',
  'admin.standards.error.type': 'түрі дұрыс емес: {expected} күтілді',
  'admin.standards.error.unknownField': 'форматта жоқ өріс: {fields}',
  'admin.standards.error.oneOf': 'мына мәндердің бірі болуы керек: {values}',
  'admin.standards.error.date': 'ЖЖЖЖ-АА-КК күні болуы керек',
  'admin.standards.error.code': '1.1 сияқты код болуы керек',
  'admin.standards.error.standardId':
    'land-lease-act сияқты кіші латын әріптері, сандар және сызықшалар болуы керек',
  'admin.standards.error.format': 'пішімі дұрыс емес',
  'admin.standards.error.tooSmall': 'кемінде {minimum} болуы керек',
  'admin.standards.error.empty': 'бос болмауы керек',
  'admin.standards.error.invalid': 'мәні дұрыс емес',
  'admin.standards.error.unknownAgency': '«{value}» органы белгісіз',
  'admin.standards.error.duplicateEdition': '{edition}-редакция файлда екі рет берілген',
  'admin.standards.error.cancelledWithoutEnd':
    'күші жойылған редакцияның соңғы күні (valid_to) көрсетілуі керек',
  'admin.standards.error.unknownChannel': '«{value}» арнасы белгісіз',
  'admin.standards.error.unknownVariant': '«{value}» нұсқасы белгісіз',
  'admin.standards.error.duplicateRule': '{channel} арнасы × {variant} нұсқасы екі рет берілген',
  'admin.standards.error.duplicateGroup': '«{group}» тобы екі рет берілген',
  'admin.standards.error.duplicateCode': '{code} коды {edition}-редакцияда екі рет берілген',
  'admin.standards.error.unknownMeasure': '«{value}» өлшемі белгісіз; өлшемдер: {measures}',
  'admin.standards.error.duplicateMeasure':
    '«{value}» өлшемі {edition}-редакцияда екі рет берілген',
  'admin.standards.error.codeKeepsMeasure':
    '{code} коды басқа редакцияда «{measure}» өлшемі; код өз өлшемін сақтайды',
  'admin.standards.error.unknownGroup': '«{value}» тобы редакцияның indicator_groups тізімінде жоқ',
  'admin.standards.error.normativeMin': 'ең төменгі мәнде low болуы керек, high болмауы керек',
  'admin.standards.error.normativeMax': 'ең жоғарғы мәнде high болуы керек, low болмауы керек',
  'admin.standards.error.normativeBand': 'аралықта low та, high та болуы керек',
  'admin.standards.error.bandLowHigh':
    'аралықтың төменгі шегі жоғарғысынан кіші болуы керек (мұнда {low} және {high})',
  'admin.standards.error.overlap': '{edition}-редакция {other}-редакция аяқталмай басталады',
  'admin.standards.error.numberOrder':
    '{edition}-редакция {other}-редакциядан кейін басталуы керек',
  'admin.standards.error.validToBeforeFrom':
    '{edition}-редакцияның соңғы күні басталу күнінен бұрын',
  'admin.standards.error.unknownOffice': '«{value}» кеңсесі белгісіз',
  'admin.standards.error.tooLarge': 'файл тым үлкен: ең көбі {max} таңба',
  'admin.standards.error.ruleWithoutTerm':
    'мерзім ережесінде мерзім жоқ: term_amount және term_unit керек',
} as const
