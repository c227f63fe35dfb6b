// Kazakh — the default interface language and the one key set every dictionary must match.
// `{name}` marks a parameter; keys ending in `#one` `#few` `#many` `#other` are the plural forms
// of one message (Intl.PluralRules categories; Kazakh uses the same form for every count).
// This file holds the keys every page shares; each page's own keys are in kk/<page>.ts.
import { alertMail } from './kk/alert-mail'
import type { admin } from './kk/admin'
import type { dashboard } from './kk/dashboard'
import type { imports } from './kk/imports'
import type { methodology } from './kk/methodology'
import type { region } from './kk/region'
import type { reports } from './kk/reports'
import type { targets } from './kk/targets'

export const kk = {
  'app.name': 'Sapa',
  'app.subtitle': 'Мемлекеттік қызмет стандарттарының сапа және қолжетімділік көрсеткіштері',
  'app.skipToContent': 'Негізгі мазмұнға өту',
  'app.footer':
    'Sapa — Қазақстан Республикасының мемлекеттік қызмет стандарттары бойынша сапа көрсеткіштерін есептеу және бақылау жүйесі.',
  'app.footerSource':
    'Анықтамалық деректер: Қазақстан Республикасы Үкіметінің қаулылары (2010–2011) және стандарттардың қосымшалары.',

  'nav.label': 'Негізгі навигация',
  'nav.overview': 'Шолу',
  'nav.standards': 'Стандарттар',
  'nav.regions': 'Өңірлер',
  'nav.methodology': 'Әдістеме',
  'nav.reports': 'Есептер',
  'nav.openData': 'Ашық деректер',
  'nav.targets': 'Нысаналы мәндер',
  'nav.admin': 'Әкімшілік',
  'nav.imports': 'Деректерді жүктеу',
  'lang.label': 'Интерфейс тілі',

  'error.notFound.title': 'Бет табылмады',
  'error.notFound.body':
    'Сұралған бет жоқ немесе жойылған. Мекенжайды тексеріңіз немесе шолу бетіне оралыңыз.',
  'error.standardNotFound': '«{id}» деген стандарт жоқ.',
  'error.regionNotFound': '«{code}» кодты өңір жоқ.',
  'error.badRequest.title': 'Сұраныс қате',
  'error.badParameter': '«{parameter}» параметрінің мәні дұрыс емес.',
  'error.controlCharacterHint':
    'Мекенжайда басқару таңбасы бар (мысалы, %00 — NUL): параметрлерде ондай таңба болмайды.',
  'error.controlCharacterFormHint':
    'Пішін өрісінде басқару таңбасы бар (мысалы, NUL): өрістерде ондай таңба болмайды.',
  'error.yearHint': 'Жыл {min} мен {max} аралығындағы бүтін сан болуы керек.',
  'error.generic.title': 'Қате орын алды',
  'error.generic.body':
    'Бетті көрсету мүмкін болмады. Кейінірек қайталап көріңіз; қате қайталанса, әкімшіге хабарлаңыз.',
  'error.busy.title': 'Дерекқор бос емес',
  'error.busy.body':
    'Дерекқор қазір үлкен жүктеуді өңдеп жатыр. {seconds} секундтан кейін бетті қайта ашыңыз.',
  'error.status': 'HTTP коды: {status}',
  'error.backToOverview': 'Шолу бетіне оралу',

  'common.noData': 'Деректер жоқ',
  'common.total': 'Барлығы',
  'common.range': '{from} – {to}',
  'common.translationNote':
    'Орысша және ағылшынша атаулар — аударма; ресми мәтін — қазақ тіліндегі түпнұсқа.',

  'overview.title': 'Дерекқорға шолу',
  'overview.intro':
    'Бұл бет дерекқорда не бар екенін көрсетеді: стандарттар, анықтамалық деректер және жүктелген деректер. Барлық сандар тікелей дерекқордан есептеледі.',
  'overview.standards': 'Мемлекеттік қызмет стандарттары',
  'overview.col.standard': 'Стандарт',
  'overview.col.agency': 'Нысаналы мәндерді бекітетін орган',
  'overview.col.indicators': 'Көрсеткіштер саны',
  'overview.col.casesPerYear': 'Жылдар бойынша өтініштер',
  'overview.casesInYear': '{year} ж.: {count}',
  'overview.casesYearNote':
    'Жыл өтініш берілген күн бойынша (қызмет көрсету орнының жергілікті күні) анықталады.',
  'overview.noStandards': 'Дерекқорда стандарттар жоқ.',
  'overview.reference': 'Анықтамалық деректер',
  'overview.regions': 'Өңірлер',
  'overview.regionsValid': '{year} жылы қолданыста: {count}',
  'overview.districts': 'Аудандар мен қалалар',
  'overview.offices': 'Қызмет көрсету орындары',
  'overview.facts': 'Жүктелген деректер',
  'overview.col.dataset': 'Деректер',
  'overview.col.count': 'Саны',
  'overview.col.period': 'Кезеңі',
  'overview.cases': 'Өтініштер (қызмет көрсету жағдайлары)',
  'overview.surveys': 'Сауалнама жауаптары',
  'overview.complaints': 'Шағымдар',

  'standards.title': 'Мемлекеттік қызмет стандарттары',
  'standards.intro':
    'Әр стандарт — бір мемлекеттік қызмет: оны бекіткен қаулы, қызмет көрсету арналары мен мерзімдері және сапа көрсеткіштерінің кестесі.',
  'standards.col.name': 'Атауы',
  'standards.col.decree': 'Қаулы',
  'standards.col.status': 'Мәртебесі',
  'standards.col.agency': 'Нысаналы мәндерді бекітетін орган',
  'standards.col.indicators': 'Көрсеткіштер',
  'standards.none': 'Дерекқорда стандарттар жоқ.',

  'standard.status.inForce': 'Қолданыста',
  'standard.status.cancelled': 'Күші жойылған',
  'standard.decree': '{date} № {number} қаулы',
  'standard.cancelledBy': '{date} № {number} қаулысымен күші жойылды',
  'standards.col.edition': 'Қолданылатын редакция',
  'standard.edition.name': '{number}-редакция',
  'standard.edition.inForceFrom': '{from} бастап қолданыста',
  'standard.edition.inForceBetween': '{from} – {to} аралығында қолданыста болды',
  'standard.status.continued': 'Күші жойылған — кестесі қолданыла береді',
  'standard.continued':
    '{date} № {number} қаулысымен күші жойылды. Кейінгі редакция жүктелмеген: Sapa келесі редакция жүктелгенге дейін {edition}-редакцияның кестесі бойынша өлшеуді жалғастырады.',
  'standard.edition.spans':
    'Жыл {spans} редакцияларын қамтиды; ол 1 қаңтарда қолданыста болған {number}-редакция бойынша бағаланады.',
  'standard.edition.periodSpans':
    'Кезең {spans} редакцияларын қамтиды; ол өзінің бірінші күнінде қолданыста болған {number}-редакция бойынша бағаланады.',
  'standard.edition.beforeFirst':
    '{edition}-редакция {from} бастап қолданысқа енеді; бұрынғы жазбалар оның кестесі бойынша өлшенеді.',
  'standard.editions': 'Редакциялар',
  'standard.editions.intro':
    'Өтініш, сауалнама жауабы немесе шағым өзінің кілттік күнінде қолданыста болған редакция бойынша өлшенеді; кезең өзінің бірінші күнінде қолданыста болған редакцияның кестесімен бағаланады, ал екі редакцияны қамтитын кезеңнің көрсеткіші мұны көрсетеді. Соңғы редакцияның күші жойылғаннан кейін оның кестесі келесі редакция жүктелгенге дейін қолданыла береді.',
  'standard.editions.col.edition': 'Редакция',
  'standard.editions.col.act': 'Акт',
  'standard.editions.col.validity': 'Қолданылу мерзімі',
  'standard.editions.col.cancelledBy': 'Күшін жойған акт',
  'standard.editions.none': 'Редакциялар енгізілмеген.',
  'standard.nameKk': 'Атауы (қазақ тілінде, түпнұсқадағыдай)',
  'standard.approvedBy': 'Бекітілген',
  'standard.amendments': 'Байланысты қаулылар (өзгертілген немесе өзгертетін)',
  'standard.noAmendments': 'Өзгерістер енгізілмеген',
  'standard.cancellation': 'Күшінің жойылуы',
  'standard.notCancelled': 'Күші жойылмаған',
  'standard.agency': 'Нысаналы мәндерді бекітетін орган',
  'standard.approver': 'Бекітетін лауазымды тұлға',
  'standard.complaintReview': 'Sapa қолданатын шағымды қарау мерзімі',
  'standard.notes': 'Ескертпелер',
  'standard.backToList': 'Барлық стандарттар',
  'standard.byRegion': '{year} жылғы көрсеткіштер өңірлер бойынша →',
  'standard.rules': 'Қызмет көрсету арналары мен мерзімдері',
  'standard.rules.intro':
    'Әр арна мен нұсқа үшін: қызмет көрсету мерзімі, кезекте күтудің және қызмет көрсетудің ең ұзақ шекті уақыты (стандарттың 7-тармағы).',
  'standard.rules.none': 'Бұл стандарт үшін мерзім ережелері енгізілмеген.',
  'standard.interpretations': 'Sapa стандартты қалай оқиды',
  'standard.interpretationEditable':
    'Бұл түсіндірме дерек ретінде сақталады: оны әкімші өзгерте алады.',
  'standard.table': 'Сапа көрсеткіштерінің кестесі',
  'standard.table.intro':
    'Стандарт қосымшасындағы кесте: топтардың тақырыптары мен көрсеткіштердің мәтіні түпнұсқадағыдай берілген.',
  'standard.table.none': 'Бұл стандарт үшін көрсеткіштер енгізілмеген.',

  'rule.channel': 'Арна',
  'rule.variant': 'Нұсқа',
  'rule.term': 'Қызмет көрсету мерзімі',
  'rule.maxWait': 'Кезекте күтудің ең ұзақ уақыты',
  'rule.maxService': 'Қызмет көрсетудің ең ұзақ уақыты',
  'rule.asPrinted': 'Стандарттағы мәтіні',

  'indicator.code': 'Коды',
  'indicator.name': 'Көрсеткіш',
  'indicator.normative': 'Нормативтік мәні',
  'indicator.direction': 'Бағыты',
  'indicator.noNormative': 'Стандартта нормативтік мән көрсетілмеген',
  'indicator.translation': 'Аударма',

  'normative.min': 'кемінде\u00a0{value}',
  'normative.max': 'ең көбі\u00a0{value}',
  'normative.band': 'кемінде\u00a0{low} ({low}–{high} аралығы)',

  'direction.higher_is_better': 'Жоғары болған сайын жақсы',
  'direction.lower_is_better': 'Төмен болған сайын жақсы',

  'status.meets': 'Орындалды',
  'status.fails': 'Орындалмады',
  'status.inconclusive': 'Анық емес',
  'status.insufficient_data': 'Деректер жеткіліксіз',
  'status.no_data': 'Деректер жоқ',
  'status.no_reference': 'Салыстыру мәні жоқ',
  'coverage.low': 'Қамту төмен: деректерді қызмет көрсететін орындардың жартысынан азы берді',
  'coverage.counts': 'Деректер берген орындар: {contributing} / {serving}',
  'export.dataVersion': 'Деректер нұсқасы: {version}',
  'export.format.csv': 'CSV',
  'export.format.csvTitle':
    'Үтірмен бөлінген, ондық бөлшегі нүктемен (RFC 4180): бағдарламаларға және ағылшын баптаулы Excel-ге',
  'export.format.csvExcel': 'Excel үшін CSV',
  'export.format.csvExcelTitle':
    'Нүктелі үтірмен бөлінген, ондық бөлшегі үтірмен: орыс немесе қазақ өңірлік баптаулары бар Excel бірден ашады',
  'export.format.xlsx': 'XLSX',
  'export.column.value': '{year} жылғы мән, %',
  'export.column.target': '{year} жылға нысаналы мән, %',
  'export.column.ciLow': '95 % сенім аралығы, төменгі шегі, %',
  'export.column.ciHigh': '95 % сенім аралығы, жоғарғы шегі, %',
  'export.column.previous': '{year} жылдың сол кезеңіндегі мән, %',
  'export.column.change': '{year} жылмен салыстырғанда өзгеріс, пайыздық тармақ',
  'export.column.coverage': 'Деректер берген орындар / қызмет көрсететін орындар',

  'weekday.1': 'дүйсенбі',
  'weekday.2': 'сейсенбі',
  'weekday.3': 'сәрсенбі',
  'weekday.4': 'бейсенбі',
  'weekday.5': 'жұма',
  'weekday.6': 'сенбі',
  'weekday.7': 'жексенбі',

  'methodology.standardCount#one': '{count} стандарт',
  'methodology.standardCount#few': '{count} стандарт',
  'methodology.standardCount#many': '{count} стандарт',
  'methodology.standardCount#other': '{count} стандарт',

  'unit.points': 'п.т.',
  'unit.minutes#one': '{count} минут',
  'unit.minutes#few': '{count} минут',
  'unit.minutes#many': '{count} минут',
  'unit.minutes#other': '{count} минут',
  'unit.calendar_days#one': '{count} күнтізбелік күн',
  'unit.calendar_days#few': '{count} күнтізбелік күн',
  'unit.calendar_days#many': '{count} күнтізбелік күн',
  'unit.calendar_days#other': '{count} күнтізбелік күн',
  'unit.working_days#one': '{count} жұмыс күні',
  'unit.working_days#few': '{count} жұмыс күні',
  'unit.working_days#many': '{count} жұмыс күні',
  'unit.working_days#other': '{count} жұмыс күні',

  'officeKind.akimat_apparatus': 'Әкім аппараты',
  'officeKind.land_relations_department': 'Жер қатынастары бөлімі',
  'officeKind.public_service_center': 'Халыққа қызмет көрсету орталығы',
  'officeKind.specialized_enterprise': 'Мамандандырылған мемлекеттік кәсіпорын',

  'regionKind.oblast': 'Облыс',
  'regionKind.city': 'Республикалық маңызы бар қала',

  'districtKind.district': 'Аудан',
  'districtKind.city': 'Облыстық маңызы бар қала',
  'districtKind.city_district': 'Қала ішіндегі аудан',

  'validity.from': '{date} бастап',
  'validity.to': '{date} дейін',
  'validity.range': '{from} – {to}',
  'validity.always': 'Мерзімсіз',
  'validity.wholeYear': 'Жыл бойы',

  'regions.title': 'Өңірлер анықтамалығы',
  'regions.intro':
    '{year} жылы қолданыста болған облыстар мен республикалық маңызы бар қалалар. Әкімшілік-аумақтық құрылым 2018 және 2022 жылдары өзгерді: әр жыл сол жылдың құрылымы бойынша есептеледі.',
  'regions.yearLabel': 'Жыл',
  'regions.show': 'Көрсету',
  'regions.none': '{year} жылы қолданыста болған өңірлер табылмады.',
  'regions.col.code': 'ISO коды',
  'regions.col.name': 'Атауы',
  'regions.col.kind': 'Түрі',
  'regions.col.center': 'Әкімшілік орталығы',
  'regions.col.timeZone': 'Уақыт белдеуі',
  'regions.col.validity': 'Қолданылу кезеңі',
  'regions.col.districts': 'Аудандар мен қалалар',
  'regions.col.offices': 'Қызмет көрсету орындары',
  'regions.formedFrom': '{name} негізінде құрылған',

  'region.asOfYear': '{year} жылғы құрылым бойынша',
  'region.code': 'ISO коды',
  'region.kind': 'Түрі',
  'region.timeZone': 'Уақыт белдеуі',
  'region.validity': 'Қолданылу кезеңі',
  'region.backToList': 'Барлық өңірлер',
  'region.districts': 'Аудандар мен облыстық маңызы бар қалалар',
  'region.districts.none': 'Бұл жылы өңірге тиесілі аудан тіркелмеген.',
  'region.col.code': 'Коды',
  'region.col.name': 'Атауы',
  'region.col.kind': 'Түрі',
  'region.col.membership': 'Өңір құрамында',
  'region.col.offices': 'Қызмет көрсету орындары',
  'region.offices': 'Қызмет көрсету орындары',
  'region.notValidInYear': 'Бұл өңір {year} жылы қолданыста болмаған.',
  'region.offices.none': 'Бұл жылы өңірде тіркелген қызмет көрсету орны жоқ.',
  'region.regionLevel': 'Өңір деңгейіндегі ұйымдар',
  'region.officeCount#one': '{count} орын',
  'region.officeCount#few': '{count} орын',
  'region.officeCount#many': '{count} орын',
  'region.officeCount#other': '{count} орын',

  'office.code': 'Коды',
  'office.kind': 'Түрі',
  'office.name': 'Атауы',
  'office.address': 'Мекенжайы',
  'office.services': 'Көрсететін қызметтері',
  'office.noServices': 'Қызметтері көрсетілмеген',

  'import.line': '{file} · {row}-жол · {column} · «{value}» · {message}',
  'import.summary':
    '{file}: {read} жол оқылды, {valid} дұрыс, {invalid} қате; {new} жаңа, {updated} өзгерген, {unchanged} өзгермеген',
  'import.file.empty': '«{file}» файлы бос.',
  'import.file.noRows': '«{file}» файлында тақырып жолынан басқа жол жоқ.',
  'import.file.binary': '«{file}» — CSV не XLSX файлы емес (екілік мазмұн).',
  'import.file.encoding':
    '«{file}»: {row}-жолдағы мәтін UTF-8 емес, ал файлдың басы UTF-8 болды. Файлды бір кодировкада сақтаңыз.',
  'import.file.unreadable': '«{file}» файлын оқу мүмкін болмады: {detail}',
  'import.file.missingColumns': '«{file}»: міндетті бағандар жоқ: {columns}.',
  'import.file.duplicateColumn': '«{file}»: «{column}» бағаны екі рет берілген.',
  'import.file.noSheet': '«{file}»: «{sheet}» парағы жоқ.',
  'import.file.json': '«{file}»: JSON денесі нысандар массиві болуы керек.',
  'import.file.fieldTooLong':
    '«{file}»: {row}-жол, «{column}» бағаны: ұяшық {max} таңбадан ұзын. Экспортты тексеріңіз (тырнақша жабылмай қалған ба?).',
  'import.file.rowTooLong':
    '«{file}»: {row}-жол {max} таңбадан ұзын (тырнақша жабылмай қалған ба, әлде жол ауыстыру жоқ па?).',
  'import.file.tooManyColumns': '«{file}»: {row}-жолда {max} бағаннан көп.',
  'import.file.jsonTooBig':
    '«{file}»: JSON денесі {max} МБ-тан аспауы керек; үлкенірек файлды CSV түрінде жіберіңіз.',
  'import.file.xlsxTooBig':
    '«{file}»: кітап ашылғанда {max} МБ-тан асады; оны CSV түрінде сақтаңыз немесе бөліп жіберіңіз.',
  'import.file.xlsxRatio':
    '«{file}»: «{part}» бөлігі сығылған өлшемінен {ratio} есе үлкейіп ашылады (ең көбі {max}); бұл қалыпты Excel кітабы емес.',
  'import.error.required': 'мәні міндетті',
  'import.error.unknownCode': 'белгісіз код; рұқсат етілгендері: {codes}',
  'import.error.unknownStandard': 'мұндай стандарт жоқ (кодтар: GET /api/v1/standards)',
  'import.error.unknownOffice': 'мұндай қызмет көрсету орны жоқ (кодтар: npm run sapa -- offices)',
  'import.error.officeRegion': 'бұл орын сіздің өңіріңізге жатпайды',
  'import.error.noRule':
    '{standard} стандартында «{channel}» арнасы мен «{variant}» нұсқасына мерзім ережесі жоқ',
  'import.error.timestamp':
    'күн мен уақыт емес (2025-02-03T10:00, +05:00 сияқты ығысумен немесе онсыз, не 03.02.2025 10:00)',
  'import.error.date': 'күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)',
  'import.error.boolean': 'иә/жоқ мәні емес (иә, жоқ, да, нет, yes, no, true, false, 1, 0)',
  'import.error.integer': 'бүтін сан емес',
  'import.error.negative': 'теріс болмауы керек',
  'import.error.controlCharacter':
    'мәтінде болмайтын басқару таңбасы (мысалы, NUL); экспортты тексеріңіз',
  'import.error.tooLong': '{max} таңбадан ұзын',
  'import.error.positive': 'нөлден үлкен болуы керек',
  'import.error.year': '2000 мен 2100 аралығындағы жыл емес',
  'import.error.answer': 'жауап емес: бос, иә/жоқ немесе 1–5',
  'import.error.scale': 'шкала емес: yes-no (иә/жоқ) немесе 1-5',
  'import.error.scale.wordInScaleFile':
    'иә/жоқ жауабы, бірақ файлда 2-ден 5-ке дейінгі бағалар бар ({row}-жол, {column}: «{value}»), сондықтан ол 1–5 шкаласымен оқылады: бір файлда бір шкала болады — баға қойыңыз немесе иә/жоқ жауаптарын бөлек файлмен жүктеңіз',
  'import.error.scale.zeroInScaleFile':
    '1–5 шкаласында 0 жоқ, ал файлда 2-ден 5-ке дейінгі бағалар бар ({row}-жол, {column}: «{value}»), сондықтан ол осы шкаламен оқылады',
  'import.error.scale.wordOnStatedScale':
    'иә/жоқ жауабы, бірақ бұл файл үшін 1–5 шкаласы көрсетілген: 1-ден 5-ке дейін баға қойыңыз',
  'import.error.scale.zeroOnStatedScale': 'бұл файл үшін көрсетілген 1–5 шкаласында 0 жоқ',
  'import.error.scale.scoreOnStatedYesNo':
    'баға, бірақ бұл файл үшін иә/жоқ шкаласы көрсетілген: иә/жоқ (немесе 1/0) деп жазыңыз',
  'import.error.scale.rowDisagrees':
    'бұл жолда файлдың шкаласынан ({scale}) басқа шкала көрсетілген: бір файлда бір шкала болады',
  'import.scale.oneToFive':
    'Жауаптар 1–5 шкаласымен оқылды: 4 және 5 қанағаттану, 1–3 қанағаттанбау деп саналады.',
  'import.scale.yesNo':
    'Жауаптар иә/жоқ ретінде оқылды: иә (немесе 1) қанағаттану, жоқ (немесе 0) қанағаттанбау деп саналады.',
  'import.scale.byOption': 'Шкала жүктеу кезінде көрсетілген.',
  'import.scale.byColumn':
    'Шкала файлдың answer_scale бағанында көрсетілген ({row}-жол: «{value}»).',
  'import.scale.byScore':
    'Шкала көрсетілмеген; файлда 2-ден 5-ке дейінгі бағалар бар (біріншісі: {row}-жол, {column}: «{value}»), сондықтан оның барлық жауабы 1–5 шкаласымен оқылады.',
  'import.scale.byWord':
    'Шкала көрсетілмеген; файлда иә/жоқ сөздері бар және 2-ден 5-ке дейінгі баға жоқ (бірінші сөз: {row}-жол, {column}: «{value}»), сондықтан ондағы 1 мен 0 иә мен жоқ дегенді білдіреді.',
  'import.scale.byConfirmation': 'Шкала алдын ала қарау кезінде расталды.',
  'import.scale.unconfirmed':
    'Бұл файлдағы жауаптар тек 0 мен 1 (біріншісі: {row}-жол, {column}), ал олар екі шкалаға да сәйкес келеді: иә/жоқ ретінде 1 — иә (қанағаттанды); 1–5 шкаласында 1 — ең төмен баға (қанағаттанбады), ал 0 — қате. Файлды жазбас бұрын оның шкаласын көрсетіңіз.',
  'import.scale.none': 'Бұл файлда сұрақтарға бірде-бір жауап жоқ.',
  'import.error.completedBeforeSubmitted': 'өтініш берілген уақыттан ({submitted}) бұрын',
  'import.error.decidedBeforeReceived': 'шағым түскен уақыттан ({received}) бұрын',
  'import.error.resultNeedsCompletion': '«{result}» нәтижесі үшін completed_at міндетті',
  'import.error.openWithCompletion': '«{result}» нәтижесі бар өтініште completed_at болмауы керек',
  'import.error.suspendedWithoutStart': 'suspended_from жоқ',
  'import.error.suspendedBeforeSubmitted': 'өтініш берілгенге дейін тоқтатылған',
  'import.error.suspendedEndBeforeStart': 'тоқтата тұрудың басынан ({from}) бұрын',
  'import.error.suspendedStillOpen':
    '«suspended» нәтижесі үшін тоқтата тұру аяқталмаған болуы керек',
  'import.error.upheldWithoutDecision': 'шешім күні (decided_at) жоқ',
  'import.error.duplicateId': 'осы файлдың {row}-жолындағы идентификатормен бірдей',
  'import.error.outOfRange': 'рұқсат етілген аралықтан тыс: {min} – {max}',
  'import.error.dateTooEarly': '{year} жылдан ерте',
  'import.error.dateInFuture': 'болашақтағы күн (импорт уақыты: {now})',

  'nav.account': 'Есептік жазба',
  'auth.signOut': 'Шығу',
  'auth.user': 'Пайдаланушы',
  'role.admin': 'Әкімші',
  'role.ministry_official': 'Министрлік қызметкері',
  'role.regional_qc': 'Өңірлік сапаны бақылау бөлімі',
  'role.agency_chair': 'Агенттік төрағасы',
  'login.title': 'Жүйеге кіру',
  'login.intro': 'Sapa-ға кіру үшін электрондық поштаңыз бен құпиясөзіңізді енгізіңіз.',
  'login.email': 'Электрондық пошта',
  'login.password': 'Құпиясөз',
  'login.submit': 'Кіру',
  'login.error.invalid': 'Электрондық пошта немесе құпиясөз қате.',
  'login.error.locked':
    'Қате әрекеттер тым көп болды: кіру уақытша бұғатталды. {minutes} минуттан кейін қайталап көріңіз немесе әкімшіге хабарласыңыз.',
  'login.error.rate_limited':
    'Бұл мекенжайдан кіру әрекеттері тым көп. Біраз уақыттан кейін қайталап көріңіз.',
  'login.error.missing': 'Электрондық пошта мен құпиясөзді енгізіңіз.',
  'account.title': 'Есептік жазба',
  'account.email': 'Электрондық пошта',
  'account.role': 'Рөлі',
  'account.scope': 'Қолжетімді деректер',
  'account.scope.all': 'Барлық өңірлер мен стандарттар',
  'account.scope.region': 'Тек {region} өңірі',
  'account.scope.agency': 'Агенттіктің стандарттары ғана ({agency})',
  'account.password.title': 'Құпиясөзді өзгерту',
  'account.password.current': 'Қазіргі құпиясөз',
  'account.password.new': 'Жаңа құпиясөз',
  'account.password.confirm': 'Жаңа құпиясөзді қайталаңыз',
  'account.password.hint':
    'Кемінде {min} таңба. Өзгерткеннен кейін басқа құрылғылардағы сеанстар аяқталады.',
  'account.password.submit': 'Құпиясөзді өзгерту',
  'account.password.changed': 'Құпиясөз өзгертілді.',
  'account.password.error.wrongCurrent': 'Қазіргі құпиясөз қате.',
  'account.password.error.tooShort': 'Жаңа құпиясөз тым қысқа.',
  'account.password.error.mismatch': 'Жаңа құпиясөздер сәйкес емес.',
  'account.password.error.sameAsCurrent': 'Жаңа құпиясөз қазіргісімен бірдей.',
  'account.tokens.title': 'API токендері',
  'account.tokens.intro':
    'Токен деректерді машина арқылы жүктеуге арналған (Authorization: Bearer …). Оның құқықтары сіздің құқықтарыңызбен бірдей.',
  'account.tokens.name': 'Токен атауы',
  'account.tokens.create': 'Токен жасау',
  'account.tokens.created': 'Жаңа токен (қазір көшіріп алыңыз — ол қайта көрсетілмейді):',
  'account.tokens.none': 'Токендер жоқ.',
  'account.tokens.col.name': 'Атауы',
  'account.tokens.col.created': 'Жасалған',
  'account.tokens.col.lastUsed': 'Соңғы қолданылуы',
  'account.tokens.col.status': 'Күйі',
  'account.tokens.never': 'Қолданылмаған',
  'account.tokens.active': 'Белсенді',
  'account.tokens.revoked': 'Кері қайтарылған',
  'account.tokens.revoke': 'Кері қайтару',

  // The target suggestion and the approval guard (decision 0025).
  'suggestion.method.title': 'Ұсынылатын нысаналы мән қалай есептеледі',
  'suggestion.method.base':
    'Негіз — соңғы толық жыл ({year}), ағымдағы жылдың бір бөлігі ғана ешқашан негіз болмайды. Негіздің жанында алымы мен бөлімі, қамту (деректері бар орындар / қызмет көрсететін орындар) және 95 % аралығы (Уилсон) көрсетіледі.',
  'suggestion.method.insufficient':
    'Негіз жеткіліксіз болса — деректер жоқ, 30-дан аз жауап немесе қамту төмен (деректерді орындардың жартысынан азы берді), көрсеткіштер есебінің ережелері бойынша — ұсыныс соңғы бекітілген нысаналы мән, ол жоқ болса норматив болады; себебі жазылады.',
  'suggestion.method.previous':
    'Ұсыныс соңғы бекітілген нысаналы мәннен әлсіз болмайды (бағыты ескеріледі: шағымдар үшін — одан жоғары емес).',
  'suggestion.method.normative':
    'Ұсыныс нормативтен әлсіз болмайды: ең төменгі мәннен төмен емес, ең жоғары мәннен (шағымдар 1 %) жоғары емес, аралықтың (40–50) ішінде. Нормативтен асып та кетпейді: аралық оның шетінде тоқтайды, ал бұл соңғы бекітілген мәннен әлсіз болса, бет оны жазады.',
  'suggestion.method.guard':
    'Нормативтен немесе алдыңғы бекітілген мәннен әлсіз мәнді ұсыну немесе бекіту жазбаша негіздемені талап етеді: ол шешіммен бірге сақталады, аудитке жазылады, тарихта көрсетіледі және жылдық есептің ескертулерінде басылады.',
  'suggestion.table.base': 'Негіз: {year}',
  'suggestion.base.counts': '{numerator} / {denominator}',
  'suggestion.base.coverage': 'қамту: {contributing} / {serving} орын',
  'suggestion.base.interval': '95 % аралық: {low}–{high}',
  'suggestion.base.noInterval': '95 % аралық: жоқ (деректер жоқ)',
  'suggestion.base.noData': '{year} жылы деректер жоқ',
  'suggestion.reason.no_data': 'Себебі: {year} — соңғы толық жылда деректер жоқ.',
  'suggestion.reason.insufficient_data':
    'Себебі: {year} жылы 30-дан аз жауап — негіз болуға жеткіліксіз.',
  'suggestion.reason.low_coverage':
    'Себебі: {year} жылы қамту төмен — деректерді {serving} орынның {contributing} ғана берді.',
  'suggestion.step.start_base': '{year} жылғы мән: {value}',
  'suggestion.step.start_target': 'соңғы бекітілген нысаналы мән ({year}): {value}',
  'suggestion.step.start_normative': 'норматив: {value}',
  'suggestion.step.kept_target': 'соңғы бекітілген мәннен ({year}) әлсіз емес → {value}',
  'suggestion.step.raised_to_normative': 'нормативтен ({normative}) әлсіз емес → {value}',
  'suggestion.step.capped_normative': 'нормативтен аспайды → {value}',
  'suggestion.step.capped_band': 'аралықтың шетінен аспайды → {value}',
  'suggestion.step.kept_target_past_normative':
    'нормативтен ({normative}) асып кеткен соңғы бекітілген мән сақталады → {value}',
  'suggestion.step.band_below_target':
    'норматив аралығының шеті {value}: соңғы бекітілген {target} мәнінен әлсіз, өйткені ол аралықтан тыс',
  'suggestion.step.capped_bound': 'физикалық шек → {value}',
  'suggestion.none': 'бастайтын ештеңе жоқ',
  'suggestion.justification.label':
    'Негіздеме (нормативтен немесе алдыңғы бекітілген мәннен әлсіз мән үшін міндетті)',
  'suggestion.error.justification':
    'Бұл мән нормативтен немесе алдыңғы бекітілген мәннен әлсіз. Негіздемені жазыңыз: ол шешіммен бірге сақталады, аудитке жазылады және жылдық есепте басылады.',
  'suggestion.weaker.normative': 'Нормативтен ({normative}) әлсіз',
  'suggestion.weaker.previous': 'Соңғы бекітілген мәннен ({value}) әлсіз',
  'suggestion.justification.proposer': 'Ұсынушының негіздемесі: {text}',
  'suggestion.justification.decision': 'Төрағаның негіздемесі: {text}',
  'suggestion.report.title': 'Нормативтен немесе алдыңғы мәннен әлсіз бекітілген нысаналы мәндер',
  'suggestion.report.line': '{code}, {year}: {value} — {why}. Негіздеме: {text}',
  'suggestion.report.weakerNormative': 'нормативтен ({normative}) әлсіз',
  'suggestion.report.weakerPrevious': 'алдыңғы бекітілген мәннен әлсіз',
  'projection.line': 'Жыл соңына болжам: {value} ({low}–{high})',
  'projection.lineEmpty': 'Жыл соңына болжам',
  'projection.verdict.on_track': 'мақсатқа жетеді',
  'projection.verdict.at_risk': 'қауіп бар',
  'projection.verdict.off_track': 'мақсатқа жетпейді',
  'projection.verdict.too_early': 'болжауға әлі ерте',
  'projection.verdict.no_reference': 'салыстыру негізі жоқ',
  'projection.atRisk#one': '{count} көрсеткіш мақсатқа жетпеу қаупінде',
  'projection.atRisk#few': '{count} көрсеткіш мақсатқа жетпеу қаупінде',
  'projection.atRisk#many': '{count} көрсеткіш мақсатқа жетпеу қаупінде',
  'projection.atRisk#other': '{count} көрсеткіш мақсатқа жетпеу қаупінде',
  'projection.offTrack#one': '{count} көрсеткіш болжам бойынша мақсатқа жетпейді',
  'projection.offTrack#few': '{count} көрсеткіш болжам бойынша мақсатқа жетпейді',
  'projection.offTrack#many': '{count} көрсеткіш болжам бойынша мақсатқа жетпейді',
  'projection.offTrack#other': '{count} көрсеткіш болжам бойынша мақсатқа жетпейді',
  'projection.allOnTrack': 'Болжам бойынша бағаланатын барлық көрсеткіш мақсатқа жетеді',
  'projection.summaryTitle': '{year} жылдың соңына болжам',
  'projection.method':
    'Болжам: осы жылғы санақтар мен алдыңғы жылдардың сол айлары бойынша, 80 % аралықпен (Әдістеме).',
  'projection.column': '{year} соңына болжам',
  'phone.reception': 'қабылдау бөлмесі',
  'phone.tel': 'тел',
  'phone.fax': 'факс',
  'summary.meets': '{total} көрсеткіштің {meets} нысаналы мәнге немесе нормативке сәйкес',
  'summary.fails': '{count} орындалмады',
  'summary.inconclusive': '{count} анық емес',
  'summary.withoutData': '{count} деректерсіз',
  'summary.noReference': '{count} салыстыру мәнінсіз',
  'summary.none': 'Бұл таңдау бойынша көрсеткіштер жоқ.',
  'card.target': 'Нысаналы мән',
  'matrix.normative': 'норматив {value}',
  'card.normative': 'Норматив',
  'card.byStandard': 'Стандарттар бойынша ({count})',
  'card.trend': 'Соңғы 24 ай',
  'map.legend': 'Шартты белгілер',
  'map.tileTitle': '{region}: өңір панелін ашу',
  'ranking.reference': 'Тік сызық — {reference}',
  'ranking.target': 'нысаналы мән\u00a0{value}',
  'ranking.normative': 'норматив\u00a0{value}',
  'ranking.axis': 'Шкала {low}-ден {high}-ге дейін',
  'ranking.tableTitle': 'Рейтинг кесте түрінде',
  'ranking.col.rank': 'Орны',
  'ranking.col.region': 'Өңір',
  'ranking.col.value': 'Мәні',
  'ranking.col.status': 'Күйі',
  'layout.menu': 'Мәзір',
  'layout.scrollHint': 'жылжытыңыз →',
  'layout.sortAscending': 'өсу ретімен сұрыптау',
  'layout.sortDescending': 'кему ретімен сұрыптау',
  'layout.contents': 'Осы бетте',
  // Data freshness (/data, the "data through" line) — decision 0028
  'nav.data': 'Деректердің өзектілігі',
  'freshness.title': 'Деректердің өзектілігі',
  'freshness.intro':
    'Әр кеңсенің әр дерек түрі бойынша соңғы жазбасы, оны соңғы жазған импорт және жазба болмаған айлар ({from} – {through}). Кеңсе алдындағы {regular} айдың әрқайсысында өтініштер жіберіп, кейін {days} күннен астам бірде-бір өтініш жібермесе, ол «жаңартылмаған» деп белгіленеді.',
  'freshness.asOf': '{date} күнгі жағдай',
  'freshness.staleCount': 'Жаңартылмаған кеңселер: {count}',
  'freshness.filter.region': 'Өңір',
  'freshness.filter.allRegions': 'Барлық өңірлер',
  'freshness.filter.kind': 'Дерек түрі',
  'freshness.filter.allKinds': 'Барлық түрлері',
  'freshness.filter.staleOnly': 'Тек жаңартылмағандар',
  'freshness.filter.show': 'Көрсету',
  'freshness.kind.cases': 'Өтініштер',
  'freshness.kind.surveys': 'Сауалнама жауаптары',
  'freshness.kind.complaints': 'Шағымдар',
  'freshness.kind.publications': 'Ақпараттың жариялануы',
  'freshness.col.region': 'Өңір',
  'freshness.col.officeCode': 'Кеңсе коды',
  'freshness.col.office': 'Кеңсе',
  'freshness.col.kind': 'Дерек түрі',
  'freshness.col.latest': 'Соңғы жазба',
  'freshness.col.batch': 'Соңғы импорт',
  'freshness.col.batchBy': 'Кім жүктеді',
  'freshness.col.batchAt': 'Қашан жүктелді',
  'freshness.col.monthsWithout': 'Жазбасыз айлар',
  'freshness.col.status': 'Күйі',
  'freshness.batch': '№{id}, {who}, {date}',
  'freshness.yearOnly': '{year} ж.',
  'freshness.noRecords': 'жазба жоқ',
  'freshness.noImport': 'импортсыз',
  'freshness.stale': 'Жаңартылмаған',
  'freshness.fresh': 'Жаңартылған',
  'freshness.staleTitle': '{days} күннен астам өтініш жоқ',
  'freshness.none': 'Сүзгіге сәйкес кеңселер жоқ.',
  'freshness.pager.label': 'Кесте беттері',
  'freshness.pager.previous': '← Алдыңғы',
  'freshness.pager.next': 'Келесі →',
  'freshness.pager.page': 'Бет {page} / {pages} · жолдар: {total}',
  'freshness.download': 'Кестені жүктеу',
  'freshness.dataThrough': 'Деректер {date} бойынша',
  'freshness.dataThroughNone': 'Бұл таңдау бойынша әзірге деректер жоқ',
  'nav.inbox': 'Хабарламалар',
  'inbox.badge#one': '{count} оқылмаған',
  'inbox.badge#few': '{count} оқылмаған',
  'inbox.badge#many': '{count} оқылмаған',
  'inbox.badge#other': '{count} оқылмаған',
  'inbox.title': 'Хабарламалар',
  'inbox.intro':
    'Sapa осында сіз оқитын кеңселер мен өңірлер туралы ескертулерді жібереді: көрсеткіш нысаналы мәнге немесе нормативке жетпесе, жыл соңына болжам нысаналы мәннен төмен болса, мерзімі өткен ашық істер көбейсе, кеңсе деректер жіберуді тоқтатса, жүктелген файлдың қате жолдары қалдырылып жазылса.',
  'inbox.empty': 'Әзірге хабарлама жоқ.',
  'inbox.markRead': 'Оқылды деп белгілеу',
  'inbox.markAllRead': 'Барлығын оқылды деп белгілеу',
  'inbox.markedRead': 'Оқылды деп белгіленді.',
  'inbox.unread': 'Оқылмаған',
  'inbox.raised': 'Пайда болған күні: {date}',
  'inbox.resolved': 'Шешілген күні: {date}',
  'inbox.open': 'Әлі шешілмеген',
  'inbox.show': 'Себебін көру',
  'inbox.settings': 'Хабарлама баптаулары',
  'alerts.rule.indicator_fails': 'Көрсеткіш нысаналы мәнге немесе нормативке жетпеді',
  'alerts.title.indicator_fails.target': 'Көрсеткіш нысаналы мәнге жетпеді',
  'alerts.title.indicator_fails.normative': 'Көрсеткіш нормативке жетпеді',
  'alerts.rule.projected_miss': 'Жылдық нысаналы мәнге немесе нормативке жетпеуі болжанады',
  'alerts.title.projected_miss.target': 'Жылдық нысаналы мәнге жетпеуі болжанады',
  'alerts.title.projected_miss.normative': 'Жыл соңында нормативке жетпеуі болжанады',
  'alerts.rule.overdue_open': 'Мерзімі өткен ашық істер',
  'alerts.rule.office_stale': 'Кеңсе деректер жіберуді тоқтатты',
  'alerts.rule.import_invalid_rows': 'Жүктеу қате жолдарсыз жазылды',
  'alerts.text.indicator_fails.target':
    '{office}: «{indicator}» {month} айында {value} болды ({denominator}\u00a0ішінен\u00a0{numerator}); нысаналы мән — {reference}.',
  'alerts.text.indicator_fails.normative':
    '{office}: «{indicator}» {month} айында {value} болды ({denominator}\u00a0ішінен\u00a0{numerator}); норматив — {reference}.',
  'alerts.text.projected_miss.target':
    '{office}: «{indicator}» {year} жылдың соңында {value} болады деп болжанады (80 % аралығы {low} – {high}); нысаналы мән — {reference}.',
  'alerts.text.projected_miss.normative':
    '{office}: «{indicator}» {year} жылдың соңында {value} болады деп болжанады (80 % аралығы {low} – {high}); норматив — {reference}.',
  'alerts.text.overdue_open':
    '{office}: «{standard}» бойынша {count} ашық істің мерзімі өтіп кетті (шегі — {threshold}).',
  'alerts.text.office_stale':
    '{office}: {days} күннен бері бірде-бір іс жүктелмеді (соңғы іс — {date}); бұған дейін кеңсе істерді ай сайын жіберіп отырған. Шегі — {threshold} күн.',
  'alerts.text.import_invalid_rows':
    '№{batch} жүктеу ({file}) {rejected} қате жолсыз жазылды: {accepted} жол жазылды.',
  'alertSettings.title': 'Хабарлама баптаулары',
  'alertSettings.intro':
    'Қандай ескертулер алатыныңызды таңдаңыз. Сіз тек өз рөліңіз оқитын өңірлер мен стандарттар туралы хабарлама аласыз.',
  'alertSettings.rules': 'Ережелер',
  'alertSettings.regions': 'Өңірлер',
  'alertSettings.regionsHint': 'Ештеңе таңдалмаса — сіз оқитын барлық өңірлер.',
  'alertSettings.standards': 'Стандарттар',
  'alertSettings.standardsHint': 'Ештеңе таңдалмаса — сіз оқитын барлық стандарттар.',
  'alertSettings.channels': 'Жеткізу арналары',
  'alertSettings.channel.inbox': 'Sapa ішіндегі хабарламалар',
  'alertSettings.channel.email': 'Электрондық пошта',
  'alertSettings.emailNote':
    'Хаттар баптауларды сақтаған кездегі осы беттің тілінде жазылады; әр хатта оларды Sapa-ға кірмей-ақ тоқтататын сілтеме бар.',
  'alertSettings.digest': 'Апталық шолу (дүйсенбі, 09:00)',
  'alertSettings.save': 'Сақтау',
  'alertSettings.saved': 'Баптаулар сақталды.',
  'alertSettings.origin.subscription': 'Өз баптауларыңыз қолданылады.',
  'alertSettings.origin.role': 'Рөліңіздің әдепкі баптаулары қолданылады.',
  'alertSettings.origin.builtIn': 'Әдепкі баптаулар қолданылады: барлық ережелер, Sapa ішінде.',
  'alertSettings.error.regions': 'Бұл өңірлер сізге қолжетімді емес: {values}.',
  'alertSettings.error.standards': 'Бұл стандарттар сізге қолжетімді емес: {values}.',
  'alertSettings.error.rules': 'Бұл ережелер сіздің рөліңізге арналмаған: {values}.',
  'alertSettings.error.channels': 'Кемінде бір жеткізу арнасын таңдаңыз.',
  'alertSettings.error.invalid': 'Форма дұрыс толтырылмаған.',
  'monthlyReport.title': 'Өңір бойынша айлық есеп (PDF)',
  'monthlyReport.intro':
    'Әр айдың 1-күні сағат 09:00-де Sapa өңірдің жыл басынан соңғы толық айға дейінгі есебін осы беттің тілінде PDF тіркеме ретінде жібереді. Бұл — жұмыс есебі, жарияланған басылым емес.',
  'monthlyReport.on': 'Айлық есепті маған жіберу',
  'monthlyReport.region': 'Өңір',
  'monthlyReport.agencyOnly': 'Есепте тек сіздің ведомствоңыздың стандарттары бар.',
  'monthlyReport.save': 'Айлық есепті сақтау',
  'monthlyReport.saved': 'Айлық есеп баптаулары сақталды.',
  'monthlyReport.error.region': 'Бұл өңір сіз оқи алатын аядан тыс: {values}.',
  'monthlyReport.error.noRegion': 'Айлық есеп үшін өңірді таңдаңыз.',
  'adminAlerts.nav': 'Хабарламалар',
  'adminAlerts.title': 'Хабарламалар: әдепкі баптаулар',
  'adminAlerts.intro':
    'Әр рөлдің әдепкі ережелері мен арналары (өз баптауын сақтамаған пайдаланушыларға қолданылады) және мерзімі өткен ашық істердің шегі.',
  'adminAlerts.threshold': 'Мерзімі өткен ашық істердің шегі (бір кеңседе, бір стандарт бойынша)',
  'adminAlerts.thresholdHint': 'Мерзімі өткен ашық істер саны осы шектен асқанда ескерту жасалады.',
  'adminAlerts.saveThreshold': 'Шекті сақтау',
  'adminAlerts.defaults': 'Рөлдердің әдепкі баптаулары',
  'adminAlerts.saveRole': 'Сақтау',
  'adminAlerts.saved': 'Сақталды.',
  'adminAlerts.builtIn': 'Белгіленбеген: барлық ережелер, Sapa ішінде.',
  'adminAlerts.error': 'Мән дұрыс емес.',
  ...alertMail,
} as const

/** The keys every page shares (this file): what the root loader sends to the browser. */
export type SharedKey = keyof typeof kk

/** ru.ts and en.ts: the shared keys, each a string. */
export type Dictionary = { readonly [K in SharedKey]: string }

/** A language's part for one page (ru/<page>.ts, en/<page>.ts): Kazakh's keys, each a string. */
export type PageDictionary<Kazakh> = { readonly [K in keyof Kazakh]: string }

/** The pages' parts of the registry, each in kk/<page>.ts and the same file in every language. */
export interface PageMessages {
  admin: typeof admin
  dashboard: typeof dashboard
  imports: typeof imports
  methodology: typeof methodology
  region: typeof region
  reports: typeof reports
  targets: typeof targets
}
export type PageName = keyof PageMessages

/** Every message in Kazakh, as written (`as const`): the key set, and the placeholders of each. */
export type KazakhMessages = typeof kk &
  typeof admin &
  typeof dashboard &
  typeof imports &
  typeof methodology &
  typeof region &
  typeof reports &
  typeof targets

/** The key set of the interface: the shared keys and every page's. */
export type MessageKey = keyof KazakhMessages

/** Some of one language's messages: the root loader's shared part plus a page's part. */
export type Messages = { readonly [K in MessageKey]?: string }
