// Russian: the overview and the standard view. Typed by Kazakh's keys: a missing or extra key is a type error.
import type { PageDictionary } from '../kk'
import type { dashboard as kk } from '../kk/dashboard'

export const dashboard: PageDictionary<typeof kk> = {
  'dashboard.standardView.title': 'Показатели по регионам',
  'dashboard.standardView.intro':
    'Каждый показатель стандарта по каждому региону: значение, статус (относительно целевого или нормативного значения), числитель и знаменатель (в подсказке ячейки).',
  'dashboard.standardView.year': 'Год',
  'dashboard.standardView.channel': 'Канал',
  'dashboard.standardView.allChannels': 'Все каналы',
  'dashboard.standardView.show': 'Показать',
  'dashboard.standardView.mapIndicator': 'Показатель на карте',
  'dashboard.standardView.matrixCaption': 'Регионы × показатели, {year} г.',
  'dashboard.standardView.nation': 'Вся страна',
  'dashboard.standardView.region': 'Регион',
  'dashboard.standardView.mapTitle': 'Карта регионов',
  'dashboard.standardView.mapDescription':
    'Статус регионов по показателю {indicator}, {year} г. На каждой плитке — краткое название региона, значение и статус; плитка открывает панель региона.',
  'dashboard.standardView.rankingTitle': 'Рейтинг регионов',
  'dashboard.standardView.rankingDescription':
    '{indicator}: от лучшего к худшему (с учётом направления). Регионы без данных — в конце.',
  'dashboard.standardView.noData': 'нет данных',
  'dashboard.standardView.change': 'Изменение к прошлому году',
  'dashboard.standardView.previousYear': '{year} г.',
  'dashboard.standardView.counts': '{numerator} / {denominator}',
  'dashboard.standardView.target': 'Целевое значение',
  'dashboard.standardView.normative': 'Нормативное значение',
  'dashboard.standardView.lowCoverage': 'Низкий охват',
  'dashboard.standardView.legend': 'Условные обозначения',
  'dashboard.standardView.points': 'п.п.',
  'dashboard.standardView.otherYears': 'Другие годы',
  'dashboard.overview.title': 'Обзор по стране',
  'dashboard.overview.regionTitle': '{region}: обзор',
  'dashboard.overview.intro':
    'Регионы по показателям качества стандартов государственных услуг: главные цифры года и их изменение к тому же периоду прошлого года. Нажмите на ячейку или регион, чтобы открыть его панель.',
  'dashboard.overview.regionIntro':
    'Ваш доступ ограничен вашим регионом: здесь его показатели. Цифры по стране и по другим регионам не показываются.',
  'dashboard.overview.noRegion': 'Ваша учётная запись не привязана к региону: показывать нечего.',
  'dashboard.overview.year': 'Год',
  'dashboard.overview.standard': 'Стандарт',
  'dashboard.overview.allStandards': 'Все стандарты',
  'dashboard.overview.channel': 'Канал',
  'dashboard.overview.allChannels': 'Все каналы',
  'dashboard.overview.indicator': 'Показатель',
  'dashboard.overview.show': 'Показать',
  'dashboard.overview.cardsTitle': 'Главные цифры, {year} г. (на {date})',
  'dashboard.overview.served': 'Оказано услуг',
  'dashboard.overview.onTime': 'Оказано в срок',
  'dashboard.overview.satisfaction': 'Удовлетворены процессом',
  'dashboard.overview.complaints': 'Обоснованные жалобы',
  'dashboard.overview.servedNote':
    'завершённые заявления: выдан результат или мотивированный отказ',
  'dashboard.overview.shareOf': '{numerator}\u00a0из\u00a0{denominator}',
  'dashboard.overview.complaintsRate': '{rate} от оказанных услуг',
  'dashboard.overview.comparedWith': 'к периоду {period}',
  'dashboard.overview.noPrevious': 'нет данных за {year} г. для сравнения',
  'dashboard.overview.points': 'п.п.',
  'dashboard.overview.byRegion': 'По регионам',
  'dashboard.overview.openRegion': 'Панель региона',
  'dashboard.overview.definitionsTitle': 'Как считаются главные цифры',
  'dashboard.overview.definitionServed':
    'Оказано услуг: заявления, завершённые в периоде, — выдан результат или мотивированный отказ — по дате завершения; отозванные заявления не учитываются. Это знаменатель показателя 4.1 (обоснованные жалобы на число обслуженных).',
  'dashboard.overview.definitionOnTime':
    'Оказано в срок: из заявлений, срок которых истёк в периоде (до даты расчёта), доля завершённых не позже срока; незавершённые заявления с истёкшим сроком считаются просроченными (мера 1.1, суммированная по показанным стандартам).',
  'dashboard.overview.definitionSatisfaction':
    'Удовлетворены процессом: из опрошенных, ответивших на вопрос о качестве процесса оказания услуги, доля удовлетворённых — «да» или 4–5 по шкале 1–5 (мера 2.1, суммированная по показанным стандартам).',
  'dashboard.overview.definitionComplaints':
    'Обоснованные жалобы: жалобы, поступившие в периоде и признанные обоснованными (числитель показателя 4.1), и их доля от оказанных услуг.',
  'dashboard.overview.definitionChange':
    'Каждая цифра складывает счётчики всех показанных стандартов, поэтому каждое заявление, ответ и жалоба весят одинаково. Изменение — к тому же периоду прошлого года (с 1 января по ту же дату).',
  'dashboard.overview.matrixCaption': 'Регионы × показатели, {year} г.',
  'dashboard.overview.matrixFold':
    'Регионы, где хотя бы в одной ячейке таблицы цель или норматив не выполнены: {count} из {total}.',
  'dashboard.overview.matrixAllNote':
    'Все стандарты: в каждом столбце — выбранный показатель ({indicator}) одного стандарта; выберите стандарт, чтобы увидеть все его показатели.',
  'dashboard.overview.matrixNote':
    'В каждой ячейке — значение и статус относительно утверждённого целевого значения, а если его нет — нормативного. В подсказке — числитель и знаменатель; * — низкий охват.',
  'dashboard.overview.nation': 'Вся страна',
  'dashboard.overview.region': 'Регион',
  'dashboard.overview.mapTitle': 'Карта регионов',
  'dashboard.overview.mapDescription':
    'Статус регионов по показателю {indicator}, {year} г. На каждой плитке — краткое название региона, значение и статус; плитка открывает панель региона.',
  'dashboard.overview.rankingTitle': 'Рейтинг регионов',
  'dashboard.overview.rankingDescription':
    '{indicator}: от лучшего к худшему (с учётом направления). Регионы без данных — в конце.',
  'dashboard.overview.noData': 'нет данных',
  'dashboard.overview.download': 'Скачать',
  'dashboard.overview.csv': 'CSV',
  'dashboard.overview.xlsx': 'Excel',
  'dashboard.overview.adminData': 'Что содержит база данных (для администраторов)',
  'dashboard.overview.col.regionCode': 'Код региона',
  'dashboard.overview.col.region': 'Регион',
  'dashboard.overview.col.standard': 'Стандарт',
  'dashboard.overview.col.rank': 'Место',
  'dashboard.overview.col.value': 'Значение, %',
  'dashboard.overview.col.status': 'Статус',
  'dashboard.overview.col.numerator': 'Числитель',
  'dashboard.overview.col.denominator': 'Знаменатель',
  'dashboard.measureShort.on_time': 'В срок',
  'dashboard.measureShort.queue_wait_ok': 'Очередь',
  'dashboard.measureShort.docs_correct': 'Документы верны',
  'dashboard.measureShort.first_time_correct': 'С первого раза',
  'dashboard.measureShort.satisfied_process': 'Процесс',
  'dashboard.measureShort.satisfied_information': 'Информация',
  'dashboard.measureShort.satisfied_complaint_procedure': 'Порядок жалоб',
  'dashboard.measureShort.satisfied_complaint_timeline': 'Срок жалоб',
  'dashboard.measureShort.satisfied_courtesy': 'Вежливость',
  'dashboard.measureShort.info_online': 'В интернете',
  'dashboard.measureShort.justified_complaint_rate': 'Обоснованные жалобы',
  'dashboard.measureShort.complaints_resolved_on_time': 'Жалобы в срок',
}
