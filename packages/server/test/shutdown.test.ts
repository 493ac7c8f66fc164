import { Agent, type IncomingMessage, request } from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/start-server.ts';

const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[1]?.id]));

type Answered = { status: number; text: string; connection: string | undefined; socket: Socket };

const answered = (res: IncomingMessage) =>
  new Promise<Answered>((resolve) => {
    // The agent takes the socket back once the answer ends; keep hold of it to watch it close.
    const socket = res.socket;
    let text = '';
    res.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    res.on('end', () =>
      resolve({
        status: res.statusCode ?? 0,
        text,
        connection: res.headers.connection,
        socket,
      }),
    );
  });

const socketClosed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });

describe('graceful shutdown (issue 13 item 3)', () => {
  it('closes keep-alive connections, finishes what is in flight with Connection: close, and stops as soon as it is done', async () => {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      log: () => {},
      adminToken: 'shutdown-test',
      // Far longer than the test may run: stopping must not wait for the grace period.
      shutdownGraceMs: 120_000,
    });
    const agent = new Agent({ keepAlive: true });
    const get = (path: string) =>
      new Promise<Answered>((resolve, reject) => {
        request({ host: '127.0.0.1', port: server.port, path, agent }, (res) =>
          answered(res).then(resolve),
        )
          .on('error', reject)
          .end();
      });

    // An idle keep-alive connection, left open by a client that has finished for now.
    const idle = await get('/healthz');
    expect(idle.status).toBe(200);
    expect(idle.connection).toBe('keep-alive');

    // A request in flight: headers and half the body sent when the shutdown begins.
    const id = crypto.randomUUID();
    const body = JSON.stringify({ id, answers });
    const half = Math.floor(body.length / 2);
    const arrived = new Promise<void>((resolve) => server.http.once('request', () => resolve()));
    const busy = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/responses',
      method: 'POST',
      agent: new Agent({ keepAlive: true }),
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const busyAnswer = new Promise<Answered>((resolve, reject) => {
      busy.on('response', (res) => answered(res).then(resolve));
      busy.on('error', reject);
    });
    busy.write(body.slice(0, half));
    await arrived;

    const closing = server.close();
    await socketClosed(idle.socket);
    busy.end(body.slice(half));
    const done = await busyAnswer;
    expect(done.status).toBe(201);
    expect(JSON.parse(done.text).role).toBeDefined();
    expect(done.connection).toBe('close');
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    agent.destroy();
  });
});
