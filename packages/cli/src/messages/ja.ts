// コマンドラインの日本語テキスト。コマンド名、フラグ名、ファイル名、コマンド例は英語版のまま。
import type { Messages } from './en.ts';

export const ja: Messages = {
  'help.rolefit':
    'このAIの仕事に必要なのはどの役割か：リサーチサイエンティスト、リサーチエンジニア、AIエンジニア\n\n終了コード：0 正常、1 入力の誤り（check では、文書どうしが一致しないこと）、2 使い方の誤り、130 クイズの中断。',
  'help.title': (description: string, command: string, version: string) =>
    `${description}（${command} v${version}）`,
  'help.usage': '使い方',
  'help.usage.options': '[OPTIONS]',
  'help.arguments': '引数',
  'help.options': 'オプション',
  'help.commands': 'コマンド',
  'help.commands.command': (command: string) => `${command} <command> --help`,
  'help.commands.more': (command: string) => `各コマンドの詳細は ${command} で表示できます。`,
  'help.required': '（必須）',
  'help.default': (value: string) => `（既定値：${value}）`,
  'help.examples': '例',
  'help.arg.answersFile': '回答ファイル（JSON または YAML）。標準入力から読むなら -',
  'help.arg.databaseUrl':
    'SQLite なら file:<path>、PostgreSQL なら postgres://…（既定値：$DATABASE_URL、なければ ./data/rolefit.db の SQLite）',
  'help.lang':
    '出力の言語（既定値：環境変数 LC_ALL、LC_MESSAGES、LANG の順に最初に設定されたもの。なければ英語）',

  'usage.unknownCommand': (name: string) => `不明なコマンドです：${name}`,
  'usage.noCommand': 'コマンドが指定されていません。',
  'usage.missingArgument': (name: string) => `必須の位置引数がありません：${name}`,
  'usage.seeHelp': 'コマンドとそのオプションは "rolefit --help" で確認できます。',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `rolefit ${command} に "${option}" というオプションはありません。${options.length > 0 ? `使えるオプション：${options.join(', ')}` : 'このコマンドにオプションはありません'}（ほかに --help）`,
  'usage.missingOption': (option: string, command: string, description: string) =>
    `rolefit ${command} には ${option} が必要です${description ? `（${description}）` : ''}`,
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? '--lang には言語を指定してください' : `--lang に指定された "${value}" には対応していません`}。使える言語：${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `予期しないエラー：${detail}`,
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `--role には ${choices.join(', ')} のどれかを指定してください。"${value}" は使えません`,

  'input.stdin': '標準入力',
  'input.waiting':
    '標準入力からの入力を待っています。ファイルをパイプで渡すか、"-" の代わりにファイルのパスを指定してください',
  'input.noFile': (path: string) => `ファイルがありません：${path}`,
  'input.folder': (path: string) => `${path} はフォルダです。ファイルを指定してください`,
  'input.unreadable': (path: string, reason: string) => `${path} を読めません：${reason}`,
  'input.empty': (name: string) =>
    `${name} が空です。{"answers": {…}} のような JSON を渡してください`,
  'input.notData': (name: string, reason: string) =>
    `${name} は JSON でも YAML でもありません：${reason}`,

  'quiz.help': 'ターミナルでクイズに答える（1問ずつ。矢印キーか数字キーで選択、b で戻る）',
  'quiz.help.json': '結果のオブジェクトを JSON で出力する',
  'quiz.help.brief': '結果の代わりに Markdown の職務概要書を出力する',
  'quiz.jsonAndBrief': '--json と --brief は同時に指定できません。どちらか一方にしてください',
  'quiz.noTerminal':
    'rolefit quiz はターミナルで質問しますが、標準入力がターミナルではありません。ファイルやパイプの回答を採点するには rolefit score <file|-> を使ってください（質問と選択肢の ID：rolefit questions）',
  'quiz.cancelled': 'クイズを中断しました。採点はしていません',
  'quiz.step': (n: number, of: number) => `質問 ${n}/${of}`,
  'quiz.step.optional': (n: number, of: number) => `任意の質問 ${n}/${of}`,
  'quiz.skip': 'この質問を飛ばす',
  'quiz.skip.clear': '回答を消して飛ばす',
  'quiz.back': '← 戻る',
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ か 1-${options}`)} で選択`,
    `${key('Enter')} で決定`,
    ...(canGoBack ? [`${key('b')} で戻る`] : []),
    `${key('Ctrl-C')} で終了`,
  ],
  'quiz.scored': '採点しました。結果：',

  'questions.help': 'クイズを出力する：質問の ID、設問文、各選択肢とその重み',
  'questions.help.json': 'クイズの定義を JSON で出力する',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `研究 ${research} · R&D ${rnd} · プロダクト ${product}`,
  'questions.context': '任意の補足（結果は変わりません）',
  'questions.howToAnswer':
    '{"answers": {"<question id>": "<option id>", …}} の形で回答を書き、rolefit score <file> を実行してください',

  'score.help': 'JSON・YAML ファイルまたは標準入力（-）の回答を採点する',
  'score.help.json': '結果のオブジェクト全体を JSON で出力する',
  'score.notAnswers': (example: string) =>
    `"answers" を持つオブジェクトが必要です（例：${example}）。ID は rolefit questions で確認できます`,
  'score.unscorable': (problems: readonly string[]) =>
    `この回答は採点できません：\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help': 'JSON・YAML ファイルの回答（標準入力なら -）から、Markdown の職務概要書を出力する',
  'brief.help.json': '{"result": …, "markdown": "…"} を JSON で出力する',

  'rubric.help':
    'ある役割の仕事の評価シート。レベル×観点で、どの行も評価者が根拠を確かめられる内容。Markdown・CSV・JSON で出力する',
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `仕事を評価する役割：${roles.join(', ')}。一人二役なら ${split}`,
  'rubric.help.regime':
    'separate-tracks（トラックごとのキャリアラダーと、各トラックが次に渡すもの）か flat（単一の肩書きのもとで一つのラダー）。既定はその仕事に肩書きの表が勧めるほう',
  'rubric.help.levels': (min: number, max: number) => `ラダーごとのレベル数（${min}〜${max}）`,
  'rubric.help.format':
    'md（文書に貼る Markdown）、csv（レベルと観点ごとに 1 行、表計算用）、json（Rubric オブジェクト）のどれか',
  'rubric.help.json': 'Rubric オブジェクトを JSON で出力する（--format json と同じ）',
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `--role には ${choices.join(', ')} のどれかを指定してください。"${value}" は使えません`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `--regime には ${choices.join(' か ')} を指定してください。"${value}" は使えません`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `--levels には ${min} から ${max} までの整数を指定してください。"${value}" は使えません（例：--levels 4）`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `--format には ${choices.join(', ')} のどれかを指定してください。"${value}" は使えません`,
  'rubric.jsonAndFormat': (format: string) =>
    `--json は --format json と同じですが、--format は ${format} を指定しています。どちらか一方にしてください`,

  'portfolio.help':
    'ワークストリームまたは人から、チームの重心と肩書きの体系の判定を出す。チームの一覧（teams）からは組織全体について出す（JSON/YAML）',
  'portfolio.help.file':
    'ワークストリームまたは人、または組織の "teams"（JSON または YAML）。標準入力なら -',
  'portfolio.help.teamSize': 'この人数を三つの役割に割り振った結果も出す（チームが一つのときだけ）',
  'portfolio.help.weighting':
    '"teams" があるとき、各チームを回答数（responses）と人数（headcount）のどちらで重みづけするか。既定はファイルの "weighting"、なければ responses',
  'portfolio.help.json':
    'ポートフォリオのオブジェクトを JSON で出力する（"teams" のときは組織のビュー。GET /api/orgs/<id> と同じ形）',
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `${option} には ${choices.join(' か ')} を指定してください。"${value}" は使えません`,
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `--team-size には人数を 1 から ${max} までの正の整数で指定してください。"${value}" は使えません（例：--team-size 12）`,
  'portfolio.unmappable': (reason: string) => `このポートフォリオは位置づけられません：${reason}`,
  'portfolio.entry.shape': (example: string) =>
    `${example}（work は research、rnd、product のいずれか）。"work" の代わりに "shares"、"result"、"answers" も使えます`,
  'portfolio.notList': (shape: string) =>
    `ワークストリームか人のリスト、またはそれを "items"、"workstreams"、"people" に持つオブジェクトが必要です。各項目は ${shape} の形にしてください`,
  'portfolio.noun.item': '項目',
  'portfolio.noun.workstream': 'ワークストリーム',
  'portfolio.noun.person': '人',
  'portfolio.empty': (noun: string) => `リストが空です。${noun}を少なくとも一つ指定してください`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `${noun} ${n}${name === undefined ? '' : `（"${name}"）`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) =>
    `${entry} がオブジェクトではありません。${shape} の形にしてください`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry}：この回答は採点できません：\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry} が正しくありません：\n${problems.map((p) => `    - ${p}`).join('\n')}\n  正しい形：${shape}`,

  'org.file': 'ファイル',
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `${where}に ${keys.map((k) => `"${k}"`).join('、')} がありますが、ここには置けません。使える項目：${known.join(', ')}`,
  'org.team.shape': (example: string) =>
    `${example}。"shares" と "responses" の代わりに、"answers"（メンバーごとに {質問 ID: 選択肢 ID} を一つずつ並べたリスト）か "workstreams" も使えます`,
  'org.notList': (shape: string) =>
    `"teams" はチームのリストにしてください。各チームは ${shape} の形です`,
  'org.empty': (shape: string) =>
    `"teams" のリストが空です。チームを少なくとも一つ指定してください（例：${shape}）`,
  'org.name.invalid': (problems: readonly string[]) =>
    `組織の名前 "name" が正しくありません：${problems.join('；')}`,
  'org.team': (n: number, name: string | undefined) =>
    `チーム ${n}${name === undefined ? '' : `（"${name}"）`}`,
  'org.team.notObject': (team: string, shape: string) =>
    `${team} がオブジェクトではありません。正しい形：${shape}`,
  'org.team.noWork': (team: string) =>
    `${team} に仕事の情報がありません。"answers"（メンバーごとに一つ）、"shares" と "responses"、"workstreams" のどれか一つを指定してください`,
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team} は仕事を ${given.map((g) => `"${g}"`).join(' と ')} の二通りで指定しています。"answers"、"shares"、"workstreams" のどれか一つだけにしてください`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team} が正しくありません：\n${problems.map((p) => `    - ${p}`).join('\n')}\n  正しい形：${shape}`,
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team}：サーバー上のチームと同じく、"minResponses" は ${least} から ${most} までの整数にしてください。${value} は使えません`,
  'org.team.answers.notList': (team: string, example: string) =>
    `${team}："answers" はメンバーごとに一つずつ並べたリストにしてください。各項目は ${example} の形です`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}、メンバー ${member}：この回答は採点できません：\n${problems.map((p) => `    - ${p}`).join('\n')}\n  質問と選択肢の ID は rolefit questions で確認できます`,
  'org.team.problem': (team: string, problem: string) => `${team}：${problem}`,
  'org.team.duplicate': (name: string) =>
    `"${name}" という名前のチームが二つあります。チームごとに別の名前をつけてください`,
  'org.teamSize':
    '--team-size は一つのチームを役割に割り振るためのものです。ファイルに "teams" があるときは、代わりに各チームに "headcount" を指定してください',
  'org.weighting.single':
    '--weighting はチームどうしの重みづけに使います。このファイルには "teams" のリストがないので、チームが一つなら外してください',

  'analyze.help':
    '求人票、評価シート、キャリアラダーがどの役割を記述しているかを、レベルごとに、根拠、「違う列」のフラグ、書き換えの提案とともに示す',
  'analyze.help.file': 'テキストファイル。標準入力なら -',
  'analyze.help.json': '分析のオブジェクトを JSON で出力する',
  'analyze.help.role': (roles: readonly string[]) =>
    `この役割を基準にレベルを判定し、書き換えを提案する：${roles.join(', ')}（既定：タイトルが示す役割、なければテキスト自体の役割）`,
  'analyze.help.rewrite':
    'レポートの代わりに、提案した書き換えをすべて適用したテキストを出力する（ファイルへのリダイレクト用）',
  'analyze.jsonAndRewrite':
    '--json と --rewrite は同時に指定できません。どちらか一方にしてください',
  'analyze.rewrite.none':
    '書き換える箇所はありません。役割の列以外で評価している語句がないため、テキストをそのまま出力します',
  'analyze.rewrite.applied': (count: number) =>
    `${count}件の書き換えを適用しました。使う前に新しい文言を読み直してください`,

  // rolefit check。
  'check.help':
    'ある役割の求人票、評価シート、キャリアラダーが同じ列で評価しているかを確かめる。一致すれば終了コード 0、一致しなければ 1',
  'check.help.posting': '求人票：テキストファイル。標準入力なら -',
  'check.help.rubric': '評価シート：テキストファイル。標準入力なら -',
  'check.help.ladder': 'キャリアラダー：テキストファイル。標準入力なら -',
  'check.help.role': (roles: readonly string[]) =>
    `文書が対象とする役割：${roles.join(', ')}（既定：役割を示している最初の文書の役割。求人票が最優先）`,
  'check.help.json': '確認結果のオブジェクトを JSON で出力する',
  'check.none':
    '確認する文書を一つ以上指定してください：--posting <file>、--rubric <file>、--ladder <file>（- は標準入力を読みます）',
  'check.noValue': (option: string) =>
    `${option} にはファイルを指定してください。標準入力なら - です`,
  'check.stdinTwice': (options: readonly string[]) =>
    `標準入力から読める文書は一つだけですが、${options.join(' と ')} がどれも標準入力（-）を指定しています。ほかはファイルで指定してください`,
  'analyze.empty': (name: string) =>
    `${name} が空です。求人票か評価シートのテキストを渡してください`,
  'analyze.answers': (name: string, command: string) =>
    `${name} は求人票や評価シートのテキストではなく、クイズの回答（質問と選択肢の ID）のようです。回答を採点するには次を実行してください：${command}`,

  'serve.help':
    'Web アプリと HTTP API を起動する（JSON のリクエストログを標準出力へ）。Ctrl-C か SIGTERM できれいに停止',
  'serve.help.port': '待ち受けるポート（既定値：$PORT、なければ 3000。0 なら空いているポート）',
  'serve.help.host': '待ち受けるアドレス（既定値：$HOST、なければ 0.0.0.0）',
  'serve.cannotStart': (reason: string) => `サーバーを起動できません：${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `rolefit が ${url} で動いています（${database}：${location}）。Ctrl-C で停止します。`,
  'serve.ownerToken': (token: string) =>
    `分析ダッシュボード（/admin）と GET /api/stats のオーナートークンを、この初回起動で生成しました：\n\n    ${token}\n\n表示はこの一度だけで、保存されるのはハッシュのみです。パスワードマネージャーに保管するか、ROLEFIT_ADMIN_TOKEN に独自の秘密を設定してください（その場合はそちらが使われます）。`,
  'serve.stopping': (signal: string) => `${signal}：処理中のリクエストを終えてから停止します`,
  'serve.port.invalid': (option: string, value: string) =>
    `${option} には 0 から 65535 までの整数を指定してください（0 なら空いているポート）。"${value}" は使えません`,
  'database.url.invalid': (url: string) =>
    `データベースの URL は file:（SQLite。例：file:./data/rolefit.db）か postgres://（PostgreSQL）で始めてください。"${url}" は使えません`,
  'export.help': '保存されたクイズの回答を CSV か JSON で、古い順に出力する',
  'export.help.format': 'csv（1回答につき1行、1質問につき1列）または json（配列）',
  'export.help.since': 'この日付（2025-01-31）または時刻（ISO 8601）以降に保存された回答だけ',
  'export.help.teams':
    'チーム向けに送られた回答も出力する（既定では含めない。オーナー用エクスポートと同じく、各チームのチームリーダーのものだから）',
  'export.format.invalid': (value: string) =>
    `--format には csv か json を指定してください。"${value}" は使えません`,
  'export.since.invalid': (value: string) =>
    `--since には 2025-01-31 のような日付か 2025-01-31T09:00:00Z のような時刻を指定してください。"${value}" は使えません`,
  'export.noDatabase': (path: string) =>
    `${path} にデータベースがありません。先に "rolefit serve" を実行するか、--database-url（または DATABASE_URL）でデータベースを指定してください`,
  'export.cannotOpen': (reason: string) => `データベースを開けません：${reason}`,

  'label.work': '仕事',
  'label.measured': '評価',
  'label.spread': '広がり',
  'label.titling': '肩書き',
  'label.risk': 'リスク',
  'join.titling': (regime: string, verdict: string) => `${regime}。${verdict}`,
  'join.work': (work: string, shares: string) => `${work}：${shares}`,
  'join.spread': (value: string, band: string) => `${value}、${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}、${away}`,
  'confidence.high': (percent: string) => `確信度 高（${percent}）`,
  'confidence.moderate': (percent: string) => `確信度 中（${percent}）`,
  'confidence.low': (percent: string) => `確信度 低（${percent}）`,
  'share.research': (share: string) => `研究 ${share}`,
  'share.rnd': (share: string) => `R&D ${share}`,
  'share.product': (share: string) => `プロダクト ${share}`,
  'work.twoJobs': '二つの仕事',
  'role.between': (a: string, b: string) => `${a}と${b}のあいだ`,
  'titling.risk': (risk: string) => `受け入れるリスク：${risk}`,
  'titling.manage': (manage: string) => `リスクへの対処：${manage}`,
  'titling.other': (regime: string, verdict: string) => `${regime}にした場合：${verdict}`,
  'grading.on': '評価の基準にするもの',
  'grading.off': '評価の基準にしないもの',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `一人二役：${a} ${aShare}＋${b} ${bShare}`,
  'twoJobs.gradePart': (role: string, share: string) => `${role}のパート（${share}）の評価の基準`,
  'twoJobs.share.week': (share: string) => `週の${share}`,
  'twoJobs.share.team': (share: string) => `チームの労力の${share}`,
  'twoJobs.share.text': (share: string) => `記述された仕事の${share}`,
  'twoJobs.waysOut': '打開策',

  'result.oneAnswerAway': (role: string) => `回答を1問変えると${role}が優勢に`,
  'result.why': '理由',
  'result.why.middle': '中間にとどまる',
  'result.why.strong.research': '研究の側へ強く引っぱる',
  'result.why.strong.product': 'プロダクトの側へ強く引っぱる',
  'result.why.slight.research': '研究の側へ少し引っぱる',
  'result.why.slight.product': 'プロダクトの側へ少し引っぱる',
  'result.why.alone': (direction: string, role: string) => `${direction}。単独では${role}を指す`,
  'result.change': '結果を変えるには',
  'result.change.note':
    'どの変更の組み合わせでも、結果はその役割だけになります。二つの役割のあいだでも、一人二役でもありません。',
  'result.change.role': (role: string, changes: number) =>
    `${role}だけにするには：${changes}問の回答を変える`,
  'result.change.answer': (question: string, answer: string) => `${question} → 「${answer}」`,
  'result.mismatches': '違う列',

  'portfolio.centre': (role: string) => `重心：${role}`,
  'portfolio.summary': (entries: number, effort: number) => `${entries}項目、労力 ${effort}`,
  'spread.tight': '狭い：仕事はよく似ている',
  'spread.moderate': '中程度：仕事が隣の列にまで及んでいる',
  'spread.wide': '広い：仕事がスペクトラムの両端へ引っぱられている',
  'portfolio.staffing': '人員構成（各列の労力に比例）',
  'roles.research-scientist': 'リサーチサイエンティスト',
  'roles.research-engineer': 'リサーチエンジニア',
  'roles.ai-engineer': 'AIエンジニア',
  'portfolio.staffing.role': (people: number, role: string, roles: string) =>
    `${people === 1 ? role : roles} ${people}人`,
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `${people}人の場合：${roles.join('、')}`,
  'portfolio.entries': '項目',
  'portfolio.entries.effort': (effort: string) => `労力 ${effort}`,

  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `【${org}】${verdict}`,
  'org.summary': (teams: number, counting: number) => `${teams}チーム中${counting}チームを集計`,
  'org.noCentre': 'まだ重心はありません：回答が足りているチームがありません',
  'org.teams': 'チーム',
  'org.weighting.responses': '各チームは回答数で重みづけしています。',
  'org.weighting.headcount': '各チームは人数で重みづけしています。',
  'org.weighting.fallback': (given: number, of: number) =>
    `人数での重みづけが指定されましたが、${given === 0 ? '人数を指定したチームがない' : `人数を指定したのは${of}チーム中${given}チームだけな`}ので、各チームを回答数で重みづけしています。`,
  'org.team.answers': (n: number) => `回答${n}件`,
  'org.team.batches': (counted: number, given: number, min: number) =>
    `回答${given}件中${counted}件を集計（${min}件ずつ）`,
  'org.team.workstreams': (n: number) => `ワークストリーム${n}件`,
  'org.team.headcount': (n: number) => `${n}人`,
  'org.team.weight': (share: string) => `重み ${share}`,
  'org.team.against': (regime: string) => `組織の体系と合わない。このチームだけなら：${regime}`,
  'org.team.waiting': (given: number, min: number) =>
    `回答がまだ足りません（${given}/${min}件）。集計には含めません`,
  'org.heatmap': 'チームごとの仕事の配分',
  'org.heatmap.org': '組織全体',

  'column.research': '研究',
  'column.rnd': 'R&D',
  'column.product': 'プロダクト',
  'analysis.kind.posting': '求人票と判断',
  'analysis.kind.rubric': '評価シートと判断',
  'analysis.title': (title: string, column: string) =>
    `肩書き「${title}」は${column}の仕事を指している`,
  'analysis.title.noColumn': (title: string) => `肩書き「${title}」はどの列も指していない`,
  'analysis.noRole': '役割なし：仕事についての記述が少なすぎる',
  'analysis.notEnough': '判断できません。研究、R&D、プロダクトの仕事についての記述が少なすぎます。',
  'analysis.truncated': (chars: number) => `最初の${chars}文字だけを読みました。`,
  'analysis.evidence': (phrases: number) => `根拠（${phrases}語句）`,
  'analysis.evidence.none': 'どの列を支持する語句も、テキストにはありません',
  'analysis.evidence.line': (line: number) => `${line}行目`,
  'analysis.evidence.negated': '否定',
  'analysis.evidence.measure': '評価の指標',
  'analysis.section.title': '肩書き',
  'analysis.section.summary': '概要',
  'analysis.section.responsibilities': '職務内容',
  'analysis.section.requirements': '応募要件',
  'analysis.section.nice-to-have': '歓迎要件',
  'analysis.section.metrics': '評価指標',
  'analysis.section.company': '会社情報',
  'analysis.section.benefits': '待遇・福利厚生',
  'analysis.section.legal': '法的事項',
  'analysis.flags': 'フラグ',
  'analysis.asked': (role: string) => `レベルと書き換えは${role}の仕事を基準に判定（--role）`,
  'analysis.levels': (count: number) => `レベル（${count}）`,
  'analysis.level.grades': (column: string, shares: string) => `評価する列：${column}（${shares}）`,
  'analysis.level.tooLittle': '記述が少なすぎて判断できません',
  'analysis.suggestions': (count: number) => `書き換えの提案（${count}）`,
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `${line}行目：「${instead}」の代わりに「${write}」と書く`,
  'analysis.suggestions.apply': (command: string) => `すべて書き換えたテキスト：${command}`,

  // 求人票、評価シート、キャリアラダーの確認（rolefit check）。
  'check.document.posting': '求人票',
  'check.document.rubric': '評価シート',
  'check.document.ladder': 'キャリアラダー',
  'check.disagree': (count: number, role: string) =>
    `不一致が${count}件あります：すべての文書が${role}の仕事を評価しているわけではありません。`,
  'check.against.asked': (role: string) =>
    `--role の指定どおり、${role}の仕事を基準に確認しました。`,
  'check.against.document': (role: string, document: string) =>
    `${document}が示す役割である${role}の仕事を基準に確認しました。`,
  'check.table.document': '文書',
  'check.table.file': 'ファイル',
  'check.table.role': '役割',
  'check.table.work': '仕事',
  'check.role.none': '記述が少なすぎて判断できません',
  'check.mismatches': (count: number) => `不一致（${count}）`,
  'check.gradeOn': (role: string) => `${role}の仕事の評価の基準：`,
  'check.rewrites': '書き換えの提案',
  'check.rewrites.count': (count: number) => `書き換え${count}件`,
  'check.rewrites.hint': (command: string) => `適用するには：${command}`,
};
