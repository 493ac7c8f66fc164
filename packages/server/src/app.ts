import { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_QUIZ, issueMessage, type Quiz } from '@rolefit/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { analyticsRoutes } from './analytics/analytics-routes.ts';
import { errorBody, HttpError } from './http-error.ts';
import { chooseLanguage, languagePacks, messagesOf } from './language.ts';
import type { Messages } from './messages/en.ts';
import { orgRoutes } from './orgs/org-routes.ts';
import { previewRoutes, previewTags } from './preview/preview-routes.ts';
import type { RateLimits } from './rate-limits.ts';
import { type Logger, requestLog, silentLogger } from './request-log.ts';
import { routeRules } from './route-rules.ts';
import { analyzeRoutes } from './routes/analyze-routes.ts';
import { checkRoutes } from './routes/check-routes.ts';
import { quizRoutes } from './routes/quiz-routes.ts';
import { responseRoutes, type TeamLookup } from './routes/response-routes.ts';
import { rubricRoutes } from './routes/rubric-routes.ts';
import { securityHeaders } from './security-headers.ts';
import type { Store } from './store/create-store.ts';
import { type StoreFault, storeFault } from './store/store-faults.ts';
import { teamRoutes } from './teams/team-routes.ts';
import { refuseUnstorableAddress } from './unstorable-text.ts';
import { webAssets } from './web-assets.ts';
import { webhookRoutes } from './webhooks/webhook-routes.ts';

/** What the app needs from outside; everything comes in here, nothing is global. */
export type AppDeps = {
  store: Store;
  log?: Logger;
  /** Folder of the built web app; omit to serve the API only. */
  webRoot?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** ROLEFIT_ADMIN_TOKEN; unset, the owner token is the one generated at first start. */
  adminToken?: string | undefined;
  /** Per-client request budgets; none when omitted (`startServer` passes the production ones). */
  rateLimits?: RateLimits | false;
  /** Resolves team join codes; defaults to the store's teams. */
  teamOf?: TeamLookup;
  /** The origin join and admin links are built on (ROLEFIT_PUBLIC_URL); unset, the request's. */
  publicUrl?: string | undefined;
  /** Hosts besides this machine whose requests may get links on their own origin (ROLEFIT_ALLOWED_HOSTS). */
  allowedHosts?: string[] | undefined;
  /** True once shutdown has begun: every answer then closes its connection. */
  draining?: () => boolean;
  /** The quiz the API serves, scores and exports; core's `DEFAULT_QUIZ` when omitted. */
  quiz?: Quiz;
  /** Webhook URLs may be http and reach private addresses (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1). */
  allowPrivateWebhooks?: boolean;
};

/** Default request body limit: a quiz submission is well under 2 KB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * What the validator was given: @hono/zod-validator passes it to the hook as `data` even on a
 * failure, though its type leaves it out there.
 */
const inputOf = (result: object): unknown => (result as { data?: unknown }).data;

const issuesMessage = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues
    .map((i) => `${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`)
    .join('; ');

/**
 * How long a client should wait before trying again, per fault; what to tell it is the server
 * catalogue's text under the fault's code.
 */
export const FAULT_ANSWERS: Record<StoreFault, { retryAfterSeconds: number }> = {
  database_unavailable: { retryAfterSeconds: 5 },
  storage_full: { retryAfterSeconds: 60 },
};

/** The code of an HTTPException Hono throws, by status, and the catalogue id of its message. */
const httpCodes: Record<number, keyof Messages & `http.${string}`> = {
  400: 'http.bad_request',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  413: 'http.body_too_large',
  415: 'http.unsupported_media_type',
};

/**
 * The rolefit HTTP app: API, OpenAPI document, security headers and the web app. No `listen`
 * here, so tests call `app.request()`.
 * @example const app = createApp({ store: await createStore('file::memory:') })
 */
