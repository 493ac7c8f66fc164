// core的简体中文文本：框架（frameworkZh）、角色简介、团队建议、错列与分析器提示、错误信息和岗位说明。
import { auditZh } from './audit-zh.ts';
import type { Messages } from './en.ts';
import { frameworkZh } from './framework-zh.ts';
import { rubricZh } from './rubric-zh.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const BAND: Record<string, string> = { high: '高', moderate: '中等', low: '低' };

export const zh: Messages = {
  ...frameworkZh,

  'dimension.core-question.name': '核心问题',
  'dimension.output.name': '产出',
  'dimension.optimizes-for.name': '优化目标',
  'dimension.time-horizon.name': '时间跨度',
  'dimension.background.name': '典型背景',

  'profile.research-scientist.alias': ['AI研究员', '研究科学家'],
  'profile.research-scientist.summary':
    '提出没人回答过的问题，发明回答它们的方法，再把学到的东西写出来。产出的是别人能在其上继续做的知识。',
  'profile.research-scientist.core-question': '有什么是真实的、可行的，却还没有人证明过？',
  'profile.research-scientist.output': '论文、新方法、新基准',
  'profile.research-scientist.optimizes-for': '新颖性和科学影响力',
  'profile.research-scientist.time-horizon': '数年',
  'profile.research-scientist.background': '博士学位和发表记录',
  'profile.research-engineer.alias': ['研究工程师', '机器学习研究工程师'],
  'profile.research-engineer.summary':
    '搭建把想法变成可信测试的一切：训练和评测基础设施、整理好的数据、指标，以及能大规模运行的实验。是研究成果与可用系统之间的桥梁，也常常是论文的共同作者。',
  'profile.research-engineer.core-question': '要想又快又可重复地找到答案，我们需要搭建什么？',
  'profile.research-engineer.output': '训练基础设施、实验框架、能大规模运行的方法',
  'profile.research-engineer.optimizes-for': '实验速度和可复现性',
  'profile.research-engineer.time-horizon': '几个月到一两年',
  'profile.research-engineer.background': '扎实的计算机功底，加上机器学习系统的实战经验',
  'profile.ai-engineer.alias': ['机器学习工程师', '产品AI工程师', 'AI工程师'],
  'profile.ai-engineer.summary':
    '挑选并改造现有模型，把它们做成运行稳定、能扩展、物有所值的系统：数据流水线、模型服务、延迟与成本、产品集成、A/B测试。',
  'profile.ai-engineer.core-question': '怎样把它稳定、大规模地交付给用户？',
  'profile.ai-engineer.output': '生产环境中的服务、产品功能、A/B测试中的胜出',
  'profile.ai-engineer.optimizes-for': '可用性、延迟、成本和业务指标',
  'profile.ai-engineer.time-horizon': '几周到几个月',
  'profile.ai-engineer.background': '软件工程和生产环境经验',

  'work.research.summary': '长期、不确定的押注，追求尚无人掌握的知识。',
  'work.rnd.summary': '把研究成果变成团队能搭建、能交付的系统。',
  'work.product.summary': '把成熟的方法用足用透，大规模落到产品上。',
  'work.research.inSentence': '以研究为主',
  'work.rnd.inSentence': '以研发为主',
  'work.product.inSentence': '以产品为主',

  'regime.separate-tracks.summary':
    '研究科学家、研究工程师和工程师各有独立的头衔，各有自己的职级体系和指标。',
  'regime.flat.summary':
    '所有人共用一个头衔（Member of Technical Staff，或干脆就叫工程师），并且都要能横跨整个技术栈工作。',

  'twoJobs.team-groups': {
    summary:
      '团队的工作分布在两端：研究和产品，两者之间几乎没有桥梁工作。平均值落在中间，可几乎没人在做中间的工作：这不是一个研究工程团队。',
    risk: '成果卡在两个组之间；一个头衔或一套职级体系会按另一组那一列来考核这一组。',
    options: [
      '分设两个序列，并在组与组之间定好明确的接口：谁在什么时候把什么交给谁。',
      '给桥梁配上人：由研究工程师把研究组的成果带进产品。',
      '如果只用一个统一头衔，就按各组自己那一列分别评估，并保护研究组的时间不被路线图挤占。',
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      '团队里大多数人同时兼顾两端：开放式研究和产品交付，几乎没有桥梁工作。每个人都是一岗两职。',
    risk: '每个人做着两份工作，却只按一列考核；长期研究押注会输给下一个截止日期。',
    options: [
      '拆分角色：让一部分人负责研究，另一部分人负责交付，各按自己那一列考核。',
      '补上桥梁：由研究工程师把成果变成可交付的东西，这样就没人需要兼顾两端。',
      '对仍然兼顾两者的人，商定每部分各占一周多少时间，并按各自那一列分别评估。',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `头衔写的是${role}，但这份工作${work}。头衔决定了期望和职级体系，而这个头衔指向的是另一列。`,
  'mismatch.review': (role: string, work: string) =>
    `工作${work}，考核却用的是${role}的指标：这就是按错列考核。`,

  'answers.notObject': 'answers必须是一个对象，把题目id映射到选项id',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `未知题目"${id}"；现有题目为：${known.join(', ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `题目"${id}"没有作答；请从以下选项中选择一个：${allowed.join(', ')}`,
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `题目"${id}"没有选项${value}；请从以下选项中选择一个：${allowed.join(', ')}`,

  'confidence.high.name': '高',
  'confidence.moderate.name': '中等',
  'confidence.low.name': '低',

  'portfolio.empty': '请至少给出一个工作方向或一个人',
  'portfolio.oneOf': '"work"（research、rnd或product）、"shares"和"result"三者必须且只能给出一个',
  'portfolio.zeroShares': 'shares不能全为零',

  'request.answers.required':
    '必填：题目 id → 选项 id 的对象，例如 {"core-question": "ship"}（GET /api/quiz 列出了所有 id）',
  'request.answers.shape':
    '必须把题目 id 对应到选项 id，两者都是字符串，例如 {"core-question": "ship"}',
  'request.fields.count': '每份答案最多 10 个隐藏字段',
  'request.fields.name': '字段名为 1 到 40 个 a-z、0-9 和 _ 字符，例如 utm_source',
  'request.fields.value': '字段值为不超过 200 个字符的文本',
  'request.id.required':
    '必填：客户端为每份完成的测验选定一次的 UUID（crypto.randomUUID()），每次重试都沿用同一个',
  'request.id.shape': '必须是 UUID，例如 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',

  'preview.callsFor': '这份工作需要',
  'preview.between': '这份工作介于两者之间',
  'preview.twoJobs': '一人身兼两份工作',
  'preview.title.role': (role: string) => `这份工作需要：${role}`,
  'preview.title.between': (first: string, second: string) => `这份工作介于${first}与${second}之间`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `一人身兼两份工作：${first} + ${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `研究 ${research} · 研发 ${rnd} · 产品 ${product}`,
  'preview.invite': (questions: number) =>
    `你的工作需要哪种 AI 角色？回答 ${questions} 个问题就知道。`,
  'preview.team.eyebrow': '你的团队想知道',
  'preview.team.headline': '你的一周落在哪里？',
  'preview.team.title': (team: string) => `你的一周落在哪里？团队“${team}”`,
  'preview.team.description': (questions: number) =>
    `关于占满你一周的工作的 ${questions} 个问题，约一分钟。团队负责人只看到团队整体，永远看不到你单独的答案。`,

  'shareCode.damaged': '这个结果链接已损坏或不完整',
  'shareCode.otherVersion': (version: string, current: number) =>
    `这个链接由第${version}版测验生成；当前版本为第${current}版`,
  'shareCode.answerCount': '这个结果链接中的答案数量不对',
  'shareCode.unknownAnswer': '这个结果链接包含测验中不存在的答案',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `头衔写的是${title}，但文中描述的工作${work}（${phrases}），属于${role}的工作：头衔和职级应当跟着工作走。`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `头衔指向${title}，却按${roles}的标准衡量（${phrases}）：这是用另一列的指标来考核这个岗位。`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `工作${work}，却按${roles}的标准衡量（${phrases}）：这是用另一列的指标来考核这个岗位。`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `这里同时要求两端：研究（${research}）和产品工作（${product}），两者之间几乎没有桥梁工作。这是一岗两职：要么拆分岗位，要么增设研究工程师作为桥梁。`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `这里同时考核两端：研究（${research}）和产品工作（${product}），两者之间几乎没有桥梁工作。这是一岗两职：要么拆分岗位，要么增设研究工程师作为桥梁。`,
  'analyze.flag.noEvidence.none':
    '信息不足，无法判断：这里没有任何内容描述研究、研发或产品工作。请粘贴招聘启事中的职责和要求，或考核细则中的评分标准。',
  'analyze.flag.noEvidence.few':
    '信息不足，无法判断：这里只有一两个词描述了工作。请粘贴招聘启事中的职责和要求，或考核细则中的评分标准。',
  'analyze.flag.lowEvidence':
    '只有少数几个短语说明了工作内容，这个定位只能算猜测；把职责描述得更完整些就能确定。',
  'analyze.flag.truncated': (maxChars: number) =>
    `只读取了前${maxChars}个字符，其余文本未纳入分析。`,
  'analyze.flag.binaryLooking': '这看起来是二进制数据而不是书面文字，据此得出的定位意义不大。',
  'analyze.invalidText': 'text必须是字符串',
  'analyze.roleList': (names: readonly string[]) => names.join('和'),
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `“${p}”`).join('、'),

  'brief.percent': percent,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `研究${percent(shares.research)}，研发${percent(shares.rnd)}，产品${percent(shares.product)}`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${percent(confidence)}（${BAND[band] ?? band}）`,
  'brief.title.role': (role: string) => `岗位说明：${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `岗位说明：一岗两职（${first} + ${second}）`,
  'brief.between': (first: string, second: string) =>
    `这份工作介于**${first}**和**${second}**之间：按两者的重合部分招人，写职级体系之前把两列都读一遍。`,
  'brief.row.work': '工作',
  'brief.row.workValue': (work: string, shares: string) => `${work}（${shares}）`,
  'brief.row.twoJobsValue': (shares: string) => `两份工作（${shares}）`,
  'brief.row.largerPart': '较大的部分',
  'brief.row.largerPartValue': (role: string, share: number) =>
    `${role}（占一周的${percent(share)}）`,
  'brief.row.position': '光谱位置',
  'brief.row.positionValue': (position: number) =>
    `${position.toFixed(2)}（0 研究科学家 · 0.5 研究工程师 · 1 AI工程师）`,
  'brief.row.confidence': '置信度',
  'brief.heading.coreQuestion': '核心问题',
  'brief.heading.outputs': '产出',
  'brief.heading.optimizeFor': '优化目标',
  'brief.heading.gradeOn': '考核依据',
  'brief.heading.dontGradeOn': '不作考核依据',
  'brief.heading.timeHorizon': '时间跨度',
  'brief.heading.background': '要找的背景',
  'brief.heading.titling': '头衔体系',
  'brief.heading.risk': '风险',
  'brief.heading.waysOut': '出路',
  'brief.part.title': (n: number, role: string, share: number) =>
    `第${n}部分：${role}（占一周的${percent(share)}）`,
  'brief.part.gradeOn': '这部分的考核依据',
  'brief.verdict': (regime: string, verdict: string) => `**${regime}**：${verdict}`,
  'brief.item': (label: string, value: string) => `${label}：${value}`,
  'brief.titling.risk': '需要承担的风险',
  'brief.titling.manage': '如何应对',

  ...rubricZh,
  ...auditZh,
};
