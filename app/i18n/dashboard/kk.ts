import type { DashboardContent } from './dashboard-content'

export const kk: DashboardContent = {
  standardView: {
    title: 'Өңірлер бойынша көрсеткіштер',
    intro:
      'Стандарттың әр көрсеткіші әр өңір бойынша: мәні, мәртебесі (нысаналы немесе нормативтік мәнмен салыстырғанда) және алымы мен бөлімі (ұяшықтың түсіндірмесінде).',
    year: 'Жыл',
    channel: 'Арна',
    allChannels: 'Барлық арналар',
    show: 'Көрсету',
    mapIndicator: 'Картадағы көрсеткіш',
    matrixCaption: 'Өңірлер × көрсеткіштер, {year} ж.',
    nation: 'Бүкіл ел',
    region: 'Өңір',
    mapTitle: 'Өңірлер картасы',
    mapDescription:
      '{indicator} көрсеткіші бойынша өңірлердің мәртебесі, {year} ж. Әр тақташада — өңір коды мен мәні.',
    rankingTitle: 'Өңірлер рейтингі',
    rankingDescription:
      '{indicator}: ең жақсысынан бастап (бағыты ескеріледі). Деректері жоқ өңірлер соңында.',
    noData: 'дерек жоқ',
    change: 'Өткен жылмен салыстырғанда',
    previousYear: '{year} ж.',
    counts: '{numerator} / {denominator}',
    target: 'Нысаналы мән',
    normative: 'Нормативтік мән',
    lowCoverage: 'Қамту төмен',
    legend: 'Шартты белгілер',
    points: 'п.т.',
    otherYears: 'Басқа жылдар',
  },
  measureShort: {
    on_time: 'Мерзімінде',
    queue_wait_ok: 'Кезек',
    docs_correct: 'Құжаттар дұрыс',
    first_time_correct: 'Бірінші реттен',
    satisfied_process: 'Үдеріс',
    satisfied_information: 'Ақпарат',
    satisfied_complaint_procedure: 'Шағым тәртібі',
    satisfied_complaint_timeline: 'Шағым мерзімі',
    satisfied_courtesy: 'Сыпайылық',
    info_online: 'Интернетте',
    justified_complaint_rate: 'Негізді шағымдар',
    complaints_resolved_on_time: 'Шағымдар мерзімінде',
  },
}
