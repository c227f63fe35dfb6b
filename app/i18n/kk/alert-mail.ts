// Kazakh: alert e-mails and the unsubscribe page (/unsubscribe/<token>). Part of the shared
// dictionary (kk.ts spreads it: the public unsubscribe page reads it without a page part); the key
// set of ru and en.

export const alertMail = {
  'alertMail.subject': 'Sapa: {rule}',
  'alertMail.greeting': 'Құрметті {name}!',
  'alertMail.intro': 'Sapa сіз оқитын деректер бойынша жаңа ескерту тіркеді:',
  'alertMail.resolves':
    'Жағдай түзелгенде ескерту өздігінен жабылады және Sapa ішінде шешілді деп белгіленеді.',
  'alertMail.link': 'Себебін Sapa-да көру',
  'digest.subject': 'Sapa: апталық шолу, {date}',
  'digest.heading': 'Апталық шолу',
  'digest.raised': 'Соңғы 7 күнде пайда болған ескертулер ({count}):',
  'digest.resolved': 'Соңғы 7 күнде шешілген ескертулер ({count}):',
  'digest.failing':
    'Әлі де нысаналы мәнге немесе нормативке жетпейтін немесе жетпеуі болжанатын көрсеткіштер ({count}):',
  'digest.stale': 'Деректер жіберуді тоқтатқан кеңселер ({count}):',
  'digest.link': 'Хабарламаларды Sapa-да ашу',
  'monthlyReport.mail.subject': 'Sapa: айлық есеп, {region}, {date} дейін',
  'monthlyReport.mail.heading': 'Айлық есеп: {region}',
  'monthlyReport.mail.body':
    'Тіркемеде (PDF): {region} бойынша {year} жылғы есеп, 1 қаңтардан {date} дейін.',
  'monthlyReport.mail.working':
    'Айлық жұмыс есебі, жарияланған басылым емес: кейінгі импорттар мен нысаналы мәндерді бекіту оның сандарын өзгертуі мүмкін.',
  'monthlyReport.mail.link': 'Өңір есебін Sapa-да ашу',
  'unsubscribe.title': 'Ескерту хаттарынан бас тарту',
  'unsubscribe.confirm':
    '{email} мекенжайына Sapa ескертулерін, апталық шолуды және айлық есепті электрондық поштамен жіберу тоқтатылсын ба? Sapa ішіндегі хабарламалар сақталады.',
  'unsubscribe.button': 'Хаттарды тоқтату',
  'unsubscribe.done':
    'Дайын: {email} мекенжайына ескерту хаттары, апталық шолу және айлық есеп енді жіберілмейді. Оларды «Хабарлама баптаулары» бетінде қайта қосуға болады.',
  'unsubscribe.used':
    'Бұл сілтеме бұрын пайдаланылған: ол тек бір рет жұмыс істейді. Хаттар бұрыннан өшірілген болуы мүмкін — Sapa-ға кіріп, баптауларыңызды тексеріңіз.',
  'unsubscribe.invalid':
    'Бұл сілтеме жарамсыз: ол өзгертілген немесе толық көшірілмеген. Хаттағы сілтемені толығымен ашыңыз немесе Sapa-ға кіріп, баптауларды өзгертіңіз.',
  'unsubscribe.settings': 'Хабарлама баптаулары',
} as const
