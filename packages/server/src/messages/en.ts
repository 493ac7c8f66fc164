import type { Catalogue } from '@rolefit/core';

/**
 * The server's own English text: the `message` of every error the API answers, keyed by the
 * error's `code`, or by the code and a dotted name where one code has several messages. A value
 * is a string, or a function for anything with values or plurals. Codes, field names, header
 * names, environment variables and units are not prose and stay as they are in every language.
 * Not here: the answer errors (`invalid_answers`) and core's schemas' messages, which core words
 * from its own catalogue, and Zod's own validation messages, which come from Zod's locales
 * (`issue-text.ts` in core). The `request.*` texts are what the schemas say in English; a
 * refusal finds them by that text and answers in the request's language.
 */
export const en = {
  // Where nothing answers, and requests Hono refuses before a route sees them.
  not_found: (where: string) => `nothing at ${where}; the API is described at /api/openapi.json`,
  malformed_json: 'the body is not valid JSON',
  'http.bad_request':
    'the server could not read this request; the API is described at /api/openapi.json',
  'http.not_found': 'nothing here; the API is described at /api/openapi.json',
  'http.method_not_allowed':
    'this method is not allowed here; the API is described at /api/openapi.json',
  'http.body_too_large': 'the request body is larger than the server accepts',
  'http.unsupported_media_type': 'send the body as JSON with Content-Type: application/json',
  internal_error: 'something went wrong on our side; the error was logged',

  // The database away or full (503 with Retry-After).
  database_unavailable:
    'the database is not answering right now; try again in a few seconds (sending the same response id again is safe: it is never stored twice)',
  storage_full:
    "the server's disk is full, so nothing new can be stored; try again later (the operator sees this in the logs)",

  // Rate limits (429 with Retry-After); `seconds` is at least 1.
  'rate_limited.writes': (seconds: number) =>
    `too many requests from this client; try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,
  'rate_limited.guesses': (seconds: number) =>
    `too many refused secrets from this client; try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,

  // Request bodies (request-body.ts, unstorable-text.ts).
  body_too_large: (maxBytes: number) => `request bodies are limited to ${maxBytes} bytes`,
  body_incomplete: 'the request body ended early; send it again',
  /** `contentType` is the request's Content-Type header, empty when it sent none. */
  unsupported_media_type: (contentType: string) =>
    `send the body as JSON with Content-Type: application/json (got ${contentType ? `"${contentType}"` : 'none'})`,
  invalid_utf8: 'the body is not valid UTF-8 text',
  'unstorable_text.address':
    'the address holds a NUL character (U+0000) or half of a UTF-16 surrogate pair; send plain Unicode text',
  'unstorable_text.body':
    'the body holds a NUL character (U+0000) or half of a UTF-16 surrogate pair; send plain Unicode text',

  // Answers Node writes itself, before a request is read (client-error.ts): its headers, and so
  // the language it asks for, are not known then, so these are always sent in English.
  headers_too_large:
    'the request headers are larger than the server accepts; send fewer or smaller headers',
  request_timeout: 'the request took too long to arrive; send it again in one go',
  'bad_request.http': 'the request is not valid HTTP/1.1',

  // Secrets (401).
  'unauthorized.org':
    "this needs the organisation's admin link (Authorization: Bearer <admin secret>); open the admin link you saved when the organisation was created. Adding a team also needs that team's id and its lead's admin secret",
  'unauthorized.team':
    "this needs the team's admin link (Authorization: Bearer <admin secret>); open the admin link you saved when the team was created",
  'unauthorized.owner_wrong':
    'the owner token is wrong; use ROLEFIT_ADMIN_TOKEN or the token printed at first start',
  'unauthorized.owner_missing':
    'send the owner token as Authorization: Bearer <token> (ROLEFIT_ADMIN_TOKEN, or the token printed at first start)',

  // The routes' own refusals.
  empty_text: 'text is empty; send the words of a job posting or review rubric',
  /** `field` is the body field left empty: posting, rubric or ladder (POST /api/check). */
  'empty_text.document': (field: string) =>
    `${field} is empty; send the text of that document, or leave ${field} out`,
  unknown_team: 'no team has this join code; ask your lead for a fresh join link',
  id_conflict: (id: string) =>
    `id ${id} was already used for other answers; pick a new UUID per finished quiz`,
  unknown_question: (questionId: string) =>
    `the quiz has no question "${questionId}"; use an id from GET /api/quiz`,
  'invalid_range.order': (from: string, to: string) => `from (${from}) is after to (${to})`,
  'invalid_range.span': (days: number) => `ask for at most ${days} days at a time`,
  round_empty: (round: number) =>
    `round ${round} has no answers yet: share the join link, and open the next round once members have answered`,
  too_few_responses: (missing: number) =>
    `${missing} more ${missing === 1 ? 'answer is' : 'answers are'} needed before the responses can be exported, so no one can be picked out`,
  /** `host` is the request's Host (with any port), `hostname` the same without the port. */
  host_not_allowed: (host: string, hostname: string) =>
    `team links can't be built on "${host}", which this server doesn't know as its own; set ROLEFIT_PUBLIC_URL to the address people reach it by, or add ${hostname} to ROLEFIT_ALLOWED_HOSTS`,

  // Webhooks (webhook-routes.ts).
  unknown_webhook: 'no webhook has this id; GET /api/webhooks lists them',
  too_many_webhooks: (max: number) =>
    `there are already ${max} webhooks, the most a server keeps; delete one first (DELETE /api/webhooks/<id>)`,
  'invalid_webhook_url.syntax':
    'url is not an absolute URL; give the full address, like https://hooks.example.com/rolefit',
  /** `scheme` is the URL's scheme without its colon (`http`, `ftp`). */
  'invalid_webhook_url.scheme': (scheme: string) =>
    `webhook URLs must use https, not ${scheme}: (plain http is accepted only when the server runs with ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1)`,
  'invalid_webhook_url.credentials':
    'leave the user name and password out of the webhook URL; receivers check the Rolefit-Signature header instead',
  'invalid_webhook_url.unresolvable': (host: string) =>
    `${host} does not resolve to any address; check the host name`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} is not a public address (loopback, private, link-local, cloud metadata or reserved), and webhooks are never sent to those; use a public https address (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 lifts this for local testing)`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `${host} resolves to ${address}, which is not a public address (loopback, private, link-local, cloud metadata or reserved), and webhooks are never sent to those; use a public https address (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 lifts this for local testing)`,

  // What a request body gets wrong, as the schemas say it (team and analytics schemas).
  'request.workstream.oneOf': 'give exactly one of "work" (research, rnd or product) or "shares"',
  'request.workstream.zeroShares': 'shares must not all be zero',
  'request.event.needsQuestion': 'an answered event needs the questionId',
  'request.event.noQuestion': 'only an answered event takes a questionId',
  'request.day.format': 'use a day as YYYY-MM-DD',
  'request.day.calendar': 'not a calendar day',
  'request.stats.fieldValue':
    'give field and value together, such as field=utm_source&value=newsletter',
  /** The rubric's role (rubric-routes.ts): its ids are core's `RUBRIC_ROLE_CHOICES`, kept as they are. */
  'request.rubric.role':
    'give one of research-scientist, research-engineer, ai-engineer or research-scientist+ai-engineer (two jobs in one; also as the list of its two ends)',
};

/**
 * The shape of the server's catalogue in any language: every id of the English one, with the
 * same function signatures. A missing id or a wrong signature is a compile error.
 * @example export const de: Messages = { not_found: (where) => `…`, … }
 */
export type Messages = Catalogue<typeof en>;
