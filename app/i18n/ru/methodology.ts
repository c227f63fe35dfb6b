// Russian: the methodology page and the drill-down’s definitions. Typed by Kazakh's keys: a missing or extra key is a type error.
import { measureMessages } from '../methodology/measure-messages'
import type { PageDictionary } from '../kk'
import type { methodology as kk } from '../kk/methodology'

export const methodology: PageDictionary<typeof kk> = {
  'methodology.title': 'Методика',
  'methodology.lead':
    'Как Sapa рассчитывает каждый показатель из таблиц приложений к стандартам: что считается, за какой период, по какому сроку и как оценивается результат.',
  'methodology.intro.1':
    'Каждая строка таблицы приложения к стандарту («Сапа және қол жетімділік көрсеткіштерінің мәні») рассчитывается одним из двенадцати способов расчёта. Код и название строки принадлежат стандарту, а способ расчёта общий: 3.2 в земельных стандартах — «информация доступна в электронном виде», а в справке о ЛПХ — «документы поданы правильно с первого раза».',
  'methodology.intro.2':
    'Каждый показатель — доля: значение = 100 × числитель ÷ знаменатель. Она рассчитывается для охвата (вся страна, регион, район или место оказания услуг; один стандарт или все; один канал или все) и периода (год, квартал или месяц) и показывается вместе с числителем, знаменателем, нормативным и целевым значениями и статусом.',
  'methodology.intro.3':
    'Строки приложений и правила сроков ниже читаются из базы данных; примеры рассчитываются при открытии страницы тем же кодом, который рассчитывает показатели.',
  'methodology.print': 'Печать',
  'methodology.tocLabel': 'Содержание',
  'methodology.sections.measures': 'Способы расчёта: что считается',
  'methodology.sections.deadlines': 'Сроки',
  'methodology.sections.status': 'Значение, ориентир и статус',
  'methodology.sections.period': 'Период и охват',
  'methodology.measures.intro.1':
    'Числитель и знаменатель — это количества записей: заявок, ответов на опросы, жалоб или записей о публикации информации. Дата отнесения к периоду — дата, по которой запись попадает в период.',
  'methodology.measures.summaryCaption': 'Двенадцать способов расчёта кратко',
  'methodology.measures.col.measure': 'Способ расчёта',
  'methodology.measures.col.rows': 'Строки приложений',
  'methodology.measures.col.numerator': 'Числитель',
  'methodology.measures.col.denominator': 'Знаменатель',
  'methodology.measures.col.periodKey': 'Дата отнесения к периоду',
  'methodology.measures.col.data': 'Данные',
  'methodology.measures.col.direction': 'Направление',
  'methodology.measures.col.notes': 'Примечания',
  'methodology.measures.rowIn': 'в стандартах:',
  'methodology.measures.noRows':
    'Ни одна строка приложений в базе данных не использует этот способ расчёта.',
  // The measures' definitions: the measure registry's (app/domain/measures.ts).
  ...measureMessages('ru'),
  'methodology.measures.sources.cases': 'Заявки',
  'methodology.measures.sources.surveys': 'Ответы на опросы',
  'methodology.measures.sources.complaints': 'Реестр жалоб',
  'methodology.measures.sources.publications': 'Записи о публикации информации',
  'methodology.measures.casesForDenominator': 'для знаменателя',
  'methodology.deadlines.intro.1':
    'Показатель 1.1 сравнивает завершение каждой заявки с её сроком (`due_at`). Срок определяется по правилам Гражданского кодекса об исчислении сроков из срока, который стандарт устанавливает для канала и варианта заявки (правило срока).',
  'methodology.deadlines.unitsHeading': 'Единицы срока',
  'methodology.deadlines.unitsCaption':
    'Три единицы и правила сроков в базе данных, которые их используют',
  'methodology.deadlines.col.unit': 'Единица',
  'methodology.deadlines.col.rule': 'Когда истекает срок',
  'methodology.deadlines.col.inDatabase': 'Правила в базе данных',
  'methodology.deadlines.unitNames.minutes': 'Минуты',
  'methodology.deadlines.unitNames.calendar_days': 'Календарные дни',
  'methodology.deadlines.unitNames.working_days': 'Рабочие дни',
  'methodology.deadlines.units.minutes':
    'Время подачи + N минут. Правила о днях не применяются: срок течёт с момента обращения.',
  'methodology.deadlines.units.calendar_days':
    'В конце (23:59:59) N-го дня после даты подачи. Если этот день нерабочий, срок истекает в конце следующего рабочего дня.',
  'methodology.deadlines.units.working_days':
    'В конце (23:59:59) N-го рабочего дня после даты подачи. При подаче в выходной день отсчёт начинается со следующего рабочего дня.',
  'methodology.deadlines.noRules': 'Ни одно правило в базе данных не использует эту единицу.',
  'methodology.deadlines.commonHeading': 'Общие правила для всех сроков',
  'methodology.deadlines.common.1':
    'Срок в днях начинается со дня, следующего за днём подачи (Гражданский кодекс).',
  'methodology.deadlines.common.2':
    'Конец дня — 23:59:59 по местному времени места оказания услуг: часовому поясу его региона (база IANA tz, учитывающая переход Казахстана на единый часовой пояс в 2024 году).',
  'methodology.deadlines.common.3':
    'Рабочий день — понедельник–пятница, кроме праздничных дней и перенесённых выходных, а также суббота или воскресенье, объявленные рабочими переносом. Календарь праздников и переносов — данные, которые ведёт администратор.',
  'methodology.deadlines.common.4': 'Заявка исполнена в срок, если `completed_at ≤ due_at`.',
  'methodology.deadlines.common.5':
    'Приостановление сдвигает срок на свою длительность, измеренную в единице самого срока: для срока в минутах — на точную длительность; для срока в днях — на дни приостановления, посчитанные так же, как сам срок: со дня, следующего за днём начала, по день окончания включительно — рабочие дни для срока в рабочих днях, календарные — для срока в календарных днях.',
  'methodology.deadlines.common.6':
    'У заявки, которая всё ещё приостановлена, срока пока нет: она не учитывается в показателе 1.1.',
  'methodology.deadlines.common.7':
    'Отозванные заявки не учитываются ни в одном показателе по заявкам.',
  'methodology.deadlines.readingsHeading': 'Как Sapa толкует сроки справки о ЛПХ',
  'methodology.deadlines.readings.1':
    'В акимате справка выдаётся «өтініш берілген сәттен бастап» — с момента обращения (постановление № 283, пункт 7), без срока в числах. Sapa толкует это как срок в минутах, равный максимальному времени обслуживания: 10 минут.',
  'methodology.deadlines.readings.2':
    'В ЦОН срок — «2 (екі) күннен аспайды», не более 2 дней, без указания, каких именно. Sapa толкует его как 2 календарных дня — более строгое прочтение.',
  'methodology.deadlines.readingsCurrent': 'Сейчас в базе данных:',
  'methodology.deadlines.readingsEditable':
    'Это толкования Sapa, а не слова стандарта. Они хранятся как данные (правила сроков), которые администратор может изменить, и показаны на странице стандарта:',
  'methodology.deadlines.examplesHeading': 'Примеры расчёта',
  'methodology.deadlines.examplesIntro':
    'Каждый срок ниже рассчитывается при открытии страницы тем же кодом, который рассчитывает сроки заявок, по производственному календарю из базы данных. Таблицы по дням показывают, как считаются дни.',
  'methodology.deadlines.examples.workingDaysNauryz.title':
    '6 рабочих дней через Наурыз (акты на землю)',
  'methodology.deadlines.examples.workingDaysNauryz.explanation':
    'С субботы 21 по понедельник 23 марта — Наурыз, а вторник 24 и среда 25 марта — выходные, перенесённые с его выходных дней, поэтому первый рабочий день срока — четверг 26 марта, а шестой — четверг 2 апреля.',
  'methodology.deadlines.examples.submittedOnDayOff.title':
    '4 рабочих дня, подача в субботу (дубликат акта на землю)',
  'methodology.deadlines.examples.submittedOnDayOff.explanation':
    'Отсчёт начинается с первого рабочего дня после подачи. В 2025 году выходной перенесли с воскресенья 5 января на пятницу 3 января, поэтому воскресенье 5 января было рабочим и стало первым днём срока; вторник 7 января (православное Рождество) — выходной; четвёртый рабочий день — четверг 9 января.',
  'methodology.deadlines.examples.calendarDaysHoliday.title':
    '2 календарных дня, последний — праздник (справка о ЛПХ в ЦОН)',
  'methodology.deadlines.examples.calendarDaysHoliday.explanation':
    'Второй день — суббота 8 марта, Международный женский день. Срок переносится на следующий рабочий день: воскресенье 9 марта — выходной, понедельник 10 марта — выходной, перенесённый с 8 марта, поэтому срок истекает во вторник 11 марта.',
  'methodology.deadlines.examples.minutes.title': '10 минут (справка о ЛПХ в акимате)',
  'methodology.deadlines.examples.minutes.explanation':
    'Минуты прибавляются ко времени обращения: 17:55 + 10 минут = 18:05 того же дня. Правила о днях не применяются, даже накануне праздника Наурыз.',
  'methodology.deadlines.examples.suspension.title':
    'Приостановление (акты на землю, 6 рабочих дней)',
  'methodology.deadlines.examples.suspension.explanation':
    'Приостановление считается так же, как срок: со дня после его начала (четверг 5 июня) по день окончания (понедельник 9 июня). На этот промежуток приходится 2 рабочих дня — пятница 6 июня — Курбан айт, затем выходные, — поэтому срок сдвигается на 2 рабочих дня.',
  'methodology.deadlines.example.term': 'Срок',
  'methodology.deadlines.example.submitted': 'Подана',
  'methodology.deadlines.example.timeZone': 'Часовой пояс места оказания услуг',
  'methodology.deadlines.example.suspension': 'Приостановлена',
  'methodology.deadlines.example.suspensionDays': 'Дни, которые добавляет приостановление',
  'methodology.deadlines.example.due': 'Срок истекает (рассчитано)',
  'methodology.deadlines.example.dueWithoutSuspension': 'Срок без приостановления (рассчитано)',
  'methodology.deadlines.example.stillSuspended': 'Если бы заявка всё ещё была приостановлена',
  'methodology.deadlines.example.noDeadline': 'срока нет: заявка не учитывается в показателе 1.1',
  'methodology.deadlines.example.why': 'Почему',
  'methodology.deadlines.example.timelineCaption': 'По дням',
  'methodology.deadlines.example.col.date': 'Дата',
  'methodology.deadlines.example.col.day': 'День',
  'methodology.deadlines.example.col.count': 'Счёт',
  'methodology.deadlines.example.kind.submission': 'подача',
  'methodology.deadlines.example.kind.working': 'рабочий день',
  'methodology.deadlines.example.kind.weekend': 'выходной',
  'methodology.deadlines.example.kind.holiday': 'праздник',
  'methodology.deadlines.example.kind.transferDayOff': 'перенесённый выходной',
  'methodology.deadlines.example.kind.transferWorkingDay': 'рабочий день по переносу',
  'methodology.deadlines.example.workingDayN': 'рабочий день {n}',
  'methodology.deadlines.example.calendarDayN': 'день {n}',
  'methodology.deadlines.example.movedToNext': 'нерабочий день: срок переносится',
  'methodology.deadlines.example.lastDay': 'срок истекает в 23:59:59',
  'methodology.status.valueHeading': 'Значение',
  'methodology.status.value.1':
    'Значение = 100 × числитель ÷ знаменатель. Оно хранится и выгружается с округлением до 2 знаков после запятой (в XLSX — полное число); статус определяется по точному отношению.',
  'methodology.status.value.3':
    'Как пишутся числа — везде одинаково: на карточках, в таблицах, на графиках, в выгрузках и в отчёте. Проценты — с одним знаком после запятой, и ноль в конце не отбрасывается (95,0\u00a0%). Второй знак пишется только там, где он решает статус: когда значение отстоит от цели или норматива, по которому определяется статус, не больше чем на 0,05 пункта (99,95\u00a0% при нормативе 100\u00a0% — не выполнено, а не «100,0\u00a0%»). Цели и нормативы пишутся так же (с двумя знаками, только если цель утверждена с двумя). Количества — с разбивкой на тысячи неразрывным пробелом (3\u00a0004), разница процентов — в процентных пунктах со знаком и одним знаком после запятой (+1,7\u00a0п.п.).',
  'methodology.status.value.2':
    'Если знаменатель равен 0, значения нет: показатель показывает «Нет данных» — никогда не 0 %, если ничего не измерено.',
  'methodology.status.referenceHeading': 'С чем сравнивается значение',
  'methodology.status.reference.1':
    'Ориентир — утверждённое целевое значение показателя на год периода. Для региона — а также для района или места оказания услуг в нём — утверждённое целевое значение региона заменяет общереспубликанское.',
  'methodology.status.reference.2':
    'Если утверждённого целевого значения нет, ориентиром служит нормативное значение, напечатанное в стандарте. Черновики, предложенные и отклонённые целевые значения не используются.',
  'methodology.status.orderHeading': 'Статусы',
  'methodology.status.orderIntro':
    'Статус определяется в таком порядке; статусом становится первый подходящий.',
  'methodology.status.col.status': 'Статус',
  'methodology.status.col.when': 'Когда',
  'methodology.status.when.no_data': 'Знаменатель равен 0: ничего не измерено.',
  'methodology.status.when.insufficient_data':
    'Опросный показатель, на вопрос которого ответили меньше {minAnswers} человек.',
  'methodology.status.when.no_reference':
    'Нет ни утверждённого целевого значения, ни нормативного значения.',
  'methodology.status.when.meets': 'Значение достигает ориентира (правила сравнения — ниже).',
  'methodology.status.when.inconclusive':
    'Опросный показатель, значение которого не достигает ориентира, но 95-процентный интервал его ещё достигает: промах может быть случайностью выборки.',
  'methodology.status.when.fails':
    'Значение не достигает ориентира (для опросного показателя — не достигает весь интервал).',
  'methodology.status.comparisonHeading': 'Правила сравнения',
  'methodology.status.comparison.1':
    'Чем выше, тем лучше: ориентир достигнут, если значение ≥ ориентира. Чем ниже, тем лучше (строка 4.1, обоснованные жалобы): если значение ≤ ориентира.',
  'methodology.status.comparison.2':
    'Нормативный минимум (100, 90, 85): достигнут при значении не ниже него. Нормативный максимум (1 % для строки 4.1): при значении не выше него.',
  'methodology.status.comparison.3':
    'Нормативный диапазон 40-50 (строка 3.3 справки о ЛПХ): достигнут при значении не ниже 40 — ниже 40 не выполнено, выше 50 выполнено.',
  'methodology.status.surveyHeading': 'Опросные показатели',
  'methodology.status.survey.1':
    'Пять показателей удовлетворённости сопровождаются 95-процентным интервалом Уилсона для доли (z = {z}).',
  'methodology.status.survey.2':
    'Значение, которое не достигает ориентира, но чей интервал его ещё достигает, получает статус «Неоднозначно»; если ориентира не достигает весь интервал — «Не выполнено».',
  'methodology.status.survey.3':
    'Если на вопрос ответили меньше {minAnswers} человек, статус — «Недостаточно данных».',
  'methodology.status.survey.4':
    'Ответ считается удовлетворённым, если это «да» по шкале да/нет или 4 либо 5 по шкале 1–5 (1–3 — нет); пустой ответ означает, что вопрос не задавался, и не учитывается нигде.',
  'methodology.status.survey.5':
    'Шкала — свойство файла (листа книги XLSX), а не строки: одиночная «1» по одной шкале означает «да», а по другой — худшую оценку. Шкалу указывают при загрузке (или в столбце `answer_scale` файла), иначе она определяется по всему файлу: любой ответ от 2 до 5 делает файл файлом шкалы 1–5; слова да/нет без оценок от 2 до 5 — файлом да/нет (1 = да, 0 = нет). Файл, в котором слова да/нет смешаны с оценками, или файл шкалы 1–5 с 0 отклоняется построчно; файл только из 0 и 1 записывается лишь после того, как пользователь укажет его шкалу. Каждый сохранённый ответ хранит шкалу, по которой он прочитан.',
  'methodology.status.coverageHeading': 'Полнота охвата',
  'methodology.status.coverage.1':
    'Оказывающие услугу: места оказания услуг в охвате, которые оказывают услугу по стандарту (по выбранному каналу, если он задан).',
  'methodology.status.coverage.2':
    'Предоставившие данные: те из них, у которых за период есть хотя бы одна запись в знаменателе этого способа расчёта — для показателя по заявкам заявка, входящая в его знаменатель; для опросного показателя ответ именно на этот вопрос; для показателей по жалобам завершённая заявка (реестр жалоб либо полон, либо отсутствует, поэтому место с заявками и без жалоб предоставило данные «жалоб нет»); для доступности информации в интернете запись о публикации за год.',
  'methodology.status.coverage.3':
    'Охват низкий, если предоставивших данные < оказывающих услугу ÷ 2: результат помечается.',
  'methodology.status.coverageFlagIntro': 'Пометка выглядит так:',
  'methodology.status.examplesHeading': 'Примеры расчёта',
  'methodology.status.examplesIntro':
    'Каждый статус ниже определяется при открытии страницы тем же кодом, который определяет статусы на панелях показателей.',
  'methodology.status.examplesCol.example': 'Пример',
  'methodology.status.examplesCol.counts': 'Числитель / знаменатель',
  'methodology.status.examplesCol.reference': 'Ориентир',
  'methodology.status.examplesCol.value': 'Значение',
  'methodology.status.examplesCol.interval': '95-процентный интервал',
  'methodology.status.examplesCol.status': 'Статус',
  'methodology.status.examples.belowNormative': '1.1 в срок, норматив 100, целевого значения нет',
  'methodology.status.examples.targetOverrides':
    '1.1 в срок, те же числа, утверждённое целевое значение 95',
  'methodology.status.examples.bandBelow':
    '3.3 информация в интернете, диапазон 40-50: опубликовали 3 из 8 мест',
  'methodology.status.examples.bandAbove':
    '3.3 информация в интернете, диапазон 40-50: опубликовали 7 из 8 мест',
  'methodology.status.examples.maximumMeets':
    '4.1 обоснованные жалобы, максимум 1 % (чем ниже, тем лучше)',
  'methodology.status.examples.surveyInconclusive': '5.1 вежливость, норматив 85, 60 ответов',
  'methodology.status.examples.surveyFails': '5.1 вежливость, норматив 85, 200 ответов',
  'methodology.status.examples.surveyTooFew':
    '2.1 процесс оказания услуги, 20 ответов, все удовлетворены',
  'methodology.status.examples.noData': '1.1 в срок, в периоде нет заявок со сроком',
  'methodology.status.examples.noReference':
    '1.1 в срок в земельном стандарте: ни норматива, ни целевого значения',
  'methodology.status.counts': '{numerator}\u00a0из\u00a0{denominator}',
  'methodology.status.target': 'целевое значение {value}',
  'methodology.status.normative': 'норматив: {value}',
  'methodology.status.none': 'нет',
  'methodology.period.keysHeading': 'Даты по часовому поясу места оказания услуг',
  'methodology.period.keys.1':
    'Каждая дата отнесения к периоду — календарная дата в часовом поясе места оказания услуг (поясе IANA его региона). Она определяется при записи и хранится: `submitted_on`, `completed_on`, `due_on` заявки; `received_on`, `term_ends_on` жалобы; `responded_on` ответа на опрос.',
  'methodology.period.granularityHeading': 'Периоды',
  'methodology.period.granularity.1':
    'Запрос называет год и шаг — год, квартал или месяц — и возвращает по одной строке на каждый показатель и каждый период этого года: `2025`; `2025-Q1` … `2025-Q4`; `2025-01` … `2025-12`.',
  'methodology.period.asOfHeading': 'Дата расчёта и сравнение с прошлым годом',
  'methodology.period.asOf.1':
    'Дата расчёта (по умолчанию — сегодня): записи, дата отнесения которых позже неё, не учитываются. Для показателя 1.1 это не пускает в ещё открытый период заявки, срок которых не наступил.',
  'methodology.period.asOf.2':
    'Дата расчёта года — сегодня, пока год идёт, и 31 декабря, когда он закончился. Изменение к прошлому году всегда считается к тому же периоду прошлого года: с 1 января по тот же день годом раньше (29 февраля сравнивается с периодом по 28 февраля); для завершившегося года — ко всему прошлому году. Незавершённый год никогда не сравнивается с целым годом.',
  'methodology.period.deadlineInPeriodHeading': 'Показатель 1.1 относит заявку к периоду её срока',
  'methodology.period.deadlineInPeriod.1':
    'Заявка учитывается в том периоде, на который приходится её срок, а не в том, когда она подана.',
  'methodology.period.deadlineInPeriod.2':
    'Почему: чтобы значение за период было окончательным, как только период закончился. Каждая заявка со сроком в этом периоде к тому времени либо завершена, либо уже просрочена; позже может прийти только запоздалое завершение незавершённой заявки, и она остаётся просроченной.',
  'methodology.period.scopeHeading': 'Охват',
  'methodology.period.scope.1':
    'Регион: место оказания услуг учитывается в том регионе, к которому оно относилось на дату отнесения записи, так что история считается там, где она произошла. Для показателя доступности информации в интернете и для мест, оказывающих услугу, берётся принадлежность на последний день периода (или на дату расчёта, если она раньше).',
  'methodology.period.scope.2':
    'Район: места оказания услуг, относящиеся к этому району. Место оказания услуг: только оно.',
  'methodology.period.scope.3':
    'Канал: показатели по заявкам берут канал самой заявки; опросные показатели, показатели по жалобам и доступность информации в интернете — места, оказывающие услугу по этому каналу.',
  'methodology.period.regionsHeading': 'История регионов',
  'methodology.period.regions.1':
    'Регионы Казахстана менялись в 2018 году (Южно-Казахстанская область стала Туркестанской, а Шымкент — городом республиканского значения) и в 2022 году (образованы области Абай, Жетісу и Ұлытау). Отчёт за год строится по регионам, действовавшим в этом году; принадлежность места оказания услуг к региону хранится с датами действия.',
  'methodology.period.regionsCaption':
    'Регионы, появившиеся или упразднённые с 2018 года, по данным базы',
  'methodology.period.regionsCol.region': 'Регион',
  'methodology.period.regionsCol.validFrom': 'Действует с',
  'methodology.period.regionsCol.validTo': 'Действовал по',
  'methodology.period.regionsCol.formedFrom': 'Образован из',
}
