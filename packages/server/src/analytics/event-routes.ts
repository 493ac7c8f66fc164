import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import type { RouteRules } from '../route-rules.ts';
import { pageOf } from '../routes/response-routes.ts';
import type { Store } from '../store/create-store.ts';
import type { FunnelEvent } from '../store/event-store.ts';
import { EventsAccepted, EventsBody, type FunnelEventBody } from './analytics-schemas.ts';

/** How far back a client's `at` may date an event (events queued offline); older ones count today. */
const MAX_AGE_MS = 7 * 86_400_000;
/** Clock skew allowed for an `at` in the future. */
const MAX_AHEAD_MS = 3_600_000;

const postEvents = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.writes, rules.jsonBody()],
    method: 'post',
    path: '/api/events',
    summary: 'Record anonymous funnel events (quiz shown, started, answered, completed)',
    description:
      'One event or `{ "events": [...] }` (at most 50). Idempotent per (run, type, questionId): retries are counted once. No cookies; no IP address is stored; `source` keeps only the origin and path of the page.',
    request: {
      body: { required: true, content: { 'application/json': { schema: EventsBody } } },
    },
    responses: {
      200: { description: 'Recorded', content: { 'application/json': { schema: EventsAccepted } } },
      ...errorResponses(400, 413, 415, 422, 503),
    },
  });

/** The time an event is counted at: the client's `at` when plausible, otherwise now. */
export function eventTime(at: string | undefined, now: Date): string {
  if (at === undefined) return now.toISOString();
  const t = Date.parse(at);
  const age = now.getTime() - t;
  return age <= MAX_AGE_MS && age >= -MAX_AHEAD_MS ? new Date(t).toISOString() : now.toISOString();
}

/** `POST /api/events`: the funnel events of the web app and the widget. */
export function eventRoutes(app: OpenAPIHono, store: Store, quiz: Quiz, rules: RouteRules) {
  const questionIds = new Set(quiz.questions.map((q) => q.id));
  const route = postEvents(rules);
  // On the path, so the preflight is answered too; ahead of the limits (see response-routes.ts).
  app.use(route.path, rules.openToAllSites);
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const events: FunnelEventBody[] = 'events' in body ? body.events : [body];
    const now = new Date();
    const unknown = events.find(
      (e) => e.questionId !== undefined && !questionIds.has(e.questionId),
    );
    if (unknown) {
      throw new HttpError(422, 'unknown_question', (m) =>
        m.unknown_question(unknown.questionId ?? ''),
      );
    }
    const funnel: FunnelEvent[] = events.map((e) => ({
      run: e.run,
      type: e.type,
      questionId: e.questionId ?? null,
      source: pageOf(e.source),
      at: eventTime(e.at, now),
    }));
    return c.json(await store.events.record(funnel), 200);
  });
}
