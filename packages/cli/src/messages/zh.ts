// 命令行的简体中文文本。命令名、参数名、文件名和示例命令行保持原样，只翻译说明文字。
import type { Messages } from './en.ts';

export const zh: Messages = {
  'help.rolefit':
    '这份AI工作需要哪种角色：研究科学家、研究工程师，还是AI工程师？\n\n退出码：0 成功，1 输入有误（对 check 而言：文档之间不一致），2 用法错误，130 测验已取消。',
  'help.title': (description: string, command: string, version: string) =>
    `${description}（${command} v${version}）`,
  'help.usage': '用法',
  'help.usage.options': '[选项]',
  'help.arguments': '参数',
  'help.options': '选项',
  'help.commands': '命令',
  'help.commands.command': (command: string) => `${command} <command> --help`,
  'help.commands.more': (command: string) => `运行 ${command} 查看某个命令的详细说明。`,
  'help.required': '（必填）',
  'help.default': (value: string) => `（默认：${value}）`,
  'help.examples': '示例',
  'help.arg.answersFile': '答案文件（JSON或YAML），或用 - 表示标准输入',
  'help.arg.databaseUrl':
    'SQLite用 file:<path>，PostgreSQL用 postgres://…（默认：$DATABASE_URL，未设置时为 ./data/rolefit.db 的SQLite）',
  'help.lang':
    '输出语言（默认：依次取环境变量 LC_ALL、LC_MESSAGES、LANG 中第一个已设置的，否则为英语）',

  'usage.unknownCommand': (name: string) => `未知命令：${name}`,
  'usage.noCommand': '未指定命令。',
  'usage.missingArgument': (name: string) => `缺少必填的位置参数：${name}`,
  'usage.seeHelp': '运行 "rolefit --help" 查看所有命令及其选项。',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `rolefit ${command} 没有选项 "${option}"；${options.length > 0 ? `可用选项为：${options.join(', ')}` : '该命令不接受任何选项'}（另有 --help）`,
  'usage.missingOption': (option: string, command: string, description: string) =>
    `rolefit ${command} 需要 ${option}${description ? `（${description}）` : ''}`,
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? '--lang 需要指定一种语言' : `--lang 不支持语言 "${value}"`}；可用语言：${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `意外错误：${detail}`,
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `--role 必须是 ${choices.join(', ')} 之一，而不是 "${value}"`,

  'input.stdin': '标准输入',
  'input.waiting': '正在等待标准输入：请用管道传入文件，或把 "-" 换成文件路径',
  'input.noFile': (path: string) => `文件不存在：${path}`,
  'input.folder': (path: string) => `${path} 是文件夹；请给出一个文件`,
  'input.unreadable': (path: string, reason: string) => `无法读取 ${path}：${reason}`,
  'input.empty': (name: string) => `${name} 为空；应为 JSON，例如 {"answers": {…}}`,
  'input.notData': (name: string, reason: string) => `${name} 既不是JSON也不是YAML：${reason}`,

  'quiz.help': '在终端里逐题作答（方向键或数字键选择，b 返回上一题）',
  'quiz.help.json': '以JSON输出结果对象',
  'quiz.help.brief': '输出Markdown格式的岗位说明，而不是结果',
  'quiz.jsonAndBrief': '--json 和 --brief 只能选一个',
  'quiz.noTerminal':
    'rolefit quiz 需要在终端里提问，而标准输入不是终端。要为文件或管道中的答案评分，请用：rolefit score <file|->   （题目和选项id：rolefit questions）',
  'quiz.cancelled': '测验已取消，未评分',
  'quiz.step': (n: number, of: number) => `第${n}题，共${of}题`,
  'quiz.step.optional': (n: number, of: number) => `选填第${n}题，共${of}题`,
  'quiz.skip': '跳过此题',
  'quiz.skip.clear': '清除答案并跳过',
  'quiz.back': '← 上一题',
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ 或 1-${options}`)} 选择`,
    `${key('Enter')} 确认`,
    ...(canGoBack ? [`${key('b')} 返回`] : []),
    `${key('Ctrl-C')} 退出`,
  ],
  'quiz.scored': '评分完成。你的结果：',

  'questions.help': '输出测验内容：题目id、题干，以及每个选项及其权重',
  'questions.help.json': '以JSON输出测验定义',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `研究${research} · 研发${rnd} · 产品${product}`,
  'questions.context': '选填的背景题（不影响结果）',
  'questions.howToAnswer':
    '按 {"answers": {"<question id>": "<option id>", …}} 的格式作答，然后运行：rolefit score <file>',

  'score.help': '为JSON或YAML文件中的答案评分，或从标准输入（-）读取',
  'score.help.json': '以JSON输出完整的结果对象',
  'score.notAnswers': (example: string) =>
    `应为包含 "answers" 的对象，例如 ${example}；查看所有id：rolefit questions`,
  'score.unscorable': (problems: readonly string[]) =>
    `这些答案无法评分：\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help': '为JSON或YAML文件中的答案输出Markdown岗位说明，或用 - 表示标准输入',
  'brief.help.json': '以JSON输出 {"result": …, "markdown": "…"}',

  'rubric.help':
    '某个角色工作的考核细则：按职级和维度列出，每一行都是考核者能找到证据的内容，输出为Markdown、CSV或JSON',
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `要考核其工作的角色：${roles.join(', ')}；一岗两职用 ${split}`,
  'rubric.help.regime':
    'separate-tracks（每个序列一套职级体系，并写明各序列交给下一个序列什么）或 flat（统一头衔下的一套职级体系）；默认取头衔体系表格为这类工作推荐的那种',
  'rubric.help.levels': (min: number, max: number) => `每套职级体系的级数，${min}到${max}`,
  'rubric.help.format':
    'md（可粘贴进文档的Markdown）、csv（每个职级和维度一行，用于电子表格）或 json（Rubric对象）',
  'rubric.help.json': '以JSON输出Rubric对象（与 --format json 相同）',
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `--role 必须是 ${choices.join(', ')} 之一，而不是 "${value}"`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `--regime 必须是 ${choices.join(' 或 ')}，而不是 "${value}"`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `--levels 必须是${min}到${max}之间的整数，而不是 "${value}"；例如：--levels 4`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `--format 必须是 ${choices.join(', ')} 之一，而不是 "${value}"`,
  'rubric.jsonAndFormat': (format: string) =>
    `--json 等同于 --format json，而 --format 要的是 ${format}；两者只能给一个`,

  'portfolio.help':
    '根据团队的工作方向或成员给出重心和头衔体系的判断；给出多个团队（teams）时，给出整个组织的判断（JSON/YAML）',
  'portfolio.help.file': '工作方向或成员，或一个组织的 "teams"（JSON或YAML），或用 - 表示标准输入',
  'portfolio.help.teamSize': '同时把这么多人分配到三个角色（仅限单个团队）',
  'portfolio.help.weighting':
    '有 "teams" 时，按回答数（responses）还是按人数（headcount）给各团队加权；默认取文件中的 "weighting"，没有则为 responses',
  'portfolio.help.json':
    '以JSON输出团队组合对象（有 "teams" 时为组织视图，与 GET /api/orgs/<id> 的返回相同）',
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `${option} 必须是 ${choices.join(' 或 ')}，而不是 "${value}"`,
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `--team-size 必须是1到${max}之间的正整数（人数），而不是 "${value}"；例如：--team-size 12`,
  'portfolio.unmappable': (reason: string) => `无法映射这个团队组合：${reason}`,
  'portfolio.entry.shape': (example: string) =>
    `${example}（work：research、rnd或product），或者用 "shares"、"result" 或 "answers" 代替 "work"`,
  'portfolio.notList': (shape: string) =>
    `应为工作方向或成员的列表，或一个在 "items"、"workstreams" 或 "people" 下放着这种列表的对象；每一项形如 ${shape}`,
  'portfolio.noun.item': '条目',
  'portfolio.noun.workstream': '工作方向',
  'portfolio.noun.person': '成员',
  'portfolio.empty': (noun: string) => `列表为空；请至少给出一个${noun}`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `第${n}个${noun}${name === undefined ? '' : `（"${name}"）`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) => `${entry}不是对象；应为 ${shape}`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry}：这些答案无法评分：\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry}无效：\n${problems.map((p) => `    - ${p}`).join('\n')}\n  应为 ${shape}`,

  'org.file': '文件',
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `${where}中有 ${keys.map((k) => `"${k}"`).join('、')}，这里不应有这些字段；可用的字段：${known.join(', ')}`,
  'org.team.shape': (example: string) =>
    `${example}；也可以不用 "shares" 和 "responses"，改用 "answers"（列表，每位成员一个 {问题id: 选项id}）或 "workstreams"`,
  'org.notList': (shape: string) => `"teams" 必须是团队的列表，每个团队形如 ${shape}`,
  'org.empty': (shape: string) => `"teams" 列表为空；请至少给出一个团队，例如 ${shape}`,
  'org.name.invalid': (problems: readonly string[]) =>
    `组织名称 "name" 无效：${problems.join('；')}`,
  'org.team': (n: number, name: string | undefined) =>
    `第${n}个团队${name === undefined ? '' : `（"${name}"）`}`,
  'org.team.notObject': (team: string, shape: string) => `${team}不是对象；应为 ${shape}`,
  'org.team.noWork': (team: string) =>
    `${team}没有说明它的工作；请给出以下之一："answers"（每位成员一项）、"shares" 加 "responses"，或 "workstreams"`,
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team}把工作给了两遍，分别是 ${given.map((g) => `"${g}"`).join(' 和 ')}；请只保留 "answers"、"shares"、"workstreams" 中的一个`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team}无效：\n${problems.map((p) => `    - ${p}`).join('\n')}\n  应为 ${shape}`,
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team}："minResponses" 必须是 ${least} 到 ${most} 之间的整数（与服务器上的团队相同），而不是 ${value}`,
  'org.team.answers.notList': (team: string, example: string) =>
    `${team}："answers" 必须是列表，每位成员一项，每项形如 ${example}`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}，第${member}位成员：这些答案无法评分：\n${problems.map((p) => `    - ${p}`).join('\n')}\n  查看问题和选项的id：rolefit questions`,
  'org.team.problem': (team: string, problem: string) => `${team}：${problem}`,
  'org.team.duplicate': (name: string) => `有两个团队都叫 "${name}"；请给每个团队起不同的名字`,
  'org.teamSize':
    '--team-size 用于把单个团队分配到各角色；文件里有 "teams" 时，请改为给每个团队填写 "headcount"',
  'org.weighting.single':
    '--weighting 用于团队之间的加权，而这个文件没有 "teams" 列表；只有一个团队时请去掉它',

  'analyze.help':
    '判断一份招聘启事、考核细则或职级体系描述的是哪种角色，逐级给出依据、错列提示和改写建议',
  'analyze.help.file': '文本文件，或用 - 表示标准输入',
  'analyze.help.json': '以JSON输出分析对象',
  'analyze.help.role': (roles: readonly string[]) =>
    `按这个角色判断各级并提出改写建议：${roles.join(', ')}（默认：标题所指的角色，否则按文本本身）`,
  'analyze.help.rewrite': '不输出报告，而是输出应用了全部改写建议的文本，便于重定向到文件',
  'analyze.jsonAndRewrite': '--json 和 --rewrite 只能选一个',
  'analyze.rewrite.none':
    '没有需要改写的地方：没有短语按角色所在列以外的列来考核，因此原样输出文本',
  'analyze.rewrite.applied': (count: number) => `已应用${count}处改写；使用前请通读新的措辞`,

  // rolefit check。
  'check.help':
    '同一角色的招聘启事、考核细则和职级体系考核的是不是同一列？一致时退出码为 0，不一致时为 1',
  'check.help.posting': '招聘启事：文本文件，或用 - 表示标准输入',
  'check.help.rubric': '考核细则：文本文件，或用 - 表示标准输入',
  'check.help.ladder': '职级体系：文本文件，或用 - 表示标准输入',
  'check.help.role': (roles: readonly string[]) =>
    `这些文档针对的角色：${roles.join(', ')}（默认：第一份指明角色的文档的角色，招聘启事优先）`,
  'check.help.json': '以JSON输出检查对象',
  'check.none':
    '请至少提供一份待检查的文档：--posting <file>、--rubric <file> 或 --ladder <file>（- 表示读取标准输入）',
  'check.noValue': (option: string) => `${option} 需要一个文件，或用 - 表示标准输入`,
  'check.stdinTwice': (options: readonly string[]) =>
    `只能有一份文档来自标准输入，而 ${options.join(' 和 ')} 都要读取标准输入（-）；请把其余文档作为文件给出`,
  'analyze.empty': (name: string) => `${name} 为空；请给出招聘启事或考核细则的文本`,
  'analyze.answers': (name: string, command: string) =>
    `${name} 看起来是测验答案（题目和选项id），而不是招聘启事或考核细则的文本。要为这些答案评分，请运行：${command}`,

  'serve.help': '运行网页应用和HTTP API（JSON请求日志输出到stdout）；Ctrl-C或SIGTERM可干净地停止',
  'serve.help.port': '监听端口（默认：$PORT，未设置时为3000；0表示自动选择空闲端口）',
  'serve.help.host': '监听地址（默认：$HOST，未设置时为0.0.0.0）',
  'serve.cannotStart': (reason: string) => `无法启动服务器：${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `rolefit 正在运行：${url}（${database}：${location}）。按 Ctrl-C 停止。`,
  'serve.ownerToken': (token: string) =>
    `本次首次启动生成的所有者令牌，用于分析面板（/admin）和 GET /api/stats：\n\n    ${token}\n\n它只显示这一次，且只以哈希形式存储。请把它存进密码管理器，或把 ROLEFIT_ADMIN_TOKEN 设为你自己的密钥（届时由它取代）。`,
  'serve.stopping': (signal: string) => `${signal}：正在处理完进行中的请求，随后停止`,
  'serve.port.invalid': (option: string, value: string) =>
    `${option} 必须是0到65535之间的整数（0表示自动选择空闲端口），而不是 "${value}"`,
  'database.url.invalid': (url: string) =>
    `数据库URL必须以 file:（SQLite，例如 file:./data/rolefit.db）或 postgres://（PostgreSQL）开头，而不是 "${url}"`,
  'export.help': '以CSV或JSON输出已存储的测验答卷，按时间从早到晚',
  'export.help.format': 'csv（每份答卷一行，每道题一列）或 json（一个数组）',
  'export.help.since': '只导出在此日期（2025-01-31）或时间（ISO 8601）及之后存储的答卷',
  'export.help.teams':
    '同时导出为团队提交的答卷（默认不导出：它们属于各自的团队负责人，与所有者导出一致）',
  'export.format.invalid': (value: string) => `--format 必须是 csv 或 json，而不是 "${value}"`,
  'export.since.invalid': (value: string) =>
    `--since 必须是 2025-01-31 这样的日期或 2025-01-31T09:00:00Z 这样的时间，而不是 "${value}"`,
  'export.noDatabase': (path: string) =>
    `${path} 处没有数据库；请先运行 "rolefit serve"，或用 --database-url（或 DATABASE_URL）指向你的数据库`,
  'export.cannotOpen': (reason: string) => `无法打开数据库：${reason}`,

  'label.work': '工作',
  'label.measured': '考核',
  'label.spread': '离散度',
  'label.titling': '头衔体系',
  'label.risk': '风险',
  'join.titling': (regime: string, verdict: string) => `${regime}。${verdict}`,
  'join.work': (work: string, shares: string) => `${work}：${shares}`,
  'join.spread': (value: string, band: string) => `${value}，${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}，${away}`,
  'confidence.high': (percent: string) => `置信度高（${percent}）`,
  'confidence.moderate': (percent: string) => `置信度中等（${percent}）`,
  'confidence.low': (percent: string) => `置信度低（${percent}）`,
  'share.research': (share: string) => `研究${share}`,
  'share.rnd': (share: string) => `研发${share}`,
  'share.product': (share: string) => `产品${share}`,
  'work.twoJobs': '两份工作',
  'role.between': (a: string, b: string) => `介于${a}和${b}之间`,
  'titling.risk': (risk: string) => `需要承担的风险：${risk}`,
  'titling.manage': (manage: string) => `如何应对：${manage}`,
  'titling.other': (regime: string, verdict: string) => `若改用${regime}：${verdict}`,
  'grading.on': '考核依据',
  'grading.off': '不作考核依据',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `一岗两职：${a}${aShare} + ${b}${bShare}`,
  'twoJobs.gradePart': (role: string, share: string) => `${role}部分（${share}）的考核依据`,
  'twoJobs.share.week': (share: string) => `占一周的${share}`,
  'twoJobs.share.team': (share: string) => `占团队投入的${share}`,
  'twoJobs.share.text': (share: string) => `占文中所述工作的${share}`,
  'twoJobs.waysOut': '出路',

  'result.oneAnswerAway': (role: string) => `再改一个答案，${role}就会领先`,
  'result.why': '原因',
  'result.why.middle': '居中',
  'result.why.strong.research': '强烈拉向研究一端',
  'result.why.strong.product': '强烈拉向产品一端',
  'result.why.slight.research': '略微拉向研究一端',
  'result.why.slight.product': '略微拉向产品一端',
  'result.why.alone': (direction: string, role: string) =>
    `${direction}；单看这个答案，指向${role}`,
  'result.change': '怎样会改变结果',
  'result.change.note': '每组改动都会单独得出该角色：既不是介于两个角色之间，也不是一岗两职。',
  'result.change.role': (role: string, changes: number) => `单独得出${role}：改动${changes}个答案`,
  'result.change.answer': (question: string, answer: string) => `${question} → “${answer}”`,
  'result.mismatches': '错列',

  'portfolio.centre': (role: string) => `重心：${role}`,
  'portfolio.summary': (entries: number, effort: number) => `${entries}个条目，投入${effort}`,
  'spread.tight': '集中：工作大同小异',
  'spread.moderate': '中等：工作延伸到了相邻的一列',
  'spread.wide': '分散：工作同时被拉向光谱两端',
  'portfolio.staffing': '人员配比（按各列的投入分配）',
  'roles.research-scientist': '研究科学家',
  'roles.research-engineer': '研究工程师',
  'roles.ai-engineer': 'AI工程师',
  'portfolio.staffing.role': (people: number, role: string, roles: string) =>
    `${people === 1 ? role : roles}${people}名`,
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `${people}人的团队：${roles.join('，')}`,
  'portfolio.entries': '条目',
  'portfolio.entries.effort': (effort: string) => `投入${effort}`,

  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `【${org}】${verdict}`,
  'org.summary': (teams: number, counting: number) => `${teams}个团队中${counting}个计入`,
  'org.noCentre': '还没有重心：没有哪个团队的回答足够',
  'org.teams': '团队',
  'org.weighting.responses': '各团队按回答数加权。',
  'org.weighting.headcount': '各团队按人数加权。',
  'org.weighting.fallback': (given: number, of: number) =>
    `要求按人数加权，但${given === 0 ? '没有团队填写人数' : `${of}个团队中只有${given}个填写了人数`}，因此各团队改按回答数加权。`,
  'org.team.answers': (n: number) => `${n}份回答`,
  'org.team.batches': (counted: number, given: number, min: number) =>
    `${given}份回答中计入${counted}份（每批${min}份）`,
  'org.team.workstreams': (n: number) => `${n}个工作方向`,
  'org.team.headcount': (n: number) => `${n}人`,
  'org.team.weight': (share: string) => `权重${share}`,
  'org.team.against': (regime: string) => `与组织的头衔体系相悖；单看本团队：${regime}`,
  'org.team.waiting': (given: number, min: number) => `回答还不够（${given}/${min}）；不计入`,
  'org.heatmap': '各团队的工作构成',
  'org.heatmap.org': '整个组织',

  'column.research': '研究',
  'column.rnd': '研发',
  'column.product': '产品',
  'analysis.kind.posting': '看起来是招聘启事',
  'analysis.kind.rubric': '看起来是考核细则',
  'analysis.title': (title: string, column: string) => `头衔“${title}”对应${column}类工作`,
  'analysis.title.noColumn': (title: string) => `头衔“${title}”不对应任何一列`,
  'analysis.noRole': '无法判断角色：文本对工作说得太少',
  'analysis.notEnough': '信息不足，无法判断：这里描述研究、研发或产品工作的内容太少。',
  'analysis.truncated': (chars: number) => `只读取了前${chars}个字符。`,
  'analysis.evidence': (phrases: number) => `依据（${phrases}个短语）`,
  'analysis.evidence.none': '文中没有任何短语支持某一列',
  'analysis.evidence.line': (line: number) => `第${line}行`,
  'analysis.evidence.negated': '否定',
  'analysis.evidence.measure': '考核指标',
  'analysis.section.title': '头衔',
  'analysis.section.summary': '概述',
  'analysis.section.responsibilities': '职责',
  'analysis.section.requirements': '任职要求',
  'analysis.section.nice-to-have': '加分项',
  'analysis.section.metrics': '考核指标',
  'analysis.section.company': '公司介绍',
  'analysis.section.benefits': '福利待遇',
  'analysis.section.legal': '法律声明',
  'analysis.flags': '提示',
  'analysis.asked': (role: string) => `各级和改写均按${role}的工作来判断（--role）`,
  'analysis.levels': (count: number) => `级别（${count}）`,
  'analysis.level.grades': (column: string, shares: string) => `考核${column}：${shares}`,
  'analysis.level.tooLittle': '描述太少，无法判断',
  'analysis.suggestions': (count: number) => `改写建议（${count}）`,
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `第${line}行：把“${instead}”改为“${write}”`,
  'analysis.suggestions.apply': (command: string) => `整篇改写后的文本：${command}`,

  // 招聘启事、考核细则和职级体系的检查（rolefit check）。
  'check.document.posting': '招聘启事',
  'check.document.rubric': '考核细则',
  'check.document.ladder': '职级体系',
  'check.disagree': (count: number, role: string) =>
    `${count}处不一致：并非所有文档考核的都是${role}的工作。`,
  'check.against.asked': (role: string) => `按 --role 的要求，以${role}的工作为准进行检查。`,
  'check.against.document': (role: string, document: string) =>
    `以${role}的工作为准进行检查，这是${document}所指的角色。`,
  'check.table.document': '文档',
  'check.table.file': '文件',
  'check.table.role': '角色',
  'check.table.work': '工作',
  'check.role.none': '描述太少，无法判断',
  'check.mismatches': (count: number) => `不一致（${count}）`,
  'check.gradeOn': (role: string) => `请按以下方面考核${role}的工作：`,
  'check.rewrites': '改写建议',
  'check.rewrites.count': (count: number) => `${count}处改写`,
  'check.rewrites.hint': (command: string) => `应用方法：${command}`,
};
