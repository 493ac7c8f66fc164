import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('.', import.meta.url));
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};
/**
 * As strict as a careful host: no inline scripts and no inline styles. Such a host lists the
 * rolefit server in connect-src to let the widget post to it (here: any local port).
 */
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data:; connect-src 'self' http://127.0.0.1:*";

/** One request the stub endpoint received. */
export type Posted = { path: string; body: unknown; contentType: string | undefined };

/** A tiny static server for the widget's browser tests, with a stub `/api/responses`. */
export type FixtureServer = {
  origin: string;
  /** Every POST to the stub, in order, also the ones answered with a dropped connection. */
  posted: Posted[];
  /** Every funnel-event batch posted to the stub's `/api/events`. */
  events: unknown[];
  /** Responses stored by id, once each, as the real server must. */
  stored: Map<string, unknown>;
  /** Drop the connection of this many next POSTs, to act out a network failure. */
  dropNextPosts: number;
  /** Answer this many next POSTs with a 503. */
  failNextPosts: number;
  close: () => Promise<void>;
};

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Serve `/embed.js` (and the demo page) from `buildDir`, fixture pages from widget-fixtures/,
 * and stub endpoints at `/api/responses` and `/api/events` on 127.0.0.1 and a random port.
 */
export async function startFixtureServer(buildDir: string): Promise<FixtureServer> {
  const state = {
    posted: [] as Posted[],
    events: [] as unknown[],
    stored: new Map<string, unknown>(),
    dropNextPosts: 0,
    failNextPosts: 0,
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/api/events') {
      // Funnel events: accepted and forgotten; the real server's handling is tested there.
      state.events.push(JSON.parse(await readBody(req)));
      res.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
      res.end('{"stored":0,"duplicates":0}');
      return;
    }
    if (req.method === 'POST' && path === '/api/responses') {
      const raw = await readBody(req);
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {}
      state.posted.push({ path, body, contentType: req.headers['content-type'] });
      if (state.dropNextPosts > 0) {
        state.dropNextPosts--;
        req.socket.destroy();
        return;
      }
      if (state.failNextPosts > 0) {
        state.failNextPosts--;
        res.writeHead(503, { 'content-type': 'application/json', connection: 'close' });
        res.end('{"error":{"code":"unavailable","message":"try again"}}');
        return;
      }
      const id = (body as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"invalid_body","message":"id is required"}}');
        return;
      }
      const created = !state.stored.has(id);
      if (created) state.stored.set(id, body);
      res.writeHead(created ? 201 : 200, {
        'content-type': 'application/json',
        // A fresh connection per post, so Chromium never re-sends a dropped post on its own.
        connection: 'close',
      });
      res.end(JSON.stringify({ id }));
      return;
    }
    const name = path === '/' ? 'basic.html' : path.slice(1);
    // embed.js, the chunks it loads (embed/…) and the demo page come from the build.
    const fromBuild =
      name === 'embed.js' || name.startsWith('embed-demo.') || name.startsWith('embed/');
    if (req.method !== 'GET' || !/^(embed\/)?[a-zA-Z0-9_-]+\.(html|css|js)$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const file = await readFile(join(fromBuild ? buildDir : FIXTURES, name));
      res.writeHead(200, {
        'content-type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'content-security-policy': STRICT_CSP,
        'cache-control': 'no-store',
        connection: 'close',
      });
      res.end(file);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  });
}
