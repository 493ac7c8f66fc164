// Web アプリの日本語テキスト。マークアップのタグは英語版と同じものを残している。
import type { Messages } from './en.ts';

/** チームの回答がまとめて表示される理由（二つのお知らせの末尾に付く）。 */
/** 英語では冠詞や複数形を選ぶためだけに使う値を受け取る。日本語では語形が変わらない。 */
const same = (_value: unknown, text: string) => text;

const NO_DIFFERENCING = '表示の前後を比べて誰かの回答を割り出すことはできません。';

export const ja: Messages = {
  'page.description': (questionCount: number) =>
    `あなたのAIの仕事に必要なのは、リサーチサイエンティスト、リサーチエンジニア、AIエンジニアのどれか。質問は${questionCount}問、所要時間は約1分。評価と肩書きについての助言も示します。`,
  'page.skip': '本文へスキップ',
  'page.noscript': 'rolefit でクイズに答え、結果を表示するには JavaScript が必要です。',
  'page.noscript.teams': 'チームモードには JavaScript が必要です。',
  'page.noscript.admin': 'オーナー用ダッシュボードのグラフを描くには JavaScript が必要です。',
  'page.noscript.analyze':
    '分析ツールはブラウザ内で動くため、JavaScript が必要です。JavaScript なしで使うなら、コマンドライン（<code>rolefit analyze posting.txt</code>）か <code>POST /api/analyze</code> を使ってください。',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit：この仕事に必要なのはどの役割か',
  'page.result.title': 'あなたの結果',
  'page.framework.title': '考え方の枠組み',
  'page.notFound.title': 'ページが見つかりません',
  'page.admin.title': 'オーナー用ダッシュボード',
  'page.analyze.title': '求人票を分析する',
  'page.analyze.description':
    '求人票や評価シートを貼り付けると、それが実際にどのAIの役割を記述しているか、違う列で評価していないかが分かります。処理はブラウザ内で完結し、テキストは送信されません。',
  'page.teams.title': 'チームモード',
  'page.teams.description':
    'チームのAIの仕事を地図にします。メンバーがクイズに答え、あなたはチームの重心と、職種別トラックと単一の肩書きのどちらが合うかを確認できます。',
  'page.team.title': 'チームのダッシュボード',
  'page.team.description': 'チームの地図：重心、肩書きの体系、人員構成。',
  'page.join.title': 'チームに参加する',
  'page.join.description': '自分の1週間について rolefit のクイズに答え、チームの地図に加わります。',
  'page.rubric.title': '評価シート',
  'page.rubric.description':
    'リサーチサイエンティスト、リサーチエンジニア、AIエンジニアのための評価シート。段階ごとに、評価の基準にするものとしないものを、職種別トラックでも単一の肩書きでも示します。Markdown・CSV・JSON でダウンロードできます。',
  'page.noscript.rubric': '評価シートはブラウザ内で作成されるため、JavaScript が必要です。',
  'page.check.title': '求人票・評価シート・キャリアラダーを確認する',
  'page.check.description':
    '求人票、評価シート、キャリアラダーを貼り付けると、どれも同じAIの役割をレベルごとに評価しているかが分かります。処理はブラウザ内で完結し、何も送信されません。',
  'page.noscript.check':
    'この確認はブラウザ内で動くため、JavaScript が必要です。JavaScript なしで使うなら、コマンドラインの <code>rolefit analyze</code> で文書を一つずつ読んでください。',

  'site.brand': 'rolefit',
  'site.nav.label': 'メイン',
  'site.nav.quiz': 'クイズ',
  'site.nav.framework': '枠組み',
  'site.nav.teams': 'チーム',
  'site.nav.analyze': '分析',
  'site.language': '言語',
  'site.footer.links': 'rolefit はオープンソースです。<a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': 'このページはありません',
  'notFound.lead': 'アドレスが間違っているか、ページが移動した可能性があります。',
  'notFound.quiz': 'クイズに答える',
  'notFound.framework': '枠組みを読む',

  'quiz.count': (n: number) => `${n}問`,
  'quiz.count.optional': (n: number) => `任意の質問${n}問`,
  'quiz.step.title': (n: number, of: number) => `${of}問中${n}問目`,
  'quiz.intro.eyebrow': (questionCount: number) => `${questionCount}問 · 約1分`,
  'quiz.intro.what':
    'その仕事がリサーチサイエンティスト、リサーチエンジニア、AIエンジニアのあいだのどこにあるか、その役割を何で評価すべきか（何で評価すべきでないか）、そしてチームに合うのは職種別トラックか単一の肩書きかが分かります。',
  'quiz.intro.note':
    'これは仕事についての助言であり、人についての判定ではありません。候補者の選考には使わないでください。',
  'quiz.intro.start': 'クイズを始める',
  'quiz.intro.continue': '前回の続きから',
  'quiz.intro.restart': '最初からやり直す',
  'quiz.intro.keys': (maxKey: number) =>
    `キーボード：<kbd>1</kbd>–<kbd>${maxKey}</kbd>で回答を選択、<kbd>Enter</kbd>で次へ、<kbd>Backspace</kbd>で戻る。`,
  'quiz.hint.pick': '先に進むには、回答を一つ選んでください。',
  'quiz.context.lead':
    '結果は変わりません。いまの肩書きと評価の指標が仕事に合っているかどうかが分かります。',
  'quiz.finish': '結果を見る',
  'quiz.next': '次へ',
  'quiz.back': '戻る',
  'quiz.skip': '飛ばす',
  'quiz.skip.clear': '回答を消して飛ばす',

  'result.title': (headline: string) => `${headline} · rolefit の結果`,
  'result.title.twoJobs': (roles: string) => `二つの仕事：${roles}`,
  'result.title.between': '二つの役割のあいだ',
  'result.roles.plus': (a: string, b: string) => `${a}＋${b}`,
  'result.problem.retake':
    '結果はすべてリンクの中にあるので、失われるものはありません。もう一度クイズに答えれば、新しい結果が得られます。',
  'result.problem.quiz': 'クイズに答える',
  'result.problem.none.title': '表示する結果がありません',
  'result.problem.none.lead':
    'このページは、リンクに回答が含まれているときに結果を表示します。このリンクには回答が含まれていません。',
  'result.problem.broken.title': 'この結果リンクは使えません',
  'result.problem.missing': 'この結果リンクには、回答の一部が欠けています。',
  'result.problem.invalid': (message: string) => `${message}。`,
  'result.hero.twoJobs.eyebrow': 'この1週間には二つの仕事がある',
  'result.hero.between.eyebrow': 'この仕事は次の二つのあいだ',
  'result.hero.between.title': (a: string, b: string) => `${a}と${b}`,
  'result.hero.callsFor.eyebrow': (role: string) => same(role, 'この仕事に必要なのは'),
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `この1週間のうち、先の見えない研究が${research}、プロダクトのリリースが${product}を占め、両者をつなぐ橋渡しの仕事（リサーチエンジニアリング）は${rnd ? `わずか${rnd}です` : 'ありません'}。回答を平均するとリサーチエンジニアという中間の近くに来ますが、そこにある仕事は${rnd ? 'ほとんどありません' : 'ありません'}。これは別々の二つの仕事です。`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': 'この仕事',
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `回答を一つ変えるだけで${role}になります：「${prompt}」→「${label}」。`,
  'result.hero.mix.twoJobs': '研究とプロダクトの仕事で、そのあいだはほとんどありません。内訳：',
  'result.hero.mix': (work: string) => `${work}の仕事。内訳：`,
  'result.hero.mix.label': '列ごとの仕事の割合',
  'result.confidence.badge': (band: string, share: string) => `確信度 ${band} · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `${role}のパートのほうが${points}ポイント大きくなっています。`,
  'result.confidence.split.even': '二つのパートは同じ大きさです。',
  'result.confidence.between.leader': (role: string) =>
    `${role}の仕事のほうが、週のわずかに多くを占めています。`,
  'result.confidence.between.even': '二つが週を半分ずつ占めています。',
  'result.confidence.another': '別の役割',
  'result.confidence.sentences': (first: string, second: string) => `${first}${second}`,
  'result.confidence.distance': (changes: number, role: string) =>
    `回答を${changes}問変えると、${role}が優勢になります。`,
  'result.actions.copyLink': 'リンクをコピー',
  'result.actions.linkCopied': 'リンクをコピーしました。',
  'result.actions.linkFailed': 'コピーできませんでした。リンクはアドレスバーにあります。',
  'result.actions.copyBrief': '概要書をコピー',
  'result.actions.briefCopied': '職務概要書を Markdown でコピーしました。',
  'result.actions.briefFailed':
    'コピーできませんでした。「概要書をダウンロード」を試してください。',
  'result.actions.download': '概要書をダウンロード（.md）',
  'result.actions.downloaded': '職務概要書をダウンロードしました。',
  'result.actions.print': '印刷・PDFで保存',
  'result.actions.retake': 'クイズをやり直す',
  'result.titling.heading': (regime: string) => `肩書き：${regime}`,
  'result.titling.twoJobs':
    'これは大きいほうのパートに当たる表の行です。一人二役の場合は、まず上の打開策を決めてください。役割を分ければ、それぞれに別の行が当てはまります。',
  'result.grading.twoJobs.heading': '一人二役：それぞれの評価の仕方と打開策',
  'result.grading.heading': 'この役割の評価の仕方',
  'result.grading.trap':
    'よくある罠は、役割を別の列の指標で評価することです。リサーチサイエンティストを稼働率で、プロダクトのエンジニアを論文で測るようなものです。',
  'result.mismatches.heading': 'いまの肩書きと指標を確かめる',
  'result.why.heading': '理由：各回答がどちらへ引っぱったか',
  'result.why.note':
    '中央より左はリサーチサイエンティストの側へ、右はAIエンジニアの側へ引っぱっています。',
  'result.change.heading': '結果を変えるには',
  'result.change.note':
    'ほかの役割それぞれについて、結果がその役割だけを示すようになる最少の回答の変更です。二つの役割のあいだでも、一人二役でもありません。',
  'result.change.role': (role: string, changes: number) =>
    `<strong>${role}だけにするには</strong>：回答を${changes}問変える。`,
  'result.change.arrow': ' → ',
  'pulls.middle': '中間にとどまる',
  'pulls.strong.research': '研究の側へ強く引っぱる',
  'pulls.strong.product': 'プロダクトの側へ強く引っぱる',
  'pulls.slight.research': '研究の側へ少し引っぱる',
  'pulls.slight.product': 'プロダクトの側へ少し引っぱる',
  'pulls.answer': (label: string) => `「${label}」`,
  'pulls.alone': (role: string) => `この回答だけを見ると、示すのは${role}です。`,

  'column.research': '研究',
  'column.rnd': 'R&D',
  'column.product': 'プロダクト',
  'mix.legend': (column: string, share: string) => `${column} ${share}`,
  'grading.on': '評価の基準にするもの',
  'grading.off': '評価の基準にしないもの',
  'fit.fits': '適合',
  'fit.works': '機能する',
  'fit.risky': '危うい',
  'fit.overhead': '過剰',
  'grid.risk': '受け入れるリスク',
  'grid.manage': 'リスクへの対処',
  'grid.example': '実例',
  'grid.other': (regime: string) => `${regime}の場合は？`,
  'grid.caption': '仕事の種類ごとに見た、肩書きの体系の向き不向き',
  'grid.work': '主な仕事',
  'grid.thisWork': 'この仕事',
  'grid.recommended': '推奨',
  'spectrum.line':
    'リサーチサイエンティスト（0）からリサーチエンジニア（0.5）を経てAIエンジニア（1）に至るスペクトラム。',
  'spectrum.marker': (label: string, position: string) => `${label}は${position}の位置。`,
  'twoJobs.part': (role: string) => `${role}のパート`,
  'twoJobs.share': (share: string, column: string) =>
    `週の<share>${share}</share>が${column}の仕事`,
  'twoJobs.gradePart': (role: string) => `${role}のパートの評価の基準：`,
  'twoJobs.dont': '評価の基準にしないもの',
  'twoJobs.risk': (risk: string) => `<strong>リスク：</strong>${risk}`,
  'twoJobs.ways': '打開策',

  'framework.title': (roles: number, regimes: number) =>
    `一本の線に並ぶ${roles}つの役割と、${regimes}通りの肩書きの付け方`,
  'framework.lead':
    'AIの仕事は一種類ではありません。新しい知識を生む研究から、アイデアを大規模に検証できるようにするエンジニアリングを経て、確立した手法を信頼できるプロダクトとしてリリースする仕事まで、幅があります。仕事がどこにあるかで、誰を採用し、何で評価し、チームにどう肩書きを付けるかが決まります。',
  'framework.roles.heading': (roles: number) => `スペクトラム：基準となる${roles}つの役割`,
  'framework.roles.lead': (roles: number) =>
    `実際の仕事が基準点にぴったり重なることはまれです。${roles}つの役割は線上の点、仕事はそのあいだの位置として考えてください。`,
  'framework.roles.aliases': (aliases: readonly string[]) => `別名：${aliases.join('、')}`,
  'framework.dimensions.heading': (dimensions: number) => `${dimensions}つの観点で比べる`,
  'framework.dimensions.lead': (dimensions: number) =>
    `役割の違いは、同じ${dimensions}つの点に表れます。クイズはそれぞれについて一つずつ、必ず仕事について質問します。`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `${roles}つの役割を${dimensions}つの観点で比べた表`,
  'framework.grading.heading': '評価と、その罠',
  'framework.grading.lead':
    '役割にはそれぞれ、良い1年を測る物差しがあります。罠は、役割を別の列の指標で評価することです。稼働率の目標は、リサーチサイエンティストを採用した目的である探索を締めつけ、論文数はプロダクトのエンジニアが何をリリースしたかを何も語りません。リサーチエンジニアはどちらの列にも収まらないため、評価を誤られることが特に多い役割です。',
  'framework.grading.off': '基準にしないもの',
  'framework.grid.heading': '表：仕事の種類 × 肩書きの体系',
  'framework.grid.lead': (regimes: number) =>
    `体系は${regimes}通りです。それぞれの肩書きとキャリアラダーを持つ職種別トラックか、全員に単一の肩書きか。どちらにも、向いている仕事とそうでない仕事があります。`,
  'framework.grid.row': (work: string, summary: string) => `${work}：<summary>${summary}</summary>`,
  'framework.choose.heading': '選び方',
  'framework.choose.describe':
    '<strong>人ではなく、仕事を記述する。</strong>週の大半を占めるものを見ます。その仕事が答える問い、生み出すもの、良い月に伸びるもの、成否が分かるまでの期間、そして任せるなら誰を採用するか。',
  'framework.choose.place': (dimensions: number) =>
    `<strong>線上に置く。</strong>${dimensions}つの回答は、それぞれ線の一端か中間へ引っぱります。結果は一つの位置で、境界の近くなら正直に「あいだ」と示します。`,
  'framework.choose.centre':
    '<strong>重心を見つける。</strong>チームなら、全員の仕事を合わせます。最も大きな割合を占める仕事の種類が、表のどの行に当たるかを決めます。',
  'framework.choose.regime':
    '<strong>その行から体系を選ぶ。</strong>どんな場合にも正しい体系はありません。ある種類の仕事にとって正しいだけです。どちらを選んでも、受け入れるリスクと、それを小さく抑える方法をはっきりさせてください。',
  'framework.choose.grade':
    '<strong>各役割をその役割の列で評価する。</strong>リサーチエンジニアは意図して配置してください。単一の肩書きのもとでは全員が結局それをしていることになり、職種別トラックのもとでは成果を本番に運ぶ橋渡しになります。',

  // 評価シート（/rubric）と、結果ページ・枠組みページからのリンク。
  'result.rubric': 'この役割の評価シートを作る',
  'result.rubric.twoJobs': '一人二役の評価シートを作る',
  'framework.grading.rubric': (role: string) => `${role}の評価シート`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels}段階 · ${regime}`,
  'rubric.tabTitle': (role: string) => `評価シート：${role}`,
  'rubric.lead':
    '役割、肩書きの体系、段階の数を選ぶと、下の評価シートがそれに合わせて変わります。各段階には、評価者が証拠を確かめられる項目と、評価の基準にしないものが並びます。',
  'rubric.updated': (title: string, levels: number) => `${title}（${levels}段階）`,
  'rubric.form.label': '評価シートの設定',
  'rubric.form.role': '役割',
  'rubric.form.twoJobs': '一人二役',
  'rubric.form.levels': '段階の数',
  'rubric.form.levels.option': (levels: number) => `${levels}段階`,
  'rubric.form.regime': '肩書きの体系',
  'rubric.actions.download': (format: string) => `${format} でダウンロード`,
  'rubric.actions.downloaded': (format: string) =>
    `評価シートを ${format} でダウンロードしました。`,
  'rubric.actions.copy': 'Markdown をコピー',
  'rubric.actions.copied': '評価シートを Markdown でコピーしました。',
  'rubric.actions.copyFailed':
    'コピーできませんでした。「Markdown でダウンロード」を試してください。',
  'rubric.checkLink':
    'この役割の求人票やキャリアラダーがすでにあるなら、<a>互いに突き合わせて確認しましょう</a>。',

  'analyze.eyebrow': '求人票や評価シートを分析する',
  'analyze.title': 'このテキストが実際に記述しているのはどの役割か',
  'analyze.lead':
    '求人票か人事評価の評価シートを貼り付けてください。rolefit は研究、R&D、プロダクトの仕事を示す語句を見つけ、仕事をスペクトラム上に置き、別の列に属する肩書きや評価の指標があれば指摘します。',
  'analyze.input.label': '求人票または評価シート',
  'analyze.input.hint': (chars: string) =>
    `プレーンテキストが最適です。見出しや箇条書きがあると精度が上がります。読み込むのは最初の${chars}文字です。`,
  'analyze.input.placeholder': '求人票か評価シートのテキストをここに貼り付けてください…',
  'analyze.privacy':
    '<strong>プライバシーに配慮した設計：</strong>テキストはこのブラウザの中で分析され、サーバーに送られることも保存されることもありません。',
  'analyze.example.try': '例を試す',
  'analyze.example.shown': (n: number, of: number, name: string) => `例 ${n}/${of}：${name}。`,
  'analyze.example.wrongMetrics': '論文で評価されるプロダクトの求人票',
  'analyze.example.titleMismatch': 'プロダクトの仕事に「サイエンティスト」の肩書き',
  'analyze.example.researchEngineer': 'リサーチエンジニアの求人票',
  'analyze.example.rubric': 'リサーチサイエンティスト向けの評価シート',
  'analyze.example.ladder': '一つのレベルだけ別の列で評価しているキャリアラダー',
  'analyze.clear': 'クリア',
  'analyze.empty.heading': 'まだ分析するものがありません',
  'analyze.otherLanguage.heading': '現在は英語の求人のみ対応',
  'analyze.otherLanguage.lead':
    'このテキストは英語ではないようです。分析ツールが読めるのは英語の求人と評価基準だけで、他の言語の求人はまだ分析できません。誤った結果を出す代わりに、結果は表示しません。',
  'analyze.empty.lead':
    '上に求人票か評価シートを貼り付けるか、例を試してください。入力に合わせて、ここに分析が表示されます。仕事に必要な役割、その根拠となる語句、違う列で評価している場合のフラグです。',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}、確信度${band}、${flags === 0 ? 'フラグなし' : `フラグ${flags}件`}。`,
  'analyze.status.between': (a: string, b: string) => `${a}と${b}のあいだ`,
  'analyze.status.notEnough': '判断できません。求人票の職務内容と応募要件を貼り付けてください。',
  'analyze.kind.posting': '求人票',
  'analyze.kind.rubric': '評価シート',
  'analyze.summary.eyebrow': (kind: string) => `この${kind}が求めているのは`,
  'analyze.summary.eyebrow.between': (kind: string) => `この${kind}は次の二つのあいだ`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) => `この${kind}は一人二役を求めている`,
  'analyze.summary.larger': (role: string, share: string) =>
    `大きいほうのパートは${role}で、仕事の${share}を占めます。`,
  'analyze.summary.closest': (role: string) => `最も近い基準点は${role}です。`,
  'analyze.summary.title': (column: string) =>
    `肩書き「<title></title>」は${column}の仕事を指しています。`,
  'analyze.summary.title.noColumn': '肩書き「<title></title>」は、どの列の仕事も指していません。',
  'analyze.summary.noTitle': '肩書きの行は見つかりませんでした。',
  'analyze.summary.marker': (position: string) => `このテキスト · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) => `両端の平均 · ${position}`,
  'analyze.summary.work': (work: string) => `仕事：${work}`,
  'analyze.summary.work.twoJobs': '仕事：研究とプロダクト。そのあいだの橋渡しはほとんどない',
  'analyze.summary.measuredOn': (work: string) => `評価されるもの：${work}`,
  'analyze.summary.measures.label': '列ごとの評価の指標の割合',
  'analyze.flag.titleMismatch': '肩書きが別の列を指している',
  'analyze.flag.wrongColumnMetrics': '別の列で評価している',
  'analyze.flag.twoJobs': '一人二役',
  'analyze.flag.noEvidence': '判断材料なし',
  'analyze.flag.lowEvidence': '判断材料が少ない',
  'analyze.flag.truncated': 'テキストを途中で打ち切り',
  'analyze.flag.binaryLooking': '文章ではない',
  'analyze.flag.levelDrift': 'レベルによって評価する列がずれている',
  'analyze.flag.name': (name: string) => `${name}：`,
  'analyze.flags.heading': 'フラグ',
  'analyze.flags.none.heading': 'フラグなし',
  'analyze.flags.none':
    'テキストに書かれている範囲では、肩書きも評価の指標も、記述された仕事と一致しています。',
  'analyze.notEnough.eyebrow': '位置づけなし',
  'analyze.notEnough.heading': '判断できません',
  'analyze.notEnough.reason':
    '研究、R&D、プロダクトの仕事についての記述が少なすぎて、位置づけられません。',
  'analyze.notEnough.title':
    '「<title></title>」のような肩書きだけでは、仕事の中身は分かりません。同じ肩書きでも、1週間の中身はまったく違うことがあります。',
  'analyze.notEnough.paste': 'テキストをもっと貼り付けてください。たとえば：',
  'analyze.notEnough.duties': '職務内容：その人が毎週何をするか',
  'analyze.notEnough.requirements': '応募要件：知っておくべきこと、経験しておくべきこと',
  'analyze.notEnough.measures': 'その役割の評価のされ方、または評価シートの評価項目',
  'analyze.notEnough.note':
    'テキストが仕事を記述するまで、役割も位置も割合も表示しません。わずかな語からの推測は、実際より確かに見えてしまうからです。',
  'analyze.twoJobs.heading': '一つの役割に二つの仕事',
  'analyze.evidence.heading': 'テキスト中の根拠',
  'analyze.evidence.label': '根拠に印を付けたテキスト',
  'analyze.evidence.negated': '否定。反対に数える',
  'analyze.evidence.measure': '評価の指標',
  'analyze.evidence.zero': '数えない',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join('、'),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${section}で ${weight}`,
  'analyze.evidence.spoken': (notes: string) => `（${notes}）`,
  'analyze.section.title': '肩書き',
  'analyze.section.summary': '概要',
  'analyze.section.responsibilities': '職務内容',
  'analyze.section.requirements': '応募要件',
  'analyze.section.niceToHave': '歓迎要件',
  'analyze.section.metrics': '評価指標',
  'analyze.section.company': '会社情報',
  'analyze.section.benefits': '待遇・福利厚生',
  'analyze.section.legal': '法的事項',
  'analyze.legend.label': '凡例',
  'analyze.legend.column': (column: string, phrases: number) =>
    `<column>${column}</column>の仕事：${phrases}語句`,
  'analyze.legend.negated': '<sample>博士号不要</sample> 否定：その列に反対に数える',
  'analyze.legend.measure': '<sample>論文</sample> 評価の指標：その役割の評価のされ方',
  'analyze.legend.boilerplate':
    '<sample>会社概要</sample> 薄く表示：会社情報、福利厚生、法的事項の文は数えない',
  'analyze.advice.heading': 'この仕事の肩書きと評価',
  'analyze.advice.twoJobs': (work: string) =>
    `このテキストには二つの仕事があるため、下の表の行は全体の半分にすぎません。大きいほうのパートである${work}の仕事の行です。上の一人二役の助言と合わせて読んでください。`,
  'analyze.advice.lead': (work: string, regime: string) => `${work}の仕事 × ${regime}：`,
  'analyze.advice.grid.label': '肩書きの表',
  'analyze.advice.grid.link':
    '<a>表の全体は枠組みのページで</a>：仕事の種類ごとに、どの肩書きの体系が合うか、対処すべきリスクとともに示しています。',
  'analyze.advice.grading.twoJobs':
    '各パートを何で評価し、何で評価しないかは、上の一人二役の助言にあります。',
  'analyze.advice.grading.on': 'この役割の評価の基準にするもの',
  'analyze.advice.grading.off': '評価の基準にしないもの',
  'analyze.checkLink':
    '<a>求人票・評価シート・キャリアラダーをまとめて確認する</a>：三つとも同じ役割を評価していますか？',
  'analyze.levels.heading': 'レベルごとの点検',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `全${levels}レベルを、それぞれの基準が何を評価しているかで一つずつ読みました${wrong === 0 ? '' : `。そのうち${wrong}レベルは、役割の列とは別の列で評価しています`}。レベル名を選ぶと、下のテキストでその部分に印が付きます。`,
  'analyze.levels.noLadder': 'その他のレベル',
  'analyze.levels.grades': (column: string) => `${column}の仕事を評価`,
  'analyze.levels.few': '記述が少なすぎて、どの列で評価しているか判断できません',
  'analyze.levels.shares': (level: string) => `${level}：基準の列ごとの割合`,
  'analyze.levels.shown': (level: string) => `テキスト中の${level}に印を付けました。`,
  'analyze.suggestions.heading': '書き換えの提案',
  'analyze.suggestions.lead': (count: number) =>
    `${count}か所が、役割の列とは別の列で評価しています。代わりに書く文言を、役割そのものの仕事を測る言葉で示します（元のテキストに戻すため英語のままです）：`,
  'analyze.suggestions.item': '「<from></from>」の代わりに「<to></to>」と書く',
  'analyze.suggestions.copy': '書き換えたテキストをコピー',
  'analyze.suggestions.copied': 'コピーしました：提案した書き換えをすべて適用したテキストです。',
  'analyze.suggestions.copyFailed':
    'コピーできませんでした。ブラウザがクリップボードへのアクセスを拒否しました。書き換えは手作業で適用してください。',

  'check.eyebrow': '求人票・評価シート・キャリアラダー',
  'check.title': 'あなたの文書は同じ役割を評価していますか',
  'check.lead':
    '求人票はその役割の人を採用し、評価シートはその役割を評価し、キャリアラダーはその役割での昇進を決めます。三つとも同じ列の仕事を評価しているべきです。どれか一つ以上を貼り付けてください。',
  'check.form.label': '確認する文書',
  'check.input.hint': (chars: string) =>
    `一つ以上入力してください。テキストは英語として読み、それぞれ先頭の${chars}文字までを読みます。`,
  'check.posting.label': '求人票',
  'check.rubric.label': '評価シート',
  'check.ladder.label': 'キャリアラダー',
  'check.role.label': '対象の役割',
  'check.role.auto': '求人票の内容に合わせる',
  'check.role.hint': '求人票がない場合は、役割を特定できる最初の文書に合わせます。',
  'check.privacy':
    '<strong>プライバシーに配慮した設計：</strong>テキストはこのブラウザの中で確認され、サーバーに送られることも保存されることもありません。',
  'check.submit': '確認する',
  'check.empty.heading': 'まだ確認するものがありません',
  'check.empty.lead':
    '上に求人票、評価シート、キャリアラダーのどれか、または三つすべてを貼り付けて、「確認する」を押してください。',
  'check.agree.heading': '文書は一致しています',
  'check.noRole.heading': '照らし合わせる役割がありません',
  'check.mismatches.count': (count: number) => `食い違いが${count}件`,
  'check.against.asked': (role: string) => `選んだ役割、${role}の仕事に照らして確認しました。`,
  'check.against.posting': (role: string) =>
    `求人票の内容から、${role}の仕事に照らして確認しました。`,
  'check.against.rubric': (role: string) =>
    `評価シートの内容から、${role}の仕事に照らして確認しました。`,
  'check.against.ladder': (role: string) =>
    `キャリアラダーの内容から、${role}の仕事に照らして確認しました。`,
  'check.otherLanguage': (document: string) =>
    `${document}：現在は英語のテキストしか確認できないため、この文書は対象から外しました。`,
  'check.table.caption': '文書ごとの読み取り',
  'check.table.document': '文書',
  'check.table.role': '読み取れる役割',
  'check.table.shares': '仕事の割合',
  'check.table.sharesOf': (document: string) => `${document}：列ごとの仕事の割合`,
  'check.table.verdict': '役割との照合',
  'check.table.agrees': '一致',
  'check.table.few': '記述が少なすぎて判断できません',
  'check.mismatches.heading': '一致しない点と直し方',
  'check.gradeOn': (role: string) => `${role}の仕事の評価の基準：`,
  'check.copy.posting': '書き換えた求人票をコピー',
  'check.copy.rubric': '書き換えた評価シートをコピー',
  'check.copy.ladder': '書き換えたキャリアラダーをコピー',

  'admin.title': 'オーナー用ダッシュボード',
  'admin.login.lead':
    'あなたのページで読者がクイズにどう答えているか：完了数、役割、回答、どこで離脱しているか。集計値だけで、読者を特定することはありません。',
  'admin.login.token': 'オーナートークン',
  'admin.login.kept':
    'このタブの中だけ（セッションストレージ）に保存され、このサーバーにだけ送られます。',
  'admin.login.submit': 'ダッシュボードを開く',
  'admin.login.wrongToken':
    'オーナートークンではありません。ROLEFIT_ADMIN_TOKEN か、サーバーの初回起動時に表示されたトークンを使ってください。',
  'admin.offline': 'サーバーから応答がありません。接続を確認して、もう一度試してください',
  'admin.exportFailed': (status: number) =>
    `エクスポートに失敗しました（${status}）。ログインし直して、もう一度試してください`,
  'admin.lead':
    '公開クイズの回答とファネルイベントを、UTCの1日単位で集計しています。チームの回答はそのチームのチームリーダーのもので、ここには含まれません。',
  'admin.range.from': '開始日',
  'admin.range.to': '終了日',
  'admin.range.page': 'ページ',
  'admin.range.allPages': 'すべてのページ',
  'admin.range.noPage': '（ページなし）',
  'admin.range.show': '表示',
  'admin.range.backwards': '開始日が終了日より後になっています。',
  'admin.export': (format: string) => `${format.toUpperCase()} でエクスポート`,
  'admin.logOut': 'ログアウト',
  // 英語版は `as const` のため戻り値が英語の語に固定されている。日本語に複数形はないので型だけ合わせる。
  'admin.figure.completions': ((n: number): string =>
    same(n, '完了したクイズ')) as Messages['admin.figure.completions'],
  'admin.figure.shown': ((n: number): string =>
    same(n, '表示されたクイズ')) as Messages['admin.figure.shown'],
  'admin.figure.started': ((n: number): string =>
    same(n, '回答の開始')) as Messages['admin.figure.started'],
  'admin.figure.completedShare': '表示されたクイズのうち完了した割合',
  'admin.question.short': (n: number) => `Q${n}`,
  'admin.funnel.answered': (question: string) => `${question}に回答`,
  'admin.funnel.shown': '表示',
  'admin.funnel.started': '開始',
  'admin.funnel.completed': '完了',
  'admin.completions.heading': '1日ごとの完了数',
  'admin.completions.chart': '1日ごとに完了したクイズ',
  'admin.funnel.heading': 'どこで離脱しているか',
  'admin.funnel.note': 'クイズの各ステップまで進んだ回数（ファネルイベントから）。',
  'admin.funnel.chart': 'ステップごとの回数',
  'admin.roles.heading': '役割',
  'admin.roles.chart': '役割ごとの結果',
  'admin.work.heading': '主な仕事',
  'admin.work.chart': '主な仕事の種類ごとの結果',
  'admin.regimes.heading': '肩書きの体系',
  'admin.regimes.chart': '推奨された肩書きの体系',
  'admin.sources.heading': '流入元',
  'admin.sources.none': 'まだページはありません。',
  'admin.sources.chart': 'ページごとの完了数',
  'admin.fields.heading': '隠しフィールド',
  'admin.fields.none':
    'この期間の回答には、まだ隠しフィールドがありません。<code>utm_*</code> や <code>ref</code> のパラメーターが付いたクイズへのリンクや、ウィジェットの <code>fields</code> 属性で付けられます。<code>docs/integrations.md</code> の「Hidden fields」を参照してください。',
  'admin.fields.caption': (name: string) => `${name} の値ごとの完了数`,
  'admin.fields.completions': ((n: number, figure: string): string =>
    same(n, `完了 ${figure} 件`)) as Messages['admin.fields.completions'],
  'admin.fields.value': '値',
  'admin.fields.completed': '完了数（割合）',
  'admin.fields.share': (share: string) => `（${share}）`,
  'admin.fields.filter': '絞り込み',
  'admin.fields.only': 'これだけを表示',
  'admin.fields.onlyLabel': (name: string, value: string) =>
    `これだけを表示：${name} = ${value} の回答`,
  'admin.fields.more': ((n: number, figure: string): string =>
    same(n, `ほかに ${figure} 件の値`)) as Messages['admin.fields.more'],
  'admin.filter.only': '<name></name> = <value></value> の回答のみ',
  'admin.filter.clear': 'すべての回答を表示',
  'admin.figure.notCounted':
    '隠しフィールドでは集計されません（ページのイベントにはフィールドがありません）',
  'admin.funnel.noFields':
    'ファネルはページのイベント（表示・開始・回答）から集計しますが、これらには隠しフィールドがないため、フィールドで絞り込めません。',
  'admin.answers.heading': (n: number, prompt: string) => `Q${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `質問${n}への回答`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}。${figures.join('、')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}：${count}`,

  // Organisations (/org)：組織の管理者が、各チームのリードの同意を得て、チームの重心を一つにまとめる。
  'org.page.title': '組織',
  'org.page.description':
    'チームを並べて見る：各チームの仕事がどこにあるか、組織の重心、そして組織に合う肩書きの体系。',
  'org.noscript': '組織のページを使うには JavaScript が必要です。',
  'org.title': (name: string) => `${name} · rolefit 組織`,
  'org.create.heading': 'すべてのチームの仕事を一つの画面で',
  'org.create.lead':
    '組織を作り、リードの同意を得てチームを加えます。各チームの仕事がどこにあるか、組織の重心、組織に合う肩書きの体系がわかります。届くのはチームの重心だけで、メンバーの回答は決して含まれません。',
  'org.create.name': '組織の名前',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': '組織を作る',
  'org.create.noName': '組織に名前を付けてください。',
  'org.create.creating': '組織を作成しています…',
  'org.created.heading': 'このリンクを保存してください：唯一の鍵です',
  'org.created.lead':
    'このリンクがあれば誰でも、組織を見て、チームを加えたり外したり、組織を削除したりできます。表示されるのは今回だけです。rolefit はその秘密の指紋しか保存しないため、再表示できません。パスワードマネージャーなど、人目に触れない場所に保存してください。',
  'org.created.link': '組織の管理リンク（あなた専用）',
  'org.problem.create': '新しい組織を作る',
  'org.problem.badKey.title': 'この組織のリンクは使えません',
  'org.problem.badKey.lead':
    '組織が削除されたか、リンクが最後までコピーされていない可能性があります。完全な管理リンクをもう一度開くか、新しい組織を作ってください。',
  'org.problem.load': '組織を読み込めませんでした',
  'org.count': (teams: number, created: string) => `${teams}チーム · 作成日 ${created}`,
  'org.empty.heading': 'まだ数に入るチームがありません',
  'org.empty':
    '下のフォームからチームを加えてください。チームの回答が最低数に達すると、その仕事がここに表示され、組織の重心と肩書きの体系が決まります。',
  'org.weighting.legend': '各チームの重み付け',
  'org.weighting.responses': '回答数',
  'org.weighting.headcount': '人数',
  'org.weighting.byResponses':
    '回答数で重み付け：各チームは、重心のもとになった回答の数だけ数えます。',
  'org.weighting.byHeadcount': '人数で重み付け：各チームは、リードが伝えた人数だけ数えます。',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `回答数で重み付け：人数で重み付けするには、数に入るすべてのチームの人数が必要ですが、人数があるのは${of}チーム中${given}チームです。人数を添えてチームをもう一度加えると登録できます。`,
  'org.verdict.heading': (regime: string) => `組織として：${regime}`,
  'org.verdict.twoJobs': (work: string) =>
    `組織が両端に分かれているため、この行は全体の半分にすぎません。${work}の仕事の行です。下の一人二役の助言と合わせて読んでください。`,
  'org.twoJobs.heading': 'あなたの組織は一つではなく二つの仕事をしている',
  'org.twoJobs.whose': 'チームの重心',
  'org.spectrum.heading': '各チームの仕事がどこにあるか',
  'org.spectrum.marker': '組織の重心',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `リサーチサイエンティスト（0）から AI エンジニア（1）までのスペクトル上の各チームの重心：${teams.join('、')}。組織の重心は ${center} にあります。`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}. ${name}：${position}（回答${responses}件）`,
  'org.spectrum.legend':
    '点はそれぞれ一つのチームで、番号はチーム一覧と同じです。回答が多いチームほど点が大きくなります。ラベル付きの印が組織の重心です。',
  'org.heatmap.heading': 'チームごとの仕事の配分',
  'org.heatmap.caption':
    '各チームの仕事のうち各列が占める割合。色が濃いほど割合が大きく、各行でいちばん大きい割合は太字です。',
  'org.heatmap.team': 'チーム',
  'org.heatmap.whole': '組織全体',
  'org.notYet': (responses: number, min: number) =>
    `回答がまだ足りません（${min}件中${responses}件）：数に入りません`,
  'org.against.heading': '組織の体系と合わないチーム',
  'org.against.lead': (regime: string) =>
    `これらのチームの仕事は、「${regime}」とは別の体系を求めます。全員に一つの体系を使うと摩擦が生じます。それぞれのリスクと、その扱い方を示します。`,
  'org.against.team': (work: string, own: string, org: string) =>
    `このチームの仕事は${work}で、「${own}」を求めます。組織の体系「${org}」のもとでは：`,
  'org.against.none': (regime: string) =>
    `数に入るどのチームの仕事も「${regime}」を求めています。一つの体系ですべてに合います。`,
  'org.teams.heading': 'チーム',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · 回答${responses}件${headcount === null ? '' : ` · ${headcount}人`} · 重み ${weight}`,
  'org.team.remove': '外す',
  'org.team.remove.name': (name: string) => `${name}を組織から外す`,
  'org.team.confirm':
    '<name></name>を組織から外しますか？ チームのダッシュボードと回答はそのまま残り、リードはもう一度加えることができます。',
  'org.team.removeForGood': 'チームを外す',
  'org.team.keep': '残す',
  'org.team.removing': '外しています…',
  'org.team.removed': (name: string) => `${name}は組織から外れました。`,
  'org.add.heading': 'チームを加える',
  'org.add.lead':
    'チームはリードの同意を得て加わります。リードのダッシュボードのリンクを貼り付けてください。そこにチームの管理キーが含まれています。キーは確認するだけで保存されず、組織に見えるのはチームの重心だけで、ダッシュボードや誰かの回答は見えません。',
  'org.add.link': 'チームリードのダッシュボードのリンク',
  'org.add.link.hint': 'リードがチームを作ったときに受け取ったリンクで、#admin=… で終わります。',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': 'またはチーム ID と管理用シークレットを入力',
  'org.add.id': 'チーム ID',
  'org.add.secret': 'チームの管理用シークレット',
  'org.add.headcount': '人数（任意）',
  'org.add.headcount.hint':
    'チームの人数。人数で重み付けするときに使います。チームをもう一度加えると更新されます。',
  'org.add.submit': 'チームを加える',
  'org.add.adding': 'チームを加えています…',
  'org.add.added': 'チームを加えました。',
  'org.add.noKey':
    'リードのダッシュボードのリンクを貼り付けるか、チーム ID と管理用シークレットを入力してください。',
  'org.add.notLeadLink':
    'これはチームリードのダッシュボードのリンクではありません。#admin= とチームのキーで終わるはずです。',
  'org.add.orgLink':
    'これは組織のリンクで、チームリードのものではありません。リードにチームのダッシュボードのリンクを頼んでください。',
  'org.add.badHeadcount': '人数は 1 以上の整数です。空欄のままでもかまいません。',
  'org.add.refused':
    'その ID とシークレットに合うチームはありません。リードに現在のダッシュボードのリンクを頼んでください。',
  'org.data.heading': '組織のデータ',
  'org.data.export':
    'チームごとに 1 行：回答数、重み、位置、仕事の配分、主な仕事、組織の体系と合わないかどうか。チームの重心だけで、メンバーについては何も含みません。',
  'org.data.delete': '組織を削除…',
  'org.data.confirm':
    '<name></name>を削除しますか？ 管理リンクは使えなくなります。チームはダッシュボードと回答ごとそのまま残ります。',
  'org.data.deleteForGood': '組織を削除する',
  'org.data.keep': '組織を残す',
  'org.deleted.title': '組織を削除しました',
  'org.deleted.lead':
    '管理リンクはもう使えません。組織にいたチームは、ダッシュボードと回答をそのまま持っています。',

  'teams.title': 'チームの重心はどこにあるか',
  'teams.lead':
    'チームを作り、実際に仕事をしている人たちに参加リンクを送ってください。一人ひとりが自分の1週間についてクイズに答えます。あなたにはチーム全体が見えます。仕事が研究とプロダクトのあいだのどこにあるか、どの肩書きの体系が合うか、そして人員構成です。',
  'teams.point.aggregates':
    '誰もほかの人の回答を見ることはできません。あなたに見えるのも、十分な人数が答えた後の集計値だけです。',
  'teams.point.lead':
    'ワークストリームを自分で並べたり、あなたから見たチームの仕事についてクイズに答えたりもできます。',
  'teams.point.export':
    '匿名の回答を CSV か JSON でエクスポートすることも、チームとその中身をすべて削除することもできます。',
  'teams.form.name': 'チーム名',
  'teams.form.name.placeholder': '応用ML',
  'teams.form.min': '結果を表示するのに必要な回答数',
  'teams.form.min.hint': (least: number, most: number) =>
    `${least}〜${most}。回答がこの数に満たないうちは、ダッシュボードに回答についての情報は何も表示されないため、誰かが特定されることはありません。`,
  'teams.form.submit': 'チームを作る',
  'teams.form.noName': 'チームに名前を付けてください。',
  'teams.form.badMin': (least: number, most: number) =>
    `最低人数は${least}から${most}までの整数にしてください。`,
  'teams.form.creating': 'チームを作っています…',
  'teams.created.title': 'チームを作りました',
  'teams.created.heading': 'チームを作りました：<name></name>',
  'teams.created.save': '管理リンクをいま保存してください',
  'teams.created.save.lead':
    'チームの結果を見るにも、チームを削除するにも、このリンクだけが鍵になります。表示されるのは今回限りです。rolefit はリンクに含まれる秘密のフィンガープリントしか保存しないため、二度と表示できません。パスワードマネージャーなど、人目に触れない場所に保管してください。',
  'teams.created.adminLink': '管理リンク（あなた専用）',
  'teams.created.share': '参加リンクをチームに共有する',
  'teams.created.joinLink': '参加リンク（メンバー用）',
  'teams.created.joinLink.hint':
    'メンバーは自分の1週間についてクイズに答え、自分の結果だけを見られます。このリンクでチームの結果を読むことはできません。',

  'team.title': (page: string) => `${page} · rolefit チーム`,
  'team.problem.create': '新しいチームを作る',
  'team.problem.noKey.title': '管理リンクを開いてください',
  'team.problem.noKey.lead':
    'ダッシュボードは、チームを作ったときに受け取った管理リンクから開きます。鍵はこのタブの中にしか保存されないため、新しいタブで開く場合や、このタブを閉じた後は、もう一度リンクを開いてください。',
  'team.problem.badKey.title': 'この管理リンクは使えません',
  'team.problem.badKey.lead':
    'チームが削除されたか、コピーしたときにリンクが途中で切れた可能性があります。チームを作ったときに保存した管理リンクを、省略せずに開いてください。',
  'team.problem.load': 'ダッシュボードを読み込めませんでした',
  'team.deleted.title': 'チームを削除しました',
  'team.deleted.lead': (responses: number) =>
    `チーム、その${responses}件の回答、ワークストリーム、あなたの見立てを削除しました。参加リンクも管理リンクも、もう使えません。`,
  'team.count': (responses: number, batch: number, created: string) =>
    `回答${responses}件 · 地図には${batch}件ずつ表示 · 作成日 ${created}`,
  'team.needed.heading': (needed: number) => `あと${needed}件の回答が必要です`,
  'team.needed.lead': (batch: number) =>
    `チームの地図は${batch}人が答えた時点で表示され、その後の回答も${batch}件ずつまとめて加わるので、誰かの回答だけを取り出すことはできません。参加リンクを共有してください：`,
  'team.joinLink': 'メンバー用の参加リンク',
  'team.joinLink.more': 'メンバーを追加で招く参加リンク',
  'team.release.all': (released: number, batch: number) =>
    `地図とエクスポートには、${released}件の回答がすべて含まれています。新しい回答は${batch}件ずつ表示されるので、${NO_DIFFERENCING}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `うち${replaced}件は同じブラウザーから答え直されたため、地図は${people}人を、それぞれ最新の回答で数えています。`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `地図とエクスポートに含まれているのは、回答${responses}件のうち${released}件です。次の${batch}件は、あと${more}人が答えた時点でまとめて表示されるので、${NO_DIFFERENCING}`,
  'team.copy': 'コピー',
  'team.copy.done': 'コピーしました。',
  'team.copy.failed': 'コピーできませんでした。リンクを選択してコピーしてください。',
  'team.saving': '保存しています…',
  'team.api.offline': 'サーバーに接続できませんでした。接続を確認して、もう一度試してください。',
  'team.api.offline.export': 'サーバーに接続できませんでした。',
  'team.api.status': (status: number) => `サーバーの応答は ${status} でした。`,
  'team.map.heading': 'チームの仕事がある場所',
  'team.map.marker': 'チームの重心',
  'team.map.marker.twoJobs': 'チームの平均',
  'team.map.spectrum': (positions: readonly string[], centre: string, spread: string) =>
    `リサーチサイエンティスト（0）からAIエンジニア（1）までのスペクトラム。メンバー${positions.length}人の位置は${positions.join('、')}で、チームの重心は${centre}、広がりは前後${spread}です。`,
  'team.map.spectrum.twoJobs':
    'チームは両端に分かれているため、重心は平均にすぎず、その近くで働くメンバーはほとんどいません。',
  'team.map.spectrum.lead': (position: string) => `あなた自身の見立ては${position}です。`,
  'team.map.legend': (withLead: boolean) =>
    `点の一つひとつがメンバー一人で、名前はなく、順序もありません。帯は重心のまわりの広がりを示します${withLead ? '。輪はあなた自身の見立てです。' : '。'}`,
  'team.map.legend.twoJobs':
    'チームが両端に分かれているため、重心は平均にすぎません。その近くで働くメンバーはほとんどいません。',
  'team.map.centre': '重心',
  'team.map.centre.value': (position: string, place: string) => `${position}：${place}`,
  'team.map.spread': '広がり',
  'team.map.spread.value': (spread: string, band: string) => `${spread}、${band}`,
  'team.map.spread.tight': '狭い：ほとんどの人が似た仕事をしている',
  'team.map.spread.moderate': '中程度',
  'team.map.spread.wide': '広い：チームがスペクトラム全体にまたがっている',
  'team.map.roles': '役割ごとの回答',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role}：${count}`,
  'team.place.between': (a: string, b: string) => `${a}と${b}のあいだ`,
  'team.place.twoJobs': (a: string, b: string) => `${a}と${b}に分かれている（二つの仕事）`,
  'team.work': (work: string, summary: string) => `${work}：${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `両端：研究が${research}、プロダクトの仕事が${product}で、そのあいだの橋渡し（R&D）の仕事は${rnd}です。`,
  'team.titling.twoJobs': (work: string) =>
    `チームが分かれているため、この行は全体の半分にすぎません。両端の一方である${work}の仕事の行です。上の一人二役の助言と合わせて読んでください。`,
  'team.staffing.heading': '仕事に合わせた人員構成',
  'team.staffing.note':
    '各役割の人数の割合は、各列の労力の割合に合わせています。チームの人数を変えると、人数で表示されます。',
  'team.staffing.size': 'チームの人数',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `${people}人の場合：${roles.join(' · ')}。`,
  'team.staffing.role': (role: string, count: number) => `${role} ${count}人`,
  'team.trap.heading': '「違う列」の罠',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `${of}人中${title}人が、仕事とは別の列の肩書きを持っています。${of}人中${review}人が、別の列の指標で評価されています。`,
  'team.trap.judged': (people: number) =>
    `${people}人が、自分の仕事が目指していない物差しで評価されています。研究を稼働率で、プロダクトの仕事を論文で評価すると、人は間違った仕事へと押しやられます。`,
  'team.trap.titleOnly': (people: number) =>
    `別の列の指標で評価されている人はいませんが、${people}人は仕事とは別の列の肩書きを持っています。肩書きだけで仕事が評価されるわけではありませんが、応募者や昇進の審査が何を期待するかは肩書きで決まります。`,
  'team.trap.none':
    '任意の質問に答えた人のなかに、別の列の肩書きを持つ人や、別の列で評価されている人はいません。ここで数えているのは、任意の質問に答えた人だけです。',
  'team.twoJobs.eyebrow': '両端に分かれている',
  'team.twoJobs.heading': 'このチームがしているのは、一つではなく二つの仕事です',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `なぜ「リサーチエンジニアリング」ではないのか。${whose}の平均は中間（${position}）に来ます。そこでの橋渡しの仕事への助言は「実際には全員がリサーチエンジニア」です。しかし、その橋渡しの仕事は全体の${rnd}にすぎず、${research}が研究、${product}がプロダクトの仕事です。両端に分かれたチームには、代わりに一人二役の助言を示します。`,
  'team.twoJobs.whose': 'メンバーの回答',
  'team.data.heading': 'チームのデータ',
  'team.data.export': (released: number) =>
    `エクスポートには、地図に表示されている${released}件の回答が含まれます。名前、ID、ページ、時刻はいずれも含まず、届いた順にも並んでいません。`,
  'team.data.export.later': (batch: number) =>
    `エクスポートは${batch}人が答えた時点で使えるようになります。誰かが特定されないようにするためです。`,
  'team.data.preparing': 'エクスポートを準備しています…',
  'team.data.exported': (format: string) => `${format.toUpperCase()} でエクスポートしました。`,
  'team.data.delete': 'チームを削除…',
  'team.data.confirm': (responses: number) =>
    `<name></name>を、${responses}件の回答、ワークストリーム、あなたの見立てとともに削除しますか？ 元に戻すことはできず、参加リンクも管理リンクも使えなくなります。`,
  'team.data.deleting': '削除しています…',
  'team.data.deleteForGood': 'すべて完全に削除する',
  'team.data.keep': 'チームを残す',

  // チームモード：ラウンド。仕事が変わったとき、同じチームがもう一度回答する。
  'team.rounds.heading': 'ラウンドごとの推移',
  'team.rounds.lead.first':
    'これはラウンド1です。仕事が変わったとき（新しいプロジェクト、組織変更、数か月後など）は新しいラウンドを開いてください。メンバーは同じ参加リンクからもう一度回答し、このラウンドはそのまま残るので、仕事がどう動いたかが分かります。',
  'team.rounds.lead': (current: number) =>
    `ラウンド${current}が開いています。メンバーは同じ参加リンクからもう一度回答します。以前のラウンドはそのまま読み取り専用で残り、上の地図はラウンド${current}だけを示します。`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `ラウンドごとのチームの重心（リサーチサイエンティスト0からAIエンジニア1まで）：${points.join('、')}`,
  'team.rounds.path.point': (round: number, position: string) => `ラウンド${round}は${position}`,
  'team.rounds.round': (round: number) => `ラウンド${round}`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `${opened}から`,
  'team.rounds.answers': (n: number) => `回答${n}件`,
  'team.rounds.current': '受付中',
  'team.rounds.mix': (round: number) => `ラウンド${round}の仕事の内訳`,
  'team.rounds.centre': (position: string, work: string) =>
    `重心は${position}。一週間の大半は${work}の仕事です。`,
  'team.rounds.notEnough': (n: number, min: number) =>
    `重心を出すにはまだ回答が足りません（${min}件中${n}件）。`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `${column}の割合が${from}から${to}に増えました`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `${column}の割合が${from}から${to}に減りました`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `ラウンド${from}からラウンド${to}にかけて、${shift}${toward ? `。${toward}` : ''}。`,
  'team.rounds.change.toward': (from: string, to: string) =>
    `仕事は${from}から${to}へ移りつつあります`,
  'team.rounds.place.research': '研究',
  'team.rounds.place.rnd': '橋渡し',
  'team.rounds.place.product': 'プロダクト',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `ラウンド${from}からラウンド${to}にかけて、内訳はほぼ変わっていません。どの種類の仕事も${points}ポイント以上は動いていません。`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `肩書きについての判断が「${from}」から「${to}」に変わりました。`,
  'team.rounds.change.regimeSame': (regime: string) =>
    `肩書きについての判断は変わらず「${regime}」です。`,
  'team.rounds.change.split.now':
    '一週間が一つに二つの仕事になりました。研究とプロダクトがあり、その間の橋渡しはわずかです。',
  'team.rounds.change.split.gone': '一週間はもう一つに二つの仕事ではありません。',
  'team.rounds.open': (next: number) => `ラウンド${next}を開く`,
  'team.rounds.open.empty': (current: number) =>
    `ラウンド${current}にはまだ回答がありません。回答が集まってから次のラウンドを開けます。`,
  'team.rounds.confirm': (current: number, next: number) =>
    `ラウンド${current}を閉じてラウンド${next}を開きますか？ラウンド${current}の回答は読み取り専用で残り、その重心はこの履歴に残ります。メンバーは同じ参加リンクからラウンド${next}に回答します。`,
  'team.rounds.openForGood': (next: number) => `はい、ラウンド${next}を開く`,
  'team.rounds.keep': '今はしない',
  'team.rounds.opening': '次のラウンドを開いています…',
  // チームモード：次の採用の求人票を、ブラウザの中で読み取ってチームと並べる。
  'team.posting.heading': '求人票をこのチームと照らし合わせる',
  'team.posting.lead':
    'チームの次の採用に向けた求人票を貼り付けてください。その求人票がどの役割を採用するものか、その役割がチームの重心や人員構成の足りない部分とどう比べられるかが分かります。',
  'team.posting.label': 'チームの次の採用に向けた求人票',
  'team.posting.placeholder': '求人票のテキストをここに貼り付けてください…',
  'team.posting.loadFailed':
    '分析ツールを読み込めなかったため、何も読み取っていません。接続を確認して、もう一度入力してください。',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) =>
    `この求人票は、チームで${nth}人目の${role}を採用するものです。チームの仕事は${share}が${column}です。`,
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `この求人票は${role}を採用するものです。あなたのワークストリームでは、仕事の${share}が${column}です。`,
  'team.posting.hires.alone': (role: string) => `この求人票は${role}を採用するものです。`,
  'team.posting.between': (place: string) => `その仕事は${place}にあります。`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `この求人票は一人に二つの仕事を求めています。${first}と${second}の仕事で、そのあいだの橋渡しの仕事はわずかです。`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `回答したメンバー${members}人のうち、この役割の人はまだいません。`
      : count === members
        ? `回答したメンバー${members}人は全員、すでにこの役割です。`
        : `回答したメンバー${members}人のうち、すでに${count}人がこの役割です。`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) =>
    `回答したメンバー${members}人のうち、${first}は${firstCount}人、${second}は${secondCount}人です。`,
  'team.posting.column.centre': (share: string, column: string) =>
    `ここがチームの仕事の中心です。仕事の${share}が${column}で、ほかのどの種類よりも多くなっています。`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `この列はチームの人員構成の穴です。仕事の${share}が${column}なのに、この役割のメンバーは${count === 0 ? `${members}人のうちひとりもいません` : `${members}人のうち${count}人だけです`}。`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `チームの仕事の${share}が${column}で、その割合に見合う人数がすでにこの役割にいます。`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `ここが仕事の中心です。あなたのワークストリームでは仕事の${share}が${column}で、ほかのどの列よりも多くなっています。`
      : `ここは仕事の大部分がある場所ではありません。あなたのワークストリームでは、${column}は仕事の${share}です。`,
  'team.posting.workstreams': (share: string, column: string) =>
    `あなたのワークストリームでは、仕事の${share}が${column}です。`,
  'team.posting.next.same': (role: string) =>
    `人員構成から見ても同じです。次に採用すべきなのは${role}です。`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `人員構成から見ると、次に採用すべきなのは${role}です。チームの仕事の${share}が${column}なのに、${count === 0 ? 'この役割の人はまだチームにいません' : `この役割の人は${count}人だけです`}。`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `人員構成から見ると、次に採用すべきなのは${role}です。あなたのワークストリームでは、最も多い${share}の仕事が${column}です。`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `二つの求人票に分け、${role}のほうを先に出してください。人員構成から見て、次に採用すべきなのはそちらです。`
      : `二つの求人票に分けてください。ただし人員構成から見ると、次に採用すべきなのは${role}で、どちらの半分でもありません。`,
  'team.posting.twoJobs.advice': 'この求人票への一人二役の助言',
  'team.posting.nothing': (needed: number) =>
    `まだ比べる相手がいません。チームの地図は、あと${needed}人のメンバーが答えると表示されます。それまでは、下でチームのワークストリームを挙げると、求人票をそれと比べます。`,
  'team.posting.notEnough': '求人票が仕事の中身を述べるまで、チームとは比べません。',
  'team.posting.mix.posting': '求人票の仕事',
  'team.posting.mix.members': 'メンバーの仕事',
  'team.posting.mix.workstreams': 'あなたのワークストリームの仕事',
  'team.posting.more':
    'この結果の根拠になった語句、フラグ、役割の評価基準を見るには、求人票を<a>分析ツール</a>に貼り付けてください。そこでもブラウザの中で読み取ります。',

  'lead.heading': 'あなたの見立てとメンバーの見立て',
  'lead.none': 'まだ見立てを入力していません。',
  'lead.yours': (position: string, place: string, work: string) =>
    `あなたはチームの仕事を${position}に置いています。${place}で、${work}の仕事です。`,
  'lead.members.later': 'メンバーの見立ては、十分な人数が答えた時点で表示されます。',
  'lead.members.alike': 'あなたとメンバーの見立ては一致しています。',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `メンバーは、あなたより${distance}だけ${toward === 'product' ? 'プロダクト' : '研究'}の側に置いています（${position}）。話し合う価値があります。肩書きと指標は、実際にしている仕事に合わせるべきです。`,
  'lead.quiz.again': 'もう一度答える',
  'lead.quiz.take': 'あなたから見たチームの仕事について答える',
  'lead.quiz.note':
    'チームの週の大半を占める仕事について、あなたの見方で答えてください。メンバーがあなたの回答を見ることはありません。',
  'lead.quiz.open': (open: number) => `先にすべての質問に答えてください（残り${open}問）。`,
  'lead.quiz.save': '見立てを保存',

  'workstreams.heading': 'あなたが挙げたワークストリーム',
  'workstreams.note':
    '仕事を地図にするもう一つの方法です。チームが取り組んでいるもの、それぞれが占める労力の割合（人数、日数、パーセントなど単位は自由）、仕事の種類を挙げてください。',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `ワークストリームから見た重心は${position}（${place}）で、${work}の仕事です。${regime}：<fit></fit>`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `ワークストリームは線の両端にあります（${place}）。その平均である${position}に、仕事はありません。`,
  'workstreams.twoJobs': 'このワークストリームへの一人二役の助言',
  'workstreams.twoJobs.whose': 'ワークストリーム',
  'workstreams.column.name': '名前',
  'workstreams.column.effort': '労力',
  'workstreams.column.kind': '仕事の種類',
  'workstreams.row.name': (n: number) => `ワークストリーム${n}の名前`,
  'workstreams.row.name.placeholder': 'ワークストリーム',
  'workstreams.row.effort': (n: number) => `ワークストリーム${n}の労力の割合`,
  'workstreams.row.kind': (n: number) => `ワークストリーム${n}の仕事の種類`,
  'workstreams.row.custom': 'カスタムの配分（API で設定）',
  'workstreams.row.remove': '削除',
  'workstreams.add': 'ワークストリームを追加',
  'workstreams.save': 'ワークストリームを保存',
  'workstreams.error.name': 'どのワークストリームにも名前が必要です。',
  'workstreams.error.effort': (name: string) =>
    `「${name}」に0より大きい労力の割合を入力してください。`,

  'join.eyebrow': (questionCount: number) => `あなたのチーム · ${questionCount}問 · 約1分`,
  'join.title': 'あなたの1週間はどこにあるか',
  'join.lead':
    '自分の週の大半を占める仕事について答えてください。あなたには自分の結果が表示されます。リーダーに見えるのはチーム全体だけで、それも十分な人数が答えた後に限られます。',
  'join.note':
    'これは仕事についての助言であり、人についての判定ではありません。名前、メールアドレス、住所を尋ねることも保存することもありません。',
  'join.context.lead':
    'あなたの結果は変わりません。リーダーにはこれらが人数としてだけ表示されます。仕事とは別の列の肩書きを持つ人、別の列の指標で評価されている人が何人いるか、です。',
  'join.finish': '送信して結果を見る',
  'join.sending': '回答を送信しています…',
  'join.sent':
    '送信しました。あなたの回答はチームの地図の一部になりました。リーダーには十分な人数が答えた時点でチーム全体が表示されますが、あなたの回答だけが見えることはありません。',
  'join.problem.solo': '代わりに一人でクイズに答える',
  'join.problem.incomplete.title': 'この参加リンクは不完全です',
  'join.problem.incomplete.lead':
    '参加リンクは ?team= とコードで終わります。リーダーにもう一度送ってもらってください。',
  'join.problem.gone.title': 'この参加リンクはもう使えません',
  'join.problem.gone.lead':
    'チームが削除されたか、リンクが途中で切れた可能性があります。リーダーに現在の参加リンクを尋ねてください。何も保存されていません。',
  'join.problem.notSent': '回答は送信されませんでした',
  'join.checking': '参加リンクを確認しています…',
  'join.forTeam': (team: string) => `チーム「${team}」`,
  'join.again': (when: string) =>
    `このブラウザーは${when}にこのチームへ回答済みです。もう一度答えると、その回答が置き換わります。地図は次のまとまりから、新しい回答であなたを一人として数えます。`,
  'join.sent.replaced':
    '送信しました。この回答は、このブラウザーから以前に送った回答を置き換えます。チームの地図には次のまとまりと一緒に反映され、単独で変わることはありません。',
  'join.problem.unknown.title': 'この参加リンクのチームは見つかりません',
  'join.problem.unknown.lead':
    'リンクのコードに合うチームがありません。打ち間違いや途中で切れた可能性があるほか、チームが削除されたのかもしれません。リーダーに現在の参加リンクを尋ねてください。',
};
