import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
import type { MiddlewareHandler } from 'hono';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import type { RouteRules } from '../route-rules.ts';
import { pageOf } from '../routes/response-routes.ts';
import type { Store } from '../store/create-store.ts';
import type { StatsFilter } from '../store/stats-store.ts';
import { ExportQuery, StatsQuery, StatsReport } from './analytics-schemas.ts';
import { ownerAuth } from './owner-token.ts';
import { responseExportText } from './response-export-text.ts';
import { buildStatsReport, MAX_DAYS } from './stats-report.ts';

/** Route config of the owner's routes: refused tokens count as guesses, then the token is checked. */
const ownerRoute = (rules: RouteRules, owner: MiddlewareHandler) => ({
  middleware: [rules.guesses, owner],
  security: [{ ownerToken: [] }],
});

const getStats = (owner: ReturnType<typeof ownerRoute>) =>
  createRoute({
    ...owner,
    method: 'get',
    path: '/api/stats',
    summary: 'Owner figures: completions per day, roles, regimes, answers, funnel, sources',
    description:
      'Read from daily aggregates kept up to date as responses and events arrive, so the cost does not grow with the number of responses. Days are UTC, `from` and `to` inclusive. Team responses are left out (they belong to the team lead).',
    request: { query: StatsQuery },
    responses: {
      200: { description: 'The figures', content: { 'application/json': { schema: StatsReport } } },
      ...errorResponses(400, 401, 503),
    },
  });

const getExport = (owner: ReturnType<typeof ownerRoute>) =>
  createRoute({
    ...owner,
    method: 'get',
    path: '/api/stats/export',
    summary: 'Export the public responses of a day range as CSV or JSON (streamed)',
    request: { query: ExportQuery },
    responses: {
      200: {
        description:
          'CSV (one line per response; formula-like cells are neutralised) or a JSON array',
        content: {
          'text/csv': { schema: z.string() },
          'application/json': { schema: z.array(z.unknown()) },
        },
      },
      ...errorResponses(400, 401, 503),
    },
  });

/** Turn the validated query into a filter, refusing a reversed or overlong range. */
export function statsFilter(query: z.infer<typeof StatsQuery>): StatsFilter {
  const { from, to } = query;
  if (from && to && from > to) {
    throw new HttpError(400, 'invalid_range', (m) => m['invalid_range.order'](from, to));
  }
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) {
    throw new HttpError(400, 'invalid_range', (m) => m['invalid_range.span'](MAX_DAYS));
  }
  return {
    from,
    to,
    source: query.source === undefined ? undefined : (pageOf(query.source) ?? ''),
    // StatsQuery has checked that field and value come together.
    field:
      query.field === undefined || query.value === undefined
        ? undefined
        : { name: query.field, value: query.value },
  };
}

/** `GET /api/stats` and `GET /api/stats/export`, for the owner only. */
export function statsRoutes(
  app: OpenAPIHono,
  store: Store,
  quiz: Quiz,
  envToken: string | undefined,
  rules: RouteRules,
) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'ownerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'ROLEFIT_ADMIN_TOKEN, or the token the server printed at its first start',
  });
  const owner = ownerRoute(rules, ownerAuth(store.settings, envToken));

  app.openapi(getStats(owner), async (c) => {
    const filter = statsFilter(c.req.valid('query'));
    c.header('Cache-Control', 'no-store');
    return c.json(await buildStatsReport(store.stats, filter, quiz), 200);
  });

  app.openapi(getExport(owner), async (c) => {
    const query = c.req.valid('query');
    const filter = statsFilter(query);
    const csv = query.format === 'csv';
    const chunks = responseExportText(store.db, quiz, { ...filter, format: query.format });
    // The first page is read before any header is sent: if the database is away, the answer is a
    // 503 the client can retry, not a 200 whose body stops after the header line.
    let ahead: IteratorResult<string> | undefined = await chunks.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const chunk = ahead ?? (await chunks.next());
        ahead = undefined;
        if (chunk.done) controller.close();
        else controller.enqueue(encoder.encode(chunk.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const name = `rolefit-responses-${filter.from ?? 'start'}-to-${filter.to ?? 'now'}.${query.format}`;
    return c.body(body, 200, {
      'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    }) as never;
  });
}
