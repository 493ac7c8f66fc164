// The command line's Arabic text; flag names, file names, JSON and command lines stay as they are.
import type { Messages } from './en.ts';

type Forms = { one: string; two: string; few: string; many: string; other: string };
/** A counted noun as Arabic says it: "إجابة واحدة", "إجابتان", "3 إجابات", "11 إجابة", "100 إجابة". */
const counted = (n: number, forms: Forms) => {
  const form = new Intl.PluralRules('ar').select(n);
  if (form === 'one') return forms.one;
  if (form === 'two') return forms.two;
  return `${n} ${form === 'few' ? forms.few : form === 'many' ? forms.many : forms.other}`;
};
/** Two of a role, for the three Arabic role names; other names fall back to the figure. */
const DUAL: Record<string, string> = {
  'عالم أبحاث': 'عالما أبحاث',
  'مهندس أبحاث': 'مهندسا أبحاث',
  'مهندس ذكاء اصطناعي': 'مهندسا ذكاء اصطناعي',
};

export const ar: Messages = {
  'help.rolefit':
    'أيّ دور يتطلّبه عمل الذكاء الاصطناعي هذا: عالم أبحاث، أم مهندس أبحاث، أم مهندس ذكاء اصطناعي؟\n\nرموز الخروج: 0 نجاح، 1 مُدخلات غير صالحة (أو، في check، مستندات لا تتّفق)، 2 استخدام خاطئ، 130 أُلغي الاختبار.',
  'help.title': (description: string, command: string, version: string) =>
    `${description} (${command} v${version})`,
  'help.usage': 'الاستخدام',
  'help.usage.options': '[OPTIONS]',
  'help.arguments': 'الوسائط',
  'help.options': 'الخيارات',
  'help.commands': 'الأوامر',
  'help.commands.command': (command: string) => `${command} <command> --help`,
  'help.commands.more': (command: string) => `استخدم ${command} لمزيد من المعلومات عن أيّ أمر.`,
  'help.required': '(مطلوب)',
  'help.default': (value: string) => `(الافتراضي: ${value})`,
  'help.examples': 'أمثلة',
  'help.arg.answersFile': 'ملف الإجابات (JSON أو YAML)، أو - للإدخال القياسي',
  'help.arg.databaseUrl':
    'file:<path> لقاعدة SQLite أو postgres://… (الافتراضي: $DATABASE_URL، وإلا فـSQLite في ./data/rolefit.db)',
  'help.lang': 'لغة المخرجات (الافتراضي: من LC_ALL أو LC_MESSAGES أو LANG، وإلا فالإنجليزية)',

  'usage.unknownCommand': (name: string) => `أمر غير معروف: ${name}`,
  'usage.noCommand': 'لم يُحدَّد أيّ أمر.',
  'usage.missingArgument': (name: string) => `ينقص وسيط موضعي مطلوب: ${name}`,
  'usage.seeHelp': 'شغّل "rolefit --help" لعرض الأوامر وخياراتها.',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `خيار غير معروف "${option}" للأمر rolefit ${command}؛ ${options.length > 0 ? `خياراته: ${options.join(', ')}` : 'لا يأخذ أيّ خيارات'} (إضافةً إلى --help)`,
  'usage.missingOption': (option: string, command: string, description: string) =>
    `يحتاج الأمر rolefit ${command} إلى ${option}${description ? ` (${description})` : ''}`,
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? 'يحتاج --lang إلى لغة' : `لغة غير معروفة "${value}" للخيار --lang`}؛ اللغات المتاحة: ${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `خطأ غير متوقع: ${detail}`,
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `يجب أن يكون --role واحدًا من ${choices.join(', ')}، لا "${value}"`,

  'input.stdin': 'الإدخال القياسي',
  'input.waiting':
    'في انتظار البيانات على الإدخال القياسي: مرّر ملفًا عبر أنبوب، أو أعطِ مسار ملف بدل "-"',
  'input.noFile': (path: string) => `لا يوجد ملف بهذا المسار: ${path}`,
  'input.folder': (path: string) => `${path} مجلد؛ أعطِ ملفًا`,
  'input.unreadable': (path: string, reason: string) => `تعذّرت قراءة ${path}: ${reason}`,
  'input.empty': (name: string) => `${name} فارغ؛ المتوقع JSON مثل {"answers": {…}}`,
  'input.notData': (name: string, reason: string) => `${name} ليس JSON ولا YAML: ${reason}`,

  'quiz.help': 'أجرِ الاختبار في الطرفية، سؤالًا بعد سؤال (بالأسهم أو مفاتيح الأرقام، وb للرجوع)',
  'quiz.help.json': 'اطبع كائن النتيجة بصيغة JSON',
  'quiz.help.brief': 'اطبع موجز الوظيفة بصيغة Markdown بدل النتيجة',
  'quiz.jsonAndBrief': 'اختر --json أو --brief، لا كليهما',
  'quiz.noTerminal':
    'يطرح rolefit quiz أسئلته في طرفية، والإدخال القياسي هنا ليس طرفية. لحساب النتيجة من إجابات في ملف أو أنبوب، استخدم: rolefit score <file|->   (معرّفات الأسئلة والخيارات: rolefit questions)',
  'quiz.cancelled': 'أُلغي الاختبار؛ لم تُحسب أيّ نتيجة',
  'quiz.step': (n: number, of: number) => `السؤال ${n} من ${of}`,
  'quiz.step.optional': (n: number, of: number) => `اختياري ${n} من ${of}`,
  'quiz.skip': 'تخطَّ هذا السؤال',
  'quiz.skip.clear': 'امسح إجابتي وتخطَّ السؤال',
  'quiz.back': '→ رجوع',
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ أو 1-${options}`)} للاختيار`,
    `${key('Enter')} للتأكيد`,
    ...(canGoBack ? [`${key('b')} للرجوع`] : []),
    `${key('Ctrl-C')} للخروج`,
  ],
  'quiz.scored': 'حُسبت النتيجة. نتيجتك:',

  'questions.help': 'اطبع الاختبار: معرّفات الأسئلة ونصوصها، وكل خيار مع أوزانه',
  'questions.help.json': 'اطبع تعريف الاختبار بصيغة JSON',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `بحث ${research} · بحث وتطوير ${rnd} · منتج ${product}`,
  'questions.context': 'سياق اختياري (لا يغيّر النتيجة)',
  'questions.howToAnswer':
    'أجب بـ {"answers": {"<question id>": "<option id>", …}} ثم شغّل: rolefit score <file>',

  'score.help': 'احسب النتيجة من إجابات في ملف JSON أو YAML، أو من الإدخال القياسي (-)',
  'score.help.json': 'اطبع كائن النتيجة كاملًا بصيغة JSON',
  'score.notAnswers': (example: string) =>
    `المتوقع كائن فيه "answers"، مثل ${example}؛ والمعرّفات يعرضها: rolefit questions`,
  'score.unscorable': (problems: readonly string[]) =>
    `لا يمكن حساب نتيجة لهذه الإجابات:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help':
    'اطبع موجز الوظيفة بصيغة Markdown لإجابات من ملف JSON أو YAML، أو - للإدخال القياسي',
  'brief.help.json': 'اطبع {"result": …, "markdown": "…"} بصيغة JSON',

  'rubric.help':
    'نموذج تقييم لعمل دور ما: مستويات في أبعاد، وكل سطر شيء يستطيع المقيِّم التحقق منه، بصيغة Markdown أو CSV أو JSON',
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `الدور الذي يُقيَّم عمله: ${roles.join(', ')}، أو ${split} لوظيفتين في وظيفة واحدة`,
  'rubric.help.regime':
    'separate-tracks (سلّم وظيفي لكل مسار، وما يسلّمه كل مسار للذي يليه) أو flat (سلّم واحد تحت مسمّى واحد للجميع)؛ الافتراضي ما توصي به الشبكة لهذا العمل',
  'rubric.help.levels': (min: number, max: number) =>
    `عدد المستويات في كل سلّم، من ${min} إلى ${max}`,
  'rubric.help.format':
    'md (نص Markdown للصقه في مستند)، أو csv (صف لكل مستوى وبُعد، لجدول بيانات)، أو json (كائن Rubric)',
  'rubric.help.json': 'اطبع كائن Rubric بصيغة JSON (مثل --format json)',
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `يجب أن يكون --role واحدًا من ${choices.join(', ')}، لا "${value}"`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `يجب أن يكون --regime إما ${choices.join(' أو ')}، لا "${value}"`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `يجب أن يكون --levels عددًا صحيحًا من ${min} إلى ${max}، لا "${value}"؛ مثلًا: --levels 4`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `يجب أن يكون --format واحدًا من ${choices.join(', ')}، لا "${value}"`,
  'rubric.jsonAndFormat': (format: string) =>
    `الخيار --json هو نفسه --format json، والخيار --format يطلب ${format}؛ أعطِ واحدًا منهما فقط`,

  'portfolio.help':
    'مركز ثقل الفريق والحكم على مسمّياته الوظيفية، انطلاقًا من محاور عمله أو أفراده، أو مركز ثقل مؤسسة انطلاقًا من فرقها (JSON/YAML)',
  'portfolio.help.file':
    'محاور العمل أو الأفراد، أو "teams" لمؤسسة (JSON أو YAML)، أو - للإدخال القياسي',
  'portfolio.help.teamSize': 'وزّع أيضًا هذا العدد من الأشخاص على الأدوار الثلاثة (لفريق واحد فقط)',
  'portfolio.help.weighting':
    'مع "teams": يُوزن كل فريق بعدد إجاباته (responses) أو بعدد أفراده (headcount)؛ الافتراضي "weighting" في الملف، وإلا responses',
  'portfolio.help.json':
    'اطبع كائن المحفظة بصيغة JSON (ومع "teams": عرض المؤسسة كما يعيده GET /api/orgs/<id>)',
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `يجب أن يكون ${option} إما ${choices.join(' أو ')}، لا "${value}"`,
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `يجب أن يكون --team-size عددًا صحيحًا موجبًا من الأشخاص، من 1 إلى ${max}، لا "${value}"؛ مثلًا: --team-size 12`,
  'portfolio.unmappable': (reason: string) => `تعذّر وضع هذه المحفظة على الخريطة: ${reason}`,
  'portfolio.entry.shape': (example: string) =>
    `${example} (work: research أو rnd أو product)، أو "shares" أو "result" أو "answers" بدل "work"`,
  'portfolio.notList': (shape: string) =>
    `المتوقع قائمة بمحاور العمل أو الأفراد، أو كائن فيه "items" أو "workstreams" أو "people" يحمل قائمة كهذه؛ وكل عنصر مثل ${shape}`,
  'portfolio.noun.item': 'عنصر',
  'portfolio.noun.workstream': 'محور عمل',
  'portfolio.noun.person': 'شخص',
  'portfolio.empty': (noun: string) => `القائمة فارغة؛ المطلوب ${noun} واحد على الأقل`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `${noun} رقم ${n}${name === undefined ? '' : ` («${name}»)`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) =>
    `${entry} ليس كائنًا؛ المتوقع ${shape}`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry}: لا يمكن حساب نتيجة لهذه الإجابات:\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry} غير صالح:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  المتوقع ${shape}`,

  'org.file': 'الملف',
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `في ${where} ${keys.map((k) => `"${k}"`).join('، ')}، ولا مكان ${keys.length === 1 ? 'له' : 'لها'} هنا؛ الحقول المسموح بها: ${known.join(', ')}`,
  'org.team.shape': (example: string) =>
    `${example}، أو "answers" (قائمة فيها {معرّف السؤال: معرّف الخيار} لكل عضو) أو "workstreams" بدلًا من "shares" و"responses"`,
  'org.notList': (shape: string) => `يجب أن تكون "teams" قائمة فرق، كل فريق فيها مثل ${shape}`,
  'org.empty': (shape: string) => `قائمة "teams" فارغة؛ المطلوب فريق واحد على الأقل، مثل ${shape}`,
  'org.name.invalid': (problems: readonly string[]) =>
    `"name"، اسم المؤسسة، غير صالح: ${problems.join('؛ ')}`,
  'org.team': (n: number, name: string | undefined) =>
    `الفريق رقم ${n}${name === undefined ? '' : ` («${name}»)`}`,
  'org.team.notObject': (team: string, shape: string) => `${team} ليس كائنًا؛ المتوقع ${shape}`,
  'org.team.noWork': (team: string) =>
    `${team} لا يذكر شيئًا عن عمله؛ أعطِ واحدًا من: "answers" (عنصر لكل عضو)، أو "shares" مع "responses"، أو "workstreams"`,
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team} يذكر عمله مرتين، في ${given.map((g) => `"${g}"`).join(' وفي ')}؛ أبقِ واحدًا فقط من "answers" أو "shares" أو "workstreams"`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team} غير صالح:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  المتوقع ${shape}`,
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team}: يجب أن يكون "minResponses" عددًا صحيحًا من ${least} إلى ${most}، كما في فريق على الخادم، لا ${value}`,
  'org.team.answers.notList': (team: string, example: string) =>
    `${team}: يجب أن تكون "answers" قائمة فيها عنصر لكل عضو، كل عنصر مثل ${example}`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}، العضو رقم ${member}: لا يمكن حساب نتيجة لهذه الإجابات:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  ومعرّفات الأسئلة والخيارات يعرضها: rolefit questions`,
  'org.team.problem': (team: string, problem: string) => `${team}: ${problem}`,
  'org.team.duplicate': (name: string) => `فريقان يحملان الاسم «${name}»؛ أعطِ كل فريق اسمًا خاصًا به`,
  'org.teamSize':
    '--team-size يوزّع فريقًا واحدًا على الأدوار؛ وما دام في الملف "teams" فأعطِ كل فريق "headcount" بدلًا منه',
  'org.weighting.single':
    '--weighting يوازن بين الفرق، وهذا الملف ليس فيه قائمة "teams"؛ احذفه حين يكون الفريق واحدًا',

  'analyze.help':
    'أيّ دور يصفه إعلان وظيفة أو نموذج تقييم أو سلّم وظيفي، مستوًى بعد مستوى، مع الأدلة وتنبيهات العمود الخطأ واقتراحات لإعادة الصياغة',
  'analyze.help.file': 'ملف نصي، أو - للإدخال القياسي',
  'analyze.help.json': 'اطبع كائن التحليل بصيغة JSON',
  'analyze.help.role': (roles: readonly string[]) =>
    `قيّم المستويات واقترح إعادة الصياغة وفق هذا الدور: ${roles.join(', ')} (الافتراضي: الدور الذي يذكره العنوان، وإلا فدور النص نفسه)`,
  'analyze.help.rewrite':
    'اطبع النص بعد تطبيق كل إعادات الصياغة المقترحة بدلًا من التقرير، لتحويله إلى ملف',
  'analyze.jsonAndRewrite': 'اختر --json أو --rewrite، لا كليهما',
  'analyze.rewrite.none':
    'لا شيء لإعادة صياغته: لا عبارة تقيّم عمودًا غير عمود الدور، لذا يُطبع النص كما هو',
  'analyze.rewrite.applied': (count: number) =>
    `طُبّقت ${counted(count, { one: 'إعادة صياغة واحدة', two: 'إعادتا صياغة', few: 'إعادات صياغة', many: 'إعادة صياغة', other: 'إعادة صياغة' })}؛ اقرأ الصياغة الجديدة قبل استعمالها`,

  // rolefit check.
  'check.help':
    'هل يقيّم إعلان الوظيفة ونموذج التقييم والسلّم الوظيفي لدور واحد العمودَ نفسه؟ رمز الخروج 0 إذا اتّفقت، و1 إذا لم تتّفق',
  'check.help.posting': 'إعلان الوظيفة: ملف نصي، أو - للإدخال القياسي',
  'check.help.rubric': 'نموذج التقييم: ملف نصي، أو - للإدخال القياسي',
  'check.help.ladder': 'السلّم الوظيفي: ملف نصي، أو - للإدخال القياسي',
  'check.help.role': (roles: readonly string[]) =>
    `الدور الذي وُضعت له المستندات: ${roles.join(', ')} (الافتراضي: دور أول مستند يذكر دورًا، بدءًا بإعلان الوظيفة)`,
  'check.help.json': 'اطبع كائن التحقق بصيغة JSON',
  'check.none':
    'أعطِ مستندًا واحدًا على الأقل للتحقق منه: --posting <file> أو --rubric <file> أو --ladder <file> (- يقرأ الإدخال القياسي)',
  'check.noValue': (option: string) => `يحتاج ${option} إلى ملف، أو - للإدخال القياسي`,
  'check.stdinTwice': (options: readonly string[]) =>
    `يمكن أن يأتي مستند واحد فقط من الإدخال القياسي، بينما يطلبه كلٌّ من ${options.join(' و ')} (-)؛ أعطِ المستندات الأخرى ملفاتٍ`,
  'analyze.empty': (name: string) => `${name} فارغ؛ أعطِ نص إعلان وظيفة أو نموذج تقييم`,
  'analyze.answers': (name: string, command: string) =>
    `يبدو أن ${name} يحوي إجابات الاختبار (معرّفات الأسئلة والخيارات)، لا نص إعلان وظيفة أو نموذج تقييم. لحساب نتيجة الإجابات، شغّل: ${command}`,

  'serve.help':
    'شغّل تطبيق الويب وواجهة HTTP البرمجية (سجلات الطلبات بصيغة JSON على stdout)؛ يوقفه Ctrl-C أو SIGTERM بسلاسة',
  'serve.help.port': 'المنفذ الذي يُستمع عليه (الافتراضي: $PORT، وإلا 3000؛ و0 يختار منفذًا حرًّا)',
  'serve.help.host': 'العنوان الذي يُستمع عليه (الافتراضي: $HOST، وإلا 0.0.0.0)',
  'serve.cannotStart': (reason: string) => `تعذّر تشغيل الخادم: ${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `يعمل rolefit على ${url} (${database}: ${location}). يوقفه Ctrl-C.`,
  'serve.ownerToken': (token: string) =>
    `رمز المالك للوحة التحليلات (/admin) و GET /api/stats، أُنشئ في هذا التشغيل الأول:\n\n    ${token}\n\nلا يظهر إلا هذه المرة، ولا يُخزَّن إلا كبصمة (hash). احفظه في مدير كلمات المرور، أو اضبط ROLEFIT_ADMIN_TOKEN على سرّ خاص بك (يحل محله حينها).`,
  'serve.stopping': (signal: string) => `${signal}: إنهاء الطلبات الجارية، ثم التوقف`,
  'serve.port.invalid': (option: string, value: string) =>
    `يجب أن يكون ${option} عددًا صحيحًا من 0 إلى 65535 (و0 يختار منفذًا حرًّا)، لا "${value}"`,
  'database.url.invalid': (url: string) =>
    `يجب أن يبدأ عنوان قاعدة البيانات بـ file: (SQLite، مثل file:./data/rolefit.db) أو postgres:// (PostgreSQL)، لا "${url}"`,
  'export.help': 'اطبع إجابات الاختبار المخزّنة بصيغة CSV أو JSON، الأقدم أولًا',
  'export.help.format': 'csv (صف لكل إجابة، وعمود لكل سؤال) أو json (مصفوفة)',
  'export.help.since':
    'الإجابات المخزّنة في هذا التاريخ (2025-01-31) أو الوقت (ISO 8601) أو بعده فقط',
  'export.help.teams':
    'صدّر أيضًا الإجابات المرسلة للفرق (تُستبعد افتراضيًا لأنها تخص قائد كل فريق، كما في تصدير المالك)',
  'export.format.invalid': (value: string) => `يجب أن يكون --format إما csv أو json، لا "${value}"`,
  'export.since.invalid': (value: string) =>
    `يجب أن يكون --since تاريخًا مثل 2025-01-31 أو وقتًا مثل 2025-01-31T09:00:00Z، لا "${value}"`,
  'export.noDatabase': (path: string) =>
    `لا توجد قاعدة بيانات في ${path}؛ شغّل "rolefit serve" أولًا، أو وجّه --database-url (أو DATABASE_URL) إلى قاعدتك`,
  'export.cannotOpen': (reason: string) => `تعذّر فتح قاعدة البيانات: ${reason}`,

  'label.work': 'العمل',
  'label.measured': 'ما يُقاس',
  'label.spread': 'التشتّت',
  'label.titling': 'المسمّيات',
  'label.risk': 'الخطر',
  'join.titling': (regime: string, verdict: string) => `${regime}. ${verdict}`,
  'join.work': (work: string, shares: string) => `${work}: ${shares}`,
  'join.spread': (value: string, band: string) => `${value}، ${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}، ${away}`,
  'confidence.high': (percent: string) => `ثقة عالية (${percent})`,
  'confidence.moderate': (percent: string) => `ثقة متوسطة (${percent})`,
  'confidence.low': (percent: string) => `ثقة منخفضة (${percent})`,
  'share.research': (share: string) => `${share} بحث`,
  'share.rnd': (share: string) => `${share} بحث وتطوير`,
  'share.product': (share: string) => `${share} منتج`,
  'work.twoJobs': 'وظيفتان',
  'role.between': (a: string, b: string) => `بين ${a} و${b}`,
  'titling.risk': (risk: string) => `الخطر الذي تقبله: ${risk}`,
  'titling.manage': (manage: string) => `كيف تديره: ${manage}`,
  'titling.other': (regime: string, verdict: string) => `ولو اخترت ${regime}: ${verdict}`,
  'grading.on': 'يُقيَّم على',
  'grading.off': 'لا يُقيَّم على',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `وظيفتان في وظيفة واحدة: ${a} ${aShare} + ${b} ${bShare}`,
  'twoJobs.gradePart': (role: string, share: string) => `يُقيَّم جزء «${role}» (${share}) على`,
  'twoJobs.share.week': (share: string) => `${share} من الأسبوع`,
  'twoJobs.share.team': (share: string) => `${share} من جهد الفريق`,
  'twoJobs.share.text': (share: string) => `${share} من العمل الذي يصفه النص`,
  'twoJobs.waysOut': 'سُبل الخروج',

  'result.oneAnswerAway': (role: string) => `تكفي إجابة واحدة ليتقدّم ${role}`,
  'result.why': 'لماذا',
  'result.why.middle': 'يبقى في الوسط',
  'result.why.strong.research': 'يشدّ بقوة نحو طرف البحث',
  'result.why.strong.product': 'يشدّ بقوة نحو طرف المنتج',
  'result.why.slight.research': 'يشدّ قليلًا نحو طرف البحث',
  'result.why.slight.product': 'يشدّ قليلًا نحو طرف المنتج',
  'result.why.alone': (direction: string, role: string) =>
    `${direction}؛ وهذه الإجابة وحدها تشير إلى ${role}`,
  'result.change': 'ما الذي يغيّر النتيجة',
  'result.change.note':
    'كل مجموعة تغييرات تعطي ذلك الدور وحده: لا موقعًا بين دورين، ولا وظيفتين في واحدة.',
  'result.change.role': (role: string, changes: number) =>
    `${role} وحده: غيّر ${counted(changes, { one: 'إجابة واحدة', two: 'إجابتين', few: 'إجابات', many: 'إجابة', other: 'إجابة' })}`,
  'result.change.answer': (question: string, answer: string) => `${question} ← «${answer}»`,
  'result.mismatches': 'العمود الخطأ',

  'portfolio.centre': (role: string) => `مركز الثقل: ${role}`,
  'portfolio.summary': (entries: number, effort: number) =>
    `${counted(entries, { one: 'عنصر واحد', two: 'عنصران', few: 'عناصر', many: 'عنصرًا', other: 'عنصر' })}، الجهد ${effort}`,
  'spread.tight': 'ضيّق: العمل متشابه إلى حد كبير',
  'spread.moderate': 'متوسط: العمل يمتد إلى عمود مجاور',
  'spread.wide': 'واسع: العمل يشدّ نحو طرفي الطيف كليهما',
  'portfolio.staffing': 'مزيج التوظيف (يتبع الجهد في كل عمود)',
  'roles.research-scientist': 'علماء أبحاث',
  'roles.research-engineer': 'مهندسو أبحاث',
  'roles.ai-engineer': 'مهندسو ذكاء اصطناعي',
  'portfolio.staffing.role': (people: number, role: string, roles: string) => {
    const form = new Intl.PluralRules('ar').select(people);
    if (form === 'one') return `${role} واحد`;
    if (form === 'two') return DUAL[role] ?? `${people} ${roles}`;
    return `${people} ${form === 'few' ? roles : role}`;
  },
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `لفريق من ${counted(people, { one: 'شخص واحد', two: 'شخصين', few: 'أشخاص', many: 'شخصًا', other: 'شخص' })}: ${roles.join('، ')}`,
  'portfolio.entries': 'العناصر',
  'portfolio.entries.effort': (effort: string) => `الجهد ${effort}`,

  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `${org} — ${verdict}`,
  'org.summary': (teams: number, counting: number) =>
    `يُحتسب ${counting} من أصل ${counted(teams, { one: 'فريق واحد', two: 'فريقين', few: 'فرق', many: 'فريقًا', other: 'فريق' })}`,
  'org.noCentre': 'لا مركز ثقل بعد: لا فريق لديه ما يكفي من الإجابات',
  'org.teams': 'الفرق',
  'org.weighting.responses': 'يُوزن كل فريق بعدد إجاباته.',
  'org.weighting.headcount': 'يُوزن كل فريق بعدد أفراده.',
  'org.weighting.fallback': (given: number, of: number) =>
    `طُلب الوزن بعدد الأفراد، لكن ${given === 0 ? 'لم يذكره أي فريق' : `لم يذكره إلا ${given} من أصل ${of}`}، لذا يُوزن كل فريق بعدد إجاباته بدلًا من ذلك.`,
  'org.team.answers': (n: number) =>
    counted(n, {
      one: 'إجابة واحدة',
      two: 'إجابتان',
      few: 'إجابات',
      many: 'إجابة',
      other: 'إجابة',
    }),
  'org.team.batches': (shown: number, given: number, min: number) =>
    `تُحتسب ${shown} من أصل ${counted(given, { one: 'إجابة واحدة', two: 'إجابتين', few: 'إجابات', many: 'إجابة', other: 'إجابة' })} (على دفعات من ${min})`,
  'org.team.workstreams': (n: number) =>
    counted(n, {
      one: 'محور عمل واحد',
      two: 'محورا عمل',
      few: 'محاور عمل',
      many: 'محور عمل',
      other: 'محور عمل',
    }),
  'org.team.headcount': (n: number) =>
    counted(n, { one: 'شخص واحد', two: 'شخصان', few: 'أشخاص', many: 'شخصًا', other: 'شخص' }),
  'org.team.weight': (share: string) => `الوزن ${share}`,
  'org.team.against': (regime: string) => `يخالف نظام المؤسسة؛ ولو كان وحده: ${regime}`,
  'org.team.waiting': (given: number, min: number) =>
    `لا إجابات كافية بعد (${given} من ${min})؛ لا يُحتسب`,
  'org.heatmap': 'مزيج العمل لكل فريق',
  'org.heatmap.org': 'المؤسسة كلها',

  'column.research': 'بحث',
  'column.rnd': 'بحث وتطوير',
  'column.product': 'منتج',
  'analysis.kind.posting': 'يبدو إعلان وظيفة',
  'analysis.kind.rubric': 'يبدو نموذج تقييم',
  'analysis.title': (title: string, column: string) => `المسمّى «${title}» يشير إلى عمل ${column}`,
  'analysis.title.noColumn': (title: string) => `المسمّى «${title}» لا يشير إلى أيّ عمود`,
  'analysis.noRole': 'لا دور: النص لا يقول ما يكفي عن العمل',
  'analysis.notEnough': 'لا يكفي للحكم: القليل هنا يصف عمل بحث أو بحث وتطوير أو منتج.',
  'analysis.truncated': (chars: number) =>
    `لم يُقرأ إلا أول ${counted(chars, { one: 'حرف', two: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف' })}.`,
  'analysis.evidence': (phrases: number) =>
    `الأدلة (${counted(phrases, { one: 'عبارة واحدة', two: 'عبارتان', few: 'عبارات', many: 'عبارة', other: 'عبارة' })})`,
  'analysis.evidence.none': 'لا عبارة في النص تشهد لأيّ عمود',
  'analysis.evidence.line': (line: number) => `السطر ${line}`,
  'analysis.evidence.negated': 'منفيّة',
  'analysis.evidence.measure': 'مقياس',
  'analysis.section.title': 'المسمّى',
  'analysis.section.summary': 'الملخص',
  'analysis.section.responsibilities': 'المسؤوليات',
  'analysis.section.requirements': 'المتطلبات',
  'analysis.section.nice-to-have': 'ميزة إضافية',
  'analysis.section.metrics': 'المقاييس',
  'analysis.section.company': 'الشركة',
  'analysis.section.benefits': 'المزايا',
  'analysis.section.legal': 'الشؤون القانونية',
  'analysis.flags': 'التنبيهات',
  'analysis.asked': (role: string) => `المستويات وإعادات الصياغة مقيّمة وفق عمل ${role} (--role)`,
  'analysis.levels': (count: number) => `المستويات (${count})`,
  'analysis.level.grades': (column: string, shares: string) => `يقيّم عمود ${column}: ${shares}`,
  'analysis.level.tooLittle': 'يقول أقل مما يكفي للحكم',
  'analysis.suggestions': (count: number) => `إعادات الصياغة المقترحة (${count})`,
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `السطر ${line}: بدلًا من «${instead}»، اكتب «${write}»`,
  'analysis.suggestions.apply': (command: string) => `النص كله بعد إعادة الصياغة: ${command}`,

  // التحقق من إعلان الوظيفة ونموذج التقييم والسلّم الوظيفي (rolefit check).
  'check.document.posting': 'إعلان الوظيفة',
  'check.document.rubric': 'نموذج التقييم',
  'check.document.ladder': 'السلّم الوظيفي',
  'check.disagree': (count: number, role: string) =>
    `${counted(count, { one: 'اختلاف واحد', two: 'اختلافان', few: 'اختلافات', many: 'اختلافًا', other: 'اختلاف' })}: ليست كل المستندات تقيّم عمل ${role}.`,
  'check.against.asked': (role: string) => `جرى التحقق وفق عمل ${role}، كما يطلب --role.`,
  'check.against.document': (role: string, document: string) =>
    `جرى التحقق وفق عمل ${role}، وهو الدور الذي يذكره ${document}.`,
  'check.table.document': 'المستند',
  'check.table.file': 'الملف',
  'check.table.role': 'الدور',
  'check.table.work': 'العمل',
  'check.role.none': 'أقل مما يكفي للحكم',
  'check.mismatches': (count: number) => `الاختلافات (${count})`,
  'check.gradeOn': (role: string) => `قيّم عمل ${role} على:`,
  'check.rewrites': 'إعادات الصياغة المقترحة',
  'check.rewrites.count': (count: number) =>
    counted(count, {
      one: 'إعادة صياغة واحدة',
      two: 'إعادتا صياغة',
      few: 'إعادات صياغة',
      many: 'إعادة صياغة',
      other: 'إعادة صياغة',
    }),
  'check.rewrites.hint': (command: string) => `طبّقها بالأمر: ${command}`,
};
