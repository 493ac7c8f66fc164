import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, type ServerProcess, startServerProcess } from './server-process.ts';

const TOKEN = 'owner-token-for-abuse-tests-0123456789';
const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/**
 * One request from a given loopback address (127.0.0.0/8 is all ours), so each address is
 * another client to the server; `chunks` are streamed with chunked encoding.
 */
function send(
  port: number,
  from: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; chunks?: Iterable<string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, localAddress: from, method, path, headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
    } else if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };
const postResponse = (port: number, from: string, headers: Record<string, string> = {}) =>
  send(port, from, 'POST', '/api/responses', {
    headers: { ...json, ...headers },
    body: JSON.stringify({ id: crypto.randomUUID(), answers }),
  });

describe('abuse, against a real server process with limits from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-abuse-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({
      DATABASE_URL: `file:${join(dir, 'abuse.db')}`,
      ROLEFIT_ADMIN_TOKEN: TOKEN,
      ROLEFIT_RATE_LIMIT_WRITES: '5',
      ROLEFIT_RATE_LIMIT_AUTH_FAILURES: '3',
    });
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await exited(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a flooding client gets 429 with Retry-After, cannot dodge it with X-Forwarded-For, and others are served', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await postResponse(server.port, '127.0.0.1')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);

    const spoofed = await postResponse(server.port, '127.0.0.1', {
      'x-forwarded-for': '203.0.113.7',
    });
    expect(spoofed.status).toBe(429);
    expect(Number(spoofed.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(spoofed.body)).toMatchObject({ error: { code: 'rate_limited' } });

    expect((await postResponse(server.port, '127.0.0.2')).status).toBe(201);
    expect((await send(server.port, '127.0.0.1', 'GET', '/api/quiz')).status).toBe(200);
  });

  it('guessing secrets across team and owner endpoints locks out the guesser, not the team', async () => {
    const created = await send(server.port, '127.0.0.3', 'POST', '/api/teams', {
      headers: json,
      body: JSON.stringify({ name: 'Guess me' }),
    });
    expect(created.status).toBe(201);
    const team = JSON.parse(created.body) as { id: string; adminSecret: string };
    const read = (from: string, secret: string, path = `/api/teams/${team.id}`) =>
      send(server.port, from, 'GET', path, { headers: { authorization: `Bearer ${secret}` } });

    expect((await read('127.0.0.4', 'guess-one')).status).toBe(401);
    expect((await read('127.0.0.4', 'guess-two')).status).toBe(401);
    expect((await read('127.0.0.4', 'guess-three', '/api/stats')).status).toBe(401);
    const locked = await read('127.0.0.4', team.adminSecret);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect((await read('127.0.0.4', TOKEN, '/api/stats')).status).toBe(429);

    // The lead, from elsewhere, still gets in.
    expect((await read('127.0.0.5', team.adminSecret)).status).toBe(200);
  });

  it('a body streamed without a length is cut off at the limit with 413 (issue 13 item 5)', async () => {
    const chunk = `"${'x'.repeat(64 * 1024)}",`;
    const reply = await send(server.port, '127.0.0.6', 'POST', '/api/teams', {
      headers: json,
      chunks: ['{"name":[', ...Array.from({ length: 32 }, () => chunk), '""]}'],
    });
    // The 413 is written, and the connection closed after it, not reset under the client.
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'body_too_large' } });
    expect((await send(server.port, '127.0.0.6', 'GET', '/healthz')).status).toBe(200);
  });
});
