import { describe, expect, it } from 'vitest';
import { type Fetch, sendResponse } from './send-response.ts';

const body = {
  id: '7d1f6c1e-0000-4000-8000-000000000001',
  answers: { output: 'paper' },
  source: 'https://blog.example/post',
};

function fakeFetch(replies: (number | 'network')[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn: Fetch = async (url, init) => {
    calls.push({ url, init });
    const reply = replies[calls.length - 1] ?? 'network';
    if (reply === 'network') throw new TypeError('Failed to fetch');
    return { ok: reply >= 200 && reply < 300, status: reply };
  };
  return { calls, fetchFn };
}

describe('sendResponse', () => {
  it('posts the body as JSON once, without cookies, when the server accepts it', async () => {
    const { calls, fetchFn } = fakeFetch([201]);
    const outcome = await sendResponse('/api/responses', body, fetchFn, 0);
    expect(outcome).toEqual({ id: body.id, ok: true, status: 201, attempts: 1 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.credentials).toBe('omit');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(body);
  });

  it('retries once with the same id after a network failure', async () => {
    const { calls, fetchFn } = fakeFetch(['network', 200]);
    const outcome = await sendResponse('/api/responses', body, fetchFn, 0);
    expect(outcome).toEqual({ id: body.id, ok: true, status: 200, attempts: 2 });
    expect(calls.map((c) => JSON.parse(String(c.init.body)).id)).toEqual([body.id, body.id]);
  });

  it('retries a 5xx once, but never a 4xx', async () => {
    const server = fakeFetch([503, 503, 200]);
    expect(await sendResponse('/x', body, server.fetchFn, 0)).toEqual({
      id: body.id,
      ok: false,
      status: 503,
      attempts: 2,
    });
    expect(server.calls).toHaveLength(2);
    const refused = fakeFetch([400]);
    expect((await sendResponse('/x', body, refused.fetchFn, 0)).attempts).toBe(1);
    expect(refused.calls).toHaveLength(1);
  });

  it('gives up after two network failures and says so', async () => {
    const { calls, fetchFn } = fakeFetch(['network', 'network']);
    expect(await sendResponse('/x', body, fetchFn, 0)).toEqual({
      id: body.id,
      ok: false,
      status: null,
      attempts: 2,
    });
    expect(calls).toHaveLength(2);
  });
});
