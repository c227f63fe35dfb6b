// Russian: alert e-mails and the unsubscribe page (the key set is kk/alert-mail.ts).
import type { alertMail as kk } from '../kk/alert-mail'

export const alertMail: { readonly [K in keyof typeof kk]: string } = {
  'alertMail.subject': 'Sapa: {rule}',
  'alertMail.greeting': 'Здравствуйте, {name}!',
  'alertMail.intro':
    'Sapa зафиксировала новое предупреждение по данным, которые вы просматриваете:',
  'alertMail.resolves':
    'Когда ситуация исправится, предупреждение закроется само и будет отмечено в Sapa как снятое.',
  'alertMail.link': 'Открыть причину в Sapa',
  'digest.subject': 'Sapa: еженедельная сводка, {date}',
  'digest.heading': 'Еженедельная сводка',
  'digest.raised': 'Предупреждения за последние 7 дней ({count}):',
  'digest.resolved': 'Снятые за последние 7 дней ({count}):',
  'digest.failing':
    'Показатели, которые всё ещё не достигают целевого значения или норматива либо, по прогнозу, не достигнут ({count}):',
  'digest.stale': 'Офисы, переставшие присылать данные ({count}):',
  'digest.link': 'Открыть уведомления в Sapa',
  'monthlyReport.mail.subject': 'Sapa: ежемесячный отчёт, {region}, по {date}',
  'monthlyReport.mail.heading': 'Ежемесячный отчёт: {region}',
  'monthlyReport.mail.body':
    'Во вложении (PDF) — отчёт по региону «{region}» за {year} год с 1 января по {date}.',
  'monthlyReport.mail.working':
    'Ежемесячный рабочий отчёт, а не опубликованная редакция: последующие загрузки и утверждение целевых значений могут изменить его цифры.',
  'monthlyReport.mail.link': 'Открыть отчёт по региону в Sapa',
  'unsubscribe.title': 'Отписка от писем с предупреждениями',
  'unsubscribe.confirm':
    'Прекратить отправку предупреждений Sapa, еженедельной сводки и ежемесячного отчёта на адрес {email}? Уведомления внутри Sapa сохранятся.',
  'unsubscribe.button': 'Отписаться',
  'unsubscribe.done':
    'Готово: на {email} больше не будут приходить письма с предупреждениями, еженедельная сводка и ежемесячный отчёт. Включить их снова можно на странице «Настройки уведомлений».',
  'unsubscribe.used':
    'Эта ссылка уже использована: она действует только один раз. Письма, вероятно, уже отключены — войдите в Sapa и проверьте настройки.',
  'unsubscribe.invalid':
    'Ссылка недействительна: она изменена или скопирована не полностью. Откройте ссылку из письма целиком или войдите в Sapa и измените настройки.',
  'unsubscribe.settings': 'Настройки уведомлений',
}
