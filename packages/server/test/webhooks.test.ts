import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { silentLogger } from '../src/request-log.ts';
import type { Store } from '../src/store/create-store.ts';
import type {
  CreatedWebhook,
  WebhookDeliveries,
  WebhookList,
  WebhookPayload,
} from '../src/webhooks/webhook-schemas.ts';
import { startWebhookWorker, type WebhookWorker } from '../src/webhooks/webhook-worker.ts';
import { TEST_DIALECTS } from './test-stores.ts';
import { type Receiver, signatureValid, startReceiver } from './webhook-receiver.ts';

const TOKEN = 'webhook-owner-token';
const auth = { Authorization: `Bearer ${TOKEN}` };
const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

const send = (
  app: App,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = auth,
) =>
  app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const addWebhook = async (app: App, url: string, events = ['response.created']) => {
  const res = await send(app, 'POST', '/api/webhooks', { url, events });
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedWebhook;
};

const postResponse = (app: App, extra: Record<string, unknown> = {}) =>
  send(app, 'POST', '/api/responses', { id: crypto.randomUUID(), answers, ...extra }, {});

const deliveriesOf = async (app: App, id: string) =>
  ((await (await send(app, 'GET', `/api/webhooks/${id}/deliveries`)).json()) as WebhookDeliveries)
    .deliveries;

