// 服务器错误信息的简体中文版。代码名、字段名、请求头、环境变量和单位保持英文原样。
import type { Messages } from './en.ts';

const API = 'API 的说明见 /api/openapi.json';

export const zh: Messages = {
  not_found: (where: string) => `${where} 不存在；${API}`,
  malformed_json: '请求体不是有效的 JSON',
  'http.bad_request': `服务器无法读取这个请求；${API}`,
  'http.not_found': `这里什么也没有；${API}`,
  'http.method_not_allowed': `这里不允许使用这个方法；${API}`,
  'http.body_too_large': '请求体超出了服务器接受的大小',
  'http.unsupported_media_type': '请以 JSON 格式发送请求体，并带上 Content-Type: application/json',
  internal_error: '服务器端出了问题；错误已记录',

  database_unavailable:
    '数据库暂时没有响应；请过几秒再试（用同一个 id 重新发送同一份回答是安全的：它不会被存两次）',
  storage_full:
    '服务器磁盘已满，无法保存任何新数据；请稍后再试（运维人员可以在日志中看到这个问题）',

  'rate_limited.writes': (seconds: number) => `该客户端的请求过多；请 ${seconds} 秒后再试`,
  'rate_limited.guesses': (seconds: number) => `该客户端被拒绝的凭据过多；请 ${seconds} 秒后再试`,

  body_too_large: (maxBytes: number) => `请求体最大为 ${maxBytes} 字节`,
  body_incomplete: '请求体提前结束；请重新发送',
  unsupported_media_type: (contentType: string) =>
    `请以 JSON 格式发送请求体，并带上 Content-Type: application/json（收到的 Content-Type：${contentType ? `"${contentType}"` : '无'}）`,
  invalid_utf8: '请求体不是有效的 UTF-8 文本',
  'unstorable_text.address':
    '地址中含有 NUL 字符（U+0000）或不成对的 UTF-16 代理项；请发送普通的 Unicode 文本',
  'unstorable_text.body':
    '请求体中含有 NUL 字符（U+0000）或不成对的 UTF-16 代理项；请发送普通的 Unicode 文本',

  headers_too_large: '请求头超出了服务器接受的大小；请减少请求头的数量或缩短它们',
  request_timeout: '请求到达用时过长；请一次性重新发送',
  'bad_request.http': '请求不是有效的 HTTP/1.1',

  'unauthorized.org':
    '这需要组织的管理链接（Authorization: Bearer <管理密钥>）；请打开创建组织时保存的管理链接。添加团队还需要该团队的 ID 和其负责人的管理密钥',
  'unauthorized.team':
    '此操作需要团队的管理链接（Authorization: Bearer <admin secret>）；请打开创建团队时保存的管理链接',
  'unauthorized.owner_wrong': '所有者令牌不正确；请使用 ROLEFIT_ADMIN_TOKEN 或首次启动时打印的令牌',
  'unauthorized.owner_missing':
    '请以 Authorization: Bearer <token> 的形式发送所有者令牌（ROLEFIT_ADMIN_TOKEN，或首次启动时打印的令牌）',

  empty_text: 'text 为空；请发送招聘启事或评审标准的文字',
  'empty_text.document': (field: string) => `${field} 为空；请发送该文档的文本，或者去掉 ${field}`,
  unknown_team: '没有团队使用这个加入码；请向负责人索取新的加入链接',
  id_conflict: (id: string) => `id ${id} 已用于另一份回答；每完成一次测验请使用新的 UUID`,
  unknown_question: (questionId: string) =>
    `测验中没有题目"${questionId}"；请使用 GET /api/quiz 中的 id`,
  'invalid_range.order': (from: string, to: string) => `from（${from}）晚于 to（${to}）`,
  'invalid_range.span': (days: number) => `每次最多查询 ${days} 天`,
  round_empty: (round: number) =>
    `第 ${round} 轮还没有答案：请分享加入链接，等成员作答后再开启下一轮`,
  too_few_responses: (missing: number) =>
    `还需要 ${missing} 份回答才能导出，这样才无法从中认出任何人`,
  host_not_allowed: (host: string, hostname: string) =>
    `无法在"${host}"上生成团队链接，因为本服务器不认为这是自己的地址；请把 ROLEFIT_PUBLIC_URL 设为用户访问它的地址，或把 ${hostname} 加入 ROLEFIT_ALLOWED_HOSTS`,

  unknown_webhook: '没有这个 id 的 Webhook；GET /api/webhooks 可列出全部',
  too_many_webhooks: (max: number) =>
    `已有 ${max} 个 Webhook，这是一台服务器的上限；请先删除一个（DELETE /api/webhooks/<id>）`,
  'invalid_webhook_url.syntax':
    'url 不是绝对 URL；请给出完整地址，例如 https://hooks.example.com/rolefit',
  'invalid_webhook_url.scheme': (scheme: string) =>
    `Webhook 的 URL 必须使用 https，而不是 ${scheme}:（只有服务器以 ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 运行时才接受普通 http）`,
  'invalid_webhook_url.credentials':
    '请不要在 Webhook 的 URL 中写用户名和密码；接收方应改为校验 Rolefit-Signature 头',
  'invalid_webhook_url.unresolvable': (host: string) => `${host} 解析不到任何地址；请检查主机名`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} 不是公网地址（回环、私有、链路本地、云元数据或保留地址），Webhook 从不发往这类地址；请使用公网的 https 地址（本地测试时可用 ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 解除）`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `${host} 解析为 ${address}，这不是公网地址（回环、私有、链路本地、云元数据或保留地址），Webhook 从不发往这类地址；请使用公网的 https 地址（本地测试时可用 ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 解除）`,

  'request.workstream.oneOf': '"work"（research、rnd 或 product）和 "shares" 只能给出其中一个',
  'request.workstream.zeroShares': 'shares不能全为零',
  'request.event.needsQuestion': 'answered 事件需要 questionId',
  'request.event.noQuestion': '只有 answered 事件才带 questionId',
  'request.day.format': '日期请写成 YYYY-MM-DD',
  'request.day.calendar': '日历上没有这一天',
  'request.stats.fieldValue': 'field 和 value 需要一起提供，例如 field=utm_source&value=newsletter',
  'request.rubric.role':
    '必须是 research-scientist、research-engineer、ai-engineer 或 research-scientist+ai-engineer（一岗两职；也可写成其两端组成的列表）之一',
};
