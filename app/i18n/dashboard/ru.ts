import type { DashboardContent } from './dashboard-content'

export const ru: DashboardContent = {
  standardView: {
    title: 'Показатели по регионам',
    intro:
      'Каждый показатель стандарта по каждому региону: значение, статус (относительно целевого или нормативного значения), числитель и знаменатель (в подсказке ячейки).',
    year: 'Год',
    channel: 'Канал',
    allChannels: 'Все каналы',
    show: 'Показать',
    mapIndicator: 'Показатель на карте',
    matrixCaption: 'Регионы × показатели, {year} г.',
    nation: 'Вся страна',
    region: 'Регион',
    mapTitle: 'Карта регионов',
    mapDescription:
      'Статус регионов по показателю {indicator}, {year} г. На каждой плитке — код региона и значение.',
    rankingTitle: 'Рейтинг регионов',
    rankingDescription:
      '{indicator}: от лучшего к худшему (с учётом направления). Регионы без данных — в конце.',
    noData: 'нет данных',
    change: 'Изменение к прошлому году',
    previousYear: '{year} г.',
    counts: '{numerator} / {denominator}',
    target: 'Целевое значение',
    normative: 'Нормативное значение',
    lowCoverage: 'Низкий охват',
    legend: 'Условные обозначения',
    points: 'п.п.',
    otherYears: 'Другие годы',
  },
  measureShort: {
    on_time: 'В срок',
    queue_wait_ok: 'Очередь',
    docs_correct: 'Документы верны',
    first_time_correct: 'С первого раза',
    satisfied_process: 'Процесс',
    satisfied_information: 'Информация',
    satisfied_complaint_procedure: 'Порядок жалоб',
    satisfied_complaint_timeline: 'Срок жалоб',
    satisfied_courtesy: 'Вежливость',
    info_online: 'В интернете',
    justified_complaint_rate: 'Обоснованные жалобы',
    complaints_resolved_on_time: 'Жалобы в срок',
  },
}
