import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
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
  quiz: Quiz,
  adminToken: string | undefined,
  rules: RouteRules,
) {
  eventRoutes(app, store, quiz, rules);
  statsRoutes(app, store, quiz, adminToken, rules);
}
