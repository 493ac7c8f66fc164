// core の日本語テキスト：枠組み（frameworkJa）、役割の詳しい説明、チームへの助言、不一致と分析のメッセージ、エラー、職務概要書。
import { auditJa } from './audit-ja.ts';
import type { Messages } from './en.ts';
import { frameworkJa } from './framework-ja.ts';
import { rubricJa } from './rubric-ja.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const BAND: Readonly<Record<string, string>> = { high: '高', moderate: '中', low: '低' };

export const ja: Messages = {
  ...frameworkJa,

  'dimension.core-question.name': '中心となる問い',
  'dimension.output.name': '成果物',
  'dimension.optimizes-for.name': '最適化するもの',
  'dimension.time-horizon.name': '時間軸',
  'dimension.background.name': '典型的な経歴',

  'profile.research-scientist.alias': ['AI研究者', 'Research Scientist'],
  'profile.research-scientist.summary':
    'まだ誰も答えていない問いを立て、それに答える手法を考案し、分かったことをまとめます。生み出すのは、他の人が土台にする知識です。',
  'profile.research-scientist.core-question':
    'まだ誰も示していない、成り立つこと・できることは何か？',
  'profile.research-scientist.output': '論文、新しい手法、新しいベンチマーク',
  'profile.research-scientist.optimizes-for': '新規性と科学的なインパクト',
  'profile.research-scientist.time-horizon': '数年',
  'profile.research-scientist.background': '博士号と論文の実績',
  'profile.research-engineer.alias': ['Research Engineer', 'MLリサーチエンジニア'],
  'profile.research-engineer.summary':
    'アイデアを信頼できる検証に変えるものを作ります。学習・評価の基盤、整備されたデータ、指標、そして大規模に回る実験です。研究の成果と動くシステムをつなぐ橋渡しの役割で、共著者になることも少なくありません。',
  'profile.research-engineer.core-question':
    '素早く、繰り返し確かめるために、何を作る必要があるか？',
  'profile.research-engineer.output': '学習基盤、実験フレームワーク、大規模に動く手法',
  'profile.research-engineer.optimizes-for': '実験の速度と再現性',
  'profile.research-engineer.time-horizon': '数か月から2年ほど',
  'profile.research-engineer.background':
    'コンピュータサイエンスの確かな素養と、MLシステムの実務経験',
  'profile.ai-engineer.alias': ['機械学習エンジニア', 'プロダクトAIエンジニア', 'AI Engineer'],
  'profile.ai-engineer.summary':
    '既存のモデルを選んで調整し、安定して動き、スケールし、コストに見合う価値を生むシステムに仕上げます。データパイプライン、サービング、レイテンシとコスト、プロダクトへの組み込み、A/Bテストが仕事です。',
  'profile.ai-engineer.core-question': 'これを確実に、大規模にユーザーへ届けるにはどうするか？',
  'profile.ai-engineer.output': '本番環境のサービス、プロダクトの機能、A/Bテストでの改善',
  'profile.ai-engineer.optimizes-for': '稼働率、レイテンシ、コスト、ビジネス指標',
  'profile.ai-engineer.time-horizon': '数週間から数か月',
  'profile.ai-engineer.background': 'ソフトウェアエンジニアリングと本番運用の経験',

  'work.research.summary': 'まだ誰も持っていない知識を狙う、長く不確かな賭け。',
  'work.rnd.summary': '研究の成果を、チームが作ってリリースできるシステムに変える仕事。',
  'work.product.summary': '確立した手法をプロダクトに徹底して当てはめ、大規模に動かす仕事。',
  'work.research.inSentence': '研究中心',
  'work.rnd.inSentence': 'R&D中心',
  'work.product.inSentence': 'プロダクト中心',

  'regime.separate-tracks.summary':
    'リサーチサイエンティスト、リサーチエンジニア、エンジニアで肩書きを分け、それぞれに独自のキャリアラダーと指標を持たせます。',
  'regime.flat.summary':
    '全員が一つの肩書きを持ち、スタック全体にまたがって働くことが期待されます。肩書きは Member of Technical Staff（OpenAIやAnthropicが研究職とエンジニア職に共通で使う社内の肩書き）か、単にエンジニアです。',

  'twoJobs.team-groups': {
    summary:
      'このチームは研究とプロダクトという両端の仕事をしていて、そのあいだの橋渡しはほとんどありません。平均すると中間に来ますが、中間の仕事をしている人はほぼいません。これはリサーチエンジニアリングのチームではありません。',
    risk: '成果が二つのグループのあいだで止まります。また、肩書きやキャリアラダーが一つだと、一方のグループがもう一方の列で評価されます。',
    options: [
      '二つのトラックを運用し、グループ間のインターフェース（誰が誰に何を、いつ渡すか）を明確にする。',
      '橋渡しに人を置く：研究グループの成果をプロダクトへ運ぶリサーチエンジニアを配置する。',
      '単一の肩書きのもとでも、各グループをそれぞれの列で評価し、研究グループの時間をロードマップから守る。',
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      'チームの大半の人が、先の見えない研究とプロダクトのリリースという両端を同時に抱えていて、橋渡しの仕事はほとんどありません。一人ひとりが一人二役をこなしている状態です。',
    risk: '二つの仕事をしながら一つの列で評価され、長期の研究の賭けは次の締め切りに負けます。',
    options: [
      '役割を分ける：研究を担う人とリリースを担う人を分け、それぞれを自分の列で評価する。',
      '橋渡しを加える：成果をリリースできる形にするリサーチエンジニアを置き、誰も両端を抱えずに済むようにする。',
      '両方を続ける人については、週のどれだけをそれぞれに充てるかを合意し、それぞれのパートをその列で評価する。',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `肩書きは${role}ですが、仕事は${work}です。肩書きは期待とキャリアラダーを決めるものなのに、この肩書きは別の列を指しています。`,
  'mismatch.review': (role: string, work: string) =>
    `仕事は${work}なのに、${role}の指標で評価されています。違う列で評価している状態です。`,

  'answers.notObject': 'answers は、質問IDを選択肢IDに対応づけるオブジェクトにしてください',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `質問「${id}」はありません。質問は次のとおりです：${known.join(', ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `質問「${id}」に回答がありません。次のいずれかを選んでください：${allowed.join(', ')}`,
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `質問「${id}」に選択肢 ${value} はありません。次のいずれかを選んでください：${allowed.join(', ')}`,

  'confidence.high.name': '高',
  'confidence.moderate.name': '中',
  'confidence.low.name': '低',

  'portfolio.empty': 'ワークストリームか人を少なくとも一つ指定してください',
  'portfolio.oneOf':
    '"work"（research、rnd、product のいずれか）、"shares"、"result" のうち、どれか一つだけを指定してください',
  'portfolio.zeroShares': 'shares をすべてゼロにすることはできません',

  'request.answers.required':
    '必須です：質問 id → 選択肢 id のオブジェクトを送ってください。例：{"core-question": "ship"}（一覧は GET /api/quiz にあります）',
  'request.answers.shape':
    '質問 id を選択肢 id に対応させる、文字列どうしのオブジェクトにしてください。例：{"core-question": "ship"}',
  'request.fields.count': '隠しフィールドは1回答につき10個までです',
  'request.fields.name': 'フィールド名は a-z、0-9、_ の1〜40文字にしてください（例: utm_source）',
  'request.fields.value': 'フィールドの値は200文字以内のテキストにしてください',
  'request.id.required':
    '必須です：クライアントが回答済みのクイズごとに一度だけ決める UUID（crypto.randomUUID()）で、再送のたびに同じものを使います',
  'request.id.shape': '3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b のような UUID にしてください',

  'preview.callsFor': 'この仕事に合う役割',
  'preview.between': 'この仕事は二つの役割の間',
  'preview.twoJobs': '一つの役割に二つの仕事',
  'preview.title.role': (role: string) => `この仕事に合う役割：${role}`,
  'preview.title.between': (first: string, second: string) =>
    `この仕事は${first}と${second}の間にあります`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `一つの役割に二つの仕事：${first}＋${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `研究 ${research} · R&D ${rnd} · プロダクト ${product}`,
  'preview.invite': (questions: number) =>
    `あなたの仕事に合う AI の役割は？ ${questions} 問の質問でわかります。`,
  'preview.team.eyebrow': 'チームからの質問',
  'preview.team.headline': 'あなたの一週間はどこに位置する？',
  'preview.team.title': (team: string) => `あなたの一週間はどこに位置する？ チーム「${team}」`,
  'preview.team.description': (questions: number) =>
    `一週間を占める仕事についての ${questions} 問、約 1 分。リーダーに見えるのはチーム全体だけで、あなた個人の回答は見えません。`,

  'shareCode.damaged': 'この結果リンクは壊れているか、途中で切れています',
  'shareCode.otherVersion': (version: string, current: number) =>
    `このリンクはクイズのバージョン ${version} で作られたものです。現在のバージョンは ${current} です`,
  'shareCode.answerCount': 'この結果リンクは回答の数が合いません',
  'shareCode.unknownAnswer': 'この結果リンクには、クイズにない回答が含まれています',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `肩書きは${title}ですが、書かれている仕事は${work}（${phrases}）で、${role}の仕事です。肩書きとキャリアラダーは仕事に合わせるべきです。`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `肩書きは${title}なのに、${roles}の基準（${phrases}）で測られています。別の列の指標で評価していることになります。`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `仕事は${work}なのに、${roles}の基準（${phrases}）で測られています。別の列の指標で評価していることになります。`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `研究（${research}）とプロダクトの仕事（${product}）という両端を同時に求めていて、そのあいだの橋渡しはほとんどありません。これは一人二役です。役割を分けるか、橋渡しとしてリサーチエンジニアを加えてください。`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `研究（${research}）とプロダクトの仕事（${product}）という両端を同時に評価していて、そのあいだの橋渡しはほとんどありません。これは一人二役です。役割を分けるか、橋渡しとしてリサーチエンジニアを加えてください。`,
  'analyze.flag.noEvidence.none':
    '判断できません。研究、R&D、プロダクトのどの仕事についても書かれていません。求人票の職務内容と応募要件、または評価シートの評価項目を貼り付けてください。',
  'analyze.flag.noEvidence.few':
    '判断できません。仕事について書かれているのは、ほんの一語か二語です。求人票の職務内容と応募要件、または評価シートの評価項目を貼り付けてください。',
  'analyze.flag.lowEvidence':
    '仕事の内容を示す語句が少ないため、この位置づけは推測として扱ってください。職務内容がもっと詳しく書かれていれば、はっきりします。',
  'analyze.flag.truncated': (maxChars: number) =>
    `最初の${maxChars}文字だけを読み、残りは読んでいません。`,
  'analyze.flag.binaryLooking':
    '文章ではなくバイナリデータのようです。ここから出した位置づけには、ほとんど意味がありません。',
  'analyze.invalidText': 'text は文字列にしてください',
  'analyze.roleList': (names: readonly string[]) => names.join('と'),
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `「${p}」`).join('、'),

  'brief.percent': percent,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `研究 ${percent(shares.research)}・R&D ${percent(shares.rnd)}・プロダクト ${percent(shares.product)}`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${percent(confidence)}（${BAND[band] ?? band}）`,
  'brief.title.role': (role: string) => `職務概要書：${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `職務概要書：一人二役（${first}＋${second}）`,
  'brief.between': (first: string, second: string) =>
    `この仕事は **${first}** と **${second}** のあいだにあります。両方が重なる部分を担える人を採用し、キャリアラダーを書く前に両方の列を読んでください。`,
  'brief.row.work': '仕事',
  'brief.row.workValue': (work: string, shares: string) => `${work}（${shares}）`,
  'brief.row.twoJobsValue': (shares: string) => `二つの仕事（${shares}）`,
  'brief.row.largerPart': '大きいほうのパート',
  'brief.row.largerPartValue': (role: string, share: number) => `${role}（週の${percent(share)}）`,
  'brief.row.position': 'スペクトラム上の位置',
  'brief.row.positionValue': (position: number) =>
    `${position.toFixed(2)}（0＝リサーチサイエンティスト、0.5＝リサーチエンジニア、1＝AIエンジニア）`,
  'brief.row.confidence': '確信度',
  'brief.heading.coreQuestion': '中心となる問い',
  'brief.heading.outputs': '成果物',
  'brief.heading.optimizeFor': '最適化するもの',
  'brief.heading.gradeOn': '評価の基準にするもの',
  'brief.heading.dontGradeOn': '評価の基準にしないもの',
  'brief.heading.timeHorizon': '時間軸',
  'brief.heading.background': '求める経歴',
  'brief.heading.titling': '肩書き',
  'brief.heading.risk': 'リスク',
  'brief.heading.waysOut': '打開策',
  'brief.part.title': (n: number, role: string, share: number) =>
    `パート${n}：${role}（週の${percent(share)}）`,
  'brief.part.gradeOn': 'このパートの評価の基準',
  'brief.verdict': (regime: string, verdict: string) => `**${regime}**：${verdict}`,
  'brief.item': (label: string, value: string) => `${label}：${value}`,
  'brief.titling.risk': '受け入れるリスク',
  'brief.titling.manage': 'リスクへの対処',

  ...rubricJa,
  ...auditJa,
};
