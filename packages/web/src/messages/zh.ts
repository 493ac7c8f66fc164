// 网页应用的简体中文文本。
import type { Messages } from './en.ts';

/** 小数目用汉字（量词前的2写作“两”），其余用阿拉伯数字。 */
const NUMBERS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number) => NUMBERS[n] ?? String(n);
/** 中文名词没有单复数之分：数目不改变措辞。 */
const noPlural = (_count: number, text: string) => text;
/** 中文没有冠词：英文只用角色名来选 a 或 an。 */
const noArticle = (_role: string, text: string) => text;
const NO_DIFFERENCING = '这样就没人能通过比较前后两次的版图认出某个人的答案。';

export const zh: Messages = {
  'page.description': (questionCount: number) =>
    `你的AI工作需要哪种角色：研究科学家、研究工程师，还是AI工程师？${cn(questionCount)}道题，一分钟，外加关于考核和头衔的建议。`,
  'page.skip': '跳到正文',
  'page.noscript': 'rolefit需要JavaScript才能运行测验、绘制结果。',
  'page.noscript.teams': 'rolefit的团队模式需要JavaScript。',
  'page.noscript.admin': '所有者面板需要JavaScript来绘制图表。',
  'page.noscript.analyze':
    '分析器在你的浏览器中运行，需要JavaScript。没有JavaScript时，请使用命令行（<code>rolefit analyze posting.txt</code>）或<code>POST /api/analyze</code>。',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit：这份工作需要什么角色？',
  'page.result.title': '你的结果',
  'page.framework.title': '框架',
  'page.notFound.title': '页面不存在',
  'page.admin.title': '所有者面板',
  'page.analyze.title': '分析招聘启事',
  'page.analyze.description':
    '粘贴一份招聘启事或考核细则：它真正描述的是哪种AI角色？是否按错列考核？分析在你的浏览器中进行，文本不会被发送出去。',
  'page.teams.title': '团队模式',
  'page.teams.description':
    '描绘团队的AI工作版图：成员各做一次测验，你能看到团队的重心，以及分设序列和统一头衔哪个更合适。',
  'page.team.title': '团队面板',
  'page.team.description': '你的团队版图：重心、头衔体系和人员配比。',
  'page.join.title': '加入你的团队',
  'page.join.description': '就你自己这一周的工作做rolefit测验，为团队版图添上一笔。',
  'page.rubric.title': '考核细则',
  'page.rubric.description':
    '为研究科学家、研究工程师或AI工程师制定的考核细则：按级别列出考核依据和不作考核依据的内容，分设序列或统一头衔均适用。可下载为Markdown、CSV或JSON。',
  'page.noscript.rubric': '考核细则在你的浏览器中生成，需要JavaScript。',
  'page.check.title': '核对招聘启事、考核细则和职级体系',
  'page.check.description':
    '粘贴招聘启事、考核细则和职级体系：它们是否逐级考核同一种AI角色？在你的浏览器中运行，不会发送任何内容。',
  'page.noscript.check':
    '核对在你的浏览器中运行，需要JavaScript。没有JavaScript时，请在命令行用<code>rolefit analyze</code>逐份分析文档。',

  'site.brand': 'rolefit',
  'site.nav.label': '主导航',
  'site.nav.quiz': '测验',
  'site.nav.framework': '框架',
  'site.nav.teams': '团队',
  'site.nav.analyze': '分析',
  'site.language': '语言',
  'site.footer.links': 'rolefit是开源项目。<a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': '这里没有页面',
  'notFound.lead': '网址可能输错了，或者页面已经移走。',
  'notFound.quiz': '做测验',
  'notFound.framework': '阅读框架',

  'quiz.count': (n: number) => `${cn(n)}道题`,
  'quiz.count.optional': (n: number) => `${cn(n)}道选填题`,
  'quiz.step.title': (n: number, of: number) => `第${n}题，共${of}题`,
  'quiz.intro.eyebrow': (questionCount: number) => `${cn(questionCount)}道题 · 约一分钟`,
  'quiz.intro.what':
    '你会看到：这份工作在研究科学家、研究工程师和AI工程师之间处于什么位置，这个角色该按什么考核（以及不该按什么考核），以及团队更适合分设序列还是统一头衔。',
  'quiz.intro.note': '这是关于工作的建议，不是对某个人的评判，所以请不要用它来筛选候选人。',
  'quiz.intro.start': '开始测验',
  'quiz.intro.continue': '从上次停下的地方继续',
  'quiz.intro.restart': '重新开始',
  'quiz.intro.keys': (maxKey: number) =>
    `键盘：<kbd>1</kbd>–<kbd>${maxKey}</kbd>选择答案，<kbd>Enter</kbd>继续，<kbd>Backspace</kbd>返回。`,
  'quiz.hint.pick': '选一个答案才能继续。',
  'quiz.context.lead': '它们不影响结果，只用来看目前的头衔和考核指标是否与工作相符。',
  'quiz.finish': '查看结果',
  'quiz.next': '下一题',
  'quiz.back': '上一题',
  'quiz.skip': '跳过',
  'quiz.skip.clear': '清除并跳过',

  'result.title': (headline: string) => `${headline} · rolefit结果`,
  'result.title.twoJobs': (roles: string) => `两份工作：${roles}`,
  'result.title.between': '介于两个角色之间',
  'result.roles.plus': (a: string, b: string) => `${a} + ${b}`,
  'result.problem.retake':
    '结果完全保存在链接里，所以不会丢失任何东西：重新做一次测验，就会得到新的结果。',
  'result.problem.quiz': '做测验',
  'result.problem.none.title': '没有可显示的结果',
  'result.problem.none.lead': '只有链接里带着答案，这个页面才会显示结果，而这个链接里没有答案。',
  'result.problem.broken.title': '这个结果链接无效',
  'result.problem.missing': '这个结果链接缺少部分答案。',
  'result.problem.invalid': (message: string) => `${message}。`,
  'result.hero.twoJobs.eyebrow': '这一周装着两份工作',
  'result.hero.between.eyebrow': '这份工作介于两者之间',
  'result.hero.between.title': (a: string, b: string) => `${a}和${b}`,
  'result.hero.callsFor.eyebrow': (role: string) => noArticle(role, '这份工作需要的是'),
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `开放式研究占了这一周的${research}，产品交付占${product}，两者之间${rnd ? `只有${rnd}的桥梁工作（研究工程）` : '没有桥梁工作（研究工程）'}。把答案取平均，结果会落在居中的研究工程师附近，但${rnd ? '几乎没有' : '没有任何'}工作落在那里：这是两份不同的工作。`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': '这份工作',
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `只改一个答案就会变成${role}：“${prompt}”→“${label}”。`,
  'result.hero.mix.twoJobs': '研究和产品两端的工作，中间几乎是空的。构成：',
  'result.hero.mix': (work: string) => `${work}的工作。构成：`,
  'result.hero.mix.label': '各列工作的占比',
  'result.confidence.badge': (band: string, share: string) => `置信度${band} · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `${role}部分占比更大，多出${points}个百分点。`,
  'result.confidence.split.even': '两部分一样大。',
  'result.confidence.between.leader': (role: string) => `${role}的工作在一周里占得稍多一些。`,
  'result.confidence.between.even': '两者在一周里各占一半。',
  'result.confidence.another': '另一个角色',
  'result.confidence.sentences': (first: string, second: string) => `${first}${second}`,
  'result.confidence.distance': (changes: number, role: string) =>
    `只差${cn(changes)}个答案，${role}就会领先。`,
  'result.actions.copyLink': '复制链接',
  'result.actions.linkCopied': '链接已复制。',
  'result.actions.linkFailed': '复制失败：链接就在地址栏里。',
  'result.actions.copyBrief': '复制岗位说明',
  'result.actions.briefCopied': '岗位说明已复制为Markdown。',
  'result.actions.briefFailed': '复制失败，请试试“下载岗位说明”。',
  'result.actions.download': '下载岗位说明（.md）',
  'result.actions.downloaded': '岗位说明已下载。',
  'result.actions.print': '打印或存为PDF',
  'result.actions.retake': '重新做测验',
  'result.titling.heading': (regime: string) => `头衔体系：${regime}`,
  'result.titling.twoJobs':
    '这是较大那部分所在的表格行。一岗两职时，先解决上面说的出路问题：拆分之后，每个角色各有自己的一行。',
  'result.grading.twoJobs.heading': '一岗两职：如何考核，以及出路',
  'result.grading.heading': '如何考核这个角色',
  'result.grading.trap':
    '用另一列的指标评判一个角色，是常见的陷阱：让研究科学家背可用性指标，让产品工程师比论文数量。',
  'result.mismatches.heading': '核对目前的头衔和指标',
  'result.why.heading': '原因：每个答案如何拉动结果',
  'result.why.note': '偏左表示拉向研究科学家一端，偏右表示拉向AI工程师一端。',
  'result.change.heading': '怎样会改变结果',
  'result.change.note':
    '对其他每个角色，列出最少改动哪几个答案，结果就会单独指向该角色：既不是介于两个角色之间，也不是一岗两职。',
  'result.change.role': (role: string, changes: number) =>
    `<strong>要单独得出${role}</strong>：改动${cn(changes)}个答案。`,
  'result.change.arrow': ' → ',
  'pulls.middle': '居中',
  'pulls.strong.research': '强烈拉向研究一端',
  'pulls.strong.product': '强烈拉向产品一端',
  'pulls.slight.research': '略微拉向研究一端',
  'pulls.slight.product': '略微拉向产品一端',
  'pulls.answer': (label: string) => `“${label}”`,
  'pulls.alone': (role: string) => `单看这个答案，它指向：${role}。`,

  'column.research': '研究',
  'column.rnd': '研发',
  'column.product': '产品',
  'mix.legend': (column: string, share: string) => `${column}${share}`,
  'grading.on': '考核依据',
  'grading.off': '不作考核依据',
  'fit.fits': '适合',
  'fit.works': '可行',
  'fit.risky': '有风险',
  'fit.overhead': '得不偿失',
  'grid.risk': '需要承担的风险',
  'grid.manage': '如何应对',
  'grid.example': '实例',
  'grid.other': (regime: string) => `改用${regime}呢？`,
  'grid.caption': '各种头衔体系与各类工作的匹配程度',
  'grid.work': '主导工作',
  'grid.thisWork': '这份工作',
  'grid.recommended': '推荐',
  'spectrum.line': '从研究科学家（0）经研究工程师（0.5）到AI工程师（1）的光谱。',
  'spectrum.marker': (label: string, position: string) => `${label}位于${position}。`,
  'twoJobs.part': (role: string) => `${role}部分`,
  'twoJobs.share': (share: string, column: string) =>
    `一周中有<share>${share}</share>是${column}工作`,
  'twoJobs.gradePart': (role: string) => `${role}部分的考核依据：`,
  'twoJobs.dont': '不作考核依据',
  'twoJobs.risk': (risk: string) => `<strong>风险：</strong>${risk}`,
  'twoJobs.ways': '出路',

  'framework.title': (roles: number, regimes: number) =>
    `${cn(roles)}个角色同在一条线上，头衔有${cn(regimes)}种定法`,
  'framework.lead':
    'AI工作不是一种工作。它从产出新知识的研究开始，经过让想法能够大规模验证的工程，一直延伸到把成熟方法做成可靠产品的交付。你的工作落在哪里，决定了该招谁、按什么考核，以及团队的头衔怎么定。',
  'framework.roles.heading': (roles: number) => `光谱：${cn(roles)}个锚点角色`,
  'framework.roles.lead': (roles: number) =>
    `真实的工作很少恰好落在锚点上。把这${cn(roles)}个角色看作一条线上的点，把工作看作它们之间的某个位置。`,
  'framework.roles.aliases': (aliases: readonly string[]) => `又称：${aliases.join('、')}`,
  'framework.dimensions.heading': (dimensions: number) => `${cn(dimensions)}个维度，逐一对照`,
  'framework.dimensions.lead': (dimensions: number) =>
    `这些角色在同样的${cn(dimensions)}个方面各不相同。测验就每个方面问一道题，问的始终是工作。`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `${cn(roles)}个角色在${cn(dimensions)}个维度上的对照`,
  'framework.grading.heading': '考核，以及其中的陷阱',
  'framework.grading.lead':
    '每个角色衡量“这一年干得好”的尺子各不相同。陷阱在于用另一列的指标考核一个角色：可用性目标会扼杀研究科学家本来被招进来要做的探索，论文数量也说明不了产品工程师交付了什么。研究工程师哪一列都对不上，所以常常被考核得不得其法。',
  'framework.grading.off': '不看',
  'framework.grid.heading': '表格：工作类型 × 头衔体系',
  'framework.grid.lead': (regimes: number) =>
    `${cn(regimes)}种体系：分设序列，各有自己的头衔和职级体系；或者所有人共用一个统一头衔。每种体系都更适合某些类型的工作。`,
  'framework.grid.row': (work: string, summary: string) => `${work}：<summary>${summary}</summary>`,
  'framework.choose.heading': '如何选择',
  'framework.choose.describe':
    '<strong>描述工作，而不是人。</strong>看占据一周大部分时间的那份工作：它回答什么问题、产出什么、好的一个月改善了什么、多久才知道结果，以及你会招谁来做。',
  'framework.choose.place': (dimensions: number) =>
    `<strong>把它放到线上。</strong>这${cn(dimensions)}个答案各自拉向一端或中间。结果是一个位置；靠近边界时，它会如实地说“介于两者之间”。`,
  'framework.choose.centre':
    '<strong>找到重心。</strong>对一个团队，要把所有人的工作合起来看。占比最大的那类工作，决定你落在表格的哪一行。',
  'framework.choose.regime':
    '<strong>从那一行里选体系。</strong>没有哪种体系放之四海而皆准，只有对某类工作合适的体系。无论选哪种，都要说清你接受的风险，以及如何把它控制在小范围内。',
  'framework.choose.grade':
    '<strong>每个角色按自己那一列考核。</strong>有意识地配置研究工程师：在统一头衔下，这是每个人最终都在做的事；在分设序列下，这是把成果带进生产的桥梁。',

  // 考核细则（/rubric），以及从结果页和框架页通往它的链接。
  'result.rubric': '获取这个角色的考核细则',
  'result.rubric.twoJobs': '获取一岗两职的考核细则',
  'framework.grading.rubric': (role: string) => `${role}的考核细则`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels}个级别 · ${regime}`,
  'rubric.tabTitle': (role: string) => `考核细则：${role}`,
  'rubric.lead':
    '选择角色、头衔体系和级别数，下方的考核细则随之更新。每个级别列出考核者可以凭证据核查的内容，以及不作考核依据的内容。',
  'rubric.updated': (title: string, levels: number) => `${title}，${levels}个级别。`,
  'rubric.form.label': '考核细则选项',
  'rubric.form.role': '角色',
  'rubric.form.twoJobs': '一岗两职',
  'rubric.form.levels': '级别数',
  'rubric.form.levels.option': (levels: number) => `${levels}个级别`,
  'rubric.form.regime': '头衔体系',
  'rubric.actions.download': (format: string) => `下载${format}`,
  'rubric.actions.downloaded': (format: string) => `考核细则已下载为${format}。`,
  'rubric.actions.copy': '复制Markdown',
  'rubric.actions.copied': '考核细则已复制为Markdown。',
  'rubric.actions.copyFailed': '复制失败，请试试“下载Markdown”。',
  'rubric.checkLink': '这个岗位已经有招聘启事或职级体系了？<a>把它们放在一起核对</a>。',

  'analyze.eyebrow': '分析招聘启事或考核细则',
  'analyze.title': '这段文本实际描述的是哪种角色？',
  'analyze.lead':
    '粘贴一份招聘启事或绩效考核细则。rolefit会找出指向研究、研发或产品工作的短语，把工作放到光谱上，并标出属于另一列的头衔或考核指标。',
  'analyze.input.label': '招聘启事或考核细则',
  'analyze.input.hint': (chars: string) =>
    `纯文本最好；标题和项目符号列表有帮助。只读取前${chars}个字符。`,
  'analyze.input.placeholder': '在这里粘贴招聘启事或考核细则的文本…',
  'analyze.privacy':
    '<strong>隐私由设计保证：</strong>文本就在这里、在你的浏览器中分析，绝不会发送到服务器，也不会被存储。',
  'analyze.example.try': '试一个示例',
  'analyze.example.shown': (n: number, of: number, name: string) => `示例${n}/${of}：${name}。`,
  'analyze.example.wrongMetrics': '按论文考核的产品岗位',
  'analyze.example.titleMismatch': '做产品工作却挂着“科学家”头衔',
  'analyze.example.researchEngineer': '一份研究工程师招聘启事',
  'analyze.example.rubric': '研究科学家的考核细则',
  'analyze.example.ladder': '有一级按错误的列考核的职级体系',
  'analyze.clear': '清空',
  'analyze.empty.heading': '还没有可分析的内容',
  'analyze.otherLanguage.heading': '目前仅支持英文职位描述',
  'analyze.otherLanguage.lead':
    '这段文字似乎不是英文。分析器目前只能读取英文的职位描述和评估标准，其他语言的职位描述尚不支持分析，因此这里不显示结果，以免给出错误的结论。',
  'analyze.empty.lead':
    '在上方粘贴一份招聘启事或考核细则，或者试一个示例。分析结果会随着输入出现在这里：这份工作需要的角色、支持这一判断的短语，以及任何按错列考核的提示。',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}，置信度${band}，${flags === 0 ? '没有提示' : `${flags}条提示`}。`,
  'analyze.status.between': (a: string, b: string) => `介于${a}和${b}之间`,
  'analyze.status.notEnough': '信息不足，无法判断：请粘贴招聘启事中的职责和要求。',
  'analyze.kind.posting': '招聘启事',
  'analyze.kind.rubric': '考核细则',
  'analyze.summary.eyebrow': (kind: string) => `这份${kind}描述的是`,
  'analyze.summary.eyebrow.between': (kind: string) => `这份${kind}介于两者之间`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) => `这份${kind}要求一岗两职`,
  'analyze.summary.larger': (role: string, share: string) =>
    `较大的部分：${role}，占工作的${share}。`,
  'analyze.summary.closest': (role: string) => `最接近的锚点：${role}。`,
  'analyze.summary.title': (column: string) => `头衔“<title></title>”对应${column}工作。`,
  'analyze.summary.title.noColumn': '头衔“<title></title>”不对应任何一列工作。',
  'analyze.summary.noTitle': '未找到头衔行。',
  'analyze.summary.marker': (position: string) => `这段文本 · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) => `两端的平均 · ${position}`,
  'analyze.summary.work': (work: string) => `工作性质：${work}`,
  'analyze.summary.work.twoJobs': '工作性质：研究和产品，两者之间几乎没有桥梁工作',
  'analyze.summary.measuredOn': (work: string) => `考核指标：${work}`,
  'analyze.summary.measures.label': '各列考核指标的占比',
  'analyze.flag.titleMismatch': '头衔指向另一列',
  'analyze.flag.wrongColumnMetrics': '按另一列考核',
  'analyze.flag.twoJobs': '一岗两职',
  'analyze.flag.noEvidence': '无从判断',
  'analyze.flag.lowEvidence': '依据不足',
  'analyze.flag.truncated': '文本被截断',
  'analyze.flag.binaryLooking': '不是书面文字',
  'analyze.flag.levelDrift': '各级考核的列发生漂移',
  'analyze.flag.name': (name: string) => `${name}：`,
  'analyze.flags.heading': '提示',
  'analyze.flags.none.heading': '没有提示',
  'analyze.flags.none': '在文本给出的范围内，头衔和考核指标都与其描述的工作相符。',
  'analyze.notEnough.eyebrow': '无法定位',
  'analyze.notEnough.heading': '信息不足，无法判断',
  'analyze.notEnough.reason': '这里描述研究、研发或产品工作的内容太少，无法定位。',
  'analyze.notEnough.title':
    '光有一个头衔，比如“<title></title>”，说明不了工作是什么：同一个头衔下，一周的工作可能天差地别。',
  'analyze.notEnough.paste': '请粘贴更多文本，例如：',
  'analyze.notEnough.duties': '职责：这个人每周要做什么',
  'analyze.notEnough.requirements': '任职要求：需要懂什么、做过什么',
  'analyze.notEnough.measures': '这个岗位如何考核，或考核细则中的评分标准',
  'analyze.notEnough.note':
    '在文本描述出工作之前，不显示角色、位置或占比：凭几个词做出的猜测，看上去会比实际更确定。',
  'analyze.twoJobs.heading': '一个岗位里的两份工作',
  'analyze.evidence.heading': '你文本中的依据',
  'analyze.evidence.label': '标出了依据的文本',
  'analyze.evidence.negated': '否定，反向计分',
  'analyze.evidence.measure': '考核指标',
  'analyze.evidence.zero': '不计分',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join('，'),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${section}，${weight}`,
  'analyze.evidence.spoken': (notes: string) => `（${notes}）`,
  'analyze.section.title': '头衔',
  'analyze.section.summary': '概述',
  'analyze.section.responsibilities': '职责',
  'analyze.section.requirements': '任职要求',
  'analyze.section.niceToHave': '加分项',
  'analyze.section.metrics': '考核指标',
  'analyze.section.company': '公司介绍',
  'analyze.section.benefits': '福利待遇',
  'analyze.section.legal': '法律声明',
  'analyze.legend.label': '图例',
  'analyze.legend.column': (column: string, phrases: number) =>
    `<column>${column}</column>工作：${phrases}个短语`,
  'analyze.legend.negated': '<sample>无需博士学位</sample>否定：对其所属的列反向计分',
  'analyze.legend.measure': '<sample>论文</sample>考核指标：这个岗位如何被考核',
  'analyze.legend.boilerplate': '<sample>关于我们</sample>变暗：公司介绍、福利或法律文本，不计分',
  'analyze.advice.heading': '这份工作的头衔和考核',
  'analyze.advice.twoJobs': (work: string) =>
    `这段文本包含两份工作，所以下面的表格行只是一半：它是“${work}”那一行，即较大的部分。请结合上面一岗两职的建议一起看。`,
  'analyze.advice.lead': (work: string, regime: string) => `${work}的工作，${regime}：`,
  'analyze.advice.grid.label': '头衔体系表格',
  'analyze.advice.grid.link':
    '<a>在框架页面查看完整表格</a>：每类工作与每种头衔体系如何匹配，以及需要应对的风险。',
  'analyze.advice.grading.twoJobs': '每部分该按什么考核、不该按什么考核，见上面一岗两职的建议。',
  'analyze.advice.grading.on': '这个岗位的考核依据',
  'analyze.advice.grading.off': '不作考核依据',
  'analyze.checkLink': '<a>一起核对招聘启事、考核细则和职级体系</a>：三者考核的是同一个角色吗？',
  'analyze.levels.heading': '逐级审查',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `共${levels}级，逐级看各级标准考核的是什么${wrong === 0 ? '' : `；其中${wrong}级考核的不是这个岗位自己的列`}。选择某一级的名称，即可在下方文本中标出它的内容。`,
  'analyze.levels.noLadder': '其他级别',
  'analyze.levels.grades': (column: string) => `考核${column}工作`,
  'analyze.levels.few': '描述太少，看不出它考核的是哪一列',
  'analyze.levels.shares': (level: string) => `${level}：各列标准所占比例`,
  'analyze.levels.shown': (level: string) => `已在你的文本中标出${level}。`,
  'analyze.suggestions.heading': '建议的改写',
  'analyze.suggestions.lead': (count: number) =>
    `有${count}处按另一列考核，而不是按这个岗位自己的列。以下是可以改用的说法，用来衡量这个岗位自己的工作（保留英文，因为要放回原文）：`,
  'analyze.suggestions.item': '把“<from></from>”改为“<to></to>”',
  'analyze.suggestions.copy': '复制改写后的文本',
  'analyze.suggestions.copied': '已复制：应用了所有建议改写的文本。',
  'analyze.suggestions.copyFailed': '复制失败：浏览器拒绝访问剪贴板。请手动应用这些改写。',

  'check.eyebrow': '招聘启事、考核细则和职级体系',
  'check.title': '你的文档考核的是同一个角色吗？',
  'check.lead':
    '招聘启事为一个岗位招人，考核细则考核这个岗位，职级体系决定这个岗位的晋升：三者应当考核同一列的工作。粘贴其中一份或多份即可。',
  'check.form.label': '待核对的文档',
  'check.input.hint': (chars: string) =>
    `填写一份或多份。文本按英文读取，每份最多读取${chars}个字符。`,
  'check.posting.label': '招聘启事',
  'check.rubric.label': '考核细则',
  'check.ladder.label': '职级体系',
  'check.role.label': '这些文档针对的岗位',
  'check.role.auto': '按招聘启事的内容',
  'check.role.hint': '没有招聘启事时，由第一份能确定岗位的文档决定。',
  'check.privacy':
    '<strong>隐私由设计保证：</strong>文本就在这里、在你的浏览器中核对，绝不会发送到服务器，也不会被存储。',
  'check.submit': '核对',
  'check.empty.heading': '还没有可核对的内容',
  'check.empty.lead': '在上方粘贴招聘启事、考核细则或职级体系，或三者都粘贴，然后点击“核对”。',
  'check.agree.heading': '这些文档是一致的',
  'check.noRole.heading': '没有可对照的岗位',
  'check.mismatches.count': (count: number) => `${count}处不一致`,
  'check.against.asked': (role: string) => `按你选择的岗位核对：${role}的工作。`,
  'check.against.posting': (role: string) => `按招聘启事所写的岗位核对：${role}的工作。`,
  'check.against.rubric': (role: string) => `按考核细则所写的岗位核对：${role}的工作。`,
  'check.against.ladder': (role: string) => `按职级体系所写的岗位核对：${role}的工作。`,
  'check.otherLanguage': (document: string) =>
    `${document}：目前只能核对英文文本，因此这份文档未纳入核对。`,
  'check.table.caption': '每份文档单独来看',
  'check.table.document': '文档',
  'check.table.role': '读出的角色',
  'check.table.shares': '工作占比',
  'check.table.sharesOf': (document: string) => `${document}：各列工作占比`,
  'check.table.verdict': '与岗位对照',
  'check.table.agrees': '一致',
  'check.table.few': '描述太少，无法判断',
  'check.mismatches.heading': '哪里不一致，怎么改',
  'check.gradeOn': (role: string) => `${role}的工作应按这些来考核：`,
  'check.copy.posting': '复制改写后的招聘启事',
  'check.copy.rubric': '复制改写后的考核细则',
  'check.copy.ladder': '复制改写后的职级体系',

  'admin.title': '所有者面板',
  'admin.login.lead':
    '读者在你的页面上如何作答：完成数、角色、答案分布，以及在哪一步停下。只有汇总数据，不识别任何读者。',
  'admin.login.token': '所有者令牌',
  'admin.login.kept': '只保存在这个标签页里（会话存储），也只发送给本服务器。',
  'admin.login.submit': '打开面板',
  'admin.login.wrongToken':
    '这不是所有者令牌。请使用ROLEFIT_ADMIN_TOKEN，或服务器首次启动时打印出的令牌。',
  'admin.offline': '服务器没有响应；请检查网络连接后重试',
  'admin.exportFailed': (status: number) => `导出失败（${status}）；请重新登录后再试`,
  'admin.lead':
    '公开测验的答卷和漏斗事件，按UTC日期统计。团队答卷属于各自的团队负责人，不计入其中。',
  'admin.range.from': '从',
  'admin.range.to': '到',
  'admin.range.page': '页面',
  'admin.range.allPages': '所有页面',
  'admin.range.noPage': '（无页面）',
  'admin.range.show': '显示',
  'admin.range.backwards': '开始日期晚于结束日期。',
  'admin.export': (format: string) => `导出${format.toUpperCase()}`,
  'admin.logOut': '退出登录',
  'admin.figure.completions': ((n: number) =>
    noPlural(n, '已完成测验')) as Messages['admin.figure.completions'],
  'admin.figure.shown': ((n: number) =>
    noPlural(n, '测验展示次数')) as Messages['admin.figure.shown'],
  'admin.figure.started': ((n: number) =>
    noPlural(n, '开始作答次数')) as Messages['admin.figure.started'],
  'admin.figure.completedShare': '展示后的完成率',
  'admin.question.short': (n: number) => `第${n}题`,
  'admin.funnel.answered': (question: string) => `已答${question}`,
  'admin.funnel.shown': '已展示',
  'admin.funnel.started': '已开始',
  'admin.funnel.completed': '已完成',
  'admin.completions.heading': '每日完成数',
  'admin.completions.chart': '每日完成的测验数',
  'admin.funnel.heading': '在哪一步停下',
  'admin.funnel.note': '到达每一步的测验次数（来自漏斗事件）。',
  'admin.funnel.chart': '每一步的次数',
  'admin.roles.heading': '角色',
  'admin.roles.chart': '按角色统计的结果',
  'admin.work.heading': '主导工作',
  'admin.work.chart': '按主导工作类型统计的结果',
  'admin.regimes.heading': '头衔体系',
  'admin.regimes.chart': '推荐的头衔体系',
  'admin.sources.heading': '来源',
  'admin.sources.none': '还没有页面。',
  'admin.sources.chart': '按页面统计的完成数',
  'admin.fields.heading': '隐藏字段',
  'admin.fields.none':
    '这个时间段内还没有答卷带有隐藏字段。带 <code>utm_*</code> 或 <code>ref</code> 参数的测验链接会带上它们，小组件的 <code>fields</code> 属性也可以：请参阅 <code>docs/integrations.md</code> 中的“Hidden fields”。',
  'admin.fields.caption': (name: string) => `按 ${name} 的值统计的完成数`,
  'admin.fields.completions': ((n: number, figure: string) =>
    noPlural(n, `已完成 ${figure} 次`)) as Messages['admin.fields.completions'],
  'admin.fields.value': '值',
  'admin.fields.completed': '完成数（占比）',
  'admin.fields.share': (share: string) => `（${share}）`,
  'admin.fields.filter': '筛选',
  'admin.fields.only': '只看这些',
  'admin.fields.onlyLabel': (name: string, value: string) => `只看这些：${name} = ${value} 的答卷`,
  'admin.fields.more': ((n: number, figure: string) =>
    noPlural(n, `还有 ${figure} 个值`)) as Messages['admin.fields.more'],
  'admin.filter.only': '仅显示 <name></name> = <value></value> 的答卷',
  'admin.filter.clear': '显示全部答卷',
  'admin.figure.notCounted': '按隐藏字段筛选时不统计：页面事件不带字段',
  'admin.funnel.noFields':
    '漏斗按页面事件（展示、开始、作答）统计，这些事件不带隐藏字段，因此无法按字段筛选。',
  'admin.answers.heading': (n: number, prompt: string) => `第${n}题：${prompt}`,
  'admin.answers.chart': (n: number) => `第${n}题的答案`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}。${figures.join('，')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}：${count}`,

  // Organisations (/org)：组织管理员在各团队负责人同意后，把各团队的重心汇总到一起。
  'org.page.title': '组织',
  'org.page.description':
    '把你的团队并排来看：每个团队的工作落在哪里、组织的重心，以及适合它的头衔体系。',
  'org.noscript': '组织页面需要 JavaScript 才能运行。',
  'org.title': (name: string) => `${name} · rolefit组织`,
  'org.create.heading': '在一个视图里看清所有团队的工作',
  'org.create.lead':
    '创建一个组织，再在负责人同意后加入各个团队。你会看到每个团队的工作落在哪里、组织的重心，以及适合它的头衔体系。这里只汇集团队的重心，绝不包含任何成员的答案。',
  'org.create.name': '组织名称',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': '创建组织',
  'org.create.noName': '请给组织起个名字。',
  'org.create.creating': '正在创建组织…',
  'org.created.heading': '请保存这个链接：它是唯一的钥匙',
  'org.created.lead':
    '任何拿到这个链接的人都能查看组织、加入和移除团队，并删除组织。它只显示这一次：rolefit 只保存其密钥的指纹，无法再次显示。请把它存放在私密的地方，例如密码管理器。',
  'org.created.link': '组织管理链接（仅供你使用）',
  'org.problem.create': '创建新组织',
  'org.problem.badKey.title': '这个组织链接无法使用',
  'org.problem.badKey.lead':
    '组织可能已被删除，或者链接没有复制完整。请重新打开完整的管理链接，或创建一个新组织。',
  'org.problem.load': '组织无法加载',
  'org.count': (teams: number, created: string) => `${teams}个团队 · 创建于${created}`,
  'org.empty.heading': '还没有计入的团队',
  'org.empty':
    '请在下方加入团队。团队的答案达到最低数量后，它的工作就会显示在这里，组织也会有重心和头衔体系。',
  'org.weighting.legend': '各团队的权重依据',
  'org.weighting.responses': '答案数',
  'org.weighting.headcount': '人数',
  'org.weighting.byResponses': '按答案数加权：每个团队按其重心所依据的答案数计入。',
  'org.weighting.byHeadcount': '按人数加权：每个团队按负责人填写的人数计入。',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `按答案数加权：按人数加权需要每个计入的团队都有人数，目前${of}个中只有${given}个有。带上人数重新加入团队即可补上。`,
  'org.verdict.heading': (regime: string) => `组织整体：${regime}`,
  'org.verdict.twoJobs': (work: string) =>
    `组织分成了两端，这一行只是一半：它是“${work}”那一行。请结合下面一岗两职的建议一起看。`,
  'org.twoJobs.heading': '你的组织在做两份工作，而不是一份',
  'org.twoJobs.whose': '各团队重心',
  'org.spectrum.heading': '每个团队的工作落在哪里',
  'org.spectrum.marker': '组织重心',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `各团队在从研究科学家（0）到 AI 工程师（1）的光谱上的重心：${teams.join('；')}。组织的重心位于${center}。`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}. ${name}：${position}（${responses}份答案）`,
  'org.spectrum.legend':
    '每个点是一个团队，编号与团队列表一致；团队背后的答案越多，点越大。带标签的标记是组织的重心。',
  'org.heatmap.heading': '逐个团队的工作构成',
  'org.heatmap.caption':
    '每个团队的工作在各列中所占的份额；颜色越深，份额越大。每行最大的份额用粗体显示。',
  'org.heatmap.team': '团队',
  'org.heatmap.whole': '整个组织',
  'org.notYet': (responses: number, min: number) => `答案还不够（${responses}/${min}）：不计入`,
  'org.against.heading': '与组织头衔体系相左的团队',
  'org.against.lead': (regime: string) =>
    `这些团队自身的工作需要的是“${regime}”以外的体系。所有人共用一个体系会给它们带来摩擦；下面列出它对每个团队的风险以及应对方法。`,
  'org.against.team': (work: string, own: string, org: string) =>
    `它自身的工作${work}，需要的是“${own}”。在组织的“${org}”之下：`,
  'org.against.none': (regime: string) =>
    `每个计入团队的工作也都需要“${regime}”：一个体系适合所有团队。`,
  'org.teams.heading': '团队',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · ${responses}份答案${headcount === null ? '' : ` · ${headcount}人`} · 权重${weight}`,
  'org.team.remove': '移除',
  'org.team.remove.name': (name: string) => `从组织中移除${name}`,
  'org.team.confirm': '把<name></name>移出组织？团队的看板和答案都会保留，负责人可以重新加入。',
  'org.team.removeForGood': '移除团队',
  'org.team.keep': '保留',
  'org.team.removing': '正在移除…',
  'org.team.removed': (name: string) => `${name}已不在组织中。`,
  'org.add.heading': '加入团队',
  'org.add.lead':
    '团队需经负责人同意才能加入：粘贴负责人的看板链接，其中含有团队的管理密钥。密钥只做核对、不会保存；组织只能看到团队的重心，看不到它的看板或任何人的答案。',
  'org.add.link': '团队负责人的看板链接',
  'org.add.link.hint': '负责人创建团队时拿到的链接，以 #admin=… 结尾。',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': '或者输入团队 ID 和管理密钥',
  'org.add.id': '团队 ID',
  'org.add.secret': '团队管理密钥',
  'org.add.headcount': '人数（可选）',
  'org.add.headcount.hint': '团队有多少人，用于按人数加权。重新加入团队会更新它。',
  'org.add.submit': '加入团队',
  'org.add.adding': '正在加入团队…',
  'org.add.added': '团队已加入。',
  'org.add.noKey': '请粘贴负责人的看板链接，或输入团队 ID 和管理密钥。',
  'org.add.notLeadLink': '这不是团队负责人的看板链接：它应以 #admin= 加团队密钥结尾。',
  'org.add.orgLink': '这是一个组织的链接，而不是团队负责人的。请向负责人索要团队看板链接。',
  'org.add.badHeadcount': '人数须为从 1 起的整数；也可以留空。',
  'org.add.refused': '没有团队与这个 ID 和密钥匹配。请向负责人索要当前的看板链接。',
  'org.data.heading': '组织数据',
  'org.data.export':
    '每个团队一行：答案数、权重、位置、工作构成、主要工作，以及是否与组织的头衔体系相左。只有团队重心，不含任何成员的信息。',
  'org.data.delete': '删除组织…',
  'org.data.confirm': '删除<name></name>？它的管理链接将失效。其中的团队保持原样，看板和答案都在。',
  'org.data.deleteForGood': '删除组织',
  'org.data.keep': '保留组织',
  'org.deleted.title': '组织已删除',
  'org.deleted.lead': '它的管理链接已失效。曾在其中的团队保留各自的看板和答案。',

  'teams.title': '你的团队重心在哪里？',
  'teams.lead':
    '创建一个团队，把加入链接发给做这些工作的人，每人就自己这一周的工作做一次测验。你看到的是团队整体：它的工作在研究和产品之间处于什么位置、哪种头衔体系合适，以及一份人员配比。',
  'teams.point.aggregates': '没有人能看到别人的答案；只有足够多的人作答后，你才会看到汇总结果。',
  'teams.point.lead': '你可以自己列出工作方向，也可以按你眼中团队的工作做一次测验。',
  'teams.point.export': '把匿名答案导出为CSV或JSON，或者删除团队及其中的一切。',
  'teams.form.name': '团队名称',
  'teams.form.name.placeholder': '应用机器学习组',
  'teams.form.min': '显示结果前所需的答案数',
  'teams.form.min.hint': (least: number, most: number) =>
    `${least}到${most}之间。低于这个数时，面板不显示任何与答案有关的信息，因此没有人会被认出来。`,
  'teams.form.submit': '创建团队',
  'teams.form.noName': '请给团队起个名字。',
  'teams.form.badMin': (least: number, most: number) =>
    `最低答案数必须是${least}到${most}之间的整数。`,
  'teams.form.creating': '正在创建团队…',
  'teams.created.title': '团队已创建',
  'teams.created.heading': '团队已创建：<name></name>',
  'teams.created.save': '现在就保存管理链接',
  'teams.created.save.lead':
    '它是查看团队结果和删除团队的唯一钥匙，而且只显示这一次：rolefit只保存其中密钥的指纹，无法再次显示。请把它放在私密的地方，比如密码管理器。',
  'teams.created.adminLink': '管理链接（仅供你本人使用）',
  'teams.created.share': '把加入链接分享给团队',
  'teams.created.joinLink': '加入链接（供成员使用）',
  'teams.created.joinLink.hint':
    '成员就自己这一周的工作做测验，只能看到自己的结果，无法用它查看团队的结果。',

  'team.title': (page: string) => `${page} · rolefit团队`,
  'team.problem.create': '创建新团队',
  'team.problem.noKey.title': '请打开你的管理链接',
  'team.problem.noKey.lead':
    '面板要从你创建团队时拿到的管理链接打开。密钥只保存在这个标签页里，所以请在新标签页中再次打开该链接，或者关闭本页之后重新打开。',
  'team.problem.badKey.title': '这个管理链接无效',
  'team.problem.badKey.lead':
    '团队可能已被删除，或者复制时链接被截断了。请打开你创建团队时保存的完整管理链接。',
  'team.problem.load': '面板加载失败',
  'team.deleted.title': '团队已删除',
  'team.deleted.lead': (responses: number) =>
    `团队、它的${responses}份答案、各个工作方向以及你的看法都已删除。加入链接和管理链接都已失效。`,
  'team.count': (responses: number, batch: number, created: string) =>
    `${responses}份答案 · 版图每次纳入${batch}份 · 创建于${created}`,
  'team.needed.heading': (needed: number) => `还需要${needed}份答案`,
  'team.needed.lead': (batch: number) =>
    `有${batch}人作答后，团队版图才会出现；之后的答案每满${batch}份才一起加入，所以任何人的答案都不会被单独辨认出来。分享加入链接：`,
  'team.joinLink': '成员加入链接',
  'team.joinLink.more': '邀请更多成员的加入链接',
  'team.release.all': (released: number, batch: number) =>
    `版图和导出包含全部${released}份答案。新答案每满${batch}份才一起显示，${NO_DIFFERENCING}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `其中${replaced}份是在同一浏览器上重新作答的，因此版图按${people}人计算，每人取最新的答案。`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `版图和导出包含${responses}份答案中的${released}份。再有${more}人作答后，接下来的${batch}份会一起显示，${NO_DIFFERENCING}`,
  'team.copy': '复制',
  'team.copy.done': '已复制。',
  'team.copy.failed': '复制失败：请选中链接后手动复制。',
  'team.saving': '正在保存…',
  'team.api.offline': '无法连接服务器。请检查网络连接后重试。',
  'team.api.offline.export': '无法连接服务器。',
  'team.api.status': (status: number) => `服务器返回了${status}。`,
  'team.map.heading': '团队的工作处在哪里',
  'team.map.marker': '团队重心',
  'team.map.marker.twoJobs': '团队平均',
  'team.map.spectrum': (positions: readonly string[], centre: string, spread: string) =>
    `从研究科学家（0）到AI工程师（1）的光谱。${positions.length}名成员分别位于${positions.join('、')}；团队的重心在${centre}，向两侧各分散${spread}。`,
  'team.map.spectrum.twoJobs': '团队分成了两端，所以重心只是一个平均值，很少有成员的工作在它附近。',
  'team.map.spectrum.lead': (position: string) => `你自己的看法位于${position}。`,
  'team.map.legend': (withLead: boolean) =>
    `每个点代表一名成员，不显示姓名，也不分先后。色带表示重心周围的离散范围${withLead ? '；圆环是你自己的看法。' : '。'}`,
  'team.map.legend.twoJobs': '团队分成了两端，重心只是一个平均值：很少有成员的工作在它附近。',
  'team.map.centre': '重心',
  'team.map.centre.value': (position: string, place: string) => `${position}：${place}`,
  'team.map.spread': '离散度',
  'team.map.spread.value': (spread: string, band: string) => `${spread}，${band}`,
  'team.map.spread.tight': '集中：大多数人做的工作相近',
  'team.map.spread.moderate': '中等',
  'team.map.spread.wide': '分散：团队横跨整条光谱',
  'team.map.roles': '按角色统计的答案',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role}：${count}`,
  'team.place.between': (a: string, b: string) => `介于${a}和${b}之间`,
  'team.place.twoJobs': (a: string, b: string) => `分成${a}和${b}两端（两份工作）`,
  'team.work': (work: string, summary: string) => `${work}。${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `两端兼有：研究${research}，产品工作${product}，两者之间的桥梁（研发）工作${rnd}。`,
  'team.titling.twoJobs': (work: string) =>
    `团队分成了两端，这一行只是一半：它是“${work}”那一行，即两端之一。请结合上面一岗两职的建议一起看。`,
  'team.staffing.heading': '跟着工作走的人员配比',
  'team.staffing.note':
    '每个角色的人数占比跟随各列的投入占比。调整团队人数，就能看到具体是几个人。',
  'team.staffing.size': '团队人数',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `${people}人的团队：${roles.join(' · ')}。`,
  'team.staffing.role': (role: string, count: number) => `${role}${count}名`,
  'team.trap.heading': '错列陷阱',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `${of}人中有${title}人的头衔与其工作不属于同一列；${of}人中有${review}人按另一列的指标考核。`,
  'team.trap.judged': (people: number) =>
    `有${people}人在被一把与其工作目标不符的尺子衡量。用可用性考核研究、用论文考核产品工作，会把人推向错误的工作。`,
  'team.trap.titleOnly': (people: number) =>
    `没有人按另一列的指标接受考核，但有${people}人的头衔来自与其工作不同的列。头衔本身不评判工作，却决定了求职者和晋升评审的期望。`,
  'team.trap.none':
    '在回答了选填题的人中，没有人的头衔或考核属于另一列。这里只统计回答了这些题的人。',
  'team.twoJobs.eyebrow': '分成了两端',
  'team.twoJobs.heading': '你的团队在做两份工作，而不是一份',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `为什么不是“研究工程”？${whose}的平均值落在中间（${position}），那里对桥梁工作的建议会是“实际上每个人都是研究工程师”。但只有${rnd}的工作是这种桥梁工作；${research}是研究，${product}是产品。分成两端的团队，适用的是一岗两职的建议。`,
  'team.twoJobs.whose': '成员答案',
  'team.data.heading': '你的团队数据',
  'team.data.export': (released: number) =>
    `导出内容包含版图中显示的${released}份答案，每份都不含姓名、id、页面或时间，也不按提交顺序排列。`,
  'team.data.export.later': (batch: number) => `有${batch}人作答后才能导出，这样没有人会被认出来。`,
  'team.data.preparing': '正在准备导出…',
  'team.data.exported': (format: string) => `已导出为${format.toUpperCase()}。`,
  'team.data.delete': '删除团队…',
  'team.data.confirm': (responses: number) =>
    `删除<name></name>，连同它的${responses}份答案、你列出的工作方向和你的看法？此操作无法撤销，加入链接和管理链接也会随之失效。`,
  'team.data.deleting': '正在删除…',
  'team.data.deleteForGood': '永久删除全部内容',
  'team.data.keep': '保留团队',

  // 团队模式：轮次，工作变化时同一团队再次作答。
  'team.rounds.heading': '各轮次的变化',
  'team.rounds.lead.first':
    '这是第1轮。当工作发生变化（新项目、组织调整、几个月之后），请开启新一轮：成员通过同一个加入链接再次作答，这一轮保持原样，这样就能看到工作如何移动。',
  'team.rounds.lead': (current: number) =>
    `第${current}轮正在进行：成员通过同一个加入链接再次作答。之前的轮次保持原样，只读；上方的版图只显示第${current}轮。`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `各轮次的团队重心（从研究科学家0到AI工程师1）：${points.join('，')}`,
  'team.rounds.path.point': (round: number, position: string) => `第${round}轮在${position}`,
  'team.rounds.round': (round: number) => `第${round}轮`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `自${opened}起`,
  'team.rounds.answers': (n: number) => `${n}份答案`,
  'team.rounds.current': '进行中',
  'team.rounds.mix': (round: number) => `第${round}轮的工作构成`,
  'team.rounds.centre': (position: string, work: string) =>
    `重心在${position}；一周的大部分是${work}工作。`,
  'team.rounds.notEnough': (n: number, min: number) => `答案还不够，暂无重心（${n}/${min}）。`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `${column}占比从${from}升至${to}`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `${column}占比从${from}降至${to}`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `从第${from}轮到第${to}轮，${shift}${toward ? `：${toward}` : ''}。`,
  'team.rounds.change.toward': (from: string, to: string) => `工作正从${from}移向${to}`,
  'team.rounds.place.research': '研究',
  'team.rounds.place.rnd': '桥梁',
  'team.rounds.place.product': '产品',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `从第${from}轮到第${to}轮，构成保持稳定：没有哪类工作变动${points}个百分点或以上。`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `头衔建议已改变：从"${from}"变为"${to}"。`,
  'team.rounds.change.regimeSame': (regime: string) => `头衔建议保持不变："${regime}"。`,
  'team.rounds.change.split.now':
    '这一周现在是一人两份工作：研究和产品，两者之间几乎没有桥梁工作。',
  'team.rounds.change.split.gone': '这一周已不再是一人两份工作。',
  'team.rounds.open': (next: number) => `开启第${next}轮`,
  'team.rounds.open.empty': (current: number) =>
    `第${current}轮还没有答案；有了答案之后才能开启下一轮。`,
  'team.rounds.confirm': (current: number, next: number) =>
    `结束第${current}轮并开启第${next}轮？第${current}轮保留其答案，只读，其重心保留在这份历史中。成员通过同一个加入链接回答第${next}轮。`,
  'team.rounds.openForGood': (next: number) => `是，开启第${next}轮`,
  'team.rounds.keep': '暂不',
  'team.rounds.opening': '正在开启下一轮…',
  // 团队模式：下一次招聘的招聘启事，在浏览器中读取，并与团队对照。
  'team.posting.heading': '用这个团队核对一份招聘启事',
  'team.posting.lead':
    '粘贴团队下一次招聘的招聘启事。你会看到它招的是哪种角色，以及这个角色与团队重心、与人员配比中的缺口相比如何。',
  'team.posting.label': '团队下一次招聘的招聘启事',
  'team.posting.placeholder': '在这里粘贴招聘启事的文本…',
  'team.posting.loadFailed': '分析器未能加载，所以什么也没有读取。请检查网络连接，然后再输入一次。',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) =>
    `这份招聘启事为团队招第${nth}位${role}，而团队的工作有${share}是${column}。`,
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `这份招聘启事招的是一位${role}，而按你列出的工作方向，工作有${share}是${column}。`,
  'team.posting.hires.alone': (role: string) => `这份招聘启事招的是一位${role}。`,
  'team.posting.between': (place: string) => `它的工作${place}。`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `这份招聘启事是一岗两职：${first}和${second}，两者之间的桥梁工作很少。`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `已作答的${members}位成员中，还没有人担任这个角色。`
      : count === members
        ? `已作答的${members}位成员全都已经是这个角色。`
        : `已作答的${members}位成员中，已有${count}位是这个角色。`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) => `已作答的${members}位成员中，${first}有${firstCount}位，${second}有${secondCount}位。`,
  'team.posting.column.centre': (share: string, column: string) =>
    `这正是团队工作所在之处：${share}的工作是${column}，比其他任何类型都多。`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `这一列是团队配比中的缺口：${share}的工作是${column}，但${members}位成员中${count === 0 ? '没有一位' : `只有${count}位`}是这个角色。`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `团队${share}的工作是${column}，而这个角色的人数已经与这个占比相称。`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `这正是工作所在之处：按你列出的工作方向，${share}的工作是${column}，比其他任何一列都多。`
      : `大部分工作不在这里：按你列出的工作方向，${column}只占工作的${share}。`,
  'team.posting.workstreams': (share: string, column: string) =>
    `按你列出的工作方向，${share}的工作是${column}。`,
  'team.posting.next.same': (role: string) => `人员配比也这么说：下一位应当招${role}。`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `按人员配比，下一位应当招${role}：团队${share}的工作是${column}，${count === 0 ? '而团队里还没有人担任这个角色' : `而这个角色只有${count}位`}。`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `按人员配比，下一位应当招${role}：你列出的工作方向把最多的工作（${share}）放在${column}。`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `把它拆成两份招聘启事，先发${role}那份：按人员配比，下一位就该招这个角色。`
      : `把它拆成两份招聘启事。不过按人员配比，下一位应当招${role}，而这两半都不是。`,
  'team.posting.twoJobs.advice': '针对这份招聘启事的一岗两职建议',
  'team.posting.nothing': (needed: number) =>
    `暂时还没有可对照的：再有${needed}位成员作答，团队版图就会出现。在此之前，可以在下方列出团队的工作方向，招聘启事会与它们对照。`,
  'team.posting.notEnough': '只有当招聘启事说明了工作内容，才会与团队对照。',
  'team.posting.mix.posting': '招聘启事中的工作',
  'team.posting.mix.members': '成员的工作',
  'team.posting.mix.workstreams': '你列出的工作方向中的工作',
  'team.posting.more':
    '想看这一结论依据的措辞、提示，以及这个角色该按什么考核，请把招聘启事粘贴到<a>分析器</a>中，它同样在你的浏览器里读取。',

  'lead.heading': '你的看法与成员的看法对照',
  'lead.none': '你还没有给出自己的看法。',
  'lead.yours': (position: string, place: string, work: string) =>
    `你把团队的工作放在${position}：${place}，${work}。`,
  'lead.members.later': '有足够多的成员作答后，这里会显示他们的看法。',
  'lead.members.alike': '你和成员对工作的看法一致。',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `你的成员把它往${toward === 'product' ? '产品一端' : '研究一端'}多放了${distance}（${position}）。值得聊一聊：头衔和指标应当跟着大家实际在做的工作走。`,
  'lead.quiz.again': '重新作答',
  'lead.quiz.take': '按你眼中团队的工作做测验',
  'lead.quiz.note': '按你的理解，就占据团队一周大部分时间的工作作答。成员永远看不到你的答案。',
  'lead.quiz.open': (open: number) => `请先答完所有题（还剩${open}道）。`,
  'lead.quiz.save': '保存我的看法',

  'workstreams.heading': '工作方向（由你列出）',
  'workstreams.note':
    '描绘工作的第二种方式：列出团队在做的事、每项所占的投入（任何单位都行：人数、天数、百分比），以及它属于哪类工作。',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `按你列出的工作方向，重心在${position}（${place}），${work}：<fit></fit> ${regime}。`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `你列出的工作方向位于线的两端（${place}）；它们的平均值${position}并不是工作所在之处。`,
  'workstreams.twoJobs': '针对这些工作方向的一岗两职建议',
  'workstreams.twoJobs.whose': '工作方向',
  'workstreams.column.name': '名称',
  'workstreams.column.effort': '投入',
  'workstreams.column.kind': '工作类型',
  'workstreams.row.name': (n: number) => `工作方向${n}的名称`,
  'workstreams.row.name.placeholder': '工作方向',
  'workstreams.row.effort': (n: number) => `工作方向${n}的投入占比`,
  'workstreams.row.kind': (n: number) => `工作方向${n}的工作类型`,
  'workstreams.row.custom': '自定义构成（通过API设置）',
  'workstreams.row.remove': '移除',
  'workstreams.add': '添加工作方向',
  'workstreams.save': '保存工作方向',
  'workstreams.error.name': '每个工作方向都需要名称。',
  'workstreams.error.effort': (name: string) => `请给“${name}”填一个大于0的投入占比。`,

  'join.eyebrow': (questionCount: number) => `你的团队 · ${cn(questionCount)}道题 · 约一分钟`,
  'join.title': '你这一周的工作处在哪里？',
  'join.lead':
    '就占据你自己一周大部分时间的工作作答。你会看到自己的结果；团队负责人只能看到团队整体，而且要等足够多的人作答之后。',
  'join.note': '这是关于工作的建议，不是对某个人的评判。不会询问或存储姓名、邮箱或地址。',
  'join.context.lead':
    '它们不影响你的结果。团队负责人只能看到计数：有多少人的头衔或考核指标与其工作不属于同一列。',
  'join.finish': '提交并查看我的结果',
  'join.sending': '正在发送你的答案…',
  'join.sent':
    '已发送。你的答案已成为团队版图的一部分。足够多的人作答后，团队负责人能看到团队整体，但永远看不到你单独的答案。',
  'join.problem.solo': '改为自己单独做测验',
  'join.problem.incomplete.title': '这个加入链接不完整',
  'join.problem.incomplete.lead': '加入链接以?team=加一串代码结尾。请让团队负责人重新发送。',
  'join.problem.gone.title': '这个加入链接已失效',
  'join.problem.gone.lead':
    '团队可能已被删除，或者链接被截断了。请向团队负责人要当前的加入链接。没有存储任何内容。',
  'join.problem.notSent': '你的答案没有发送出去',
  'join.checking': '正在检查加入链接…',
  'join.forTeam': (team: string) => `团队“${team}”`,
  'join.again': (when: string) =>
    `这个浏览器已在${when}为这个团队作答。再次作答会替换那次的答案：从下一批起，版图只按你的新答案把你算作一人。`,
  'join.sent.replaced':
    '已发送。这些答案替换了你之前在这个浏览器上给出的答案；团队版图会随下一批一起更新，不会单独变化。',
  'join.problem.unknown.title': '没有团队使用这个加入链接',
  'join.problem.unknown.lead':
    '链接中的代码不对应任何团队：可能输错了或被截断了，也可能团队已被删除。请向团队负责人要当前的加入链接。',
};
