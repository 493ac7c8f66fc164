import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { speechOf } from '../language.ts';
import type { RouteRules } from '../route-rules.ts';
import { scoreOrRefuse } from '../routes/quiz-routes.ts';
import type { Store } from '../store/create-store.ts';
import { leadRoute } from './team-auth.ts';
import { teamCsv, teamExport } from './team-export.ts';
import {
  LeadView,
  LeadViewBody,
  TeamExport,
  WorkstreamsBody,
  WorkstreamsView,
} from './team-schemas.ts';
import { leadView, workstreamPortfolio } from './team-summary.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** The lead's workstreams, the lead's view, and the export: all lead only. */
export function teamWorkRoutes(app: OpenAPIHono, store: Store, quiz: Quiz, rules: RouteRules) {
  const lead = leadRoute(store, rules);
  // Answers that carry advice are worded in the request's language.
  const leadWorded = leadRoute(store, rules, { worded: true });
  const leadWithBody = leadRoute(store, rules, { body: 'json', worded: true });

  const getWorkstreams = createRoute({
    ...leadWorded,
    method: 'get',
    path: '/api/teams/{id}/workstreams',
    summary: "The lead's workstreams and their portfolio (lead only)",
    responses: {
      200: { description: 'The list', ...json(WorkstreamsView) },
      ...errorResponses(401, 503),
    },
  });
  app.openapi(getWorkstreams, (c) => {
    const { workstreams } = c.get('team');
    const { messages } = speechOf(c, quiz);
    return c.json({ workstreams, portfolio: workstreamPortfolio(workstreams, messages) }, 200);
  });

  const putWorkstreams = createRoute({
    ...leadWithBody,
    method: 'put',
    path: '/api/teams/{id}/workstreams',
    summary: "Replace the lead's workstreams: name, share of effort, kind of work or column shares",
    request: { ...leadWithBody.request, body: { required: true, ...json(WorkstreamsBody) } },
    responses: {
      200: { description: 'Stored', ...json(WorkstreamsView) },
      ...errorResponses(400, 401, 413, 415, 503),
    },
  });
  app.openapi(putWorkstreams, async (c) => {
    const { workstreams } = c.req.valid('json');
    await store.teams.setWorkstreams(c.get('team').id, workstreams);
    const { messages } = speechOf(c, quiz);
    return c.json({ workstreams, portfolio: workstreamPortfolio(workstreams, messages) }, 200);
  });

  const putLeadView = createRoute({
    ...leadWithBody,
    method: 'put',
    path: '/api/teams/{id}/lead-view',
    summary: "The quiz answered as the lead sees the team's work (lead only)",
    request: { ...leadWithBody.request, body: { required: true, ...json(LeadViewBody) } },
    responses: {
      200: { description: 'Stored and scored', ...json(LeadView) },
      ...errorResponses(400, 401, 413, 415, 422, 503),
    },
  });
  app.openapi(putLeadView, async (c) => {
    // Only the answers are kept; a refusal is worded in the request's language.
    const { messages } = speechOf(c, quiz);
    const result = scoreOrRefuse(quiz, c.req.valid('json'), messages);
    const view = { answers: result.answers };
    await store.teams.setLeadView(c.get('team').id, view);
    return c.json(leadView(quiz, view, messages) as z.infer<typeof LeadView>, 200);
  });

  const getExport = createRoute({
    ...lead,
    method: 'get',
    path: '/api/teams/{id}/export',
    summary:
      "The team's released anonymous answers as CSV or JSON (lead only, once enough answered)",
    description:
      'The released answers only: whole batches of the team’s minimum, oldest first, the same ones the summary’s `members` covers (`released`), so two exports differ by a batch or more, never by one person. No ids, no source pages, no times; rows sorted by content, not by arrival. Refused (409) below the team’s minimum number of responses.',
    request: {
      ...lead.request,
      query: z.object({ format: z.enum(['csv', 'json']).default('json') }),
    },
    responses: {
      200: {
        description: 'The responses',
        content: {
          'application/json': { schema: TeamExport },
          'text/csv': { schema: z.string() },
        },
      },
      ...errorResponses(400, 401, 409, 503),
    },
  });
  app.openapi(getExport, async (c) => {
    const team = c.get('team');
    // The current round's answers: earlier rounds are read on the dashboard, as centres.
    const current = (await store.teams.rounds(team.id)).at(-1)?.number ?? 1;
    const results = (await store.teams.memberResults(team.id)).filter((a) => a.round === current);
    if (results.length < team.minResponses) {
      throw new HttpError(409, 'too_few_responses', (m) =>
        m.too_few_responses(team.minResponses - results.length),
      );
    }
    const data = teamExport(quiz, team, results);
    const name = `rolefit-team-${new Date().toISOString().slice(0, 10)}`;
    if (c.req.valid('query').format === 'json') {
      c.header('Content-Disposition', `attachment; filename="${name}.json"`);
      return c.json(data, 200);
    }
    return c.body(teamCsv(quiz, data), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    }) as never;
  });
}
