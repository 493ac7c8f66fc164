import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { silentLogger } from '../src/request-log.ts';
import type { Store } from '../src/store/create-store.ts';
import { startWebhookWorker, type WebhookWorker } from '../src/webhooks/webhook-worker.ts';
import { TEST_DIALECTS } from './test-stores.ts';
import { type Receiver, startReceiver } from './webhook-receiver.ts';

const TOKEN = 'fields-owner-token';
const owner = { Authorization: `Bearer ${TOKEN}` };
const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[0]?.id]));

describe.each(TEST_DIALECTS)('hidden fields on $name (issue 18)', ({ open }) => {
  let store: Store;
  let app: App;
  let worker: WebhookWorker | undefined;
  let receiver: Receiver | undefined;
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

  const respond = (body: Record<string, unknown>, language = 'en') =>
    app.request('/api/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ id: crypto.randomUUID(), answers, ...body }),
    });

  it('stores the fields a page carried and exports them, in CSV as one JSON cell', async () => {
    const fields = { utm_source: 'newsletter', utm_campaign: 'launch, "week 1"', ref: 'a1' };
    expect((await respond({ fields })).status).toBe(201);
    expect((await respond({})).status).toBe(201);
    const json = (await (
      await app.request('/api/stats/export?format=json', { headers: owner })
    ).json()) as { fields: Record<string, string> }[];
    expect(json.map((r) => r.fields)).toEqual([fields, {}]);
    const csv = await (
      await app.request('/api/stats/export?format=csv', { headers: owner })
    ).text();
    const [header, withFields, without] = csv.trimEnd().split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['id', 'created_at', 'source', 'fields']);
    // A JSON object with a comma and quotes is one quoted CSV cell.
    expect(withFields).toContain(`"${JSON.stringify(fields).replaceAll('"', '""')}"`);
    expect(without?.split(',')[3]).toBe('');
  });

  it('refuses fields that break the rules, saying which and what is allowed, in the asker’s language', async () => {
    const cases: [unknown, RegExp][] = [
      [{ 'UTM-Source': 'x' }, /1 to 40 characters of a-z, 0-9 and _/],
      [{ ref: 'x'.repeat(201) }, /at most 200 characters/],
      [{ ref: 7 }, /at most 200 characters/],
      [Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, 'v'])), /at most 10/],
    ];
    for (const [fields, message] of cases) {
      const res = await respond({ fields });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(message);
    }
    const german = await respond({ fields: { 'Bad Name': 'x' } }, 'de');
    expect(((await german.json()) as { error: { message: string } }).error.message).toContain(
      'Feldname',
    );
    const stored = await (
      await app.request('/api/stats/export?format=json', { headers: owner })
    ).json();
    expect(stored).toEqual([]);
  });

  it('sends the fields in the response.created webhook', async () => {
    receiver = await startReceiver();
    const made = await app.request('/api/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...owner },
      body: JSON.stringify({ url: `${receiver.url}/hook`, events: ['response.created'] }),
    });
    expect(made.status).toBe(201);
    worker = startWebhookWorker(store, silentLogger, { allowPrivate: true, pollMs: 25 });
    expect((await respond({ fields: { utm_source: 'slack' } })).status).toBe(201);
    await receiver.waitFor(1);
    const payload = JSON.parse(receiver.received[0]?.body ?? '{}') as {
      data: { fields: Record<string, string> };
    };
    expect(payload.data.fields).toEqual({ utm_source: 'slack' });
  });
});
