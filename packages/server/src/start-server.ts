import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ensureOwnerToken } from './analytics/owner-token.ts';
import { createApp } from './app.ts';
import { answerClientError } from './client-error.ts';
import { openRateLimitCounters } from './rate-limit-counters.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits.ts';
import { jsonLogger, type Logger } from './request-log.ts';
import { createStore, type Store } from './store/create-store.ts';
import { startWebhookWorker, type WebhookWorkerOptions } from './webhooks/webhook-worker.ts';

/** The built web app, beside this package. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Settings for a running server; each has an environment variable (docs/deploy.md). */
export type ServerOptions = {
  port?: number;
  host?: string;
  databaseUrl?: string | undefined;
  webRoot?: string;
  log?: Logger;
  /** The owner token (ROLEFIT_ADMIN_TOKEN); unset, one is generated at first start. */
  adminToken?: string | undefined;
  /** Per-client request budgets (DEFAULT_RATE_LIMITS when omitted; `false` turns them off). */
  rateLimits?: RateLimits | false;
  /** The origin links are built on (ROLEFIT_PUBLIC_URL, see `publicUrlFrom`). */
  publicUrl?: string | undefined;
  /** Other host names links may be built on (ROLEFIT_ALLOWED_HOSTS, see `allowedHostsFrom`). */
  allowedHosts?: string[] | undefined;
  /** How long one database call may take before it fails as unavailable (ROLEFIT_DB_TIMEOUT_MS). */
  databaseTimeoutMs?: number | undefined;
  /** How long shutdown waits for in-flight requests before closing connections. */
  shutdownGraceMs?: number;
  /** How long a client may take to send a whole request, body included (30 s). */
  requestTimeoutMs?: number;
  /** How long a client may take to send the request headers (15 s). */
  headersTimeoutMs?: number;
  /**
   * The webhook delivery worker's settings (ROLEFIT_WEBHOOK_ALLOW_PRIVATE,
   * ROLEFIT_WEBHOOK_RETRY_BASE_MS); `false` runs no worker on this instance.
   */
  webhooks?: WebhookWorkerOptions | false;
};

/**
 * Slow clients must not hold a connection open forever: Node answers 408 and closes the socket
 * once a request or its headers take too long. It looks for such connections every
 * `connectionsCheckingInterval` (30 s by default), so that is kept to a quarter of the shorter limit.
 */
function slowClientLimits(options: ServerOptions) {
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 15_000, requestTimeout);
  const connectionsCheckingInterval = Math.max(50, Math.floor(headersTimeout / 4));
  return { requestTimeout, headersTimeout, connectionsCheckingInterval };
}

/** A running server. */
export type RunningServer = {
  url: string;
  port: number;
  store: Store;
  /** The Node HTTP server underneath, for its events (tests wait on `request`). */
  http: Server;
  /**
   * The owner token generated at this first start (no ROLEFIT_ADMIN_TOKEN, none stored yet), for
   * the caller to show once: it is stored only as a hash. `ownerTokenNotice` words it.
   */
  ownerToken?: string;
  /**
   * Stop: refuse new connections, answer what is in flight with `Connection: close`, close idle
   * keep-alive connections, and resolve as soon as the last in-flight request is answered (or
   * after the grace period, which cuts what is left).
   */
  close(): Promise<void>;
};

/**
 * Open the store, start listening, and return a handle whose `close` drains in-flight requests
 * before closing the database.
 * @example const server = await startServer({ port: 3000 }); … await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLogger;
  const store = await createStore(options.databaseUrl, {
    ...(options.databaseTimeoutMs === undefined ? {} : { timeoutMs: options.databaseTimeoutMs }),
  });
  const ownerToken = await ensureOwnerToken(store.settings, options.adminToken);
  const limits = await openRateLimitCounters(options.rateLimits ?? DEFAULT_RATE_LIMITS, log);
  let draining = false;
  const app = createApp({
    draining: () => draining,
    store,
    log,
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    adminToken: options.adminToken,
    rateLimits: limits.rateLimits,
    publicUrl: options.publicUrl,
    allowedHosts: options.allowedHosts,
    allowPrivateWebhooks: options.webhooks ? (options.webhooks.allowPrivate ?? false) : false,
  });
  const host = options.host ?? '0.0.0.0';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({
      fetch: app.fetch,
      port: options.port ?? 3000,
      hostname: host,
      serverOptions: slowClientLimits(options),
    }) as Server;
    s.on('clientError', answerClientError);
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await limits.close();
    await store.close();
    if (error.code === 'EADDRINUSE') {
      throw new Error(
        `port ${options.port ?? 3000} is in use; stop the other server or set PORT to another port`,
      );
    }
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 3000);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  log({ level: 'info', msg: 'listening', url, database: store.dialect, location: store.location });
  // Deliveries go out beside the requests, never in them; its state is all in the database.
  const worker =
    options.webhooks === false ? undefined : startWebhookWorker(store, log, options.webhooks);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      log({ level: 'info', msg: 'shutting down: finishing in-flight requests' });
      draining = true;
      await new Promise<void>((resolve) => {
        const force = setTimeout(
          () => server.closeAllConnections(),
          options.shutdownGraceMs ?? 10_000,
        );
        // `close` stops accepting and closes idle keep-alive connections; busy ones close once
        // their answer, which now says `Connection: close`, is written.
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
      });
      await worker?.stop();
      await limits.close();
      await store.close();
      log({ level: 'info', msg: 'stopped' });
    })();
    return closing;
  };
  return { url, port, store, http: server, close, ...(ownerToken ? { ownerToken } : {}) };
}
