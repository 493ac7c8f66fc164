import { connect, type Socket } from 'node:net';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/start-server.ts';

const REQUEST_TIMEOUT_MS = 2000;
const HEADERS_TIMEOUT_MS = 1000;
/** Room for the server's check interval and a busy machine; still far below the attacks' length. */
const SLACK_MS = 3000;

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

/** What a raw socket saw: everything the server wrote, and when the server closed it. */
type Seen = { text: string; closedAfterMs: number; bytesSent: number };

/**
 * Open a raw socket, send `head` at once, then one byte of `trickle` per `everyMs` until the
 * server closes the connection (or the trickle runs out, which a healthy server never lets happen).
 */
function slowClient(port: number, head: string, trickle: string, everyMs: number): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('error', () => {}); // a reset is one way of being cut off
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ text, closedAfterMs: Date.now() - started, bytesSent: sent });
    });
    socket.once('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent >= trickle.length) {
          clearInterval(timer);
          socket.destroy();
          reject(new Error(`the server let a slow client send all ${trickle.length} bytes`));
          return;
        }
        if (!socket.destroyed) socket.write(trickle[sent++] ?? '');
      }, everyMs);
    });
  });
}

describe('slow clients are cut off and do not block others', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      log: () => {},
      adminToken: 'owner-token-for-slow-client-tests',
      rateLimits: false,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      headersTimeoutMs: HEADERS_TIMEOUT_MS,
      shutdownGraceMs: 100,
    });
  });
  afterAll(() => server.close());

  const normalRequest = async () => {
    const res = await fetch(`${server.url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: crypto.randomUUID(), answers }),
      signal: AbortSignal.timeout(5000),
    });
    return res.status;
  };

  it('a body sent one byte a second is answered 408 and closed; others are served meanwhile', {
    timeout: 15_000,
  }, async () => {
    const body = JSON.stringify({ id: crypto.randomUUID(), answers });
    const head = `POST /api/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const attacks = Array.from({ length: 5 }, () => slowClient(server.port, head, body, 1000));
    // While five connections trickle, a normal client is served at once.
    await new Promise((r) => setTimeout(r, 500));
    expect(await normalRequest()).toBe(201);
    for (const seen of await Promise.all(attacks)) {
      expect(seen.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
      expect(seen.bytesSent).toBeLessThan(body.length);
      // Node answers 408 unless the app already started a response; either way the socket is gone.
      if (seen.text !== '') expect(seen.text).toMatch(/^HTTP\/1\.1 408/);
    }
    expect(await normalRequest()).toBe(201);
  });

  it('headers sent one byte a second are answered 408 and closed; others are served meanwhile', {
    timeout: 15_000,
  }, async () => {
    const headers = `Host: 127.0.0.1\r\nContent-Type: application/json\r\nX-Padding: ${'a'.repeat(40)}\r\n\r\n`;
    const attacks = Array.from({ length: 5 }, () =>
      slowClient(server.port, 'GET /api/quiz HTTP/1.1\r\n', headers, 1000),
    );
    await new Promise((r) => setTimeout(r, 500));
    const quiz = await fetch(`${server.url}/api/quiz`, { signal: AbortSignal.timeout(5000) });
    expect(quiz.status).toBe(200);
    for (const seen of await Promise.all(attacks)) {
      expect(seen.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
      expect(seen.text).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    }
    expect(await normalRequest()).toBe(201);
  });
});
