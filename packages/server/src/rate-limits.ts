import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { errorBody } from './http-error.ts';
import { messagesOf } from './language.ts';
import type { RateLimitCounters } from './rate-limit-counters.ts';

/**
 * Per-client request budgets; `0` turns a limit off. Each server instance counts on its own,
 * unless `redisUrl` names a Redis they all share.
 */
export type RateLimits = {
  /** Writes (POST, PUT, DELETE under /api) per client per minute. */
  writesPerMinute: number;
  /** Refused secrets (401s) per client per 10 minutes, before even right secrets are refused for a while. */
  authFailuresPer10Minutes: number;
  /**
   * How many proxies you run in front of the server (0: none, ignore X-Forwarded-For). Each
   * appends the address it saw, so the client is the entry this many places from the *right*;
   * anything left of it was written by the client and can say anything.
   */
  trustProxy: number;
  /**
   * REDIS_URL: keep the counts in this Redis, so instances behind one load balancer share one
   * budget per client. Unset, each instance counts in its own memory.
   */
  redisUrl?: string | undefined;
  /** ROLEFIT_REDIS_PREFIX: the start of every key written to Redis (`rolefit:rate-limit:`). */
  redisPrefix?: string | undefined;
  /** Counters opened by `openRateLimitCounters`; omitted, each limit counts in this instance's memory. */
  counters?: RateLimitCounters | undefined;
};

/** Generous enough for a classroom behind one address, tight enough to stop a flood. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMinute: 300,
  authFailuresPer10Minutes: 30,
  trustProxy: 0,
};

const REDIS_URL_EXAMPLE =
  'write it like redis://host:6379, redis://:password@host:6379/0, or rediss://… for TLS';

/**
 * Check a REDIS_URL. The value itself is never repeated in the message: it may hold a password.
 */
function redisUrlFrom(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== 'redis' && scheme !== 'rediss') {
    const found = scheme ? `, not ${scheme}://` : '';
    throw new Error(
      `REDIS_URL must start with redis:// or rediss://${found}; ${REDIS_URL_EXAMPLE}`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `REDIS_URL is not a valid URL (not shown: it may hold a password); ${REDIS_URL_EXAMPLE}`,
    );
  }
  if (url.hostname === '') throw new Error(`REDIS_URL names no host; ${REDIS_URL_EXAMPLE}`);
  if (!/^\/?(\d+)?$/.test(url.pathname))
    throw new Error(
      `REDIS_URL may have a database number after the host (like /0) and nothing else; ${REDIS_URL_EXAMPLE}`,
    );
  return value;
}

/**
 * Read `ROLEFIT_RATE_LIMIT_WRITES`, `ROLEFIT_RATE_LIMIT_AUTH_FAILURES`, `ROLEFIT_TRUST_PROXY`
 * (the number of proxies in front; `true` means one), `REDIS_URL` and `ROLEFIT_REDIS_PREFIX`.
 */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimits {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number ≥ 0 (0 turns the limit off); got "${raw}"`);
    return value;
  };
  const redisUrl = redisUrlFrom(env.REDIS_URL);
  return {
    writesPerMinute: number('ROLEFIT_RATE_LIMIT_WRITES', DEFAULT_RATE_LIMITS.writesPerMinute),
    authFailuresPer10Minutes: number(
      'ROLEFIT_RATE_LIMIT_AUTH_FAILURES',
      DEFAULT_RATE_LIMITS.authFailuresPer10Minutes,
    ),
    trustProxy:
      env.ROLEFIT_TRUST_PROXY === 'true'
        ? 1
        : env.ROLEFIT_TRUST_PROXY === 'false'
          ? 0
          : number('ROLEFIT_TRUST_PROXY', DEFAULT_RATE_LIMITS.trustProxy),
    ...(redisUrl ? { redisUrl } : {}),
    ...(redisUrl && env.ROLEFIT_REDIS_PREFIX ? { redisPrefix: env.ROLEFIT_REDIS_PREFIX } : {}),
  };
}

/**
 * The budget an address counts against: IPv4 as it is, IPv6 by its /64 (one household or host
 * usually holds a whole /64, so a client could otherwise rotate through addresses), and an
 * IPv4 address mapped into IPv6 as the IPv4 one.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...new Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The client a request counts against: its address, held in memory only, never stored or logged. */
function clientKey(trustProxy: number) {
  return (c: Context) => {
    if (trustProxy > 0) {
      const hops = (c.req.header('x-forwarded-for') ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
      // Fewer entries than proxies: the request did not come through them all; use the socket.
      const forwarded = hops[hops.length - trustProxy];
      if (forwarded) return addressKey(forwarded);
    }
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
      ?.incoming;
    return addressKey(incoming?.socket?.remoteAddress ?? 'local');
  };
}

/** The 429 of a limit: what was counted (`writes` or `guesses`), in the request's language. */
const tooMany = (counted: 'writes' | 'guesses') => (c: Context) => {
  const resetTime = (c.get('rateLimit' as never) as { resetTime?: Date } | undefined)?.resetTime;
  const seconds = Math.max(
    1,
    resetTime ? Math.ceil((resetTime.getTime() - Date.now()) / 1000) : 60,
  );
  const message = messagesOf(c)[`rate_limited.${counted}`](seconds);
  return c.json(errorBody('rate_limited', message), 429, { 'Retry-After': String(seconds) });
};

const isWrite = (c: Context) =>
  c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'DELETE';

/** Limit writes per client (`429` with `Retry-After`), counted in `limits.counters` if open. */
export function writeRateLimit(limits: RateLimits): MiddlewareHandler {
  if (limits.writesPerMinute === 0) return (_c, next) => next();
  return rateLimiter({
    ...(limits.counters ? { store: limits.counters.writes } : {}),
    windowMs: 60_000,
    limit: limits.writesPerMinute,
    keyGenerator: clientKey(limits.trustProxy),
    skip: (c) => !isWrite(c),
    standardHeaders: 'draft-6',
    handler: (c) => tooMany('writes')(c),
  });
}

/**
 * Limit refused secrets per client, so team admin secrets and the owner token can't be guessed by
 * brute force: only failed (401) requests count (in `limits.counters` if open).
 */
export function authFailureRateLimit(limits: RateLimits): MiddlewareHandler {
  if (limits.authFailuresPer10Minutes === 0) return (_c, next) => next();
  return rateLimiter({
    ...(limits.counters ? { store: limits.counters.authFailures } : {}),
    windowMs: 10 * 60_000,
    limit: limits.authFailuresPer10Minutes,
    keyGenerator: (c) => `auth:${clientKey(limits.trustProxy)(c)}`,
    requestWasSuccessful: (c) => c.res.status !== 401,
    skipSuccessfulRequests: true,
    standardHeaders: false,
    handler: (c) => tooMany('guesses')(c),
  });
}
