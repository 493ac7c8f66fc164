// サーバーのエラーメッセージの日本語版。コード名、フィールド名、ヘッダー名、環境変数、単位は英語版のまま。
import type { Messages } from './en.ts';

const API = 'API の説明は /api/openapi.json にあります';

export const ja: Messages = {
  not_found: (where: string) => `${where} には何もありません。${API}`,
  malformed_json: 'リクエストボディが正しい JSON ではありません',
  'http.bad_request': `サーバーはこのリクエストを読み取れませんでした。${API}`,
  'http.not_found': `ここには何もありません。${API}`,
  'http.method_not_allowed': `このメソッドはここでは使えません。${API}`,
  'http.body_too_large': 'リクエストボディが、サーバーが受け付ける大きさを超えています',
  'http.unsupported_media_type':
    'リクエストボディは Content-Type: application/json を付けて JSON で送ってください',
  internal_error: 'サーバー側で問題が起きました。エラーは記録されています',

  database_unavailable:
    'データベースが現在応答していません。数秒後にもう一度試してください（同じ回答を同じ id で送り直しても安全です。二重に保存されることはありません）',
  storage_full:
    'サーバーのディスクがいっぱいのため、新しいデータを保存できません。しばらくしてからもう一度試してください（運用担当者はログでこの状況を確認できます）',

  'rate_limited.writes': (seconds: number) =>
    `このクライアントからのリクエストが多すぎます。${seconds} 秒後にもう一度試してください`,
  'rate_limited.guesses': (seconds: number) =>
    `このクライアントから拒否された認証情報が多すぎます。${seconds} 秒後にもう一度試してください`,

  body_too_large: (maxBytes: number) => `リクエストボディは ${maxBytes} バイトまでです`,
  body_incomplete: 'リクエストボディが途中で終わりました。もう一度送ってください',
  unsupported_media_type: (contentType: string) =>
    `リクエストボディは Content-Type: application/json を付けて JSON で送ってください（受け取った Content-Type：${contentType ? `"${contentType}"` : 'なし'}）`,
  invalid_utf8: 'リクエストボディが正しい UTF-8 テキストではありません',
  'unstorable_text.address':
    'アドレスに NUL 文字（U+0000）か、UTF-16 サロゲートペアの片方だけが含まれています。通常の Unicode テキストを送ってください',
  'unstorable_text.body':
    'リクエストボディに NUL 文字（U+0000）か、UTF-16 サロゲートペアの片方だけが含まれています。通常の Unicode テキストを送ってください',

  headers_too_large:
    'リクエストヘッダーが、サーバーが受け付ける大きさを超えています。ヘッダーの数を減らすか、短くしてください',
  request_timeout:
    'リクエストの到着に時間がかかりすぎました。途中で止めずに一度で送り直してください',
  'bad_request.http': 'リクエストが正しい HTTP/1.1 ではありません',

  'unauthorized.org':
    'この操作には組織の管理リンクが必要です（Authorization: Bearer <管理シークレット>）。組織を作成したときに保存した管理リンクを開いてください。チームを追加するには、そのチームの ID とリーダーの管理シークレットも必要です',
  'unauthorized.team':
    'これにはチームの管理リンク（Authorization: Bearer <admin secret>）が必要です。チームを作成したときに保存した管理リンクを開いてください',
  'unauthorized.owner_wrong':
    'オーナートークンが正しくありません。ROLEFIT_ADMIN_TOKEN か、初回起動時に表示されたトークンを使ってください',
  'unauthorized.owner_missing':
    'オーナートークンを Authorization: Bearer <token> として送ってください（ROLEFIT_ADMIN_TOKEN、または初回起動時に表示されたトークン）',

  empty_text: 'text が空です。求人票か評価基準の文章を送ってください',
  'empty_text.document': (field: string) =>
    `${field} が空です。その文書のテキストを送るか、${field} を省いてください`,
  unknown_team: 'この参加コードのチームはありません。リーダーに新しい参加リンクをもらってください',
  id_conflict: (id: string) =>
    `id ${id} はすでに別の回答に使われています。クイズを終えるたびに新しい UUID を使ってください`,
  unknown_question: (questionId: string) =>
    `クイズに質問「${questionId}」はありません。GET /api/quiz にある id を使ってください`,
  'invalid_range.order': (from: string, to: string) =>
    `from（${from}）が to（${to}）より後になっています`,
  'invalid_range.span': (days: number) => `一度に指定できる期間は ${days} 日までです`,
  round_empty: (round: number) =>
    `ラウンド ${round} にはまだ回答がありません。参加リンクを共有し、メンバーが回答してから次のラウンドを開いてください`,
  too_few_responses: (missing: number) =>
    `回答をエクスポートするには、あと ${missing} 件の回答が必要です（個人を特定できないようにするためです）`,
  host_not_allowed: (host: string, hostname: string) =>
    `このサーバーは「${host}」を自分のアドレスとして認識していないため、チームのリンクを作れません。ROLEFIT_PUBLIC_URL に利用者がアクセスするアドレスを設定するか、ROLEFIT_ALLOWED_HOSTS に ${hostname} を追加してください`,

  unknown_webhook: 'この id の Webhook はありません。GET /api/webhooks で一覧を確認してください',
  too_many_webhooks: (max: number) =>
    `Webhook はすでに上限の ${max} 件あります。先にどれかを削除してください（DELETE /api/webhooks/<id>）`,
  'invalid_webhook_url.syntax':
    'url が絶対 URL ではありません。https://hooks.example.com/rolefit のように完全なアドレスを指定してください',
  'invalid_webhook_url.scheme': (scheme: string) =>
    `Webhook の URL には ${scheme}: ではなく https を使ってください（http はサーバーが ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 で動いているときだけ使えます）`,
  'invalid_webhook_url.credentials':
    'Webhook の URL にユーザー名やパスワードを含めないでください。受信側は代わりに Rolefit-Signature ヘッダーを検証します',
  'invalid_webhook_url.unresolvable': (host: string) =>
    `${host} はどのアドレスにも解決されません。ホスト名を確認してください`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} は公開アドレスではありません（ループバック、プライベート、リンクローカル、クラウドのメタデータ、予約済み）。Webhook はこうしたアドレスには送られません。公開された https のアドレスを使ってください（ローカルでのテストには ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 で解除できます）`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `${host} は ${address} に解決されますが、これは公開アドレスではありません（ループバック、プライベート、リンクローカル、クラウドのメタデータ、予約済み）。Webhook はこうしたアドレスには送られません。公開された https のアドレスを使ってください（ローカルでのテストには ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 で解除できます）`,

  'request.workstream.oneOf':
    '"work"（research、rnd、product のいずれか）か "shares" のどちらか一方だけを指定してください',
  'request.workstream.zeroShares': 'shares をすべてゼロにすることはできません',
  'request.event.needsQuestion': 'answered イベントには questionId が必要です',
  'request.event.noQuestion': 'questionId を付けられるのは answered イベントだけです',
  'request.day.format': '日付は YYYY-MM-DD の形で指定してください',
  'request.day.calendar': '暦に存在しない日付です',
  'request.stats.fieldValue':
    'field と value は一緒に指定してください（例: field=utm_source&value=newsletter）',
  'request.rubric.role':
    'research-scientist、research-engineer、ai-engineer、research-scientist+ai-engineer（一人二役。両端の 2 つを並べたリストでも可）のどれかを指定してください',
};
