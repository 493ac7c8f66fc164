// The web app's Arabic text, keyed as en.ts keys it; role, work and regime names come from core.
import type { Messages } from './en.ts';

type Noun = {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
  /** The noun is feminine, so 3–10 in words take the masculine-looking numeral ("خمس"). */
  feminine?: boolean;
};
const rule = (n: number) => new Intl.PluralRules('ar').select(n);
const MASCULINE = ['', '', '', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const FEMININE = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'];
/** A small count in words, as headings write it: "خمسة أسئلة", "سؤالان", "12 سؤالًا". */
const inWords = (n: number, noun: Noun) => {
  const form = rule(n);
  if (form === 'one') return noun.one;
  if (form === 'two') return noun.two;
  if (form === 'few') return `${(noun.feminine ? FEMININE : MASCULINE)[n] ?? n} ${noun.few}`;
  return `${n} ${form === 'many' ? noun.many : noun.other}`;
};
/** A count as a figure: "إجابة واحدة", "إجابتان", "3 إجابات", "11 إجابة". */
const inFigures = (n: number, noun: Noun) => {
  const form = rule(n);
  if (form === 'one') return noun.one;
  if (form === 'two') return noun.two;
  return `${n} ${form === 'few' ? noun.few : form === 'many' ? noun.many : noun.other}`;
};
/** A definite counted plural: "الأدوار الثلاثة", "الإجابات الخمس", "البُعدين". */
const the = (n: number, plural: string, dual: string, feminine = false) => {
  const form = rule(n);
  if (form === 'two') return dual;
  if (form === 'few' && n <= 10) return `${plural} ال${(feminine ? FEMININE : MASCULINE)[n]}`;
  return `${plural} الـ${n}`;
};

const QUESTION: Noun = {
  one: 'سؤال واحد',
  two: 'سؤالان',
  few: 'أسئلة',
  many: 'سؤالًا',
  other: 'سؤال',
};
const OPTIONAL_QUESTION: Noun = {
  one: 'سؤال اختياري واحد',
  two: 'سؤالان اختياريان',
  few: 'أسئلة اختيارية',
  many: 'سؤالًا اختياريًا',
  other: 'سؤال اختياري',
};
const ROLE: Noun = { one: 'دور واحد', two: 'دوران', few: 'أدوار', many: 'دورًا', other: 'دور' };
const ANCHOR_ROLE: Noun = {
  one: 'دور مرجعي واحد',
  two: 'دوران مرجعيان',
  few: 'أدوار مرجعية',
  many: 'دورًا مرجعيًا',
  other: 'دور مرجعي',
};
const DIMENSION: Noun = {
  one: 'بُعد واحد',
  two: 'بُعدان',
  few: 'أبعاد',
  many: 'بُعدًا',
  other: 'بُعد',
};
const REGIME: Noun = {
  one: 'نظام واحد',
  two: 'نظامان',
  few: 'أنظمة',
  many: 'نظامًا',
  other: 'نظام',
};
const WAY: Noun = {
  one: 'طريقة واحدة',
  two: 'طريقتان',
  few: 'طرق',
  many: 'طريقة',
  other: 'طريقة',
  feminine: true,
};
/** Answers as the object of a verb ("غيّر إجابتين"). */
const ANSWERS_OBJECT: Noun = {
  one: 'إجابة واحدة',
  two: 'إجابتين',
  few: 'إجابات',
  many: 'إجابة',
  other: 'إجابة',
};
const ANSWERS: Noun = { ...ANSWERS_OBJECT, two: 'إجابتان' };
const PEOPLE: Noun = { one: 'شخص واحد', two: 'شخصان', few: 'أشخاص', many: 'شخصًا', other: 'شخص' };
const PEOPLE_AFTER_OF: Noun = { ...PEOPLE, two: 'شخصين' };
const MEMBERS: Noun = { one: 'عضو واحد', two: 'عضوان', few: 'أعضاء', many: 'عضوًا', other: 'عضو' };
const POINTS: Noun = { one: 'نقطة واحدة', two: 'نقطتين', few: 'نقاط', many: 'نقطة', other: 'نقطة' };
const PHRASES: Noun = {
  one: 'عبارة واحدة',
  two: 'عبارتان',
  few: 'عبارات',
  many: 'عبارة',
  other: 'عبارة',
};
const LEVELS: Noun = {
  one: 'مستوى واحد',
  two: 'مستويان',
  few: 'مستويات',
  many: 'مستوى',
  other: 'مستوى',
};
const FLAGS: Noun = {
  one: 'تنبيه واحد',
  two: 'تنبيهان',
  few: 'تنبيهات',
  many: 'تنبيهًا',
  other: 'تنبيه',
};
/** A figure with its noun, by its Arabic plural form. */
const byForm = (n: number, forms: Record<'one' | 'two' | 'few' | 'many' | 'other', string>) =>
  forms[rule(n) === 'zero' ? 'other' : (rule(n) as keyof typeof forms)];
/** Arabic has no indefinite article: the eyebrow before a role's name is the same for every role. */
const sameForEveryRole = (_role: string, text: string) => text;
/** Why a team's answers show in whole batches (two release notes end with it). */
const NO_DIFFERENCING = 'حتى لا يمكن تمييز إجابات أحد بمقارنة الخريطة قبل وصولها وبعده.';

export const ar: Messages = {
  'page.description': (questionCount: number) =>
    `أيّ دور يتطلّبه عملك في الذكاء الاصطناعي: عالم أبحاث، أم مهندس أبحاث، أم مهندس ذكاء اصطناعي؟ ${inWords(questionCount, QUESTION)}، ودقيقة من وقتك، ونصائح في التقييم والمسمّيات الوظيفية.`,
  'page.skip': 'انتقل إلى المحتوى',
  'page.noscript': 'يحتاج rolefit إلى JavaScript لتشغيل الاختبار وعرض النتائج.',
  'page.noscript.teams': 'يحتاج rolefit إلى JavaScript لتشغيل وضع الفرق.',
  'page.noscript.admin': 'تحتاج لوحة المالك إلى JavaScript لرسم مخططاتها.',
  'page.noscript.analyze':
    'يعمل المحلّل في متصفحك ويحتاج إلى JavaScript. ومن دونه، استخدم سطر الأوامر (<code>rolefit analyze posting.txt</code>) أو <code>POST /api/analyze</code>.',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit: أيّ دور يتطلّبه هذا العمل؟',
  'page.result.title': 'نتيجتك',
  'page.framework.title': 'الإطار',
  'page.notFound.title': 'الصفحة غير موجودة',
  'page.admin.title': 'لوحة المالك',
  'page.analyze.title': 'حلّل إعلان وظيفة',
  'page.analyze.description':
    'الصق إعلان وظيفة أو نموذج تقييم: أيّ دور في الذكاء الاصطناعي يصفه فعلًا، وهل يقيّم على العمود الخطأ؟ يعمل في متصفحك، ولا يُرسَل النص أبدًا.',
  'page.teams.title': 'وضع الفرق',
  'page.teams.description':
    'ارسم خريطة لعمل فريقك في الذكاء الاصطناعي: يجري الأعضاء الاختبار، وترى أنت مركز الثقل، وهل تناسبكم مسارات منفصلة للمسمّيات أم مسمّى واحد للجميع.',
  'page.team.title': 'لوحة الفريق',
  'page.team.description': 'خريطة فريقك: مركز الثقل، ونظام المسمّيات الوظيفية، ومزيج التوظيف.',
  'page.join.title': 'انضم إلى فريقك',
  'page.join.description': 'أجرِ اختبار rolefit عن أسبوعك أنت، لتُضاف إجاباتك إلى خريطة فريقك.',
  'page.rubric.title': 'نموذج التقييم',
  'page.rubric.description':
    'نموذج تقييم لعالم الأبحاث أو مهندس الأبحاث أو مهندس الذكاء الاصطناعي: مستويات، وما يُقيَّم عليه العمل وما لا يُقيَّم عليه، في مسارات منفصلة أو تحت مسمّى واحد للجميع. نزّله بصيغة Markdown أو CSV أو JSON.',
  'page.noscript.rubric': 'يُكتب نموذج التقييم في متصفحك ويحتاج إلى JavaScript.',
  'page.check.title': 'افحص الإعلان ونموذج التقييم والسلّم الوظيفي',
  'page.check.description':
    'الصق إعلان وظيفة ونموذج تقييم وسلّمًا وظيفيًا: هل تقيّم كلها دور الذكاء الاصطناعي نفسه، مستوى بمستوى؟ يعمل في متصفحك، ولا يُرسَل شيء.',
  'page.noscript.check':
    'يعمل الفحص في متصفحك ويحتاج إلى JavaScript. من دونه، اقرأ كل مستند على حدة بالأمر <code>rolefit analyze</code> في سطر الأوامر.',

  'site.brand': 'rolefit',
  'site.nav.label': 'التنقل الرئيسي',
  'site.nav.quiz': 'الاختبار',
  'site.nav.framework': 'الإطار',
  'site.nav.teams': 'الفرق',
  'site.nav.analyze': 'التحليل',
  'site.language': 'اللغة',
  'site.footer.links': 'rolefit مفتوح المصدر. <a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': 'لا توجد صفحة هنا',
  'notFound.lead': 'ربما كُتب العنوان خطأً، أو نُقلت الصفحة إلى مكان آخر.',
  'notFound.quiz': 'أجرِ الاختبار',
  'notFound.framework': 'اقرأ الإطار',

  'quiz.count': (n: number) => inWords(n, QUESTION),
  'quiz.count.optional': (n: number) => inWords(n, OPTIONAL_QUESTION),
  'quiz.step.title': (n: number, of: number) => `السؤال ${n} من ${of}`,
  'quiz.intro.eyebrow': (questionCount: number) =>
    `${inWords(questionCount, QUESTION)} · نحو دقيقة`,
  'quiz.intro.what':
    'تعرف أين يقع العمل بين عالم أبحاث ومهندس أبحاث ومهندس ذكاء اصطناعي، وعلامَ يُقيَّم هذا الدور (وعلامَ لا يُقيَّم)، وهل تناسب الفريقَ مساراتٌ منفصلة للمسمّيات أم مسمّى واحد للجميع.',
  'quiz.intro.note': 'إنها نصيحة بشأن العمل، لا حكم على شخص، فالرجاء ألّا تستخدمها لفرز المرشحين.',
  'quiz.intro.start': 'ابدأ الاختبار',
  'quiz.intro.continue': 'تابع من حيث توقفت',
  'quiz.intro.restart': 'ابدأ من جديد',
  'quiz.intro.keys': (maxKey: number) =>
    `لوحة المفاتيح: <kbd>1</kbd> إلى <kbd>${maxKey}</kbd> لاختيار إجابة، و<kbd>Enter</kbd> للمتابعة، و<kbd>Backspace</kbd> للرجوع.`,
  'quiz.hint.pick': 'اختر إجابة واحدة للمتابعة.',
  'quiz.context.lead':
    'لا تغيّر هذه الأسئلة النتيجة، بل تبيّن هل يناسب العملَ المسمّى ومقاييس التقييم المعمول بها اليوم.',
  'quiz.finish': 'اعرض النتيجة',
  'quiz.next': 'التالي',
  'quiz.back': 'رجوع',
  'quiz.skip': 'تخطَّ',
  'quiz.skip.clear': 'امسح وتخطَّ',

  'result.title': (headline: string) => `${headline} · نتيجة rolefit`,
  'result.title.twoJobs': (roles: string) => `وظيفتان: ${roles}`,
  'result.title.between': 'بين دورين',
  'result.roles.plus': (a: string, b: string) => `${a} + ${b}`,
  'result.problem.retake':
    'النتائج محفوظة بالكامل في روابطها، فلم يضِع شيء: أجرِ الاختبار من جديد لتحصل على نتيجة جديدة.',
  'result.problem.quiz': 'أجرِ الاختبار',
  'result.problem.none.title': 'لا نتيجة لعرضها',
  'result.problem.none.lead':
    'تعرض هذه الصفحة نتيجةً حين يحمل رابطها الإجابات، وهذا الرابط لا يحمل أيّ إجابة.',
  'result.problem.broken.title': 'رابط النتيجة هذا لا يعمل',
  'result.problem.missing': 'رابط النتيجة هذا تنقصه بعض الإجابات.',
  'result.problem.invalid': (message: string) => `${message}.`,
  'result.hero.twoJobs.eyebrow': 'هذا الأسبوع يضمّ وظيفتين',
  'result.hero.between.eyebrow': 'يقع هذا العمل بين',
  'result.hero.between.title': (a: string, b: string) => `${a} و${b}`,
  'result.hero.callsFor.eyebrow': (role: string) => sameForEveryRole(role, 'يتطلّب هذا العمل'),
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `البحث المفتوح يشغل ${research} من هذا الأسبوع، وإطلاق المنتج ${product}، ${rnd ? `ولا يصل بينهما إلا ${rnd} من عمل الجسر (هندسة الأبحاث)` : 'ولا يصل بينهما أيّ عمل جسر (هندسة الأبحاث)'}. متوسط الإجابات سيقع قرب الوسط الذي يشغله مهندس الأبحاث، لكن ${rnd ? 'القليل فقط من العمل يقع هناك' : 'لا شيء من العمل يقع هناك'}: هاتان وظيفتان مختلفتان.`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': 'هذا العمل',
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `إجابة واحدة تكفي ليصبح ${role}: «${prompt}» ← «${label}».`,
  'result.hero.mix.twoJobs': 'عمل بحث وعمل منتج، وبينهما القليل. التوزيع:',
  'result.hero.mix': (work: string) => `عمل ${work}. التوزيع:`,
  'result.hero.mix.label': 'حصص العمل حسب العمود',
  'result.confidence.badge': (band: string, share: string) => `ثقة ${band} · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `جزء «${role}» هو الأكبر، بفارق ${inFigures(points, POINTS)}.`,
  'result.confidence.split.even': 'الجزآن متساويان في الحجم.',
  'result.confidence.between.leader': (role: string) => `عمل «${role}» يشغل من الأسبوع أكثر بقليل.`,
  'result.confidence.between.even': 'يتقاسم الاثنان الأسبوع بالتساوي.',
  'result.confidence.another': 'دور آخر',
  'result.confidence.sentences': (first: string, second: string) => `${first} ${second}`,
  'result.confidence.distance': (changes: number, role: string) =>
    `يكفي تغيير ${inFigures(changes, ANSWERS_OBJECT)} ليتقدّم ${role}.`,
  'result.actions.copyLink': 'انسخ الرابط',
  'result.actions.linkCopied': 'نُسخ الرابط.',
  'result.actions.linkFailed': 'تعذّر النسخ: الرابط موجود في شريط العنوان.',
  'result.actions.copyBrief': 'انسخ الموجز',
  'result.actions.briefCopied': 'نُسخ موجز الوظيفة بصيغة Markdown.',
  'result.actions.briefFailed': 'تعذّر النسخ؛ جرّب «نزّل الموجز».',
  'result.actions.download': 'نزّل الموجز (.md)',
  'result.actions.downloaded': 'نُزّل موجز الوظيفة.',
  'result.actions.print': 'اطبع أو احفظ بصيغة PDF',
  'result.actions.retake': 'أعد الاختبار',
  'result.titling.heading': (regime: string) => `المسمّيات الوظيفية: ${regime}`,
  'result.titling.twoJobs':
    'هذا صف الشبكة الخاص بالجزء الأكبر. ومع وجود وظيفتين في وظيفة واحدة، احسم أولًا سُبل الخروج المذكورة أعلاه: فإن فُصل الدوران، أخذ كلٌّ منهما صفّه.',
  'result.grading.twoJobs.heading': 'وظيفتان في وظيفة واحدة: كيف تقيّمهما، وسُبل الخروج',
  'result.grading.heading': 'كيف تقيّم هذا الدور',
  'result.grading.trap':
    'الحكم على دور بمقاييس عمود آخر هو الفخ الشائع: عالم أبحاث يُحاسَب على وقت التشغيل، أو مهندس منتج يُحاسَب على الأوراق البحثية.',
  'result.mismatches.heading': 'راجع المسمّى والمقاييس المعمول بها اليوم',
  'result.why.heading': 'لماذا: كيف شدّت كل إجابة',
  'result.why.note':
    'ما يقع يسار المركز يشدّ نحو طرف عالم الأبحاث، وما يقع يمينه يشدّ نحو طرف مهندس الذكاء الاصطناعي.',
  'result.change.heading': 'ما الذي يغيّر النتيجة',
  'result.change.note':
    'لكل دور آخر، أقل عدد من تغييرات الإجابات تصير بعده النتيجة ذلك الدور وحده: لا موقعًا بين دورين، ولا وظيفتين في واحدة.',
  'result.change.role': (role: string, changes: number) =>
    `<strong>لتحصل على ${role} وحده</strong>: غيّر ${inFigures(changes, ANSWERS_OBJECT)}.`,
  'result.change.arrow': ' ← ',
  'pulls.middle': 'يبقى في الوسط',
  'pulls.strong.research': 'شدّ قوي نحو طرف البحث',
  'pulls.strong.product': 'شدّ قوي نحو طرف المنتج',
  'pulls.slight.research': 'شدّ خفيف نحو طرف البحث',
  'pulls.slight.product': 'شدّ خفيف نحو طرف المنتج',
  'pulls.answer': (label: string) => `«${label}»`,
  'pulls.alone': (role: string) => `هذه الإجابة وحدها تشير إلى: ${role}.`,

  'column.research': 'البحث',
  'column.rnd': 'البحث والتطوير',
  'column.product': 'المنتج',
  'mix.legend': (column: string, share: string) => `${column} ${share}`,
  'grading.on': 'يُقيَّم على',
  'grading.off': 'لا يُقيَّم على',
  'fit.fits': 'مناسب',
  'fit.works': 'ينجح',
  'fit.risky': 'محفوف بالمخاطر',
  'fit.overhead': 'عبء زائد',
  'grid.risk': 'الخطر الذي تقبله',
  'grid.manage': 'كيف تديره',
  'grid.example': 'في الواقع',
  'grid.other': (regime: string) => `وماذا عن ${regime}؟`,
  'grid.caption': 'مدى ملاءمة كل نظام للمسمّيات لكل نوع من العمل',
  'grid.work': 'العمل الغالب',
  'grid.thisWork': 'هذا العمل',
  'grid.recommended': 'الموصى به',
  'spectrum.line': 'الطيف من عالم أبحاث (0) مرورًا بمهندس أبحاث (0.5) إلى مهندس ذكاء اصطناعي (1).',
  'spectrum.marker': (label: string, position: string) => ` ${label}: عند ${position}.`,
  'twoJobs.part': (role: string) => `جزء «${role}»`,
  'twoJobs.share': (share: string, column: string) =>
    `<share>${share}</share> من الأسبوع عمل ${column}`,
  'twoJobs.gradePart': (role: string) => `يُقيَّم جزء «${role}» على:`,
  'twoJobs.dont': 'لا يُقيَّم على',
  'twoJobs.risk': (risk: string) => `<strong>الخطر: </strong>${risk}`,
  'twoJobs.ways': 'سُبل الخروج',

  'framework.title': (roles: number, regimes: number) =>
    `${inWords(roles, ROLE)} على خط واحد، و${inWords(regimes, WAY)} لتسميتها`,
  'framework.lead':
    'عمل الذكاء الاصطناعي ليس وظيفة واحدة. إنه يمتد من بحث ينتج معرفة جديدة، مرورًا بالهندسة التي تجعل الأفكار قابلة للاختبار على نطاق واسع، وصولًا إلى إطلاق طرق معروفة في منتجات موثوقة. وموقع عملك على هذا الامتداد يحدّد مَن توظّف، وعلامَ تقيّمه، وأيّ مسمّيات تعطي الفريق.',
  'framework.roles.heading': (roles: number) => `الطيف: ${inWords(roles, ANCHOR_ROLE)}`,
  'framework.roles.lead': (roles: number) =>
    `نادرًا ما يقع العمل الحقيقي على نقطة مرجعية بالضبط. انظر إلى ${the(roles, 'الأدوار', 'الدورين')} على أنها نقاط على خط، وإلى العمل على أنه موقع بينها.`,
  'framework.roles.aliases': (aliases: readonly string[]) => `يُسمّى أيضًا: ${aliases.join('، ')}`,
  'framework.dimensions.heading': (dimensions: number) =>
    `${inWords(dimensions, DIMENSION)} جنبًا إلى جنب`,
  'framework.dimensions.lead': (dimensions: number) =>
    `تختلف الأدوار في ${the(dimensions, 'الأبعاد', 'البُعدين')} نفسها. ويطرح الاختبار سؤالًا واحدًا عن كل بُعد، وعن العمل دائمًا.`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `${the(roles, 'الأدوار', 'الدوران')} في كلٍّ من ${the(dimensions, 'الأبعاد', 'البُعدين')}`,
  'framework.grading.heading': 'التقييم، والفخ',
  'framework.grading.lead':
    'لكل دور مقياسه الخاص للسنة الجيدة. والفخ هو تقييم دور بمقاييس عمود آخر: أهداف وقت التشغيل تخنق الاستكشاف الذي وُظّف عالم الأبحاث من أجله، وعدد الأوراق البحثية لا يقول شيئًا عمّا أطلقه مهندس المنتج. ومهندس الأبحاث لا ينتمي إلى أيٍّ من العمودين، ولهذا كثيرًا ما يُقيَّم تقييمًا سيئًا.',
  'framework.grading.off': 'لا يُقيَّم على',
  'framework.grid.heading': 'الشبكة: نوع العمل × نظام المسمّيات',
  'framework.grid.lead': (regimes: number) =>
    `${inWords(regimes, REGIME)}: مسارات منفصلة، لكلٍّ منها مسمّياته وسلالمه الوظيفية، أو مسمّى واحد للجميع. و${regimes === 2 ? 'كلٌّ منهما' : 'كلٌّ منها'} يناسب بعض أنواع العمل أكثر من غيرها.`,
  'framework.grid.row': (work: string, summary: string) => `${work}: <summary>${summary}</summary>`,
  'framework.choose.heading': 'كيف تختار',
  'framework.choose.describe':
    '<strong>صِف العمل، لا الأشخاص. </strong>انظر إلى ما يشغل معظم الأسبوع: السؤال الذي يجيب عنه، وما ينتجه، وما يتحسّن في الشهر الجيد، وكم يمضي من الوقت قبل أن تعرف، ومَن كنت ستوظّف له.',
  'framework.choose.place': (dimensions: number) =>
    `<strong>ضعه على الخط. </strong>كل إجابة من ${the(dimensions, 'الإجابات', 'الإجابتين', true)} تشدّ نحو أحد الطرفين أو نحو الوسط. والنتيجة موقع، وحين يقترب من حدّ فاصل تقول بصراحة «بين».`,
  'framework.choose.centre':
    '<strong>جِد مركز الثقل. </strong>في الفريق، اجمع عمل الجميع. ونوع العمل صاحب الحصة الأكبر يحدّد في أيّ صف من الشبكة أنت.',
  'framework.choose.regime':
    '<strong>اختر النظام من ذلك الصف. </strong>لا يوجد نظام صحيح في المطلق؛ بل نظام صحيح لنوع من العمل. وأيًّا كان اختيارك، سمِّ الخطر الذي تقبله وكيف ستُبقيه صغيرًا.',
  'framework.choose.grade':
    '<strong>قيّم كل دور على عموده. </strong>ووظّف مهندس الأبحاث عن قصد: تحت مسمّى واحد، هو ما ينتهي الجميع إلى فعله، وتحت مسارات منفصلة، هو الجسر الذي يحمل النتائج إلى الإنتاج.',

  // نموذج التقييم (/rubric)، والروابط إليه من صفحة النتيجة وصفحة الإطار.
  'result.rubric': 'احصل على نموذج تقييم لهذا الدور',
  'result.rubric.twoJobs': 'احصل على نموذج تقييم للوظيفتين',
  'framework.grading.rubric': (role: string) => `نموذج تقييم لدور ${role}`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels} مستويات · ${regime}`,
  'rubric.tabTitle': (role: string) => `نموذج التقييم: ${role}`,
  'rubric.lead':
    'اختر الدور ونظام المسمّيات الوظيفية وعدد المستويات، فيتغيّر نموذج التقييم أدناه وفق اختيارك. يذكر كل مستوى ما يستطيع المقيِّم أن يتحقق منه بالأدلة، وما لا يُقيَّم عليه العمل.',
  'rubric.updated': (title: string, levels: number) => `${title}، ${levels} مستويات.`,
  'rubric.form.label': 'خيارات نموذج التقييم',
  'rubric.form.role': 'الدور',
  'rubric.form.twoJobs': 'وظيفتان في وظيفة واحدة',
  'rubric.form.levels': 'عدد المستويات',
  'rubric.form.levels.option': (levels: number) => `${levels} مستويات`,
  'rubric.form.regime': 'نظام المسمّيات الوظيفية',
  'rubric.actions.download': (format: string) => `نزّل بصيغة ${format}`,
  'rubric.actions.downloaded': (format: string) => `نُزّل نموذج التقييم بصيغة ${format}.`,
  'rubric.actions.copy': 'انسخ Markdown',
  'rubric.actions.copied': 'نُسخ نموذج التقييم بصيغة Markdown.',
  'rubric.actions.copyFailed': 'تعذّر النسخ؛ جرّب «نزّل بصيغة Markdown».',
  'rubric.checkLink': 'هل لديك بالفعل إعلان وظيفة أو سلّم وظيفي لهذا الدور؟ <a>افحصها معًا</a>.',

  'analyze.eyebrow': 'حلّل إعلان وظيفة أو نموذج تقييم',
  'analyze.title': 'أيّ دور يصفه هذا النص فعلًا؟',
  'analyze.lead':
    'الصق إعلان وظيفة أو نموذج تقييم أداء. يجد rolefit العبارات التي تشهد لعمل بحث أو بحث وتطوير أو منتج، ويضع العمل على الطيف، وينبّه إلى أيّ مسمّى أو مجموعة مقاييس تنتمي إلى عمود آخر.',
  'analyze.input.label': 'إعلان الوظيفة أو نموذج التقييم',
  'analyze.input.hint': (chars: string) =>
    `النص العادي هو الأفضل، والعناوين والقوائم النقطية تساعد. يُقرأ أول ${chars} حرف.`,
  'analyze.input.placeholder': 'الصق هنا نص إعلان وظيفة أو نموذج تقييم…',
  'analyze.privacy':
    '<strong>الخصوصية من أساس التصميم: </strong>يُحلَّل النص هنا، في متصفحك، ولا يُرسَل إلى أيّ خادم ولا يُخزَّن.',
  'analyze.example.try': 'جرّب مثالًا',
  'analyze.example.shown': (n: number, of: number, name: string) =>
    `المثال ${n} من ${of}: ${name}.`,
  'analyze.example.wrongMetrics': 'إعلان لوظيفة منتج يقيّمها بالأوراق البحثية',
  'analyze.example.titleMismatch': 'مسمّى «عالم» على عمل منتج',
  'analyze.example.researchEngineer': 'إعلان لوظيفة مهندس أبحاث',
  'analyze.example.rubric': 'نموذج تقييم لعلماء الأبحاث',
  'analyze.example.ladder': 'سلّم وظيفي يُقيَّم أحد مستوياته بمعايير العمود الخطأ',
  'analyze.clear': 'امسح',
  'analyze.empty.heading': 'لا شيء لتحليله بعد',
  'analyze.otherLanguage.heading': 'الإعلانات باللغة الإنجليزية فقط حاليًا',
  'analyze.otherLanguage.lead':
    'لا يبدو أن هذا النص مكتوب بالإنجليزية. لا يقرأ المحلّل إلا إعلانات الوظائف ومعايير التقييم المكتوبة بالإنجليزية، ولا تُحلَّل الإعلانات بلغات أخرى بعد، لذا لا يعرض نتيجة بدلًا من أن يعرض نتيجة خاطئة.',
  'analyze.empty.lead':
    'الصق إعلان وظيفة أو نموذج تقييم أعلاه، أو جرّب مثالًا. يظهر التحليل هنا أثناء الكتابة: الدور الذي يتطلّبه العمل، والعبارات التي تدل على ذلك، وأيّ تنبيهات للتقييم على العمود الخطأ.',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}، ثقة ${band}، ${flags === 0 ? 'بلا تنبيهات' : inFigures(flags, FLAGS)}.`,
  'analyze.status.between': (a: string, b: string) => `بين ${a} و${b}`,
  'analyze.status.notEnough': 'لا يكفي للحكم: الصق مهام الوظيفة ومتطلباتها من الإعلان.',
  'analyze.kind.posting': 'إعلان الوظيفة',
  'analyze.kind.rubric': 'نموذج التقييم',
  'analyze.summary.eyebrow': (kind: string) => `يصف ${kind} هذا`,
  'analyze.summary.eyebrow.between': (kind: string) => `يقع ${kind} هذا بين`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) => `يطلب ${kind} هذا وظيفتين في وظيفة واحدة`,
  'analyze.summary.larger': (role: string, share: string) =>
    ` الجزء الأكبر: ${role}، بنسبة ${share} من العمل.`,
  'analyze.summary.closest': (role: string) => ` أقرب نقطة مرجعية: ${role}.`,
  'analyze.summary.title': (column: string) => ` المسمّى «<title></title>» يشير إلى عمل ${column}.`,
  'analyze.summary.title.noColumn': ' المسمّى «<title></title>» لا يشير إلى أيّ عمود من العمل.',
  'analyze.summary.noTitle': ' لم يُعثر على سطر للمسمّى.',
  'analyze.summary.marker': (position: string) => `هذا النص · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) => `متوسط الطرفين · ${position}`,
  'analyze.summary.work': (work: string) => `العمل: ${work}`,
  'analyze.summary.work.twoJobs': 'العمل: بحث ومنتج، وبينهما قليل من عمل الجسر',
  'analyze.summary.measuredOn': (work: string) => `ما يُقاس عليه: ${work}`,
  'analyze.summary.measures.label': 'حصص المقاييس حسب العمود',
  'analyze.flag.titleMismatch': 'المسمّى يشير إلى عمود آخر',
  'analyze.flag.wrongColumnMetrics': 'يُقيَّم على عمود آخر',
  'analyze.flag.twoJobs': 'وظيفتان في وظيفة واحدة',
  'analyze.flag.noEvidence': 'لا شيء يُبنى عليه',
  'analyze.flag.lowEvidence': 'القليل مما يُبنى عليه',
  'analyze.flag.truncated': 'النص مقطوع',
  'analyze.flag.binaryLooking': 'ليس نصًّا مكتوبًا',
  'analyze.flag.levelDrift': 'المستويات تنحرف بين الأعمدة',
  'analyze.flag.name': (name: string) => `${name}. `,
  'analyze.flags.heading': 'التنبيهات',
  'analyze.flags.none.heading': 'لا تنبيهات',
  'analyze.flags.none': 'المسمّى والمقاييس، حيث يذكرها النص، تتفق مع العمل الذي يصفه.',
  'analyze.notEnough.eyebrow': 'لا موضع على الطيف',
  'analyze.notEnough.heading': 'لا يكفي للحكم',
  'analyze.notEnough.reason':
    'القليل جدًا هنا يصف عمل بحث أو بحث وتطوير أو منتج، فلا يمكن وضعه على الطيف.',
  'analyze.notEnough.title':
    'المسمّى وحده، مثل «<title></title>»، لا يقول ما هو العمل: فالمسمّى نفسه يغطي أسابيع مختلفة تمامًا.',
  'analyze.notEnough.paste': 'الصق مزيدًا من النص، مثلًا:',
  'analyze.notEnough.duties': 'المهام: ما سيفعله الشخص أسبوعًا بعد أسبوع',
  'analyze.notEnough.requirements': 'المتطلبات: ما يلزمه أن يعرفه أو أن يكون قد أنجزه',
  'analyze.notEnough.measures': 'كيف يُقاس الدور، أو معايير نموذج التقييم',
  'analyze.notEnough.note':
    'لا يُعرض أيّ دور أو موقع أو حصص حتى يصف النص العمل: فالتخمين من بضع كلمات سيبدو أوثق مما هو.',
  'analyze.twoJobs.heading': 'وظيفتان في دور واحد',
  'analyze.evidence.heading': 'الأدلة في نصك',
  'analyze.evidence.label': 'نصك مع تمييز الأدلة',
  'analyze.evidence.negated': 'منفيّة، تُحسب ضد عمودها',
  'analyze.evidence.measure': 'مقياس',
  'analyze.evidence.zero': 'لا تُحسب',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join('، '),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${weight} في ${section}`,
  'analyze.evidence.spoken': (notes: string) => ` (${notes})`,
  'analyze.section.title': 'المسمّى',
  'analyze.section.summary': 'الملخص',
  'analyze.section.responsibilities': 'المسؤوليات',
  'analyze.section.requirements': 'المتطلبات',
  'analyze.section.niceToHave': 'ميزة إضافية',
  'analyze.section.metrics': 'المقاييس',
  'analyze.section.company': 'الشركة',
  'analyze.section.benefits': 'المزايا',
  'analyze.section.legal': 'الشؤون القانونية',
  'analyze.legend.label': 'دليل الألوان',
  'analyze.legend.column': (column: string, phrases: number) =>
    `عمل <column>${column}</column>: ${inFigures(phrases, PHRASES)}`,
  'analyze.legend.negated': '<sample>بلا دكتوراه</sample> منفيّة: تُحسب ضد عمودها',
  'analyze.legend.measure': '<sample>الأوراق البحثية</sample> مقياس: كيف يُقيَّم الدور',
  'analyze.legend.boilerplate':
    '<sample>من نحن</sample> باهت: نص عن الشركة أو المزايا أو الشؤون القانونية، ولا يُحسب له شيء',
  'analyze.advice.heading': 'المسمّيات والتقييم لهذا العمل',
  'analyze.advice.twoJobs': (work: string) =>
    `يضم هذا النص وظيفتين، فصف الشبكة أدناه نصف الصورة فقط: إنه صف العمل الذي ${work}، أي الجزء الأكبر. اقرأه إلى جانب نصيحة الوظيفتين أعلاه.`,
  'analyze.advice.lead': (work: string, regime: string) => `عمل ${work}، مع ${regime}: `,
  'analyze.advice.grid.label': 'شبكة المسمّيات الوظيفية',
  'analyze.advice.grid.link':
    '<a>اقرأ الشبكة كاملة في صفحة الإطار</a>: مدى ملاءمة كل نوع من العمل لكل نظام للمسمّيات، مع المخاطر التي ينبغي إدارتها.',
  'analyze.advice.grading.twoJobs':
    'علامَ يُقيَّم كل جزء، وعلامَ لا يُقيَّم، تجده في نصيحة الوظيفتين أعلاه.',
  'analyze.advice.grading.on': 'يُقيَّم هذا الدور على',
  'analyze.advice.grading.off': 'لا يُقيَّم على',
  'analyze.checkLink':
    '<a>افحص إعلان الوظيفة ونموذج التقييم والسلّم الوظيفي معًا</a>: هل تقيّم الثلاثة الدور نفسه؟',
  'analyze.levels.heading': 'مستوى بمستوى',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `${inFigures(levels, LEVELS)}، قُرئ كلٌّ منها وحده لمعرفة ما تقيّمه معاييره${wrong === 0 ? '' : `؛ ${byForm(wrong, { one: 'واحد منها يقيّم', two: 'اثنان منها يقيّمان', few: `${wrong} منها تقيّم`, many: `${wrong} منها تقيّم`, other: `${wrong} منها تقيّم` })} عمودًا غير عمود الدور`}. اختر اسم مستوى لترى نصه مميَّزًا في الأسفل.`,
  'analyze.levels.noLadder': 'مستويات أخرى',
  'analyze.levels.grades': (column: string) => `يقيّم عمل ${column}`,
  'analyze.levels.few': 'لا يقول ما يكفي لمعرفة أي عمود يقيّمه',
  'analyze.levels.shares': (level: string) => `${level}: حصص معاييره حسب العمود`,
  'analyze.levels.shown': (level: string) => `مُيِّز ${level} في نصك.`,
  'analyze.suggestions.heading': 'إعادات صياغة مقترحة',
  'analyze.suggestions.lead': (count: number) =>
    `${byForm(count, { one: 'مقطع واحد يقيّم', two: 'مقطعان يقيّمان', few: `${count} مقاطع تقيّم`, many: `${count} مقطعًا تقيّم`, other: `${count} مقطع تقيّم` })} عمودًا غير عمود الدور. هذا ما يُكتب بدلًا منها، بكلمات تقيس عمل الدور نفسه (بالإنجليزية، مثل النص الذي تعود إليه):`,
  'analyze.suggestions.item': 'بدلًا من «<from></from>» اكتب «<to></to>»',
  'analyze.suggestions.copy': 'انسخ النص المُعاد صياغته',
  'analyze.suggestions.copied': 'نُسخ: نصك مع تطبيق كل إعادات الصياغة المقترحة.',
  'analyze.suggestions.copyFailed':
    'تعذّر النسخ: رفض المتصفح الوصول إلى الحافظة. طبّق إعادات الصياغة يدويًا.',

  'check.eyebrow': 'الإعلان ونموذج التقييم والسلّم الوظيفي',
  'check.title': 'هل تقيّم مستنداتك الدور نفسه؟',
  'check.lead':
    'إعلان الوظيفة يوظّف لدور، ونموذج التقييم يقيّمه، والسلّم الوظيفي يرقّي فيه: ينبغي أن تقيّم الثلاثة العمود نفسه من العمل. الصق واحدًا منها أو أكثر.',
  'check.form.label': 'المستندات المراد فحصها',
  'check.input.hint': (chars: string) =>
    `املأ واحدًا أو أكثر. تُقرأ النصوص بالإنجليزية، حتى ${chars} حرف لكل منها.`,
  'check.posting.label': 'إعلان الوظيفة',
  'check.rubric.label': 'نموذج التقييم',
  'check.ladder.label': 'السلّم الوظيفي',
  'check.role.label': 'الدور الذي وُضعت له',
  'check.role.auto': 'كما يصفه إعلان الوظيفة',
  'check.role.hint': 'من دون إعلان وظيفة، يحسم الأمرَ أولُ مستند يسمح بتسمية دور.',
  'check.privacy':
    '<strong>الخصوصية من أساس التصميم: </strong>تُفحَص النصوص هنا، في متصفحك، ولا تُرسَل إلى أيّ خادم ولا تُخزَّن.',
  'check.submit': 'افحص',
  'check.empty.heading': 'لا شيء لفحصه بعد',
  'check.empty.lead':
    'الصق في الأعلى إعلان وظيفة أو نموذج تقييم أو سلّمًا وظيفيًا، أو الثلاثة معًا، ثم اضغط «افحص».',
  'check.agree.heading': 'المستندات متّفقة',
  'check.noRole.heading': 'لا دور للمقارنة به',
  'check.mismatches.count': (count: number) =>
    byForm(count, {
      one: 'اختلاف واحد',
      two: 'اختلافان',
      few: `${count} اختلافات`,
      many: `${count} اختلافًا`,
      other: `${count} اختلاف`,
    }),
  'check.against.asked': (role: string) => `فُحصت مقابل عمل ${role}، الدور الذي اخترته.`,
  'check.against.posting': (role: string) => `فُحصت مقابل عمل ${role}، كما يصفه إعلان الوظيفة.`,
  'check.against.rubric': (role: string) => `فُحصت مقابل عمل ${role}، كما يصفه نموذج التقييم.`,
  'check.against.ladder': (role: string) => `فُحصت مقابل عمل ${role}، كما يصفه السلّم الوظيفي.`,
  'check.otherLanguage': (document: string) =>
    `${document}: لا يمكن حاليًا فحص غير النصوص الإنجليزية، لذا تُرك هذا النص جانبًا.`,
  'check.table.caption': 'كل مستند على حدة',
  'check.table.document': 'المستند',
  'check.table.role': 'يُقرأ على أنه',
  'check.table.shares': 'حصص العمل',
  'check.table.sharesOf': (document: string) => `${document}: حصص العمل حسب العمود`,
  'check.table.verdict': 'مقابل الدور',
  'check.table.agrees': 'متّفق',
  'check.table.few': 'لا يقول ما يكفي للحكم',
  'check.mismatches.heading': 'ما لا يتطابق، وكيف تصلحه',
  'check.gradeOn': (role: string) => `ما يُقيَّم عليه عمل ${role}:`,
  'check.copy.posting': 'انسخ الإعلان المُعاد صياغته',
  'check.copy.rubric': 'انسخ نموذج التقييم المُعاد صياغته',
  'check.copy.ladder': 'انسخ السلّم الوظيفي المُعاد صياغته',

  'admin.title': 'لوحة المالك',
  'admin.login.lead':
    'كيف يجيب القرّاء عن الاختبار في صفحاتك: مرات الإكمال، والأدوار، والإجابات، وأين تتوقف المحاولات. أرقام إجمالية فقط؛ لا يُعرَّف أيّ قارئ.',
  'admin.login.token': 'رمز المالك',
  'admin.login.kept': 'يُحفظ في هذا التبويب فقط (session storage)، ولا يُرسَل إلا إلى هذا الخادم.',
  'admin.login.submit': 'افتح اللوحة',
  'admin.login.wrongToken':
    'هذا ليس رمز المالك. استخدم ROLEFIT_ADMIN_TOKEN، أو الرمز الذي طبعه الخادم عند أول تشغيل له.',
  'admin.offline': 'لم يُجب الخادم؛ تحقّق من الاتصال وأعد المحاولة',
  'admin.exportFailed': (status: number) =>
    `فشل التصدير (${status})؛ سجّل الدخول من جديد وأعد المحاولة`,
  'admin.lead':
    'إجابات الاختبار العامة وأحداث مسار التحويل، معدودةً لكل يوم بتوقيت UTC. إجابات الفرق ملك قائد كل فريق، ولا تُحتسب هنا.',
  'admin.range.from': 'من',
  'admin.range.to': 'إلى',
  'admin.range.page': 'الصفحة',
  'admin.range.allPages': 'كل الصفحات',
  'admin.range.noPage': '(بلا صفحة)',
  'admin.range.show': 'اعرض',
  'admin.range.backwards': 'يوم البداية يقع بعد يوم النهاية.',
  'admin.export': (format: string) => `صدّر ${format.toUpperCase()}`,
  'admin.logOut': 'سجّل الخروج',
  'admin.figure.completions': (n: number) =>
    byForm(n, {
      one: 'اختبار مكتمل',
      two: 'اختباران مكتملان',
      few: 'اختبارات مكتملة',
      many: 'اختبارًا مكتملًا',
      other: 'اختبار مكتمل',
    }),
  'admin.figure.shown': (n: number) =>
    byForm(n, {
      one: 'مرة عُرض فيها الاختبار',
      two: 'مرتان عُرض فيهما الاختبار',
      few: 'مرات عُرض فيها الاختبار',
      many: 'مرة عُرض فيها الاختبار',
      other: 'مرة عُرض فيها الاختبار',
    }),
  'admin.figure.started': (n: number) =>
    byForm(n, {
      one: 'محاولة بدأت',
      two: 'محاولتان بدأتا',
      few: 'محاولات بدأت',
      many: 'محاولة بدأت',
      other: 'محاولة بدأت',
    }),
  'admin.figure.completedShare': 'من الاختبارات المعروضة اكتملت',
  'admin.question.short': (n: number) => `س${n}`,
  'admin.funnel.answered': (question: string) => `أجاب عن ${question}`,
  'admin.funnel.shown': 'عُرض',
  'admin.funnel.started': 'بدأ',
  'admin.funnel.completed': 'اكتمل',
  'admin.completions.heading': 'مرات الإكمال يوميًا',
  'admin.completions.chart': 'الاختبارات المكتملة يوميًا',
  'admin.funnel.heading': 'أين تتوقف المحاولات',
  'admin.funnel.note': 'محاولات الاختبار التي بلغت كل خطوة (من أحداث مسار التحويل).',
  'admin.funnel.chart': 'المحاولات لكل خطوة',
  'admin.roles.heading': 'الأدوار',
  'admin.roles.chart': 'النتائج حسب الدور',
  'admin.work.heading': 'العمل الغالب',
  'admin.work.chart': 'النتائج حسب نوع العمل الغالب',
  'admin.regimes.heading': 'أنظمة المسمّيات الوظيفية',
  'admin.regimes.chart': 'نظام المسمّيات الموصى به',
  'admin.sources.heading': 'المصادر',
  'admin.sources.none': 'لا صفحات بعد.',
  'admin.sources.chart': 'مرات الإكمال حسب الصفحة',
  'admin.fields.heading': 'الحقول المخفية',
  'admin.fields.none':
    'لم تحمل أيّ إجابة في هذه المدة حقولًا مخفية بعد. تأتي بها روابط الاختبار التي فيها معاملات <code>utm_*</code> أو <code>ref</code>، وكذلك السمة <code>fields</code> في الأداة: انظر «Hidden fields» في <code>docs/integrations.md</code>.',
  'admin.fields.caption': (name: string) => `مرات الإكمال حسب قيمة ${name}`,
  'admin.fields.completions': (n: number, figure: string) =>
    `${figure} ${byForm(n, {
      one: 'اختبار مكتمل',
      two: 'اختباران مكتملان',
      few: 'اختبارات مكتملة',
      many: 'اختبارًا مكتملًا',
      other: 'اختبار مكتمل',
    })}`,
  'admin.fields.value': 'القيمة',
  'admin.fields.completed': 'مرات الإكمال (النسبة)',
  'admin.fields.share': (share: string) => `(${share})`,
  'admin.fields.filter': 'التصفية',
  'admin.fields.only': 'اعرض هذه فقط',
  'admin.fields.onlyLabel': (name: string, value: string) =>
    `اعرض هذه فقط: الإجابات التي فيها ${name} = ${value}`,
  'admin.fields.more': (n: number, figure: string) =>
    `و${figure} ${byForm(n, {
      one: 'قيمة أخرى',
      two: 'قيمتان أخريان',
      few: 'قيم أخرى',
      many: 'قيمة أخرى',
      other: 'قيمة أخرى',
    })}`,
  'admin.filter.only': 'الإجابات التي فيها <name></name> = <value></value> فقط',
  'admin.filter.clear': 'اعرض كل الإجابات',
  'admin.figure.notCounted': 'لا يُحتسب لحقل مخفي: أحداث الصفحة لا تحمل حقولًا',
  'admin.funnel.noFields':
    'يُحتسب مسار التحويل من أحداث الصفحة (العرض والبدء والإجابة)، وهي لا تحمل حقولًا مخفية، فلا يمكن حصره في حقل واحد.',
  'admin.answers.heading': (n: number, prompt: string) => `س${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `الإجابات عن السؤال ${n}`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}. ${figures.join('، ')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}: ${count}`,

  // Organisations (/org): يجمع مسؤول المؤسسة مراكز فرقها، بموافقة قادة الفرق.
  'org.page.title': 'المؤسسة',
  'org.page.description':
    'فرقك جنبًا إلى جنب: أين يقع عمل كل فريق، ومركز ثقل المؤسسة، ونظام المسمّيات الوظيفية الذي يناسبها.',
  'org.noscript': 'تحتاج صفحة المؤسسة إلى JavaScript.',
  'org.title': (name: string) => `${name} · مؤسسة rolefit`,
  'org.create.heading': 'عمل كل فرقك في عرض واحد',
  'org.create.lead':
    'أنشئ مؤسسة، ثم أضف الفرق بموافقة قادتها. سترى أين يقع عمل كل فريق، ومركز ثقل المؤسسة، ونظام المسمّيات الذي يناسبها. لا يصل إلى هنا إلا مراكز الفرق، ولا تصل أبدًا إجابات أي عضو.',
  'org.create.name': 'اسم المؤسسة',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': 'أنشئ المؤسسة',
  'org.create.noName': 'أعطِ المؤسسة اسمًا.',
  'org.create.creating': 'جارٍ إنشاء المؤسسة…',
  'org.created.heading': 'احتفظ بهذا الرابط: إنه المفتاح الوحيد',
  'org.created.lead':
    'يستطيع أي شخص لديه هذا الرابط أن يرى المؤسسة، وأن يضيف الفرق ويزيلها، وأن يحذفها. يظهر الرابط هذه المرة فقط: لا يحتفظ rolefit إلا ببصمة لسرّه ولا يستطيع عرضه مرة أخرى. احفظه في مكان خاص، مثل مدير كلمات المرور.',
  'org.created.link': 'رابط إدارة المؤسسة (لك وحدك)',
  'org.problem.create': 'أنشئ مؤسسة جديدة',
  'org.problem.badKey.title': 'رابط المؤسسة هذا لا يعمل',
  'org.problem.badKey.lead':
    'ربما حُذفت المؤسسة، أو لم يُنسخ الرابط كاملًا. افتح رابط الإدارة الكامل مرة أخرى، أو أنشئ مؤسسة جديدة.',
  'org.problem.load': 'تعذّر تحميل المؤسسة',
  'org.count': (teams: number, created: string) =>
    `${inFigures(teams, { one: 'فريق واحد', two: 'فريقان', few: 'فرق', many: 'فريقًا', other: 'فريق' })} · أُنشئت في ${created}`,
  'org.empty.heading': 'لا يُحتسب أي فريق بعد',
  'org.empty':
    'أضف فريقًا أدناه. حين يبلغ الفريق الحد الأدنى من الإجابات، يظهر عمله هنا ويصبح للمؤسسة مركز ثقل ونظام مسمّيات.',
  'org.weighting.legend': 'وزن كل فريق بحسب',
  'org.weighting.responses': 'الإجابات',
  'org.weighting.headcount': 'عدد الأفراد',
  'org.weighting.byResponses':
    'الوزن بحسب الإجابات: يُحتسب كل فريق بعدد الإجابات التي استُخرج منها مركزه.',
  'org.weighting.byHeadcount':
    'الوزن بحسب عدد الأفراد: يُحتسب كل فريق بعدد الأشخاص الذي ذكره قائده.',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `الوزن بحسب الإجابات: يتطلب الوزن بحسب عدد الأفراد أن يكون لكل فريق محتسب عدد أفراد، ولدى ${given} من ${of} فقط عدد. أضف الفريق مرة أخرى مع عدد أفراده لتسجيله.`,
  'org.verdict.heading': (regime: string) => `للمؤسسة: ${regime}`,
  'org.verdict.twoJobs': (work: string) =>
    `مع انقسام المؤسسة بين الطرفين، هذا الصف نصف الصورة فقط: إنه صف الشبكة للعمل الذي ${work}. اقرأه إلى جانب نصيحة الوظيفتين أدناه.`,
  'org.twoJobs.heading': 'مؤسستك تؤدي وظيفتين لا وظيفة واحدة',
  'org.twoJobs.whose': 'مراكز فرقها',
  'org.spectrum.heading': 'أين يقع عمل كل فريق',
  'org.spectrum.marker': 'مركز المؤسسة',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `مركز كل فريق على الطيف من عالم الأبحاث (0) إلى مهندس الذكاء الاصطناعي (1): ${teams.join('؛ ')}. يقع مركز المؤسسة عند ${center}.`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}، ${name}، عند ${position} (${inFigures(responses, ANSWERS)})`,
  'org.spectrum.legend':
    'كل نقطة فريق، مرقّمة كما في قائمة الفرق؛ وكلما زادت الإجابات وراء الفريق كبرت نقطته. العلامة المعنونة هي مركز المؤسسة.',
  'org.heatmap.heading': 'مزيج العمل، فريقًا فريقًا',
  'org.heatmap.caption':
    'حصة عمل كل فريق في كل عمود؛ كلما اشتد اللون كبرت الحصة. أكبر حصة في كل صف مكتوبة بخط عريض.',
  'org.heatmap.team': 'الفريق',
  'org.heatmap.whole': 'المؤسسة كلها',
  'org.notYet': (responses: number, min: number) =>
    `لا تكفي الإجابات بعد (${responses} من ${min}): لا يُسهم بشيء`,
  'org.against.heading': 'فرق تخالف نظام المؤسسة',
  'org.against.lead': (regime: string) =>
    `عمل هذه الفرق نفسه يستدعي نظامًا غير «${regime}». نظام واحد للجميع يسبّب لها احتكاكًا؛ وهنا الخطر الذي يجلبه لكل منها وكيف تديره.`,
  'org.against.team': (work: string, own: string, org: string) =>
    `عمله الخاص ${work}، وهو ما يستدعي «${own}». في ظل نظام المؤسسة «${org}»:`,
  'org.against.none': (regime: string) =>
    `عمل كل فريق محتسب يستدعي «${regime}» أيضًا: نظام واحد يناسبها كلها.`,
  'org.teams.heading': 'الفرق',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · ${inFigures(responses, ANSWERS)}${headcount === null ? '' : ` · ${inFigures(headcount, PEOPLE)}`} · الوزن ${weight}`,
  'org.team.remove': 'أزِل',
  'org.team.remove.name': (name: string) => `أزِل ${name} من المؤسسة`,
  'org.team.confirm':
    'أتزيل <name></name> من المؤسسة؟ يحتفظ الفريق بلوحته وإجاباته، ويستطيع قائده إضافته مرة أخرى.',
  'org.team.removeForGood': 'أزِل الفريق',
  'org.team.keep': 'أبقِه',
  'org.team.removing': 'جارٍ الإزالة…',
  'org.team.removed': (name: string) => `لم يعد ${name} ضمن المؤسسة.`,
  'org.add.heading': 'أضف فريقًا',
  'org.add.lead':
    'ينضم الفريق بموافقة قائده: الصق رابط لوحة القائد، ففيه مفتاح إدارة الفريق. يُتحقق من المفتاح ولا يُحفظ، ولا ترى المؤسسة إلا مركز الفريق، لا لوحته ولا إجابات أحد.',
  'org.add.link': 'رابط لوحة قائد الفريق',
  'org.add.link.hint': 'الرابط الذي حصل عليه القائد عند إنشاء الفريق، وينتهي بـ ‎#admin=…',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': 'أو أدخل معرّف الفريق وسرّ إدارته',
  'org.add.id': 'معرّف الفريق',
  'org.add.secret': 'سرّ إدارة الفريق',
  'org.add.headcount': 'عدد الأفراد (اختياري)',
  'org.add.headcount.hint':
    'كم شخصًا في الفريق، لوزن الفرق بحسب عدد الأفراد. إضافة الفريق مرة أخرى تحدّثه.',
  'org.add.submit': 'أضف الفريق',
  'org.add.adding': 'جارٍ إضافة الفريق…',
  'org.add.added': 'أُضيف الفريق.',
  'org.add.noKey': 'الصق رابط لوحة القائد، أو أدخل معرّف الفريق وسرّ إدارته.',
  'org.add.notLeadLink':
    'هذا ليس رابط لوحة قائد فريق: ينبغي أن ينتهي بـ ‎#admin=‎ يليه مفتاح الفريق.',
  'org.add.orgLink': 'هذا رابط مؤسسة، لا رابط قائد فريق. اطلب من القائد رابط لوحة فريقه.',
  'org.add.badHeadcount': 'عدد الأفراد عدد صحيح من 1 فما فوق؛ أو اترك الحقل فارغًا.',
  'org.add.refused': 'لا يوجد فريق بهذا المعرّف وهذا السرّ. اطلب من القائد رابط لوحته الحالي.',
  'org.data.heading': 'بيانات المؤسسة',
  'org.data.export':
    'صف لكل فريق: إجاباته ووزنه وموقعه ومزيج عمله والعمل الغالب عليه وهل يخالف نظام المؤسسة. مراكز الفرق فقط، لا شيء عن أي عضو.',
  'org.data.delete': 'احذف المؤسسة…',
  'org.data.confirm':
    'أتحذف <name></name>؟ سيتوقف رابط إدارتها عن العمل. تبقى فرقها كما هي، بلوحاتها وإجاباتها.',
  'org.data.deleteForGood': 'احذف المؤسسة',
  'org.data.keep': 'أبقِ المؤسسة',
  'org.deleted.title': 'حُذفت المؤسسة',
  'org.deleted.lead': 'لم يعد رابط إدارتها يعمل. تحتفظ الفرق التي كانت فيها بلوحاتها وإجاباتها.',

  'teams.title': 'أين يقع مركز ثقل فريقك؟',
  'teams.lead':
    'أنشئ فريقًا، وأرسل رابط الانضمام إلى مَن يؤدون العمل، فيجري كلٌّ منهم الاختبار عن أسبوعه هو. وترى أنت الفريق ككل: أين يقع عمله بين البحث والمنتج، وأيّ نظام للمسمّيات يناسبه، ومزيجًا مقترحًا للتوظيف.',
  'teams.point.aggregates':
    'لا يرى أحد إجابات غيره؛ وأنت لا ترى إلا الأرقام الإجمالية، وبعد أن يجيب عدد كافٍ من الأشخاص.',
  'teams.point.lead': 'يمكنك أن تسرد محاور العمل بنفسك، وأن تجري الاختبار كما ترى أنت عمل الفريق.',
  'teams.point.export':
    'صدّر الإجابات المجهولة الهوية بصيغة CSV أو JSON، أو احذف الفريق وكل ما فيه.',
  'teams.form.name': 'اسم الفريق',
  'teams.form.name.placeholder': 'التعلّم الآلي التطبيقي',
  'teams.form.min': 'عدد الإجابات المطلوب قبل ظهور النتائج',
  'teams.form.min.hint': (least: number, most: number) =>
    `من ${least} إلى ${most}. ودون هذا العدد لا تعرض اللوحة شيئًا عن الإجابات، فلا يمكن تمييز أحد.`,
  'teams.form.submit': 'أنشئ الفريق',
  'teams.form.noName': 'أعطِ الفريق اسمًا.',
  'teams.form.badMin': (least: number, most: number) =>
    `يجب أن يكون الحد الأدنى عددًا صحيحًا من ${least} إلى ${most}.`,
  'teams.form.creating': 'جارٍ إنشاء الفريق…',
  'teams.created.title': 'أُنشئ الفريق',
  'teams.created.heading': 'أُنشئ الفريق: <name></name>',
  'teams.created.save': 'احفظ رابط الإدارة الآن',
  'teams.created.save.lead':
    'إنه المفتاح الوحيد لنتائج فريقك ولحذف الفريق. ولا يُعرض إلا هذه المرة: فـrolefit لا يحتفظ إلا ببصمة للسرّ الذي فيه، ولا يستطيع عرضه مرة أخرى. احفظه في مكان خاص، مثل مدير كلمات المرور.',
  'teams.created.adminLink': 'رابط الإدارة (لك وحدك)',
  'teams.created.share': 'شارك رابط الانضمام مع فريقك',
  'teams.created.joinLink': 'رابط الانضمام (للأعضاء)',
  'teams.created.joinLink.hint':
    'يجري الأعضاء الاختبار عن أسبوعهم، ولا يرون إلا نتائجهم. ولا يستطيعون به قراءة نتائج الفريق.',

  'team.title': (page: string) => `${page} · فريق rolefit`,
  'team.problem.create': 'أنشئ فريقًا جديدًا',
  'team.problem.noKey.title': 'افتح رابط الإدارة',
  'team.problem.noKey.lead':
    'تُفتح اللوحة من رابط الإدارة الذي حصلت عليه عند إنشاء الفريق. وهي لا تحتفظ بالمفتاح إلا في هذا التبويب، فافتح الرابط من جديد في تبويب جديد أو بعد إغلاق هذا التبويب.',
  'team.problem.badKey.title': 'رابط الإدارة هذا لا يعمل',
  'team.problem.badKey.lead':
    'ربما حُذف الفريق، أو اقتُطع جزء من الرابط عند نسخه. افتح رابط الإدارة الكامل الذي حفظته عند إنشاء الفريق.',
  'team.problem.load': 'تعذّر تحميل اللوحة',
  'team.deleted.title': 'حُذف الفريق',
  'team.deleted.lead': (responses: number) =>
    `حُذف الفريق وإجاباته (وعددها ${responses})، ومحاور العمل، ورأيك. ولم يعد رابط الانضمام ولا رابط الإدارة يعملان.`,
  'team.count': (responses: number, batch: number, created: string) =>
    `${inFigures(responses, ANSWERS)} · تعرضها الخريطة على دفعات من ${batch} · أُنشئ في ${created}`,
  'team.needed.heading': (needed: number) =>
    `يلزم ${inFigures(needed, { one: 'إجابة واحدة أخرى', two: 'إجابتان أخريان', few: 'إجابات أخرى', many: 'إجابة أخرى', other: 'إجابة أخرى' })}`,
  'team.needed.lead': (batch: number) =>
    `تظهر خريطة الفريق بعد أن يجيب ${inFigures(batch, PEOPLE)}، ثم تنضم إليها الإجابات اللاحقة على دفعات من ${batch}، حتى لا يمكن تمييز إجابات أحد. شارك رابط الانضمام:`,
  'team.joinLink': 'رابط الانضمام للأعضاء',
  'team.joinLink.more': 'رابط الانضمام لدعوة مزيد من الأعضاء',
  'team.release.all': (released: number, batch: number) =>
    `تشمل الخريطة والتصدير الإجابات كلها (${released}). وتظهر الإجابات الجديدة على دفعات من ${batch}، ${NO_DIFFERENCING}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `${replaced === 1 ? 'أُعيدت إحداها' : `أُعيد ${replaced} منها`} من المتصفح نفسه، لذا تعدّ الخريطة ${people} أشخاص، كلٌّ بأحدث إجاباته.`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `تشمل الخريطة والتصدير ${released} من أصل ${inFigures(responses, ANSWERS_OBJECT)}. وتظهر الدفعة التالية (${batch}) معًا بعد أن يجيب ${inFigures(more, { one: 'شخص آخر', two: 'شخصان آخران', few: 'أشخاص آخرون', many: 'شخصًا آخر', other: 'شخص آخر' })}، ${NO_DIFFERENCING}`,
  'team.copy': 'انسخ',
  'team.copy.done': 'نُسخ.',
  'team.copy.failed': 'تعذّر النسخ: حدّد الرابط وانسخه.',
  'team.saving': 'جارٍ الحفظ…',
  'team.api.offline': 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال وأعد المحاولة.',
  'team.api.offline.export': 'تعذّر الوصول إلى الخادم.',
  'team.api.status': (status: number) => `ردّ الخادم بالرمز ${status}.`,
  'team.map.heading': 'أين يقع عمل الفريق',
  'team.map.marker': 'مركز الفريق',
  'team.map.marker.twoJobs': 'متوسط الفريق',
  'team.map.spectrum': (positions: readonly string[], centre: string, spread: string) =>
    `الطيف من عالم أبحاث (0) إلى مهندس ذكاء اصطناعي (1). يقع ${inFigures(positions.length, MEMBERS)} عند ${positions.join('، ')}؛ ومركز ثقل الفريق عند ${centre}، بتشتّت ${spread} على كل جانب.`,
  'team.map.spectrum.twoJobs':
    ' الفريق منقسم بين الطرفين، فالمركز متوسط لا يعمل قربه إلا قليل من الأعضاء.',
  'team.map.spectrum.lead': (position: string) => ` ورأيك أنت يقع عند ${position}.`,
  'team.map.legend': (withLead: boolean) =>
    `كل نقطة عضو واحد، بلا اسم ولا ترتيب. ويبيّن الشريط التشتّت حول مركز الثقل${withLead ? '؛ والحلقة هي رأيك أنت.' : '.'}`,
  'team.map.legend.twoJobs':
    ' ومع انقسام الفريق بين الطرفين، فالمركز مجرد متوسط: قليل من الأعضاء يعملون قربه.',
  'team.map.centre': 'مركز الثقل',
  'team.map.centre.value': (position: string, place: string) => `${position}: ${place}`,
  'team.map.spread': 'التشتّت',
  'team.map.spread.value': (spread: string, band: string) => `${spread}، ${band}`,
  'team.map.spread.tight': 'ضيّق: معظم الأفراد يؤدون عملًا متشابهًا',
  'team.map.spread.moderate': 'متوسط',
  'team.map.spread.wide': 'واسع: الفريق يمتد عبر الطيف',
  'team.map.roles': 'الإجابات حسب الدور',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role}: ${count}`,
  'team.place.between': (a: string, b: string) => `بين ${a} و${b}`,
  'team.place.twoJobs': (a: string, b: string) => `منقسم بين ${a} و${b} (وظيفتان)`,
  'team.work': (work: string, summary: string) => `العمل ${work}. ${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `الطرفان معًا: ${research} بحث و${product} عمل منتج، وبينهما ${rnd} من عمل الجسر (البحث والتطوير).`,
  'team.titling.twoJobs': (work: string) =>
    `مع انقسام الفريق، هذا الصف نصف الصورة فقط: إنه صف الشبكة للعمل الذي ${work}، وهو أحد الطرفين. اقرأه إلى جانب نصيحة الوظيفتين أعلاه.`,
  'team.staffing.heading': 'مزيج توظيف يتبع العمل',
  'team.staffing.note':
    'حصة الأفراد في كل دور تتبع حصة الجهد في كل عمود. غيّر حجم الفريق لترى أعدادًا صحيحة من الأشخاص.',
  'team.staffing.size': 'حجم الفريق',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `لفريق من ${inFigures(people, PEOPLE_AFTER_OF)}: ${roles.join(' · ')}.`,
  'team.staffing.role': (role: string, count: number) => `${role} ${count}`,
  'team.trap.heading': 'فخ العمود الخطأ',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `${title} من ${of} يحملون مسمّى من عمود غير عمود عملهم؛ و${review} من ${of} يُقيَّمون بمقاييس عمود آخر.`,
  'team.trap.judged': (people: number) =>
    `يُحكم على ${inFigures(people, PEOPLE_AFTER_OF)} بمقياس لا ${byForm(people, { one: 'يستهدفه عمله', two: 'يستهدفه عملهما', few: 'يستهدفه عملهم', many: 'يستهدفه عملهم', other: 'يستهدفه عملهم' })}. وتقييم البحث بوقت التشغيل، أو عمل المنتج بالأوراق البحثية، يدفع الناس نحو العمل الخطأ.`,
  'team.trap.titleOnly': (people: number) =>
    `لا أحد يُقيَّم بمقاييس عمود آخر، لكن ${people === 1 ? 'شخصًا واحدًا يحمل لقبًا' : `${people} أشخاص يحملون ألقابًا`} من عمود غير عمود عملهم. اللقب وحده لا يحكم على العمل، لكنه يحدد ما يتوقعه المرشحون ولجان الترقية.`,
  'team.trap.none':
    'لا أحد ممن أجابوا عن الأسئلة الاختيارية يحمل مسمّى عمود آخر أو يُقيَّم بمقاييسه. ولا يُحتسب هنا إلا مَن أجابوا عنها.',
  'team.twoJobs.eyebrow': 'منقسم بين الطرفين',
  'team.twoJobs.heading': 'فريقك يؤدي وظيفتين، لا وظيفة واحدة',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `لماذا لا نقول «هندسة أبحاث»؟ متوسط ${whose} يقع في الوسط (${position})، حيث تكون النصيحة لعمل الجسر «الجميع مهندسو أبحاث في الواقع». لكن ${rnd} فقط من العمل هو عمل الجسر هذا؛ و${research} بحث، و${product} منتج. والفريق المنقسم بين الطرفين يحصل على نصيحة الوظيفتين بدلًا من ذلك.`,
  'team.twoJobs.whose': 'إجابات الأعضاء',
  'team.data.heading': 'بيانات فريقك',
  'team.data.export': (released: number) =>
    `يضم التصدير الإجابات التي تعرضها الخريطة (${released})، كلٌّ منها بلا أسماء أو معرّفات أو صفحات أو أوقات، ولا بترتيب وصولها.`,
  'team.data.export.later': (batch: number) =>
    `يُتاح التصدير بعد أن يجيب ${inFigures(batch, PEOPLE)}، فلا يمكن تمييز أحد.`,
  'team.data.preparing': 'جارٍ تجهيز التصدير…',
  'team.data.exported': (format: string) => `صُدِّر بصيغة ${format.toUpperCase()}.`,
  'team.data.delete': 'احذف الفريق…',
  'team.data.confirm': (responses: number) =>
    `أتحذف <name></name> وإجاباته (وعددها ${responses})، ومحاور عملك، ورأيك؟ لا يمكن التراجع عن ذلك، وسيتوقف رابطا الانضمام والإدارة عن العمل.`,
  'team.data.deleting': 'جارٍ الحذف…',
  'team.data.deleteForGood': 'احذف كل شيء نهائيًا',
  'team.data.keep': 'أبقِ الفريق',

  // وضع الفريق: الجولات، يجيب الفريق نفسه من جديد حين يتغير عمله.
  'team.rounds.heading': 'الجولات عبر الزمن',
  'team.rounds.lead.first':
    'هذه الجولة 1. حين يتغير العمل (مشروع جديد، إعادة تنظيم، بعد بضعة أشهر)، افتح جولة جديدة: يجيب الأعضاء من جديد عبر رابط الانضمام نفسه، وتبقى هذه الجولة كما هي، فترى كيف تحرك العمل.',
  'team.rounds.lead': (current: number) =>
    `الجولة ${current} مفتوحة: يجيب الأعضاء من جديد عبر رابط الانضمام نفسه. تبقى الجولات السابقة كما كانت، للقراءة فقط؛ وتعرض الخريطة أعلاه الجولة ${current} وحدها.`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `مركز الفريق في كل جولة، من باحث علمي (0) إلى مهندس ذكاء اصطناعي (1): ${points.join('، ')}`,
  'team.rounds.path.point': (round: number, position: string) => `الجولة ${round} عند ${position}`,
  'team.rounds.round': (round: number) => `الجولة ${round}`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `منذ ${opened}`,
  'team.rounds.answers': (n: number) => inFigures(n, ANSWERS),
  'team.rounds.current': 'مفتوحة الآن',
  'team.rounds.mix': (round: number) => `توزيع العمل في الجولة ${round}`,
  'team.rounds.centre': (position: string, work: string) =>
    `المركز عند ${position}؛ ومعظم الأسبوع عمل في ${work}.`,
  'team.rounds.notEnough': (n: number, min: number) =>
    `لا توجد إجابات كافية لمركز بعد (${n} من ${min}).`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `ارتفعت حصة ${column} من ${from} إلى ${to}`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `انخفضت حصة ${column} من ${from} إلى ${to}`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `من الجولة ${from} إلى الجولة ${to}، ${shift}${toward ? `: ${toward}` : ''}.`,
  'team.rounds.change.toward': (from: string, to: string) => `العمل ينتقل من ${from} نحو ${to}`,
  'team.rounds.place.research': 'البحث',
  'team.rounds.place.rnd': 'الجسر',
  'team.rounds.place.product': 'المنتج',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `من الجولة ${from} إلى الجولة ${to}، بقي التوزيع ثابتًا: لم يتحرك أي نوع من العمل بمقدار ${points} نقاط أو أكثر.`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `تغيرت توصية المسميات من «${from}» إلى «${to}».`,
  'team.rounds.change.regimeSame': (regime: string) => `تبقى توصية المسميات كما هي: «${regime}».`,
  'team.rounds.change.split.now':
    'صار الأسبوع وظيفتين في وظيفة واحدة: بحث ومنتج، مع قليل من عمل الجسر بينهما.',
  'team.rounds.change.split.gone': 'لم يعد الأسبوع وظيفتين في وظيفة واحدة.',
  'team.rounds.open': (next: number) => `افتح الجولة ${next}`,
  'team.rounds.open.empty': (current: number) =>
    `لا إجابات في الجولة ${current} بعد؛ يمكن فتح الجولة التالية حين تصل إجابات.`,
  'team.rounds.confirm': (current: number, next: number) =>
    `أتغلق الجولة ${current} وتفتح الجولة ${next}؟ تحتفظ الجولة ${current} بإجاباتها للقراءة فقط، ويبقى مركزها في هذا السجل. يجيب الأعضاء عن الجولة ${next} عبر رابط الانضمام نفسه.`,
  'team.rounds.openForGood': (next: number) => `نعم، افتح الجولة ${next}`,
  'team.rounds.keep': 'ليس الآن',
  'team.rounds.opening': 'جارٍ فتح الجولة التالية…',
  // Team mode: the posting for the team's next hire, read in the browser and set beside the team.
  'team.posting.heading': 'قارن إعلان وظيفة بهذا الفريق',
  'team.posting.lead':
    'الصق إعلان الوظيفة للتعيين التالي في الفريق. سترى أيّ دور يوظّف له، وكيف يقارَن هذا الدور بمركز ثقل الفريق وبالثغرات في مزيجه.',
  'team.posting.label': 'إعلان الوظيفة للتعيين التالي في الفريق',
  'team.posting.placeholder': 'الصق نص إعلان الوظيفة هنا…',
  'team.posting.loadFailed': 'تعذّر تحميل المحلّل، فلم يُقرأ شيء. تحقّق من الاتصال ثم اكتب من جديد.',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) =>
    `يوظّف هذا الإعلان ${nth === 1 ? 'أول شخص' : `الشخص رقم ${nth}`} في الفريق بدور ${role}، في فريق ${share} من عمله عمل ${column}.`,
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `يوظّف هذا الإعلان شخصًا بدور ${role}، لعمل تضع محاور عملك ${share} منه في ${column}.`,
  'team.posting.hires.alone': (role: string) => `يوظّف هذا الإعلان شخصًا بدور ${role}.`,
  'team.posting.between': (place: string) => ` ويقع عمله ${place}.`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `يطلب هذا الإعلان وظيفتين في وظيفة واحدة: ${first} و${second}، وبينهما قليل من عمل الجسر.`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `لا أحد من الأعضاء الذين أجابوا (${members}) يشغل هذا الدور بعد.`
      : count === members
        ? `كل الأعضاء الذين أجابوا (${members}) يشغلون هذا الدور أصلًا.`
        : `من أصل ${inFigures(members, MEMBERS)} أجابوا، يشغل ${count} منهم هذا الدور بالفعل.`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) =>
    `من أصل ${inFigures(members, MEMBERS)} أجابوا، يشغل ${firstCount} دور ${first} و${secondCount} دور ${second}.`,
  'team.posting.column.centre': (share: string, column: string) =>
    `هنا يقع عمل الفريق: ${share} منه عمل ${column}، أكثر من أيّ نوع آخر.`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `هذا العمود ثغرة في مزيج الفريق: ${share} من العمل عمل ${column}، لكن ${count === 0 ? 'لا أحد' : `${count} فقط`} من أصل ${inFigures(members, MEMBERS)} في هذا الدور.`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `${share} من عمل الفريق عمل ${column}، وفي هذا الدور بالفعل من الأشخاص بقدر ما تتطلّبه هذه الحصة.`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `هنا يقع العمل: تضع محاور عملك ${share} منه في ${column}، أكثر من أيّ عمود آخر.`
      : `ليس هنا معظم العمل: تضع محاور عملك ${share} منه في ${column}.`,
  'team.posting.workstreams': (share: string, column: string) =>
    `بحسب محاور عملك، ${share} من العمل عمل ${column}.`,
  'team.posting.next.same': (role: string) =>
    `والمزيج يوافق: ينبغي أن يكون التعيين التالي بدور ${role}.`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `يقول المزيج إن التعيين التالي ينبغي أن يكون بدور ${role}: ${share} من عمل الفريق عمل ${column}، ${count === 0 ? 'ولا أحد في الفريق يشغل هذا الدور بعد' : `ولا يشغل هذا الدور إلا ${count}`}.`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `يقول المزيج إن التعيين التالي ينبغي أن يكون بدور ${role}: تضع محاور عملك أكبر حصة من العمل، ${share}، في ${column}.`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `قسّمه إلى إعلانين، وانشر إعلان ${role} أولًا: فهو التعيين الذي يقول المزيج إنه التالي.`
      : `قسّمه إلى إعلانين. لكن المزيج يقول إن التعيين التالي ينبغي أن يكون بدور ${role}، وهو ليس أيًّا من النصفين.`,
  'team.posting.twoJobs.advice': 'نصيحة الوظيفتين لهذا الإعلان',
  'team.posting.nothing': (needed: number) =>
    `لا شيء للمقارنة به بعد: تظهر خريطة الفريق بعد أن يجيب ${needed === 1 ? 'عضو واحد آخر' : needed === 2 ? 'عضوان آخران' : needed <= 10 ? `${needed} أعضاء آخرون` : `${needed} عضوًا آخر`}. وإلى ذلك الحين، اسرد محاور عمل الفريق أدناه ليُقارَن بها الإعلان.`,
  'team.posting.notEnough': 'لا يُقارَن الإعلان بالفريق إلا بعد أن يذكر ما هو العمل.',
  'team.posting.mix.posting': 'العمل في الإعلان',
  'team.posting.mix.members': 'عمل الأعضاء',
  'team.posting.mix.workstreams': 'العمل في محاور عملك',
  'team.posting.more':
    'لترى العبارات التي بُني عليها هذا، والتنبيهات، وعلى أيّ أساس يُقيَّم الدور، الصق الإعلان في <a>المحلّل</a>، فهو أيضًا يقرؤه في متصفحك.',

  'lead.heading': 'رأيك إلى جانب رأي أعضائك',
  'lead.none': 'لم تقدّم رأيك بعد.',
  'lead.yours': (position: string, place: string, work: string) =>
    `تضع عمل الفريق عند ${position}: ${place}، والعمل ${work}.`,
  'lead.members.later': ' يظهر رأي الأعضاء بعد أن يجيب عدد كافٍ منهم.',
  'lead.members.alike': 'أنت وأعضاؤك ترون العمل بالطريقة نفسها.',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `يضعه أعضاؤك أبعد بمقدار ${distance} نحو ${toward === 'product' ? 'طرف المنتج' : 'طرف البحث'} (${position}). الأمر يستحق حديثًا: المسمّيات والمقاييس ينبغي أن تتبع العمل الذي يؤديه الناس فعلًا.`,
  'lead.quiz.again': 'أجب من جديد',
  'lead.quiz.take': 'أجرِ الاختبار كما ترى عمل الفريق',
  'lead.quiz.note':
    'أجب عن العمل الذي يشغل معظم أسبوع الفريق، كما تراه أنت. لا يرى الأعضاء إجاباتك أبدًا.',
  'lead.quiz.open': (open: number) => `أجب عن كل الأسئلة أولًا (المتبقي: ${open}).`,
  'lead.quiz.save': 'احفظ رأيي',

  'workstreams.heading': 'محاور العمل، كما تسردها',
  'workstreams.note':
    'الطريقة الثانية لرسم خريطة العمل: اسرد ما يعمل عليه الفريق، وحصة الجهد التي يأخذها كل محور (بأيّ وحدة: أشخاص، أو أيام، أو نسبة مئوية)، ونوع العمل فيه.',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `محاور عملك تضع مركز الثقل عند ${position} (${place})، والعمل ${work}: <fit></fit> ${regime}.`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `محاور عملك تقع عند طرفي الخط (${place})؛ ومتوسطها، ${position}، ليس حيث يقع العمل. `,
  'workstreams.twoJobs': 'نصيحة الوظيفتين لمحاور العمل هذه',
  'workstreams.twoJobs.whose': 'محاور العمل',
  'workstreams.column.name': 'الاسم',
  'workstreams.column.effort': 'الجهد',
  'workstreams.column.kind': 'نوع العمل',
  'workstreams.row.name': (n: number) => `اسم محور العمل ${n}`,
  'workstreams.row.name.placeholder': 'محور عمل',
  'workstreams.row.effort': (n: number) => `حصة محور العمل ${n} من الجهد`,
  'workstreams.row.kind': (n: number) => `نوع العمل في محور العمل ${n}`,
  'workstreams.row.custom': 'مزيج مخصص (يُضبط عبر API)',
  'workstreams.row.remove': 'أزِل',
  'workstreams.add': 'أضف محور عمل',
  'workstreams.save': 'احفظ محاور العمل',
  'workstreams.error.name': 'كل محور عمل يحتاج إلى اسم.',
  'workstreams.error.effort': (name: string) => `أعطِ «${name}» حصة من الجهد أكبر من 0.`,

  'join.eyebrow': (questionCount: number) =>
    `فريقك · ${inWords(questionCount, QUESTION)} · نحو دقيقة`,
  'join.title': 'أين يقع أسبوعك؟',
  'join.lead':
    'أجب عن العمل الذي يشغل معظم أسبوعك أنت. ترى نتيجتك أنت؛ أما قائد فريقك فلا يرى إلا الفريق ككل، وبعد أن يجيب عدد كافٍ من الأشخاص فقط.',
  'join.note':
    'إنها نصيحة بشأن العمل، لا حكم على شخص. لا يُطلب اسم ولا بريد إلكتروني ولا عنوان، ولا يُخزَّن شيء من ذلك.',
  'join.context.lead':
    'لا تغيّر هذه الأسئلة نتيجتك. ولا يراها قائد فريقك إلا أعدادًا: كم شخصًا يحمل مسمّى، أو يُقيَّم بمقاييس، من عمود غير عمود عمله.',
  'join.finish': 'أرسل واعرض نتيجتي',
  'join.sending': 'جارٍ إرسال إجاباتك…',
  'join.sent':
    'أُرسلت. إجاباتك الآن جزء من خريطة فريقك. يرى قائد فريقك الفريق ككل بعد أن يجيب عدد كافٍ من الأشخاص، ولا يرى إجاباتك وحدها أبدًا.',
  'join.problem.solo': 'أجرِ الاختبار وحدك بدلًا من ذلك',
  'join.problem.incomplete.title': 'رابط الانضمام هذا ناقص',
  'join.problem.incomplete.lead':
    'ينتهي رابط الانضمام بـ ?team= يليه رمز. اطلب من قائد فريقك أن يرسله من جديد.',
  'join.problem.gone.title': 'رابط الانضمام هذا لم يعد يعمل',
  'join.problem.gone.lead':
    'ربما حُذف الفريق، أو اقتُطع جزء من الرابط. اطلب من قائد فريقك رابط الانضمام الحالي. لم يُخزَّن شيء.',
  'join.problem.notSent': 'لم تُرسَل إجاباتك',
  'join.checking': 'جارٍ التحقق من رابط الانضمام…',
  'join.forTeam': (team: string) => `لفريق «${team}»`,
  'join.again': (when: string) =>
    `أجاب هذا المتصفح لهذا الفريق من قبل، في ${when}. الإجابة مرة أخرى تحل محل تلك الإجابة: تعدّك الخريطة مرة واحدة، بإجاباتك الجديدة، بدءًا من دفعتها التالية.`,
  'join.sent.replaced':
    'أُرسلت. تحل هذه الإجابات محل ما أرسلته من قبل من هذا المتصفح؛ وتأخذ خريطة الفريق التغيير مع دفعتها التالية، لا وحده أبدًا.',
  'join.problem.unknown.title': 'لا يوجد فريق بهذا الرابط',
  'join.problem.unknown.lead':
    'الرمز في الرابط لا يطابق أي فريق: ربما كُتب خطأً أو اقتُطع، أو حُذف الفريق. اطلب من قائد فريقك رابط الانضمام الحالي.',
};
