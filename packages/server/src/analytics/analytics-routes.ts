import type { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_QUIZ } from '@rolefit/core';
import type { RouteRules } from '../route-rules.ts';
import type { Store } from '../store/create-store.ts';
import { eventRoutes } from './event-routes.ts';
import { statsRoutes } from './stats-routes.ts';

/**
 * Owner analytics: `POST /api/events` (open, for the web app and the widget) and the owner's
 * `GET /api/stats` and export, behind the owner token.
 */
export function analyticsRoutes(
  app: OpenAPIHono,
  store: Store,
  adminToken: string | undefined,
  rules: RouteRules,
) {
  eventRoutes(app, store, DEFAULT_QUIZ, rules);
  statsRoutes(app, store, DEFAULT_QUIZ, adminToken, rules);
}