export function createApp(deps: AppDeps) {
  const log = deps.log ?? silentLogger;
  const maxBody = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const quiz = deps.quiz ?? DEFAULT_QUIZ;
  const packs = languagePacks(quiz);
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        // In the request's language: Zod's own messages from its locale, our schemas' from the
        // catalogues. Codes and paths are the same in every language.
        const { words, ours } = c.get('language')?.speech ?? packs.english;
        const issues = result.error.issues.map((issue) => ({
          ...issue,
          message: issueMessage(issue, inputOf(result), words, ours),
        }));
        return c.json(errorBody('invalid_request', issuesMessage(issues), issues), 400);
      }
    },
  });

  app.use('*', requestLog(log));
  // Ahead of everything that can refuse a request: error messages are in the language too.
  app.use('*', chooseLanguage(packs, log));
  const draining = deps.draining;
  if (draining) {
    app.use('*', async (c, next) => {
      await next();
      if (draining()) c.header('Connection', 'close');
    });
  }
  app.use('*', securityHeaders());
  app.use('/api/*', refuseUnstorableAddress());
  // CORS, limits and bodies are each route's own: declared where the route is.
  const rules = routeRules({ maxBodyBytes: maxBody, rateLimits: deps.rateLimits });

  // Liveness: the process answers. Readiness: the store answers too, so a load balancer can
  // take this instance out of rotation while its database is away, and back when it returns.
  app.get('/healthz', async (c) => c.json({ status: 'ok', database: deps.store.dialect }));
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const state = await deps.store.readiness();
    if (state.ready) return c.json({ status: 'ready', database: deps.store.dialect });
    const answer = FAULT_ANSWERS[state.fault];
    log({ level: 'warn', msg: 'not ready', fault: state.fault, reason: state.reason });
    const message = messagesOf(c)[state.fault];
    return c.json({ status: 'unavailable', ...errorBody(state.fault, message) }, 503, {
      'Retry-After': String(answer.retryAfterSeconds),
    });
  });
  quizRoutes(app, quiz, rules);
  analyzeRoutes(app, rules);
  checkRoutes(app, rules);
  rubricRoutes(app, rules);
  analyticsRoutes(app, deps.store, quiz, deps.adminToken, rules);
  webhookRoutes(app, deps.store, deps.adminToken, rules, {
    allowPrivate: deps.allowPrivateWebhooks ?? false,
  });
  responseRoutes(
    app,
    deps.store,
    quiz,
    deps.teamOf ?? ((code) => deps.store.teams.idForJoinCode(code)),
    rules,
  );
  // Where links (team links, link-preview tags) may be built.
  const links = { publicUrl: deps.publicUrl, allowedHosts: deps.allowedHosts };
  teamRoutes(app, deps.store, quiz, rules, links);
  orgRoutes(app, deps.store, rules, links);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'rolefit API',
      version: '1',
      description:
        'Which role does this AI work call for? Score quiz answers, store responses, analyse postings, rubrics and career ladders, check that all three grade the column of one role, write review rubrics. Errors are `{ "error": { "code", "message" } }` with a 4xx status, or 503 with `Retry-After` while the database is unavailable or full. `GET /healthz` is liveness, `GET /readyz` readiness (it queries the database). The quiz, results and error messages are in the language asked for: the `lang` query parameter (a BCP 47 tag) when given, else Accept-Language, else English (en, es, de, fr, ja, zh and ar are spoken); Content-Language names it. Codes, ids, field names and issue paths never change with the language; validation messages (`invalid_request`) are worded in it too.',
    },
  });

  const joinable = (code: string) => deps.store.teams.byJoinCode(code);
  previewRoutes(app, packs, rules, joinable);
  if (deps.webRoot) app.use('*', webAssets(deps.webRoot, previewTags(links, joinable)));

  app.notFound((c) => {
    const where = `${c.req.method} ${c.req.path}`;
    return c.json(errorBody('not_found', messagesOf(c).not_found(where)), 404);
  });

  app.onError((error, c: Context) => {
    const messages = messagesOf(c);
    if (error instanceof HttpError) {
      return c.json(
        errorBody(error.code, error.messageIn(messages), error.details),
        error.status,
        error.headers,
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own (English) text is replaced by ours, in the request's language.
      const status = error.status as ContentfulStatusCode;
      if (/malformed json/i.test(error.message))
        return c.json(errorBody('malformed_json', messages.malformed_json), status);
      const id = httpCodes[error.status] ?? 'http.bad_request';
      return c.json(errorBody(id.slice('http.'.length), messages[id]), status);
    }
    const fault = storeFault(error);
    if (fault) {
      const answer = FAULT_ANSWERS[fault];
      log({
        level: 'error',
        msg: 'database fault',
        fault,
        method: c.req.method,
        path: c.req.path,
        error: String(error),
      });
      return c.json(errorBody(fault, messages[fault]), 503, {
        'Retry-After': String(answer.retryAfterSeconds),
      });
    }
    log({
      level: 'error',
      msg: 'unhandled error',
      method: c.req.method,
      path: c.req.path,
      error: String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    return c.json(errorBody('internal_error', messages.internal_error), 500);
  });

  return app;
}

/** The app `createApp` builds. */
export type App = ReturnType<typeof createApp>;
