import http from 'node:http';
import https from 'node:https';
import {
  addressLiteral,
  forbiddenRange,
  guardedLookup,
  type HostResolver,
} from './webhook-address.ts';
import { signatureHeader } from './webhook-signature.ts';

/** How one attempt went: a 2xx answer, or what went wrong. */
export type SendResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string };

/** What a delivery is sent to, and what is sent. */
export type SendRequest = { url: string; secret: string; deliveryId: string; body: string };

/** Sends one delivery attempt; `stop` aborts it (shutdown). */
export type WebhookSender = {
  send(request: SendRequest, stop: AbortSignal): Promise<SendResult>;
  /** Close kept-alive connections. */
  close(): void;
};

/** How long a receiver has to answer an attempt. */
export const DELIVERY_TIMEOUT_MS = 5000;

/** The User-Agent deliveries carry. */
export const WEBHOOK_USER_AGENT = 'rolefit-webhooks/1';

const describe = (error: NodeJS.ErrnoException): string =>
  error.code && !error.message.includes(error.code)
    ? `${error.message} (${error.code})`
    : error.message;

/**
 * Sends signed deliveries over node:http(s). Unless private addresses are allowed
 * (ROLEFIT_WEBHOOK_ALLOW_PRIVATE), only https, and every connection resolves its host through
 * `guardedLookup`, so the address connected to is the one checked; an address literal in the URL
 * is checked here, since no lookup happens for one. Redirects are not followed: a 3xx is a failure.
 */
export function createWebhookSender(options: {
  allowPrivate: boolean;
  resolve?: HostResolver;
  timeoutMs?: number;
  clock?: () => Date;
}): WebhookSender {
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const clock = options.clock ?? (() => new Date());
  const lookup = options.allowPrivate ? {} : { lookup: guardedLookup(options.resolve) };
  const agents = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };
  const refuse = (error: string): SendResult => ({ ok: false, status: null, error });
  return {
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
    send(request, stop) {
      const url = new URL(request.url);
      if (!options.allowPrivate) {
        if (url.protocol !== 'https:') return Promise.resolve(refuse('refused: https is required'));
        const literal = addressLiteral(url.hostname);
        const range = literal === undefined ? null : forbiddenRange(literal);
        if (range) return Promise.resolve(refuse(`refused to connect: ${literal} (${range})`));
      }
      const unixSeconds = Math.floor(clock().getTime() / 1000);
      const timeout = AbortSignal.timeout(timeoutMs);
      const secure = url.protocol === 'https:';
      return new Promise<SendResult>((resolve) => {
        const req = (secure ? https : http).request(url, {
          method: 'POST',
          agent: secure ? agents.https : agents.http,
          signal: AbortSignal.any([stop, timeout]),
          ...lookup,
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': WEBHOOK_USER_AGENT,
            'Rolefit-Delivery': request.deliveryId,
            'Rolefit-Signature': signatureHeader(request.secret, request.body, unixSeconds),
            'Content-Length': Buffer.byteLength(request.body),
          },
        });
        req.on('response', (res) => {
          // Only the status counts; the body is read and dropped so the connection can be reused.
          res.on('error', () => {});
          res.resume();
          const status = res.statusCode ?? 0;
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `answered HTTP ${status}` },
          );
        });
        req.on('error', (error: NodeJS.ErrnoException) => {
          if (timeout.aborted) resolve(refuse(`no answer within ${timeoutMs / 1000} s`));
          else if (stop.aborted) resolve(refuse('stopped: the server shut down'));
          else resolve(refuse(describe(error)));
        });
        req.end(request.body);
      });
    },
  };
}
