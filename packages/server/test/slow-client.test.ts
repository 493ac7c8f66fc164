import { connect, type Socket } from 'node:net';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/start-server.ts';

const REQUEST_TIMEOUT_MS = 2000;
const HEADERS_TIMEOUT_MS = 1000;
/** A slow client sends one byte this often. */
const TRICKLE_MS = 1000;

/**
 * How many bytes a client trickling one per `TRICKLE_MS` may send before a server with this limit
 * must have cut it off: those the limit lets through, and one more sent while the server's hang-up
 * is on its way. The trickle is the clock: it runs on the same event loop as the server's timeout
 * check, so a busy machine slows both alike, where a wall-clock bound would break.
 */
const budgetFor = (limitMs: number) => Math.ceil(limitMs / TRICKLE_MS) + 1;

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

/** What a raw socket saw: everything the server wrote, and when the server closed it. */
type Seen = { text: string; closedAfterMs: number; bytesSent: number };

/**
 * Open a raw socket, send `head` at once, then one byte of `trickle` per `TRICKLE_MS` until the
 * server closes the connection. Fails if the server lets it send more than `budget` bytes.
 */
function slowClient(port: number, head: string, trickle: string, budget: number): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
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
      resolve({ text, closedAfterMs: performance.now() - started, bytesSent: sent });
    });
    socket.once('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent >= Math.min(budget, trickle.length)) {
          clearInterval(timer);
          socket.destroy();
          reject(new Error(`the server let a slow client send ${sent} bytes and still held on`));
          return;
        }
        if (!socket.destroyed) socket.write(trickle[sent++] ?? '');
      }, TRICKLE_MS);
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

  /** Resolves once the server has emitted `event` `count` times from now on. */
  const serverSees = (event: 'connection' | 'request', count: number) =>
    new Promise<void>((resolve) => {
      let seen = 0;
      const onEvent = () => {
        if (++seen < count) return;
        server.http.off(event, onEvent);
        resolve();
      };
      server.http.on(event, onEvent);
    });

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
    const inApp = serverSees('request', 5);
    const attacks = Array.from({ length: 5 }, () =>
      slowClient(server.port, head, body, budgetFor(REQUEST_TIMEOUT_MS)),
    );
    // While the app holds five requests waiting on their bodies, a normal client is served.
    await inApp;
    expect(await normalRequest()).toBe(201);
    for (const seen of await Promise.all(attacks)) {
      expect(seen.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS);
      // Node answers 408 unless the app already started a response; either way the socket is gone.
      if (seen.text !== '') expect(seen.text).toMatch(/^HTTP\/1\.1 408/);
    }
    expect(await normalRequest()).toBe(201);
  });

  it('headers sent one byte a second are answered 408 and closed; others are served meanwhile', {
    timeout: 15_000,
  }, async () => {
    const headers = `Host: 127.0.0.1\r\nContent-Type: application/json\r\nX-Padding: ${'a'.repeat(40)}\r\n\r\n`;
    const accepted = serverSees('connection', 5);
    const attacks = Array.from({ length: 5 }, () =>
      slowClient(server.port, 'GET /api/quiz HTTP/1.1\r\n', headers, budgetFor(HEADERS_TIMEOUT_MS)),
    );
    // While the server holds five connections with unfinished headers, a normal client is served.
    await accepted;
    const quiz = await fetch(`${server.url}/api/quiz`, { signal: AbortSignal.timeout(5000) });
    expect(quiz.status).toBe(200);
    for (const seen of await Promise.all(attacks)) {
      expect(seen.closedAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS);
      expect(seen.text).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    }
    expect(await normalRequest()).toBe(201);
  });
});
