import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { pageOf } from '../routes/response-routes.ts';
import type { Store } from '../store/create-store.ts';
import { type ExportedRow, exportResponses } from '../store/response-export.ts';
import type { StatsFilter } from '../store/stats-store.ts';
import { ExportQuery, StatsQuery, StatsReport } from './analytics-schemas.ts';
import { ownerAuth } from './owner-token.ts';
import { csvHeader, csvLine } from './response-csv.ts';
import { buildStatsReport, MAX_DAYS } from './stats-report.ts';

const security = [{ ownerToken: [] }];

const getStats = createRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'Owner figures: completions per day, roles, regimes, answers, funnel, sources',
  description:
    'Read from daily aggregates kept up to date as responses and events arrive, so the cost does not grow with the number of responses. Days are UTC, `from` and `to` inclusive. Team responses are left out (they belong to the team lead).',
  security,
  request: { query: StatsQuery },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: StatsReport } } },
    ...errorResponses(400, 401, 503),
  },
});

const getExport = createRoute({
  method: 'get',
  path: '/api/stats/export',
  summary: 'Export the public responses of a day range as CSV or JSON (streamed)',
  security,
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
    throw new HttpError(400, 'invalid_range', `from (${from}) is after to (${to})`);
  }
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) {
    throw new HttpError(400, 'invalid_range', `ask for at most ${MAX_DAYS} days at a time`);
  }
  return {
    from,
    to,
    source: query.source === undefined ? undefined : (pageOf(query.source) ?? ''),
  };
}

/** `GET /api/stats` and `GET /api/stats/export`, for the owner only. */
export function statsRoutes(
  app: OpenAPIHono,
  store: Store,
  quiz: Quiz,
  envToken: string | undefined,
) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'ownerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'ROLEFIT_ADMIN_TOKEN, or the token the server printed at its first start',
  });
  const owner = ownerAuth(store.settings, envToken);
  app.use('/api/stats', owner);
  app.use('/api/stats/*', owner);

  app.openapi(getStats, async (c) => {
    const filter = statsFilter(c.req.valid('query'));
    c.header('Cache-Control', 'no-store');
    return c.json(await buildStatsReport(store.stats, filter, quiz), 200);
  });

  app.openapi(getExport, async (c) => {
    const query = c.req.valid('query');
    const filter = statsFilter(query);
    const csv = query.format === 'csv';
    const pages = exportResponses(store.db, filter);
    // The first page is read before any header is sent: if the database is away, the answer is a
    // 503 the client can retry, not a 200 whose body stops after the header line.
    let ahead: IteratorResult<ExportedRow[]> | undefined = await pages.next();
    const encoder = new TextEncoder();
    let first = true;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(csv ? csvHeader(quiz) : '['));
      },
      async pull(controller) {
        const page = ahead ?? (await pages.next());
        ahead = undefined;
        if (page.done) {
          if (!csv) controller.enqueue(encoder.encode(']\n'));
          controller.close();
          return;
        }
        const text = page.value
          .map((row) => {
            if (csv) return csvLine(row, quiz);
            const item = `${first ? '\n' : ',\n'}{"id":${JSON.stringify(row.id)},"createdAt":${JSON.stringify(row.created_at)},"source":${JSON.stringify(row.source)},"answers":${row.answers},"result":${row.result}}`;
            first = false;
            return item;
          })
          .join('');
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await pages.return(undefined);
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
