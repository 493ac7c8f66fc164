import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import type { RouteRules } from '../route-rules.ts';
import type { Store } from '../store/create-store.ts';
import type { StoredTeam, TeamStore } from '../store/team-store.ts';
import { secretMatches } from './team-secret.ts';

/** What a lead-only route sees once the secret checked out. */
export type LeadEnv = { Variables: { team: StoredTeam } };

const BEARER = /^Bearer[ \t]+([A-Za-z0-9_-]{1,128})[ \t]*$/;

/**
 * The one refusal for every lead-only request that fails: no secret, a wrong one, a join code,
 * another team's secret, or a team that does not (or no longer) exist all look alike, so a
 * caller learns nothing about which teams exist.
 */
export const unauthorized = () => new HttpError(401, 'unauthorized', (m) => m['unauthorized.team']);

/** The secret in `Authorization: Bearer <secret>`, if the header holds one of our shape. */
export const bearerSecret = (header: string | undefined): string | undefined =>
  BEARER.exec(header ?? '')?.[1];

/**
 * Let the request through only with the admin secret of the thing its `id` path parameter names
 * (a team, an organisation), as a Bearer token; the thing is then `c.get(key)`. The secret is
 * checked against the stored hash alone, so a refusal costs the same whatever exists; the thing
 * is loaded only once the secret is right (it may have been deleted meanwhile: the same refusal).
 * Runs before body validation, so refusals never depend on the body.
 */
export function secretOnly<K extends string, T>(
  key: K,
  store: {
    adminHashOf(id: string): Promise<string | undefined>;
    get(id: string): Promise<T | undefined>;
  },
  refusal: () => HttpError,
): MiddlewareHandler<{ Variables: Record<K, T> }> {
  return async (c, next) => {
    const secret = bearerSecret(c.req.header('authorization'));
    const id = c.req.param('id') ?? '';
    const hash = secret === undefined ? undefined : await store.adminHashOf(id);
    if (secret === undefined || !secretMatches(secret, hash)) throw refusal();
    const found = await store.get(id);
    if (!found) throw refusal();
    c.set(key, found as never);
    // Private to whoever holds the secret: never keep it in a shared or browser cache.
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** Let the request through only with the team's admin secret; the team is then `c.get('team')`. */
export function leadOnly(teams: TeamStore): MiddlewareHandler<LeadEnv> {
  return secretOnly('team', teams, unauthorized);
}

/** The OpenAPI security scheme lead-only routes name. */
export const TEAM_ADMIN = 'teamAdmin';
/** Path parameters of a lead-only route. */
export const TeamParams = z.object({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/**
 * Route config shared by the lead-only routes: writes counted, refused secrets counted as
 * guesses, then (with `body: 'json'`) the body read within its limit, which comes before
 * anything else about the body as on every route, then the secret checked. With `worded`, the
 * answer is in the request's language and says so (`rules.inLanguage`).
 * @example createRoute({ ...leadRoute(store, rules, { body: 'json', worded: true }), method: 'put', … })
 */
export function leadRoute(
  store: Store,
  rules: RouteRules,
  options: { body?: 'json'; worded?: boolean } = {},
) {
  const secret = leadOnly(store.teams);
  // The language rule runs first so it can mark the answer, whatever refuses the request.
  const writes = options.worded
    ? (every(rules.inLanguage, rules.writes) as MiddlewareHandler)
    : rules.writes;
  // Tuples, not one spread array: the route's handler learns `c.get('team')` from the last one.
  const middleware:
    | [MiddlewareHandler, MiddlewareHandler, MiddlewareHandler<LeadEnv>]
    | [MiddlewareHandler, MiddlewareHandler, MiddlewareHandler, MiddlewareHandler<LeadEnv>] =
    options.body === 'json'
      ? [writes, rules.guesses, rules.jsonBody(), secret]
      : [writes, rules.guesses, secret];
  return {
    middleware,
    security: [{ [TEAM_ADMIN]: [] }],
    request: options.worded ? { params: TeamParams, query: LanguageQuery } : { params: TeamParams },
  };
}
