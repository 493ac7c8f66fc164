// Core's Arabic text: the framework (frameworkAr) plus profiles, team advice, checks, analyzer flags and the job brief.
import { auditAr } from './audit-ar.ts';
import type { Messages } from './en.ts';
import { frameworkAr } from './framework-ar.ts';
import { rubricAr } from './rubric-ar.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const BAND: Record<string, string> = { high: 'عالية', moderate: 'متوسطة', low: 'منخفضة' };
/** A count of characters, with the noun in the form Arabic wants after the number. */
const characters = (n: number) => {
  const form = new Intl.PluralRules('ar').select(n);
  return `${n} ${form === 'few' ? 'أحرف' : form === 'many' ? 'حرفًا' : 'حرف'}`;
};

export const ar: Messages = {
  ...frameworkAr,

  'dimension.core-question.name': 'السؤال الجوهري',
  'dimension.output.name': 'المُخرَج',
  'dimension.optimizes-for.name': 'ما يسعى إلى تحسينه',
  'dimension.time-horizon.name': 'الأفق الزمني',
  'dimension.background.name': 'الخلفية المعتادة',

  'profile.research-scientist.alias': ['باحث ذكاء اصطناعي', 'عالم أبحاث'],
  'profile.research-scientist.summary':
    'يطرح أسئلة لم يُجب عنها أحد، ويبتكر طرقًا للإجابة عنها، ويكتب ما تعلّمه. منتَجه معرفة يبني عليها الآخرون.',
  'profile.research-scientist.core-question': 'ما الصحيح، أو الممكن، الذي لم يُثبته أحد بعد؟',
  'profile.research-scientist.output': 'أوراق بحثية، وطرق جديدة، ومعايير مرجعية جديدة',
  'profile.research-scientist.optimizes-for': 'الجِدّة والأثر العلمي',
  'profile.research-scientist.time-horizon': 'سنوات',
  'profile.research-scientist.background': 'دكتوراه وسجلّ من المنشورات',
  'profile.research-engineer.alias': ['مهندس أبحاث', 'مهندس أبحاث تعلّم آلي'],
  'profile.research-engineer.summary':
    'يبني ما يحوّل الفكرة إلى اختبار يمكن الوثوق به: بنية تحتية للتدريب والتقييم، وبيانات منقّحة، ومقاييس، وتجارب تعمل على نطاق واسع. هو الجسر بين النتيجة البحثية والنظام الذي يعمل، وكثيرًا ما يكون مؤلفًا مشاركًا.',
  'profile.research-engineer.core-question':
    'ما الذي نحتاج إلى بنائه لنعرف الجواب، بسرعة وبطريقة قابلة للتكرار؟',
  'profile.research-engineer.output': 'بنية تحتية للتدريب، وأطر للتجارب، وطرق تعمل على نطاق واسع',
  'profile.research-engineer.optimizes-for': 'سرعة التجارب وقابليتها للتكرار',
  'profile.research-engineer.time-horizon': 'أشهر، وقد تمتد إلى سنتين',
  'profile.research-engineer.background':
    'أساس متين في علوم الحاسوب، مع خبرة عملية في أنظمة التعلّم الآلي',
  'profile.ai-engineer.alias': [
    'مهندس تعلّم آلي',
    'مهندس ذكاء اصطناعي للمنتجات',
    'مهندس ذكاء اصطناعي',
  ],
  'profile.ai-engineer.summary':
    'يختار نماذج قائمة ويكيّفها، ثم يحوّلها إلى أنظمة تعمل بموثوقية، وتتوسّع، وتستحق تكلفتها: خطوط البيانات، وتشغيل النماذج للمستخدمين، وزمن الاستجابة والتكلفة، والدمج في المنتج، واختبارات A/B.',
  'profile.ai-engineer.core-question': 'كيف نوصل هذا إلى المستخدمين بموثوقية وعلى نطاق واسع؟',
  'profile.ai-engineer.output': 'خدمات في بيئة الإنتاج، وميزات للمنتج، ومكاسب في اختبارات A/B',
  'profile.ai-engineer.optimizes-for': 'وقت التشغيل، وزمن الاستجابة، والتكلفة، ومقاييس الأعمال',
  'profile.ai-engineer.time-horizon': 'من أسابيع إلى بضعة أشهر',
  'profile.ai-engineer.background': 'هندسة البرمجيات وخبرة في بيئة الإنتاج',

  'work.research.summary': 'رهانات طويلة غير مضمونة، غايتها معرفة لا يملكها أحد بعد.',
  'work.rnd.summary': 'تحويل نتائج البحث إلى أنظمة يستطيع الفريق بناءها وإطلاقها.',
  'work.product.summary': 'طرق معروفة تُطبَّق بكل قوة على منتج، وعلى نطاق واسع.',
  'work.research.inSentence': 'يغلب عليه البحث',
  'work.rnd.inSentence': 'يغلب عليه البحث والتطوير',
  'work.product.inSentence': 'يغلب عليه المنتج',

  'regime.separate-tracks.summary':
    'مسمّيات مستقلة لعالم الأبحاث ومهندس الأبحاث والمهندس، لكلٍّ منها سلّمه الوظيفي ومقاييسه.',
  'regime.flat.summary':
    'يحمل الجميع مسمّى واحدًا (Member of Technical Staff، أي «عضو الطاقم التقني»، أو «مهندس» ببساطة)، ويُنتظر من كل فرد أن يعمل عبر طبقات النظام كلها.',

  'twoJobs.team-groups': {
    summary:
      'يعمل الفريق عند الطرفين، البحث والمنتج، وبينهما قليل من عمل الجسر. متوسطه يقع في الوسط، لكن لا أحد تقريبًا يؤدي عمل الوسط: هذا ليس فريق هندسة أبحاث.',
    risk: 'تتعثّر النتائج بين المجموعتين، والمسمّى الواحد أو السلّم الواحد يقيّم إحدى المجموعتين على عمود الأخرى.',
    options: [
      'شغّل مسارين بواجهات صريحة بين المجموعتين: مَن يسلّم ماذا، ولمن، ومتى.',
      'املأ الجسر بأشخاص: مهندسو أبحاث ينقلون النتائج من مجموعة البحث إلى المنتج.',
      'تحت مسمّى واحد للجميع، قيّم كل مجموعة على عمودها، واحمِ وقت مجموعة البحث من خارطة الطريق.',
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      'معظم أفراد الفريق يحملون الطرفين معًا، البحث المفتوح وإطلاق المنتج، مع قليل من عمل الجسر: كلٌّ منهم يؤدي وظيفتين في وظيفة واحدة.',
    risk: 'كل شخص يُقيَّم على عمود واحد وهو يعمل في عمودين، ورهانات البحث الطويلة تخسر أمام الموعد النهائي التالي.',
    options: [
      'قسّم الأدوار: ليتولَّ بعض الأشخاص البحث ويتولَّ آخرون ما يُطلق، وليُقيَّم كلٌّ على عموده.',
      'أضف الجسر: مهندسو أبحاث يحوّلون النتائج إلى شيء قابل للإطلاق، فلا يضطر أحد إلى حمل الطرفين.',
      'حيث يحتفظ الأشخاص بالجزأين، اتفق معهم على نصيب كل جزء من الأسبوع، وقيّم كل جزء على عموده.',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `المسمّى يقول «${role}»، لكن العمل ${work}. المسمّى يحدّد التوقعات والسلّم الوظيفي، وهذا المسمّى يشير إلى عمود آخر.`,
  'mismatch.review': (role: string, work: string) =>
    `يُقيَّم بمقاييس «${role}» بينما العمل ${work}: هذا تقييم على العمود الخطأ.`,

  'answers.notObject': 'يجب أن تكون answers كائنًا يربط معرّفات الأسئلة بمعرّفات الخيارات',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `سؤال غير معروف "${id}"؛ الأسئلة هي: ${known.join('، ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `لا إجابة عن السؤال "${id}"؛ اختر واحدًا من: ${allowed.join('، ')}`,
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `ليس للسؤال "${id}" خيار ${value}؛ اختر واحدًا من: ${allowed.join('، ')}`,

  'confidence.high.name': 'عالية',
  'confidence.moderate.name': 'متوسطة',
  'confidence.low.name': 'منخفضة',

  'portfolio.empty': 'أعطِ محور عمل واحدًا أو شخصًا واحدًا على الأقل',
  'portfolio.oneOf':
    'أعطِ واحدًا فقط من: "work" (research أو rnd أو product)، أو "shares"، أو "result"',
  'portfolio.zeroShares': 'يجب ألّا تكون قيم shares كلها أصفارًا',

  'request.answers.required':
    'مطلوب: كائن يربط معرّف السؤال id بمعرّف الخيار id، مثل {"core-question": "ship"} (تجدها في GET /api/quiz)',
  'request.answers.shape':
    'يجب أن يربط معرّفات الأسئلة بمعرّفات الخيارات، وكلاهما نص، مثل {"core-question": "ship"}',
  'request.fields.count': '10 حقول مخفية على الأكثر لكل إجابة',
  'request.fields.name': 'اسم الحقل من 1 إلى 40 حرفًا من a-z و0-9 و_، مثل utm_source',
  'request.fields.value': 'قيمة الحقل نص من 200 حرف على الأكثر',
  'request.id.required':
    'مطلوب: معرّف UUID يختاره العميل مرة واحدة لكل اختبار مكتمل (crypto.randomUUID()) ويعيد إرساله نفسه في كل محاولة',
  'request.id.shape': 'يجب أن يكون UUID مثل 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',

  'preview.callsFor': 'يحتاج العمل إلى',
  'preview.between': 'يقع العمل بين دورين',
  'preview.twoJobs': 'وظيفتان في دور واحد',
  'preview.title.role': (role: string) => `يحتاج العمل إلى: ${role}`,
  'preview.title.between': (first: string, second: string) => `يقع العمل بين ${first} و${second}`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `وظيفتان في دور واحد: ${first} + ${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `بحث ${research} · بحث وتطوير ${rnd} · منتج ${product}`,
  'preview.invite': (questions: number) =>
    `أيّ دور في الذكاء الاصطناعي يحتاجه عملك؟ اعرف ذلك عبر ${questions} أسئلة.`,
  'preview.team.eyebrow': 'فريقك يسأل',
  'preview.team.headline': 'أين يقع أسبوعك؟',
  'preview.team.title': (team: string) => `أين يقع أسبوعك؟ لفريق «${team}»`,
  'preview.team.description': (questions: number) =>
    `${questions} أسئلة عن العمل الذي يملأ أسبوعك، في دقيقة تقريبًا. يرى قائد فريقك الفريق ككل، ولا يرى إجاباتك وحدها أبدًا.`,

  'shareCode.damaged': 'رابط النتيجة هذا تالف أو ناقص',
  'shareCode.otherVersion': (version: string, current: number) =>
    `أُنشئ هذا الرابط بالإصدار ${version} من الاختبار، والإصدار الحالي هو ${current}`,
  'shareCode.answerCount': 'عدد الإجابات في رابط النتيجة هذا غير صحيح',
  'shareCode.unknownAnswer': 'رابط النتيجة هذا يذكر إجابة لا وجود لها في الاختبار',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `المسمّى يقول «${title}»، لكن العمل الذي يصفه النص ${work} (${phrases})، وهذا عمل «${role}»: المسمّى والسلّم الوظيفي ينبغي أن يتبعا العمل.`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `يُقاس الدور بمعايير ${roles} (${phrases}) بينما المسمّى «${title}»: هذا تقييم للدور بمقاييس عمود آخر.`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `يُقاس الدور بمعايير ${roles} (${phrases}) بينما العمل ${work}: هذا تقييم للدور بمقاييس عمود آخر.`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `يطلب هذا النص الطرفين معًا: البحث (${research}) وعمل المنتج (${product})، وبينهما قليل من عمل الجسر. هذه وظيفتان في وظيفة واحدة: قسّم الدور، أو أضف مهندس أبحاث يكون هو الجسر.`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `يقيّم هذا النص الطرفين معًا: البحث (${research}) وعمل المنتج (${product})، وبينهما قليل من عمل الجسر. هذه وظيفتان في وظيفة واحدة: قسّم الدور، أو أضف مهندس أبحاث يكون هو الجسر.`,
  'analyze.flag.noEvidence.none':
    'لا يكفي للحكم: لا شيء هنا يصف عمل بحث أو بحث وتطوير أو منتج. الصق مهام الوظيفة ومتطلباتها من الإعلان، أو معايير نموذج التقييم.',
  'analyze.flag.noEvidence.few':
    'لا يكفي للحكم: كلمة أو كلمتان فقط هنا تصفان العمل. الصق مهام الوظيفة ومتطلباتها من الإعلان، أو معايير نموذج التقييم.',
  'analyze.flag.lowEvidence':
    'عبارات قليلة فقط تقول ما هو العمل، فاعتبر هذا الموضع تخمينًا؛ ووصفٌ أوفى للمهام يحسم الأمر.',
  'analyze.flag.truncated': (maxChars: number) =>
    `لم يُقرأ إلا أول ${characters(maxChars)}؛ وأُهمل باقي النص.`,
  'analyze.flag.binaryLooking':
    'يبدو هذا بيانات ثنائية لا نصًّا مكتوبًا، فأيّ موضع يُستخرج منه لا يعني الكثير.',
  'analyze.invalidText': 'يجب أن يكون text سلسلة نصية',
  'analyze.roleList': (names: readonly string[]) =>
    names.length < 2
      ? names.join('')
      : `${names[0]}${names
          .slice(1)
          .map((n) => ` و${n}`)
          .join('')}`,
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `«${p}»`).join('، '),

  'brief.percent': percent,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `${percent(shares.research)} بحث، و${percent(shares.rnd)} بحث وتطوير، و${percent(shares.product)} منتج`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${percent(confidence)} (${BAND[band] ?? band})`,
  'brief.title.role': (role: string) => `موجز الوظيفة: ${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `موجز الوظيفة: وظيفتان في وظيفة واحدة (${first} + ${second})`,
  'brief.between': (first: string, second: string) =>
    `يقع العمل بين **${first}** و**${second}**: وظِّف لما يتقاطع فيه الدوران، واقرأ العمودين كليهما قبل أن تكتب السلّم الوظيفي.`,
  'brief.row.work': 'العمل',
  'brief.row.workValue': (work: string, shares: string) => `${work} (${shares})`,
  'brief.row.twoJobsValue': (shares: string) => `وظيفتان (${shares})`,
  'brief.row.largerPart': 'الجزء الأكبر',
  'brief.row.largerPartValue': (role: string, share: number) =>
    `${role} (${percent(share)} من الأسبوع)`,
  'brief.row.position': 'الموقع على الطيف',
  'brief.row.positionValue': (position: number) =>
    `${position.toFixed(2)} (0 عالم أبحاث · 0.5 مهندس أبحاث · 1 مهندس ذكاء اصطناعي)`,
  'brief.row.confidence': 'الثقة',
  'brief.heading.coreQuestion': 'السؤال الجوهري',
  'brief.heading.outputs': 'المُخرَجات',
  'brief.heading.optimizeFor': 'ما يسعى إلى تحسينه',
  'brief.heading.gradeOn': 'يُقيَّم على',
  'brief.heading.dontGradeOn': 'لا يُقيَّم على',
  'brief.heading.timeHorizon': 'الأفق الزمني',
  'brief.heading.background': 'الخلفية المطلوبة',
  'brief.heading.titling': 'المسمّيات الوظيفية',
  'brief.heading.risk': 'الخطر',
  'brief.heading.waysOut': 'سُبل الخروج',
  'brief.part.title': (n: number, role: string, share: number) =>
    `الجزء ${n}: ${role} (${percent(share)} من الأسبوع)`,
  'brief.part.gradeOn': 'يُقيَّم هذا الجزء على',
  'brief.verdict': (regime: string, verdict: string) => `**${regime}.** ${verdict}`,
  'brief.item': (label: string, value: string) => `${label}: ${value}`,
  'brief.titling.risk': 'الخطر الذي تقبله',
  'brief.titling.manage': 'كيف تديره',

  ...rubricAr,
  ...auditAr,
};
