import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { inLanguage } from './language.ts';
import { authFailureRateLimit, type RateLimits, writeRateLimit } from './rate-limits.ts';
import { requestBody } from './request-body.ts';

const pass: MiddlewareHandler = (_c, next) => next();

/**
 * The rules an API route puts on itself (`createRoute({ middleware })`, or `app.use(path, …)`
 * beside it), made once per app so that a limit shared by several routes keeps one count.
 * @example createRoute({ middleware: [rules.writes, rules.jsonBody()], method: 'post', … })
 */
export type RouteRules = {
  /** Any site may call the route from a browser (CORS `*`, no credentials): the widget's posts. */
  openToAllSites: MiddlewareHandler;
  /** Writes (POST, PUT, DELETE) per client; reads pass uncounted. */
  writes: MiddlewareHandler;
  /**
   * Refused secrets per client: one count across every route guarded by a secret, so guesses
   * can't be spread across them. Put it before the check of the secret.
   */
  guesses: MiddlewareHandler;
  /**
   * The answer is in the request's language (`?lang=`, else `Accept-Language`, else English;
   * chosen app-wide, as every error message needs it): it says so with `Content-Language` and
   * `Vary: Accept-Language`. Routes that put it on themselves describe `lang` in `request.query`.
   */
  inLanguage: MiddlewareHandler;
  /**
   * The JSON body, read while it streams and refused past the app's limit, or past `roomFor`
   * bytes for a route that needs more room than that.
   */
  jsonBody: (roomFor?: number) => MiddlewareHandler;
};

/** Build the route rules of one app from its body limit and rate limits (none when `false`). */
export function routeRules(options: {
  maxBodyBytes: number;
  rateLimits?: RateLimits | false | undefined;
}): RouteRules {
  const { maxBodyBytes, rateLimits } = options;
  const body = requestBody(maxBodyBytes);
  return {
    openToAllSites: cors({
      origin: '*',
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type'],
      maxAge: 86400,
    }),
    writes: rateLimits ? writeRateLimit(rateLimits) : pass,
    guesses: rateLimits ? authFailureRateLimit(rateLimits) : pass,
    inLanguage,
    jsonBody: (roomFor = 0) => (roomFor > maxBodyBytes ? requestBody(roomFor) : body),
  };
}
