import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { addressKey, rateLimitsFromEnv } from '../src/rate-limits.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[0]?.id]));
const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('rate limits', () => {
  let store: Store;
  beforeEach(async () => {
    store = await createStore('file::memory:');
  });
  afterEach(() => store.close());

  it('answers 429 with Retry-After once a client spends its write budget', async () => {
    const app = createApp({
      store,
      rateLimits: { writesPerMinute: 5, authFailuresPer10Minutes: 0, trustProxy: 0 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await app.request('/api/responses', post({ id: crypto.randomUUID(), answers }))).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const refused = await app.request('/api/responses', post({ id: crypto.randomUUID(), answers }));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Reads are not writes: the quiz still loads.
    expect((await app.request('/api/quiz')).status).toBe(200);
  });

  it('a widget on another site can read its 429 and 413: CORS comes before the limits', async () => {
    const app = createApp({
      store,
      rateLimits: { writesPerMinute: 1, authFailuresPer10Minutes: 0, trustProxy: 0 },
    });
    const fromElsewhere = (path: string, body: string) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://blog.example' },
        body,
      });
    const huge = JSON.stringify({ text: 'x'.repeat(70_000) });
    const tooLarge = await fromElsewhere('/api/events', huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('access-control-allow-origin')).toBe('*');
    for (const path of ['/api/responses', '/api/events']) {
      const body = JSON.stringify({ id: crypto.randomUUID(), answers });
      const limited = await fromElsewhere(path, body);
      expect(limited.status, path).toBe(429);
      expect(limited.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('stops guessing secrets: after enough refusals even the right secret waits', async () => {
    const app = createApp({
      store,
      rateLimits: { writesPerMinute: 0, authFailuresPer10Minutes: 3, trustProxy: 0 },
    });
    const created = await app.request('/api/teams', post({ name: 'Guess me' }));
    const team = (await created.json()) as { id: string; adminSecret: string };
    const read = (secret: string) =>
      app.request(`/api/teams/${team.id}`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await read(team.adminSecret)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await read(`guess-${i}`)).status).toBe(401);
    const blocked = await read(team.adminSecret);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).not.toBeNull();
  });

  it('behind one trusted proxy, counts the rightmost X-Forwarded-For entry, not what the client wrote (issue 13 item 7)', async () => {
    const app = createApp({
      store,
      rateLimits: { writesPerMinute: 3, authFailuresPer10Minutes: 0, trustProxy: 1 },
    });
    const from = (forwarded: string) =>
      app.request('/api/responses', {
        ...post({ id: crypto.randomUUID(), answers }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
      });
    // The client invents a new leftmost address each time; the proxy appends the real one.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await from(`10.0.0.${i}, 203.0.113.9`)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    // Another client behind the same proxy has its own budget.
    expect((await from('203.0.113.10')).status).toBe(201);
    // Addresses of one IPv6 /64 share a budget.
    for (let i = 0; i < 3; i++) expect((await from(`2001:db8:1:2::${i + 1}`)).status).toBe(201);
    expect((await from('2001:db8:1:2:ffff::7')).status).toBe(429);
  });

  it('groups IPv6 addresses by /64 and reads mapped IPv4 as IPv4', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('reads its settings from the environment and refuses nonsense', () => {
    expect(rateLimitsFromEnv({ ROLEFIT_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(rateLimitsFromEnv({ ROLEFIT_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(rateLimitsFromEnv({}).trustProxy).toBe(0);
    expect(() => rateLimitsFromEnv({ ROLEFIT_TRUST_PROXY: 'yes' })).toThrow(/whole number/);
    expect(rateLimitsFromEnv({ ROLEFIT_RATE_LIMIT_WRITES: '0' }).writesPerMinute).toBe(0);
    expect(rateLimitsFromEnv({}).writesPerMinute).toBe(300);
    expect(() => rateLimitsFromEnv({ ROLEFIT_RATE_LIMIT_AUTH_FAILURES: 'lots' })).toThrow(
      /whole number/,
    );
  });
});
