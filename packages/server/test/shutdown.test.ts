import { request } from 'node:http';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/start-server.ts';

const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[1]?.id]));

describe('graceful shutdown', () => {
  it('finishes a request that is in flight when shutdown starts, then refuses new connections', async () => {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      log: () => {},
      adminToken: 'shutdown-test',
    });
    const id = crypto.randomUUID();
    const body = JSON.stringify({ id, answers });
    const half = Math.floor(body.length / 2);
    // Send half the body, start the shutdown, then send the rest.
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/responses',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => req.end(body.slice(half)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = server.close();
    const { status, text } = await answered;
    expect(status).toBe(201);
    expect(JSON.parse(text).role).toBeDefined();
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
