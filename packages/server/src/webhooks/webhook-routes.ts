import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ownerAuth } from '../analytics/owner-token.ts';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import type { RouteRules } from '../route-rules.ts';
import type { Store } from '../store/create-store.ts';
import type { StoredWebhook } from '../store/webhook-store.ts';
import { type AddressPolicy, checkWebhookUrl, type WebhookUrlProblem } from './webhook-address.ts';
import {
  CreatedWebhook,
  DeletedWebhook,
  NewWebhookBody,
  WebhookDeliveries,
  WebhookList,
  WebhookPayload,
  WebhookView,
} from './webhook-schemas.ts';
import { newWebhookSecret } from './webhook-signature.ts';

/** How many webhooks the owner may have: each new response is queued once per subscriber. */
export const MAX_WEBHOOKS = 20;

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

const WebhookParams = z.object({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const unknownWebhook = () => new HttpError(404, 'unknown_webhook', (m) => m.unknown_webhook);

/** The refusal for a URL a webhook may not have, in the request's language. */
function refuseUrl(problem: WebhookUrlProblem): HttpError {
  const code = 'invalid_webhook_url';
  switch (problem.kind) {
    case 'syntax':
      return new HttpError(400, code, (m) => m['invalid_webhook_url.syntax']);
    case 'scheme':
      return new HttpError(400, code, (m) => m['invalid_webhook_url.scheme'](problem.scheme));
    case 'credentials':
      return new HttpError(400, code, (m) => m['invalid_webhook_url.credentials']);
    case 'unresolvable':
      return new HttpError(400, code, (m) => m['invalid_webhook_url.unresolvable'](problem.host));
    case 'private':
      return problem.host === problem.address || `[${problem.address}]` === problem.host
        ? new HttpError(400, code, (m) => m['invalid_webhook_url.private_address'](problem.address))
        : new HttpError(400, code, (m) =>
            m['invalid_webhook_url.private_host'](problem.host, problem.address),
          );
  }
}

const viewOf = (hook: StoredWebhook): WebhookView => ({
  id: hook.id,
  url: hook.url,
  events: hook.events,
  createdAt: hook.createdAt,
});

/**
 * The owner's webhooks, behind the owner token: `POST /api/webhooks`, `GET /api/webhooks`,
 * `GET`/`DELETE /api/webhooks/{id}` and `GET /api/webhooks/{id}/deliveries`.
 */
export function webhookRoutes(
  app: OpenAPIHono,
  store: Store,
  envToken: string | undefined,
  rules: RouteRules,
  policy: AddressPolicy,
) {
  const owner = ownerAuth(store.settings, envToken);
  // Refused tokens count as guesses; a body is read within its limit before the token is checked.
  const reads = { middleware: [rules.guesses, owner], security: [{ ownerToken: [] }] };
  const writes = (middleware: MiddlewareHandler[]) => ({
    middleware: [rules.writes, rules.guesses, ...middleware, owner],
    security: [{ ownerToken: [] }],
  });
  // What rolefit sends, in the document's `webhooks` (OpenAPI 3.1): not a route of this server.
  app.openAPIRegistry.registerWebhook({
    method: 'post',
    path: 'rolefit-event',
    summary: 'What rolefit POSTs to each webhook URL, for every event it subscribes to',
    description:
      'Answer any 2xx within 5 s. `Rolefit-Delivery` is the same on every retry of the delivery; `Rolefit-Signature` is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>`. Reject a `t` older than 5 minutes. See docs/integrations.md.',
    request: {
      headers: z.object({
        'rolefit-delivery': z.uuid(),
        'rolefit-signature': z.string().openapi({ example: 't=1796308541,v1=1d65…' }),
      }),
      body: { content: { 'application/json': { schema: WebhookPayload } } },
    },
    responses: { 200: { description: 'Any 2xx status: delivered' } },
  });
  const found = async (id: string) => {
    const hook = await store.webhooks.get(id);
    if (!hook) throw unknownWebhook();
    return hook;
  };

  const create = createRoute({
    ...writes([rules.jsonBody()]),
    method: 'post',
    path: '/api/webhooks',
    summary: 'Add a webhook: events are POSTed to its URL, signed with the secret answered here',
    description:
      'The URL must be https and its host must resolve to public addresses only (checked now and again at every connection), unless the server runs with ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1. The secret is answered this once; the server keeps it to sign deliveries but never shows it again. See docs/integrations.md.',
    request: { body: { required: true, ...json(NewWebhookBody) } },
    responses: {
      201: { description: 'Added', ...json(CreatedWebhook) },
      ...errorResponses(400, 401, 409, 413, 415, 429, 503),
    },
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const checked = await checkWebhookUrl(body.url, policy);
    if (!checked.ok) throw refuseUrl(checked.problem);
    if ((await store.webhooks.list()).length >= MAX_WEBHOOKS) {
      throw new HttpError(409, 'too_many_webhooks', (m) => m.too_many_webhooks(MAX_WEBHOOKS));
    }
    const events = [...new Set(body.events)];
    const secret = newWebhookSecret();
    const hook = await store.webhooks.create({ id: randomUUID(), url: body.url, events, secret });
    c.header('Cache-Control', 'no-store');
    return c.json({ ...viewOf(hook), secret }, 201);
  });

  const list = createRoute({
    ...reads,
    method: 'get',
    path: '/api/webhooks',
    summary: 'The webhooks, oldest first (never their secrets)',
    responses: {
      200: { description: 'The list', ...json(WebhookList) },
      ...errorResponses(401, 503),
    },
  });
  app.openapi(list, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ webhooks: (await store.webhooks.list()).map(viewOf) }, 200);
  });

  const get = createRoute({
    ...reads,
    method: 'get',
    path: '/api/webhooks/{id}',
    summary: 'One webhook (never its secret)',
    request: { params: WebhookParams },
    responses: {
      200: { description: 'The webhook', ...json(WebhookView) },
      ...errorResponses(401, 404, 503),
    },
  });
  app.openapi(get, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(viewOf(await found(c.req.valid('param').id)), 200);
  });

  const remove = createRoute({
    ...writes([]),
    method: 'delete',
    path: '/api/webhooks/{id}',
    summary: 'Delete a webhook, with its queued and past deliveries',
    request: { params: WebhookParams },
    responses: {
      200: { description: 'Deleted', ...json(DeletedWebhook) },
      ...errorResponses(401, 404, 429, 503),
    },
  });
  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await store.webhooks.delete(id))) throw unknownWebhook();
    return c.json({ id, deleted: true as const }, 200);
  });

  const deliveries = createRoute({
    ...reads,
    method: 'get',
    path: '/api/webhooks/{id}/deliveries',
    summary: "A webhook's latest 50 deliveries, the newest first, each with its latest attempt",
    request: { params: WebhookParams },
    responses: {
      200: { description: 'The deliveries', ...json(WebhookDeliveries) },
      ...errorResponses(401, 404, 503),
    },
  });
  app.openapi(deliveries, async (c) => {
    const hook = await found(c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json({ deliveries: await store.deliveries.forWebhook(hook.id, 50) }, 200);
  });
}
