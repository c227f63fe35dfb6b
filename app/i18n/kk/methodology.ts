// Kazakh: the methodology page and the drill-down’s definitions. The key set every language's methodology.ts must match.

export const methodology = {
  'methodology.title': 'Әдістеме',
  'methodology.lead':
    'Sapa стандарттар қосымшаларындағы кестелердің әр көрсеткішін қалай есептейді: не саналады, қай кезең үшін, қандай мерзім бойынша және нәтиже қалай бағаланады.',
  'methodology.intro.1':
    'Стандарт қосымшасындағы кестенің («Сапа және қол жетімділік көрсеткіштерінің мәні») әр жолы он екі есептеу тәсілінің бірімен есептеледі. Жолдың коды мен атауы өз стандартына тиесілі, ал есептеу тәсілі ортақ: 3.2 жер стандарттарында — «ақпараттың электрондық түрде қолжетімділігі», ал жеке қосалқы шаруашылық (ЖҚШ) туралы анықтамада — «құжаттарды бірінші реттен дұрыс тапсыру».',
  'methodology.intro.2':
    'Әр көрсеткіш — үлес: мән = 100 × алым ÷ бөлім. Ол ауқым (бүкіл ел, өңір, аудан немесе қызмет көрсету орны; бір стандарт немесе барлығы; бір арна немесе барлығы) және кезең (жыл, тоқсан немесе ай) үшін есептеледі және алымымен, бөлімімен, нормативтік және нысаналы мәндерімен әрі мәртебесімен бірге көрсетіледі.',
  'methodology.intro.3':
    'Төмендегі қосымша жолдары мен мерзім ережелері дерекқордан оқылады; мысалдарды бет ашылған сәтте көрсеткіштерді есептейтін кодтың өзі есептейді.',
  'methodology.print': 'Басып шығару',
  'methodology.tocLabel': 'Мазмұны',
  'methodology.sections.measures': 'Есептеу тәсілдері: не саналады',
  'methodology.sections.deadlines': 'Мерзімдер',
  'methodology.sections.status': 'Мән, салыстыру мәні және мәртебе',
  'methodology.sections.period': 'Кезең және ауқым',
  'methodology.measures.intro.1':
    'Алым мен бөлім — жазбалардың саны: өтініштер, сауалнама жауаптары, шағымдар немесе ақпаратты жариялау туралы жазбалар. Кезеңге жатқызу күні — жазбаны кезеңге жатқызатын күн.',
  'methodology.measures.summaryCaption': 'Он екі есептеу тәсілі қысқаша',
  'methodology.measures.col.measure': 'Есептеу тәсілі',
  'methodology.measures.col.rows': 'Қосымшалардағы жолдар',
  'methodology.measures.col.numerator': 'Алымы',
  'methodology.measures.col.denominator': 'Бөлімі',
  'methodology.measures.col.periodKey': 'Кезеңге жатқызу күні',
  'methodology.measures.col.data': 'Деректер',
  'methodology.measures.col.direction': 'Бағыты',
  'methodology.measures.col.notes': 'Ескертпелер',
  'methodology.measures.rowIn': 'стандарттарда:',
  'methodology.measures.noRows':
    'Дерекқордағы қосымшалардың бірде-бір жолы бұл есептеу тәсілін қолданбайды.',
  'methodology.measures.byMeasure.on_time.name': 'Қызметті белгіленген мерзімде көрсету',
  'methodology.measures.byMeasure.on_time.plain':
    'Мерзімі кезеңге түскен өтініштердің ішінен қызмет (нәтиже немесе дәлелді бас тарту) мерзімінде көрсетілгендерінің үлесі. Мерзімі өтіп, әлі аяқталмаған өтініштер кешіктірілген болып саналады.',
  'methodology.measures.byMeasure.on_time.numerator':
    'Нәтижесі `issued` (берілді) немесе `refused` (бас тартылды; дәлелді бас тарту да нәтиже) және мерзімінен кешікпей аяқталған өтініштер: `completed_at ≤ due_at`.',
  'methodology.measures.byMeasure.on_time.denominator':
    'Мерзімі (`due_on`) кезеңге түсетін және есептеу күнінен кейін болмайтын өтініштер. Мерзімі өтіп кеткен аяқталмаған өтініштер тек бөлімге кіреді: олар кешіктірілген болып саналады.',
  'methodology.measures.byMeasure.on_time.periodKey': 'Мерзімнің аяқталу күні (`due_on`)',
  'methodology.measures.byMeasure.on_time.notes.1':
    'Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.',
  'methodology.measures.byMeasure.on_time.notes.2':
    'Әлі тоқтатыла тұрған өтініштің мерзімі жоқ: ол есепке алынбайды.',
  'methodology.measures.byMeasure.on_time.notes.3':
    'Өтініш мерзімі түсетін кезеңде есептеледі («Кезең және ауқым» бөлімін қараңыз).',
  'methodology.measures.byMeasure.queue_wait_ok.name':
    'Кезекте рұқсат етілген уақыттан артық күтпеу',
  'methodology.measures.byMeasure.queue_wait_ok.plain':
    'Кезекте күту уақыты белгіленген ең ұзақ уақыттан аспаған өтініштердің үлесі (құжат тапсырғанда да, нәтиже алғанда да).',
  'methodology.measures.byMeasure.queue_wait_ok.numerator':
    'Тіркелген әр күту уақыты — өтініш беру кезінде (`wait_minutes_submit`) және нәтижені алу кезінде (`wait_minutes_pickup`) — өтініштің мерзім ережесіндегі кезекте күтудің ең ұзақ уақытынан (`max_wait_minutes`) аспайтын өтініштер.',
  'methodology.measures.byMeasure.queue_wait_ok.denominator':
    'Кемінде бір күту уақыты тіркелген өтініштер.',
  'methodology.measures.byMeasure.queue_wait_ok.periodKey': 'Өтініш берілген күн (`submitted_on`)',
  'methodology.measures.byMeasure.queue_wait_ok.notes.1':
    'Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.',
  'methodology.measures.byMeasure.docs_correct.name': 'Құжаттарды дұрыс ресімдеу',
  'methodology.measures.byMeasure.docs_correct.plain':
    'Аяқталған өтініштердің ішінен құжаттары дұрыс ресімделгендерінің үлесі.',
  'methodology.measures.byMeasure.docs_correct.numerator':
    'Құжаттары дұрыс ресімделген аяқталған өтініштер (`docs_correct = true`).',
  'methodology.measures.byMeasure.docs_correct.denominator':
    'Бұл белгі тіркелген аяқталған өтініштер.',
  'methodology.measures.byMeasure.docs_correct.periodKey': 'Аяқталған күн (`completed_on`)',
  'methodology.measures.byMeasure.docs_correct.notes.1':
    'Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.',
  'methodology.measures.byMeasure.first_time_correct.name':
    'Құжаттарды бірінші реттен дұрыс тапсыру',
  'methodology.measures.byMeasure.first_time_correct.plain':
    'Қызмет алушы құжаттарды бірінші реттен дұрыс тапсырған өтініштердің үлесі.',
  'methodology.measures.byMeasure.first_time_correct.numerator':
    'Тұтынушы құжаттарды бірінші реттен дұрыс тапсырған өтініштер (`first_time_correct = true`).',
  'methodology.measures.byMeasure.first_time_correct.denominator': 'Бұл белгі тіркелген өтініштер.',
  'methodology.measures.byMeasure.first_time_correct.periodKey':
    'Өтініш берілген күн (`submitted_on`)',
  'methodology.measures.byMeasure.first_time_correct.notes.1':
    'Кері қайтарып алынған өтініштер алымға да, бөлімге де кірмейді.',
  'methodology.measures.byMeasure.satisfied_process.name': 'Қызмет көрсету процесіне қанағаттану',
  'methodology.measures.byMeasure.satisfied_process.plain':
    'Қызмет көрсету үдерісінің сапасы туралы сұраққа жауап бергендердің ішінен қанағаттанғандардың үлесі.',
  'methodology.measures.byMeasure.satisfied_process.numerator':
    'Қызмет көрсету процесінің сапасы туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
  'methodology.measures.byMeasure.satisfied_process.denominator': 'Осы сұраққа берілген жауаптар.',
  'methodology.measures.byMeasure.satisfied_process.periodKey':
    'Жауап берілген күн (`responded_on`)',
  'methodology.measures.byMeasure.satisfied_process.notes.1':
    'Бұл сұрақ қойылмаған респондент есепке алынбайды.',
  'methodology.measures.byMeasure.satisfied_process.notes.2':
    'Сауалнама көрсеткіші: 95 % аралық және кемінде {minAnswers} жауап («Сауалнама көрсеткіштері» бөлімін қараңыз).',
  'methodology.measures.byMeasure.satisfied_information.name': 'Ақпаратқа қанағаттану',
  'methodology.measures.byMeasure.satisfied_information.plain':
    'Қызмет және оны алу тәртібі туралы ақпаратқа қанағаттанған сауалнамаға қатысушылардың үлесі.',
  'methodology.measures.byMeasure.satisfied_information.numerator':
    'Қызмет және оны көрсету тәртібі туралы ақпарат жөніндегі сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
  'methodology.measures.byMeasure.satisfied_information.denominator':
    'Осы сұраққа берілген жауаптар.',
  'methodology.measures.byMeasure.satisfied_information.periodKey':
    'Жауап берілген күн (`responded_on`)',
  'methodology.measures.byMeasure.satisfied_information.notes.1':
    'Бұл сұрақ қойылмаған респондент есепке алынбайды.',
  'methodology.measures.byMeasure.satisfied_information.notes.2':
    'Сауалнама көрсеткіші: 95 % аралық және кемінде {minAnswers} жауап («Сауалнама көрсеткіштері» бөлімін қараңыз).',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.name':
    'Шағымдану тәртібіне қанағаттану',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.plain':
    'Шағым беру тәртібіне қанағаттанған сауалнамаға қатысушылардың үлесі.',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.numerator':
    'Шағымдану тәртібі туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.denominator':
    'Осы сұраққа берілген жауаптар.',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.periodKey':
    'Жауап берілген күн (`responded_on`)',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.notes.1':
    'Бұл сұрақ қойылмаған респондент есепке алынбайды.',
  'methodology.measures.byMeasure.satisfied_complaint_procedure.notes.2':
    'Сауалнама көрсеткіші: 95 % аралық және кемінде {minAnswers} жауап («Сауалнама көрсеткіштері» бөлімін қараңыз).',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.name':
    'Шағымды қарау мерзіміне қанағаттану',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.plain':
    'Шағымды қарау мерзіміне қанағаттанған сауалнамаға қатысушылардың үлесі.',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.numerator':
    'Шағымды қарау мерзімі туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.denominator':
    'Осы сұраққа берілген жауаптар.',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.periodKey':
    'Жауап берілген күн (`responded_on`)',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.notes.1':
    'Бұл сұрақ қойылмаған респондент есепке алынбайды.',
  'methodology.measures.byMeasure.satisfied_complaint_timeline.notes.2':
    'Сауалнама көрсеткіші: 95 % аралық және кемінде {minAnswers} жауап («Сауалнама көрсеткіштері» бөлімін қараңыз).',
  'methodology.measures.byMeasure.satisfied_courtesy.name':
    'Қызметкерлердің сыпайылығына қанағаттану',
  'methodology.measures.byMeasure.satisfied_courtesy.plain':
    'Қызметкерлердің сыпайылығына қанағаттанған сауалнамаға қатысушылардың үлесі.',
  'methodology.measures.byMeasure.satisfied_courtesy.numerator':
    'Қызметкерлердің сыпайылығы туралы сұраққа берілген, қанағаттануды білдіретін жауаптар: «иә» немесе 1–5 шкаласы бойынша 4 не 5.',
  'methodology.measures.byMeasure.satisfied_courtesy.denominator': 'Осы сұраққа берілген жауаптар.',
  'methodology.measures.byMeasure.satisfied_courtesy.periodKey':
    'Жауап берілген күн (`responded_on`)',
  'methodology.measures.byMeasure.satisfied_courtesy.notes.1':
    'Бұл сұрақ қойылмаған респондент есепке алынбайды.',
  'methodology.measures.byMeasure.satisfied_courtesy.notes.2':
    'Сауалнама көрсеткіші: 95 % аралық және кемінде {minAnswers} жауап («Сауалнама көрсеткіштері» бөлімін қараңыз).',
  'methodology.measures.byMeasure.info_online.name': 'Ақпараттың интернетте қолжетімділігі',
  'methodology.measures.byMeasure.info_online.plain':
    'Стандартқа сәйкес қызмет көрсететін орындардың ішінен қызмет туралы ақпаратты жылдың ішінде интернетте жариялағандарының үлесі.',
  'methodology.measures.byMeasure.info_online.numerator':
    'Жыл үшін қызмет туралы ақпарат интернетте жарияланғаны туралы жазбасы бар (`published = true`) қызмет көрсету орындары.',
  'methodology.measures.byMeasure.info_online.denominator':
    'Ауқымдағы осы стандарт бойынша қызмет көрсететін орындар.',
  'methodology.measures.byMeasure.info_online.periodKey': 'Кезеңнің жылы',
  'methodology.measures.byMeasure.info_online.notes.1':
    'Санау бірлігі — бір қызмет көрсету орны × бір стандарт: стандарттардың тұжырымындағы «қызмет» — бір орындағы бір қызмет.',
  'methodology.measures.byMeasure.info_online.notes.2':
    'Жыл үшін жариялау туралы жазбасы жоқ қызмет көрсету орны ақпаратты жарияламаған болып саналады.',
  'methodology.measures.byMeasure.info_online.notes.3':
    'Тоқсан немесе ай үшін жылдық мән көрсетіледі.',
  'methodology.measures.byMeasure.justified_complaint_rate.name': 'Негізді шағымдардың үлесі',
  'methodology.measures.byMeasure.justified_complaint_rate.plain':
    'Кезеңде негізді деп танылған шағымдардың көрсетілген қызметтер санына шаққандағы үлесі (азы жақсы).',
  'methodology.measures.byMeasure.justified_complaint_rate.numerator': 'Түскен негізді шағымдар.',
  'methodology.measures.byMeasure.justified_complaint_rate.denominator':
    'Аяқталған өтініштер — нәтижесі `issued` немесе `refused` (қызмет көрсетілген тұтынушылар).',
  'methodology.measures.byMeasure.justified_complaint_rate.periodKey':
    'Шағымдар: түскен күні (`received_on`); өтініштер: аяқталған күні (`completed_on`)',
  'methodology.measures.byMeasure.justified_complaint_rate.notes.1':
    'Төмен болған сайын жақсы: нормативтік мән — ең жоғарғы шек (1 %).',
  'methodology.measures.byMeasure.justified_complaint_rate.notes.2':
    'Кері қайтарып алынған өтініштер бөлімге кірмейді.',
  'methodology.measures.byMeasure.complaints_resolved_on_time.name':
    'Негізді шағымдарды мерзімінде қарау',
  'methodology.measures.byMeasure.complaints_resolved_on_time.plain':
    'Қарау мерзімі кезеңге түскен негізді шағымдардың ішінен мерзімінде шешілгендерінің үлесі.',
  'methodology.measures.byMeasure.complaints_resolved_on_time.numerator':
    'Қарау мерзімі аяқталғанға дейін шағымданушының пайдасына шешілген (қанағаттандырылған) негізді шағымдар: `decided_at ≤ term_ends_at`.',
  'methodology.measures.byMeasure.complaints_resolved_on_time.denominator':
    'Қарау мерзімі кезеңде аяқталатын және есептеу күнінен кейін болмайтын негізді шағымдар.',
  'methodology.measures.byMeasure.complaints_resolved_on_time.periodKey':
    'Қарау мерзімінің аяқталу күні (`term_ends_on`)',
  'methodology.measures.byMeasure.complaints_resolved_on_time.notes.1':
    'Қарау мерзімі — шағымның өз `review_term_days` мәні (жүктелген файлдан), ол болмаса стандарттағы мерзім: 30 күнтізбелік күн. ЖҚШ туралы анықтама стандартында шағымды қарау мерзімі көрсетілмеген, сондықтан Sapa жалпы 30 күнтізбелік күн мерзімін қолданады.',
  'methodology.measures.byMeasure.complaints_resolved_on_time.notes.2':
    'Мерзім шағым түскен күннен бастап күнтізбелік күнмен белгіленген мерзім сияқты есептеледі: ол соңғы күннің соңында аяқталады, ал бұл күн жұмыс күні болмаса — келесі жұмыс күнінің соңында.',
  'methodology.measures.sources.cases': 'Өтініштер',
  'methodology.measures.sources.surveys': 'Сауалнама жауаптары',
  'methodology.measures.sources.complaints': 'Шағымдар тізілімі',
  'methodology.measures.sources.publications': 'Ақпаратты жариялау туралы жазбалар',
  'methodology.measures.casesForDenominator': 'бөлім үшін',
  'methodology.deadlines.intro.1':
    '1.1 көрсеткіші әр өтініштің аяқталуын оның мерзімімен (`due_at`) салыстырады. Мерзім стандарт өтініштің арнасы мен нұсқасы үшін белгілеген мерзімнен (мерзім ережесінен) Азаматтық кодекстің мерзімдерді есептеу ережелері бойынша анықталады.',
  'methodology.deadlines.unitsHeading': 'Мерзімнің өлшем бірліктері',
  'methodology.deadlines.unitsCaption':
    'Үш өлшем бірлігі және оларды қолданатын дерекқордағы мерзім ережелері',
  'methodology.deadlines.col.unit': 'Бірлік',
  'methodology.deadlines.col.rule': 'Мерзім қашан аяқталады',
  'methodology.deadlines.col.inDatabase': 'Дерекқордағы ережелер',
  'methodology.deadlines.unitNames.minutes': 'Минуттар',
  'methodology.deadlines.unitNames.calendar_days': 'Күнтізбелік күндер',
  'methodology.deadlines.unitNames.working_days': 'Жұмыс күндері',
  'methodology.deadlines.units.minutes':
    'Өтініш берілген уақыт + N минут. Күндерге қатысты ережелер қолданылмайды: мерзім өтініш берілген сәттен бастап ағады.',
  'methodology.deadlines.units.calendar_days':
    'Өтініш берілген күннен кейінгі N-ші күннің соңында (23:59:59). Бұл күн жұмыс күні болмаса, мерзім келесі жұмыс күнінің соңында аяқталады.',
  'methodology.deadlines.units.working_days':
    'Өтініш берілген күннен кейінгі N-ші жұмыс күнінің соңында (23:59:59). Демалыс күні берілген өтініш бойынша санау келесі жұмыс күнінен басталады.',
  'methodology.deadlines.noRules': 'Дерекқордағы бірде-бір ереже бұл бірлікті қолданбайды.',
  'methodology.deadlines.commonHeading': 'Барлық мерзімдерге ортақ ережелер',
  'methodology.deadlines.common.1':
    'Күнмен белгіленген мерзім өтініш берілген күннің келесі күнінен басталады (Азаматтық кодекс).',
  'methodology.deadlines.common.2':
    'Күннің соңы — қызмет көрсету орнының жергілікті уақытымен 23:59:59, яғни оның өңірінің уақыт белдеуі бойынша (Қазақстанның 2024 жылы бірыңғай уақыт белдеуіне көшуін ескеретін IANA tz дерекқоры).',
  'methodology.deadlines.common.3':
    'Жұмыс күні — мереке күні немесе ауыстырылған демалыс күні болып табылмайтын дүйсенбі–жұма, сондай-ақ ауыстыру арқылы жұмыс күні болған сенбі немесе жексенбі. Мерекелер мен ауыстырулар күнтізбесі — әкімші жүргізетін деректер.',
  'methodology.deadlines.common.4':
    'Өтініш `completed_at ≤ due_at` болса, мерзімінде орындалған болып саналады.',
  'methodology.deadlines.common.5':
    'Тоқтата тұру мерзімді өз ұзақтығына жылжытады, ал ұзақтық мерзімнің өз бірлігімен өлшенеді: минутпен белгіленген мерзім үшін — нақты ұзақтығы; күнмен белгіленген мерзім үшін — мерзімнің өзі сияқты саналған тоқтата тұру күндері: басталған күннің келесі күнінен аяқталған күнді қоса алғанға дейін — жұмыс күнімен белгіленген мерзім үшін жұмыс күндері, күнтізбелік күнмен белгіленген мерзім үшін күнтізбелік күндер.',
  'methodology.deadlines.common.6':
    'Әлі тоқтатыла тұрған өтініштің мерзімі әзірге жоқ: ол 1.1 көрсеткішінде есепке алынбайды.',
  'methodology.deadlines.common.7':
    'Кері қайтарып алынған өтініштер өтініштер бойынша бірде-бір көрсеткіште есепке алынбайды.',
  'methodology.deadlines.readingsHeading': 'Sapa ЖҚШ туралы анықтаманың мерзімдерін қалай оқиды',
  'methodology.deadlines.readings.1':
    'Әкімдікте анықтама «өтініш берілген сәттен бастап» ұсынылады (№ 283 қаулы, 7-тармақ), мерзім санмен көрсетілмеген. Sapa оны қызмет көрсетудің ең ұзақ уақытына тең минуттық мерзім деп оқиды: 10 минут.',
  'methodology.deadlines.readings.2':
    'Халыққа қызмет көрсету орталығында мерзім — «2 (екі) күннен аспайды», қандай күн екені айтылмаған. Sapa оны 2 күнтізбелік күн деп оқиды — бұл неғұрлым қатаң оқу.',
  'methodology.deadlines.readingsCurrent': 'Қазір дерекқорда:',
  'methodology.deadlines.readingsEditable':
    'Бұл — стандарттың сөзі емес, Sapa берген түсіндірме. Олар әкімші өзгерте алатын деректер (мерзім ережелері) ретінде сақталады және стандарттың бетінде көрсетіледі:',
  'methodology.deadlines.examplesHeading': 'Есептеу мысалдары',
  'methodology.deadlines.examplesIntro':
    'Төмендегі әр мерзімді бет ашылған сәтте өтініштердің мерзімін есептейтін кодтың өзі дерекқордағы жұмыс күнтізбесі бойынша есептейді. Күндер бойынша кестелер күндердің қалай саналатынын көрсетеді.',
  'methodology.deadlines.examples.workingDaysNauryz.title':
    'Наурыз мерекесі кезіндегі 6 жұмыс күні (жерге арналған актілер)',
  'methodology.deadlines.examples.workingDaysNauryz.explanation':
    '21–23 наурыз (сенбі–дүйсенбі) — Наурыз мейрамы, ал 24 және 25 наурыз (сейсенбі мен сәрсенбі) — оның демалыс күндерінен ауыстырылған демалыс күндері, сондықтан мерзімнің бірінші жұмыс күні — 26 наурыз, бейсенбі, ал алтыншысы — 2 сәуір, бейсенбі.',
  'methodology.deadlines.examples.submittedOnDayOff.title':
    'Сенбі күні берілген өтініш, 4 жұмыс күні (жерге арналған акт телнұсқасы)',
  'methodology.deadlines.examples.submittedOnDayOff.explanation':
    'Санау өтініш берілгеннен кейінгі бірінші жұмыс күнінен басталады. 2025 жылы демалыс күні 5 қаңтардан (жексенбі) 3 қаңтарға (жұма) ауыстырылды, сондықтан 5 қаңтар, жексенбі, жұмыс күні болды және мерзімнің бірінші күні болып саналады; 7 қаңтар, сейсенбі (православиелік Рождество) — демалыс күні; төртінші жұмыс күні — 9 қаңтар, бейсенбі.',
  'methodology.deadlines.examples.calendarDaysHoliday.title':
    'Соңғы күні мерекеге түсетін 2 күнтізбелік күн (ЖҚШ анықтамасы, ХҚКО)',
  'methodology.deadlines.examples.calendarDaysHoliday.explanation':
    'Екінші күн — 8 наурыз, сенбі, Халықаралық әйелдер күні. Мерзім келесі жұмыс күніне ауысады: 9 наурыз, жексенбі — демалыс, 10 наурыз, дүйсенбі — 8 наурыздан ауыстырылған демалыс күні, сондықтан мерзім 11 наурыз, сейсенбі күні аяқталады.',
  'methodology.deadlines.examples.minutes.title': '10 минут (ЖҚШ анықтамасы, әкімдік)',
  'methodology.deadlines.examples.minutes.explanation':
    'Минуттар өтініш берілген уақытқа қосылады: 17:55 + 10 минут = сол күнгі 18:05. Күндерге қатысты ережелер қолданылмайды, тіпті Наурыз мерекесі қарсаңында да.',
  'methodology.deadlines.examples.suspension.title':
    'Тоқтата тұру (жерге арналған актілер, 6 жұмыс күні)',
  'methodology.deadlines.examples.suspension.explanation':
    'Тоқтата тұру мерзімнің өзі сияқты саналады: ол басталғаннан кейінгі күннен (5 маусым, бейсенбі) аяқталған күнге дейін (9 маусым, дүйсенбі). Бұл аралықта 2 жұмыс күні бар — 6 маусым, жұма — Құрбан айт, одан кейін демалыс күндері, — сондықтан мерзім 2 жұмыс күніне жылжиды.',
  'methodology.deadlines.example.term': 'Мерзім',
  'methodology.deadlines.example.submitted': 'Өтініш берілді',
  'methodology.deadlines.example.timeZone': 'Қызмет көрсету орнының уақыт белдеуі',
  'methodology.deadlines.example.suspension': 'Тоқтатыла тұрды',
  'methodology.deadlines.example.suspensionDays': 'Тоқтата тұру қосатын күндер',
  'methodology.deadlines.example.due': 'Мерзімнің аяқталуы (есептелген)',
  'methodology.deadlines.example.dueWithoutSuspension': 'Тоқтата тұрусыз мерзім (есептелген)',
  'methodology.deadlines.example.stillSuspended': 'Өтініш әлі тоқтатыла тұрған болса',
  'methodology.deadlines.example.noDeadline':
    'мерзім жоқ: өтініш 1.1 көрсеткішінде есепке алынбайды',
  'methodology.deadlines.example.why': 'Неге',
  'methodology.deadlines.example.timelineCaption': 'Күндер бойынша',
  'methodology.deadlines.example.col.date': 'Күні',
  'methodology.deadlines.example.col.day': 'Апта күні',
  'methodology.deadlines.example.col.count': 'Санау',
  'methodology.deadlines.example.kind.submission': 'өтініш берілген күн',
  'methodology.deadlines.example.kind.working': 'жұмыс күні',
  'methodology.deadlines.example.kind.weekend': 'демалыс күні',
  'methodology.deadlines.example.kind.holiday': 'мереке күні',
  'methodology.deadlines.example.kind.transferDayOff': 'ауыстырылған демалыс күні',
  'methodology.deadlines.example.kind.transferWorkingDay': 'ауыстыру бойынша жұмыс күні',
  'methodology.deadlines.example.workingDayN': '{n}-жұмыс күні',
  'methodology.deadlines.example.calendarDayN': '{n}-күн',
  'methodology.deadlines.example.movedToNext': 'жұмыс күні емес: мерзім әрі қарай ауысады',
  'methodology.deadlines.example.lastDay': 'мерзім 23:59:59-да аяқталады',
  'methodology.status.valueHeading': 'Мән',
  'methodology.status.value.1':
    'Мән = 100 × алым ÷ бөлім. Ол үтірден кейін 2 таңбаға дейін дөңгелектеліп сақталады және жүктеледі (XLSX-те — толық сан); мәртебе нақты қатынас бойынша анықталады.',
  'methodology.status.value.3':
    'Сандар барлық жерде бірдей жазылады: карточкаларда, кестелерде, графиктерде, жүктемелерде және есепте. Пайыздар үтірден кейін бір таңбамен жазылады, соңғы нөл түсірілмейді (95,0\u00a0%). Екінші таңба мәртебені шешетін жерде ғана жазылады: мән мәртебе анықталатын нысаналы мәннен немесе нормативтен 0,05 пункттен артық алыс болмаса (норматив 100\u00a0% болғанда 99,95\u00a0% — орындалмады, «100,0\u00a0%» емес). Нысаналы мәндер мен нормативтер де солай жазылады (екі таңбамен — нысаналы мән екі таңбамен бекітілсе ғана). Саны мыңдыққа үзілмейтін бос орынмен бөлінеді (3\u00a0004), пайыздардың айырмасы пайыздық тармақпен, таңбасымен және үтірден кейін бір таңбамен жазылады (+1,7\u00a0п.т.).',
  'methodology.status.value.2':
    'Бөлім 0-ге тең болса, мән жоқ: көрсеткіш «Деректер жоқ» деп көрсетіледі — ештеңе өлшенбесе, ешқашан 0 % емес.',
  'methodology.status.referenceHeading': 'Мән немен салыстырылады',
  'methodology.status.reference.1':
    'Салыстыру мәні — кезең жылына бекітілген көрсеткіштің нысаналы мәні. Өңір үшін — сондай-ақ ондағы аудан немесе қызмет көрсету орны үшін — республикалық мәннің орнына өңірдің бекітілген нысаналы мәні қолданылады.',
  'methodology.status.reference.2':
    'Бекітілген нысаналы мән болмаса, стандартта басылған нормативтік мән салыстыру мәні болады. Жоба күйіндегі, ұсынылған және қабылданбаған нысаналы мәндер қолданылмайды.',
  'methodology.status.orderHeading': 'Мәртебелер',
  'methodology.status.orderIntro':
    'Мәртебе осы ретпен анықталады; алғашқы сәйкес келгені мәртебе болады.',
  'methodology.status.col.status': 'Мәртебе',
  'methodology.status.col.when': 'Қашан',
  'methodology.status.when.no_data': 'Бөлім 0-ге тең: ештеңе өлшенбеген.',
  'methodology.status.when.insufficient_data':
    'Сауалнама көрсеткіші, сұраққа {minAnswers} адамнан аз жауап берген.',
  'methodology.status.when.no_reference': 'Бекітілген нысаналы мән де, нормативтік мән де жоқ.',
  'methodology.status.when.meets': 'Мән салыстыру мәніне жетеді (салыстыру ережелері төменде).',
  'methodology.status.when.inconclusive':
    'Мәні салыстыру мәніне жетпейтін, бірақ 95 % аралығы оған әлі жететін сауалнама көрсеткіші: айырма іріктеменің кездейсоқтығынан болуы мүмкін.',
  'methodology.status.when.fails':
    'Мән салыстыру мәніне жетпейді (сауалнама көрсеткішінде — бүкіл аралық жетпейді).',
  'methodology.status.comparisonHeading': 'Салыстыру ережелері',
  'methodology.status.comparison.1':
    'Жоғары болған сайын жақсы: мән ≥ салыстыру мәні болса, орындалды. Төмен болған сайын жақсы (4.1-жол, негізді шағымдар): мән ≤ салыстыру мәні болса.',
  'methodology.status.comparison.2':
    'Нормативтік ең төменгі шек (100, 90, 85): мән одан кем болмаса, орындалды. Нормативтік ең жоғарғы шек (4.1-жол үшін 1 %): мән одан аспаса, орындалды.',
  'methodology.status.comparison.3':
    'Нормативтік аралық 40-50 (ЖҚШ анықтамасының 3.3-жолы): мән 40-тан кем болмаса, орындалды — 40-тан төмен болса, орындалмады, 50-ден жоғары болса, орындалды.',
  'methodology.status.surveyHeading': 'Сауалнама көрсеткіштері',
  'methodology.status.survey.1':
    'Қанағаттанудың бес көрсеткіші үлестің 95 % Уилсон аралығымен бірге беріледі (z = {z}).',
  'methodology.status.survey.2':
    'Салыстыру мәніне жетпейтін, бірақ аралығы оған әлі жететін мәннің мәртебесі — «Анық емес»; бүкіл аралығы жетпесе — «Орындалмады».',
  'methodology.status.survey.3':
    'Сұраққа {minAnswers} адамнан аз жауап берсе, мәртебе — «Деректер жеткіліксіз».',
  'methodology.status.survey.4':
    'Жауап қанағаттанған деп саналады, егер ол иә/жоқ шкаласында «иә», не 1–5 шкаласында 4 немесе 5 болса (1–3 — жоқ); бос жауап сұрақтың қойылмағанын білдіреді және еш жерде есептелмейді.',
  'methodology.status.survey.5':
    'Шкала — жолдың емес, файлдың (XLSX кітабының бір парағының) қасиеті: жалғыз «1» бір шкалада «иә», ал екіншісінде ең төмен баға. Шкала файлды жүктеу кезінде (немесе файлдың `answer_scale` бағанында) көрсетіледі, әйтпесе бүкіл файл бойынша анықталады: 2-ден 5-ке дейінгі кез келген жауап файлды 1–5 шкаласының файлы етеді; 2-ден 5-ке дейінгі бағасыз иә/жоқ сөздері — иә/жоқ файлы (1 = иә, 0 = жоқ). Иә/жоқ сөздері бағалармен араласқан файл немесе 0 бар 1–5 шкаласының файлы жол бойынша қабылданбайды; тек 0 мен 1-ден тұратын файл пайдаланушы оның шкаласын көрсеткеннен кейін ғана жазылады. Сақталған әр жауап өзі оқылған шкаланы сақтайды.',
  'methodology.status.coverageHeading': 'Қамту толықтығы',
  'methodology.status.coverage.1':
    'Қызмет көрсететін орындар: ауқымдағы осы стандарт бойынша қызмет көрсететін орындар (арна таңдалса — сол арна бойынша).',
  'methodology.status.coverage.2':
    'Деректер берген орындар: солардың ішінде кезеңде осы есептеу тәсілінің бөліміне кіретін кемінде бір жазбасы барлары — өтініштер бойынша көрсеткіш үшін оның бөліміне кіретін өтініш; сауалнама көрсеткіші үшін дәл осы сұраққа берілген жауап; шағымдар бойынша көрсеткіштер үшін аяқталған өтініш (шағымдар тізілімі не толық, не мүлде жоқ, сондықтан өтініштері бар, бірақ шағымы жоқ орын «шағым жоқ» деген деректі берген болып саналады); ақпараттың интернетте қолжетімділігі үшін жыл бойынша жариялау туралы жазба.',
  'methodology.status.coverage.3':
    'Деректер берген орындар < қызмет көрсететін орындар ÷ 2 болса, қамту төмен: нәтиже белгімен көрсетіледі.',
  'methodology.status.coverageFlagIntro': 'Белгі былай көрінеді:',
  'methodology.status.examplesHeading': 'Есептеу мысалдары',
  'methodology.status.examplesIntro':
    'Төмендегі әр мәртебені бет ашылған сәтте көрсеткіштер тақталарындағы мәртебелерді анықтайтын кодтың өзі анықтайды.',
  'methodology.status.examplesCol.example': 'Мысал',
  'methodology.status.examplesCol.counts': 'Алым / бөлім',
  'methodology.status.examplesCol.reference': 'Салыстыру мәні',
  'methodology.status.examplesCol.value': 'Мәні',
  'methodology.status.examplesCol.interval': '95 % аралық',
  'methodology.status.examplesCol.status': 'Мәртебе',
  'methodology.status.examples.belowNormative': '1.1 мерзімінде, норматив 100, нысаналы мән жоқ',
  'methodology.status.examples.targetOverrides':
    '1.1 мерзімінде, сол сандар, бекітілген нысаналы мән 95',
  'methodology.status.examples.bandBelow':
    '3.3 ақпарат интернетте, аралық 40-50: 8 орынның үшеуі жариялаған',
  'methodology.status.examples.bandAbove':
    '3.3 ақпарат интернетте, аралық 40-50: 8 орынның жетеуі жариялаған',
  'methodology.status.examples.maximumMeets':
    '4.1 негізді шағымдар, ең жоғарғы шек 1 % (төмен болған сайын жақсы)',
  'methodology.status.examples.surveyInconclusive': '5.1 сыпайылық, норматив 85, 60 жауап',
  'methodology.status.examples.surveyFails': '5.1 сыпайылық, норматив 85, 200 жауап',
  'methodology.status.examples.surveyTooFew':
    '2.1 қызмет көрсету процесі, 20 жауап, барлығы қанағаттанған',
  'methodology.status.examples.noData': '1.1 мерзімінде, кезеңде мерзімі түсетін өтініш жоқ',
  'methodology.status.examples.noReference':
    '1.1 жер стандартында мерзімінде: норматив те, нысаналы мән де жоқ',
  'methodology.status.counts': '{numerator} / {denominator}',
  'methodology.status.target': 'нысаналы мән {value}',
  'methodology.status.normative': 'норматив: {value}',
  'methodology.status.none': 'жоқ',
  'methodology.period.keysHeading': 'Қызмет көрсету орнының уақыт белдеуіндегі күндер',
  'methodology.period.keys.1':
    'Кезеңге жатқызудың әр күні — қызмет көрсету орнының уақыт белдеуіндегі (оның өңірінің IANA белдеуіндегі) күнтізбелік күн. Ол жазба жазылған кезде анықталып, сақталады: өтініштің `submitted_on`, `completed_on`, `due_on` күндері; шағымның `received_on`, `term_ends_on` күндері; сауалнама жауабының `responded_on` күні.',
  'methodology.period.granularityHeading': 'Кезеңдер',
  'methodology.period.granularity.1':
    'Сұраныс жылды және кезең түрін — жыл, тоқсан немесе ай — атайды және сол жылдың әр кезеңі үшін әр көрсеткіш бойынша бір жол қайтарады: `2025`; `2025-Q1` … `2025-Q4`; `2025-01` … `2025-12`.',
  'methodology.period.asOfHeading': 'Есептеу күні және өткен жылмен салыстыру',
  'methodology.period.asOf.1':
    'Есептеу күні (әдепкі бойынша — бүгін): кезеңге жатқызу күні одан кейін болатын жазбалар есепке алынбайды. 1.1 көрсеткіші үшін бұл мерзімі әлі келмеген өтініштерді әлі аяқталмаған кезеңнен тыс қалдырады.',
  'methodology.period.asOf.2':
    'Жылдың есептеу күні — жыл жүріп жатқанда бүгін, жыл аяқталғанда 31 желтоқсан. Өткен жылмен салыстырғандағы өзгеріс әрқашан өткен жылдың сол кезеңіне қатысты есептеледі: 1 қаңтардан бір жыл бұрынғы сол күнге дейін (29 ақпан 28 ақпанға дейінгі кезеңмен салыстырылады); аяқталған жыл үшін — бүкіл өткен жылмен. Аяқталмаған жыл ешқашан толық жылмен салыстырылмайды.',
  'methodology.period.deadlineInPeriodHeading':
    '1.1 көрсеткіші өтінішті мерзімі түсетін кезеңге жатқызады',
  'methodology.period.deadlineInPeriod.1':
    'Өтініш берілген кезеңде емес, мерзімі түсетін кезеңде есептеледі.',
  'methodology.period.deadlineInPeriod.2':
    'Неге: кезең аяқталған бойда оның мәні түпкілікті болуы үшін. Сол кезде осы кезеңде мерзімі түсетін әр өтініш не аяқталған, не кешіктірілген болады; кейін тек аяқталмаған өтініштің кешігіп аяқталуы ғана түсуі мүмкін, ал ол кешіктірілген болып қала береді.',
  'methodology.period.scopeHeading': 'Ауқым',
  'methodology.period.scope.1':
    'Өңір: қызмет көрсету орны жазбаның кезеңге жатқызу күні өзі тиесілі болған өңір бойынша есептеледі, сондықтан тарих болған жерінде саналады. Ақпараттың интернетте қолжетімділігі көрсеткіші және қызмет көрсететін орындар үшін кезеңнің соңғы күнгі (немесе есептеу күні ертерек болса, сол күнгі) тиесілілік алынады.',
  'methodology.period.scope.2':
    'Аудан: осы ауданға жататын қызмет көрсету орындары. Қызмет көрсету орны: тек сол орын.',
  'methodology.period.scope.3':
    'Арна: өтініштер бойынша көрсеткіштер өтініштің өз арнасын алады; сауалнама және шағым көрсеткіштері мен ақпараттың интернетте қолжетімділігі — стандарт бойынша осы арна арқылы қызмет көрсететін орындарды.',
  'methodology.period.regionsHeading': 'Өңірлер тарихы',
  'methodology.period.regions.1':
    'Қазақстанның өңірлері 2018 жылы (Оңтүстік Қазақстан облысы Түркістан облысы болып өзгертілді, Шымкент республикалық маңызы бар қала болды) және 2022 жылы (Абай, Жетісу және Ұлытау облыстары құрылды) өзгерді. Жылдық есеп сол жылы қолданыста болған өңірлер бойынша жасалады; қызмет көрсету орнының өңірге тиесілілігі қолданылу күндерімен сақталады.',
  'methodology.period.regionsCaption':
    'Дерекқор бойынша 2018 жылдан бері құрылған немесе таратылған өңірлер',
  'methodology.period.regionsCol.region': 'Өңір',
  'methodology.period.regionsCol.validFrom': 'Қолданылу басы',
  'methodology.period.regionsCol.validTo': 'Қолданылу соңы',
  'methodology.period.regionsCol.formedFrom': 'Негізінде құрылған',
} as const
