import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/request-log.ts';
import { type RunningServer, startServer } from '../src/start-server.ts';
import { WEBHOOK_CACHE_MS } from '../src/store/webhook-store.ts';
import type {
  CreatedWebhook,
  WebhookDeliveries,
  WebhookPayload,
} from '../src/webhooks/webhook-schemas.ts';
import { exited, startServerProcess } from './server-process.ts';
import { dropPostgresDatabase, freshPostgresUrl, POSTGRES_AVAILABLE } from './test-stores.ts';
import { type Receiver, signatureValid, startReceiver } from './webhook-receiver.ts';

const TOKEN = 'webhook-durability-token';
const auth = { Authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

const addWebhook = async (base: string, url: string) => {
  const res = await fetch(`${base}/api/webhooks`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ url, events: ['response.created'] }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedWebhook;
};

const postResponse = async (base: string, id: string) => {
  const res = await fetch(`${base}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, answers }),
  });
  await res.arrayBuffer();
  return res.status;
};

type Target = { name: string; url: () => Promise<string>; drop: (url: string) => Promise<void> };
const targets: Target[] = [
  {
    name: 'SQLite',
    url: async () => `file:${join(mkdtempSync(join(tmpdir(), 'rolefit-webhooks-')), 'r.db')}`,
    drop: async (url) => rmSync(join(url.slice('file:'.length), '..'), { recursive: true }),
  },
  ...(POSTGRES_AVAILABLE
    ? [{ name: 'PostgreSQL', url: freshPostgresUrl, drop: dropPostgresDatabase }]
    : []),
];

describe.each(targets)('webhook deliveries across a killed server on $name', (target) => {
  it('a server killed while its attempt is in flight delivers after the restart, with the same Rolefit-Delivery', async () => {
    const databaseUrl = await target.url();
    // The first attempt never gets an answer: the server dies holding its claim.
    const receiver = await startReceiver((n) => (n === 1 ? 'hang' : 200));
    const env = {
      DATABASE_URL: databaseUrl,
      ROLEFIT_ADMIN_TOKEN: TOKEN,
      ROLEFIT_WEBHOOK_ALLOW_PRIVATE: '1',
      // The shortest lease allowed: a dead instance's claim runs out after 6 s.
      ROLEFIT_WEBHOOK_LEASE_MS: '6000',
      ROLEFIT_RATE_LIMIT_WRITES: '0',
    };
    let server = await startServerProcess(env);
    try {
      const hook = await addWebhook(server.url, receiver.url);
      const id = crypto.randomUUID();
      expect(await postResponse(server.url, id)).toBe(201);
      await receiver.waitFor(1);
      server.child.kill('SIGKILL');
      await exited(server.child);

      server = await startServerProcess(env);
      await receiver.waitFor(2, 30_000);
      const [first, second] = receiver.received;
      if (!first || !second) throw new Error('two attempts expected');
      expect(second.deliveryId).toBe(first.deliveryId);
      expect(second.body).toBe(first.body);
      expect(signatureValid(hook.secret, second)).toBe(true);
      expect((JSON.parse(second.body) as WebhookPayload & { data: { id: string } }).data.id).toBe(
        id,
      );
      // Recorded as delivered by the instance that sent it (allow its write a moment).
      let listed: WebhookDeliveries['deliveries'] = [];
      for (let i = 0; i < 100 && listed[0]?.status !== 'delivered'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const res = await fetch(`${server.url}/api/webhooks/${hook.id}/deliveries`, {
          headers: auth,
        });
        listed = ((await res.json()) as WebhookDeliveries).deliveries;
      }
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ status: 'delivered', attempts: 1, responseCode: 200 });
      expect(receiver.received).toHaveLength(2);
    } finally {
      server.child.kill('SIGKILL');
      await exited(server.child);
      await receiver.close();
      await target.drop(databaseUrl);
    }
  }, 60_000);
});

describe.skipIf(!POSTGRES_AVAILABLE)(
  `two server instances over one PostgreSQL database${POSTGRES_AVAILABLE ? '' : ' (skipped: PostgreSQL not reachable)'}`,
  () => {
    let url: string;
    let a: RunningServer;
    let b: RunningServer;
    let r: Receiver;
    beforeAll(async () => {
      r = await startReceiver(() => 200);
      url = await freshPostgresUrl();
      const webRoot = mkdtempSync(join(tmpdir(), 'rolefit-no-web-'));
      const options = {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: url,
        webRoot,
        log: silentLogger,
        adminToken: TOKEN,
        rateLimits: false as const,
        databaseTimeoutMs: 30_000,
        // Both workers look for due rows every few milliseconds: their claims race.
        webhooks: { allowPrivate: true, pollMs: 5, concurrency: 4, retry: { baseMs: 20 } },
      };
      [a, b] = await Promise.all([startServer(options), startServer(options)]);
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
      await r?.close();
      if (url) await dropPostgresDatabase(url);
    });

    it('deliver each event exactly once', async () => {
      await addWebhook(a.url, r.url);
      // A webhook added through one instance counts on the others once their list in memory is
      // refreshed, within WEBHOOK_CACHE_MS (docs/integrations.md says so).
      await new Promise((done) => setTimeout(done, WEBHOOK_CACHE_MS + 200));
      const ids = Array.from({ length: 80 }, () => crypto.randomUUID());
      const statuses = await Promise.all(ids.map((id, i) => postResponse((i % 2 ? a : b).url, id)));
      expect(statuses.every((s) => s === 201)).toBe(true);
      await r.waitFor(ids.length, 30_000);
      // Time for any second sending to show up.
      await new Promise((done) => setTimeout(done, 500));
      expect(r.received).toHaveLength(ids.length);
      expect(new Set(r.received.map((x) => x.deliveryId)).size).toBe(ids.length);
      const delivered = r.received.map(
        (x) => (JSON.parse(x.body) as WebhookPayload & { data: { id: string } }).data.id,
      );
      expect(new Set(delivered)).toEqual(new Set(ids));
      const rows = await a.store.db.db
        .selectFrom('webhook_deliveries')
        .select(['status', 'attempts'])
        .execute();
      expect(rows.every((row) => row.status === 'delivered' && Number(row.attempts) === 1)).toBe(
        true,
      );
    }, 60_000);
  },
);