/** Poll until `check` holds (bounded), for states the worker reaches in its own time. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(TEST_DIALECTS)('webhooks on $name', ({ open }) => {
  let store: Store;
  let app: App;
  let worker: WebhookWorker | undefined;
  let receiver: Receiver | undefined;
  const startWorker = (timeoutMs?: number) => {
    worker = startWebhookWorker(store, silentLogger, {
      allowPrivate: true,
      retry: { baseMs: 20 },
      pollMs: 25,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
  };
  beforeEach(async () => {
    store = await open();
    app = createApp({ store, adminToken: TOKEN, allowPrivateWebhooks: true });
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await receiver?.close();
    receiver = undefined;
    await store.close();
  });

  it('need the owner token on every route: one refusal, whatever exists', async () => {
    const hook = await addWebhook(app, 'http://127.0.0.1:9/hook');
    const routes: [string, string, unknown?][] = [
      ['POST', '/api/webhooks', { url: 'http://127.0.0.1:9/x', events: ['response.created'] }],
      ['GET', '/api/webhooks'],
      ['GET', `/api/webhooks/${hook.id}`],
      ['GET', '/api/webhooks/no-such-hook'],
      ['DELETE', `/api/webhooks/${hook.id}`],
      ['GET', `/api/webhooks/${hook.id}/deliveries`],
    ];
    for (const [method, path, body] of routes) {
      for (const headers of [{}, { Authorization: 'Bearer wrong' }]) {
        const res = await send(app, method, path, body, headers);
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      }
    }
    expect((await send(app, 'GET', `/api/webhooks/${hook.id}`)).status).toBe(200);
  });

  it('are added, listed without their secret, read, and deleted', async () => {
    const hook = await addWebhook(app, 'http://127.0.0.1:9/hook', [
      'response.created',
      'team.threshold_reached',
      'response.created',
    ]);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(hook.events).toEqual(['response.created', 'team.threshold_reached']);
    const list = (await (await send(app, 'GET', '/api/webhooks')).json()) as WebhookList;
    expect(list.webhooks).toEqual([
      { id: hook.id, url: hook.url, events: hook.events, createdAt: hook.createdAt },
    ]);
    expect(JSON.stringify(list)).not.toContain(hook.secret);
    const one = await send(app, 'GET', `/api/webhooks/${hook.id}`);
    expect(JSON.stringify(await one.json())).not.toContain(hook.secret);
    expect(await deliveriesOf(app, hook.id)).toEqual([]);
    expect((await send(app, 'DELETE', `/api/webhooks/${hook.id}`)).status).toBe(200);
    for (const path of [`/api/webhooks/${hook.id}`, `/api/webhooks/${hook.id}/deliveries`]) {
      const res = await send(app, 'GET', path);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'unknown_webhook',
      );
    }
    expect((await send(app, 'DELETE', `/api/webhooks/${hook.id}`)).status).toBe(404);
  });

  it('refuse unknown events and URLs that are not URLs', async () => {
    for (const body of [
      { url: 'http://127.0.0.1:9/x', events: ['response.deleted'] },
      { url: 'http://127.0.0.1:9/x', events: [] },
      { url: 'http://127.0.0.1:9/x' },
      { url: 'not a url', events: ['response.created'] },
      { url: 'ftp://files.example/x', events: ['response.created'] },
      { url: 'http://user:pw@127.0.0.1:9/x', events: ['response.created'] },
    ]) {
      const res = await send(app, 'POST', '/api/webhooks', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(['invalid_request', 'invalid_webhook_url']).toContain(error.code);
      expect(error.message.length).toBeGreaterThan(10);
    }
  });

  it('without ROLEFIT_WEBHOOK_ALLOW_PRIVATE, refuse loopback, private and metadata addresses, names resolving to them, and http', async () => {
    const strict = createApp({ store, adminToken: TOKEN });
    for (const url of [
      'https://127.0.0.1/hook',
      'https://127.1.2.3:8443/hook',
      'https://localhost/hook',
      'https://10.0.0.8/hook',
      'https://192.168.1.1/hook',
      'https://172.16.5.5/hook',
      'https://100.64.0.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://0.0.0.0/hook',
      'https://[::1]/hook',
      'https://[fd00:ec2::254]/hook',
      'https://[fe80::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://224.0.0.1/hook',
      'http://hooks.example.com/hook',
    ]) {
      const res = await send(strict, 'POST', '/api/webhooks', {
        url,
        events: ['response.created'],
      });
      expect(res.status, url).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code, url).toBe('invalid_webhook_url');
      expect(error.message, url).toContain('ROLEFIT_WEBHOOK_ALLOW_PRIVATE');
    }
    const named = await send(strict, 'POST', '/api/webhooks?lang=fr', {
      url: 'https://localhost:8443/hook',
      events: ['response.created'],
    });
    expect(((await named.json()) as { error: { message: string } }).error.message).toMatch(
      /^localhost se résout en (127\.0\.0\.1|::1)/,
    );
    expect((await (await send(strict, 'GET', '/api/webhooks')).json()) as WebhookList).toEqual({
      webhooks: [],
    });
  });

  it('retry a failed delivery with the same Rolefit-Delivery and a valid signature each time', async () => {
    receiver = await startReceiver((n) => (n === 1 ? 500 : 204));
    const hook = await addWebhook(app, receiver.url);
    startWorker();
    const id = crypto.randomUUID();
    const res = await postResponse(app, { id, source: 'https://blog.example/post?utm_source=x' });
    expect(res.status).toBe(201);
    const stored = await res.json();
    await receiver.waitFor(2);
    const [first, second] = receiver.received;
    if (!first || !second) throw new Error('two attempts expected');
    expect(second.deliveryId).toBe(first.deliveryId);
    expect(first.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.body).toBe(first.body);
    for (const attempt of [first, second]) {
      expect(signatureValid(hook.secret, attempt)).toBe(true);
      expect(signatureValid(`${hook.secret}x`, attempt)).toBe(false);
      expect(attempt.headers['content-type']).toBe('application/json');
      expect(attempt.headers['user-agent']).toMatch(/^rolefit-webhooks\//);
    }
    const payload = JSON.parse(second.body) as WebhookPayload;
    expect(payload.type).toBe('response.created');
    expect(payload.data).toEqual({
      id,
      createdAt: payload.createdAt,
      source: 'https://blog.example/post',
      fields: {},
      answers: stored.answers,
      result: stored,
    });
    await eventually(async () => (await deliveriesOf(app, hook.id))[0]?.status === 'delivered');
    const [delivery] = await deliveriesOf(app, hook.id);
    expect(delivery).toMatchObject({
      id: first.deliveryId,
      event: 'response.created',
      status: 'delivered',
      attempts: 2,
      responseCode: 204,
      nextAttemptAt: null,
      error: null,
    });
    // The same submission again stores nothing and announces nothing.
    expect((await postResponse(app, { id })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(2);
  });

  it("never send a team's responses to the owner's webhooks; tell them when a batch is released, counts only", async () => {
    receiver = await startReceiver();
    await addWebhook(app, receiver.url, ['response.created', 'team.threshold_reached']);
    startWorker();
    const team = await send(app, 'POST', '/api/teams', { name: 'Applied ML', minResponses: 3 }, {});
    const { id: teamId, joinCode } = (await team.json()) as { id: string; joinCode: string };
    for (let i = 0; i < 7; i++)
      expect((await postResponse(app, { team: joinCode })).status).toBe(201);
    expect((await postResponse(app)).status).toBe(201);
    // One public response, and the team's 3rd and 6th answers: three events.
    await receiver.waitFor(3);
    await new Promise((r) => setTimeout(r, 300));
    const payloads = receiver.received.map((r) => JSON.parse(r.body) as WebhookPayload);
    expect(payloads.map((p) => p.type).sort()).toEqual([
      'response.created',
      'team.threshold_reached',
      'team.threshold_reached',
    ]);
    const created = payloads.find((p) => p.type === 'response.created');
    expect(created?.data).toMatchObject({ source: null, fields: {} });
    const thresholds = payloads.filter((p) => p.type === 'team.threshold_reached');
    const byCount = thresholds.map((p) => p.data as { count: number });
    expect(byCount.sort((a, b) => a.count - b.count)).toEqual([
      { team: { id: teamId, name: 'Applied ML' }, round: 1, count: 3, minResponses: 3 },
      { team: { id: teamId, name: 'Applied ML' }, round: 1, count: 6, minResponses: 3 },
    ]);
    // Nothing of a member's answers in them.
    for (const p of thresholds) expect(p.data).not.toHaveProperty('answers');
  });

  it('answer POST /api/responses while a receiver hangs; the attempt times out and is retried', async () => {
    receiver = await startReceiver(() => 'hang');
    const hook = await addWebhook(app, receiver.url);
    startWorker(2000);
    expect((await postResponse(app)).status).toBe(201);
    await receiver.waitFor(1);
    // The first attempt is still open at the receiver while every later response is answered.
    for (let i = 0; i < 10; i++) expect((await postResponse(app)).status).toBe(201);
    const first = (await deliveriesOf(app, hook.id)).at(-1);
    expect(first).toMatchObject({ attempts: 0, lastAttemptAt: null });
    await eventually(async () =>
      (await deliveriesOf(app, hook.id)).some(
        (d) => d.status === 'retrying' && d.error === 'no answer within 2 s',
      ),
    );
  });

  it('drop the deliveries of a deleted webhook and of a deleted team', async () => {
    const hook = await addWebhook(app, 'http://127.0.0.1:9/hook', [
      'response.created',
      'team.threshold_reached',
    ]);
    const team = await send(app, 'POST', '/api/teams', { name: 'Ops', minResponses: 3 }, {});
    const created = (await team.json()) as { id: string; joinCode: string; adminSecret: string };
    for (let i = 0; i < 3; i++) await postResponse(app, { team: created.joinCode });
    await postResponse(app);
    expect((await deliveriesOf(app, hook.id)).map((d) => d.event).sort()).toEqual([
      'response.created',
      'team.threshold_reached',
    ]);
    const lead = { Authorization: `Bearer ${created.adminSecret}` };
    expect((await send(app, 'DELETE', `/api/teams/${created.id}`, undefined, lead)).status).toBe(
      200,
    );
    expect((await deliveriesOf(app, hook.id)).map((d) => d.event)).toEqual(['response.created']);
    await send(app, 'DELETE', `/api/webhooks/${hook.id}`);
    const left = await store.db.db.selectFrom('webhook_deliveries').select('id').execute();
    expect(left).toEqual([]);
  });

  it('delete finished deliveries after 30 days, keep those still to send however old', async () => {
    receiver = await startReceiver((n) => (n === 1 ? 204 : 500));
    const hook = await addWebhook(app, receiver.url);
    startWorker();
    await postResponse(app);
    await postResponse(app);
    await eventually(async () =>
      (await deliveriesOf(app, hook.id)).every((d) => d.status !== 'pending' && d.attempts > 0),
    );
    await worker?.stop();
    worker = undefined;
    // One delivered, one retrying; both queued 31 days ago, and a third delivered yesterday.
    const sent = await deliveriesOf(app, hook.id);
    const retrying = sent.find((d) => d.status === 'retrying');
    expect(sent.map((d) => d.status).sort()).toEqual(['delivered', 'retrying']);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await store.db.db
      .updateTable('webhook_deliveries')
      .set({ created_at: daysAgo(31) })
      .execute();
    await postResponse(app);
    const recent = (await deliveriesOf(app, hook.id))[0];
    await store.db.db
      .updateTable('webhook_deliveries')
      .set({ status: 'delivered', next_attempt_at: null, created_at: daysAgo(1) })
      .where('id', '=', recent?.id ?? '')
      .execute();
    // The worker prunes as it starts.
    startWorker();
    await eventually(async () => (await deliveriesOf(app, hook.id)).length === 2);
    expect((await deliveriesOf(app, hook.id)).map((d) => d.id).sort()).toEqual(
      [retrying?.id, recent?.id].sort(),
    );
  });

  it('queue nothing while no webhook subscribes', async () => {
    await addWebhook(app, 'http://127.0.0.1:9/hook', ['team.threshold_reached']);
    await postResponse(app);
    const rows = await store.db.db.selectFrom('webhook_deliveries').select('id').execute();
    expect(rows).toEqual([]);
  });
});
