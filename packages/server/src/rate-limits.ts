import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { errorBody } from './http-error.ts';

/** Per-client request budgets; `0` turns a limit off. Each server instance counts on its own. */
export type RateLimits = {
  /** Writes (POST, PUT, DELETE under /api) per client per minute. */
  writesPerMinute: number;
  /** Refused secrets (401s) per client per 10 minutes, before even right secrets are refused for a while. */
  authFailuresPer10Minutes: number;
  /** Take the client from the first X-Forwarded-For entry (only behind a proxy you run). */
  trustProxy: boolean;
};

/** Generous enough for a classroom behind one address, tight enough to stop a flood. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMinute: 300,
  authFailuresPer10Minutes: 30,
  trustProxy: false,
};

/** Read `ROLEFIT_RATE_LIMIT_WRITES`, `ROLEFIT_RATE_LIMIT_AUTH_FAILURES`, `ROLEFIT_TRUST_PROXY`. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimits {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number ≥ 0 (0 turns the limit off); got "${raw}"`);
    return value;
  };
  return {
    writesPerMinute: number('ROLEFIT_RATE_LIMIT_WRITES', DEFAULT_RATE_LIMITS.writesPerMinute),
    authFailuresPer10Minutes: number(
      'ROLEFIT_RATE_LIMIT_AUTH_FAILURES',
      DEFAULT_RATE_LIMITS.authFailuresPer10Minutes,
    ),
    trustProxy: env.ROLEFIT_TRUST_PROXY === '1' || env.ROLEFIT_TRUST_PROXY === 'true',
  };
}

/** The client a request counts against: its address, held in memory only, never stored or logged. */
function clientKey(trustProxy: boolean) {
  return (c: Context) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
      ?.incoming;
    return incoming?.socket?.remoteAddress ?? 'local';
  };
}

const tooMany = (what: string) => (c: Context) => {
  const resetTime = (c.get('rateLimit' as never) as { resetTime?: Date } | undefined)?.resetTime;
  const seconds = resetTime ? Math.ceil((resetTime.getTime() - Date.now()) / 1000) : 60;
  const retry = String(Math.max(1, seconds));
  return c.json(
    errorBody('rate_limited', `too many ${what} from this client; try again in ${retry} seconds`),
    429,
    {
      'Retry-After': retry,
    },
  );
};

const isWrite = (c: Context) =>
  c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'DELETE';

/** Limit writes per client (`429` with `Retry-After`). */
export function writeRateLimit(limits: RateLimits): MiddlewareHandler {
  if (limits.writesPerMinute === 0) return (_c, next) => next();
  return rateLimiter({
    windowMs: 60_000,
    limit: limits.writesPerMinute,
    keyGenerator: clientKey(limits.trustProxy),
    skip: (c) => !isWrite(c),
    standardHeaders: 'draft-6',
    handler: (c) => tooMany('requests')(c),
  });
}

/**
 * Limit refused secrets per client, so team admin secrets and the owner token can't be guessed by
 * brute force: only failed (401) requests count.
 */
export function authFailureRateLimit(limits: RateLimits): MiddlewareHandler {
  if (limits.authFailuresPer10Minutes === 0) return (_c, next) => next();
  return rateLimiter({
    windowMs: 10 * 60_000,
    limit: limits.authFailuresPer10Minutes,
    keyGenerator: (c) => `auth:${clientKey(limits.trustProxy)(c)}`,
    requestWasSuccessful: (c) => c.res.status !== 401,
    skipSuccessfulRequests: true,
    standardHeaders: false,
    handler: (c) => tooMany('refused secrets')(c),
  });
}
