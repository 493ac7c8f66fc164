import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a test receiver got. */
export type Received = { headers: IncomingHttpHeaders; body: string; deliveryId: string };

/** What the receiver answers its `n`-th request (from 1): a status, or `hang` to never answer. */
export type Answer = (n: number, request: Received) => number | 'hang';

/** A webhook receiver on 127.0.0.1 for tests. */
export type Receiver = {
  url: string;
  received: Received[];
  /** Resolve once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/** Start a receiver on 127.0.0.1 that answers as `answer` says. */
export async function startReceiver(answer: Answer = () => 200): Promise<Receiver> {
  const received: Received[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = {
        headers: req.headers,
        body,
        deliveryId: String(req.headers['rolefit-delivery']),
      };
      received.push(request);
      const status = answer(received.length, request);
      for (const w of waiting.filter((w) => received.length >= w.count)) w.resolve();
      if (status === 'hang') return;
      res.statusCode = status;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    waitFor(count, timeoutMs = 15_000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver got ${received.length} of ${count} requests`)),
          timeoutMs,
        );
        waiting.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Check a delivery's `Rolefit-Signature` as a receiver would, written out here rather than
 * taken from the server's module: HMAC-SHA256 of "<t>.<body>", compared in constant time.
 */
export function signatureValid(secret: string, request: Received): boolean {
  const header = String(request.headers['rolefit-signature'] ?? '');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const [, t, v1] = match;
  const expected = createHmac('sha256', secret).update(`${t}.${request.body}`).digest();
  const fresh = Math.abs(Date.now() / 1000 - Number(t)) <= 300;
  return fresh && timingSafeEqual(Buffer.from(v1 ?? '', 'hex'), expected);
}
