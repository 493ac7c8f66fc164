import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { speechOf } from '../language.ts';
import { type LinkPolicy, linkOrigin } from '../public-url.ts';
import type { RouteRules } from '../route-rules.ts';
import type { Store } from '../store/create-store.ts';
import { leadRoute, TEAM_ADMIN } from './team-auth.ts';
import {
  CreatedTeam,
  DeletedTeam,
  JoinableTeam,
  NewTeamBody,
  TeamRounds,
  TeamSummary,
} from './team-schemas.ts';
import { hashAdminSecret, newAdminSecret, newJoinCode, newTeamId } from './team-secret.ts';
import { teamSummary } from './team-summary.ts';
import { teamWorkRoutes } from './team-work-routes.ts';

/** The member's join link, on the origin the request came to. */
export const joinUrlFor = (requestUrl: string, joinCode: string) =>
  new URL(`/teams/join?team=${encodeURIComponent(joinCode)}`, requestUrl).toString();

// The secret rides in the fragment, which browsers never send, so it stays out of server logs.
const adminUrlFor = (requestUrl: string, id: string, secret: string) =>
  new URL(`/team#admin=${id}.${secret}`, requestUrl).toString();

const postTeam = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.writes, rules.jsonBody()],
    method: 'post',
    path: '/api/teams',
    summary: 'Create a team: a join link for members and an admin link for the lead',
    description:
      'The admin secret is in this answer and nowhere else: only its SHA-256 is stored. Keep the admin link.',
    request: { body: { required: true, content: { 'application/json': { schema: NewTeamBody } } } },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: CreatedTeam } } },
      ...errorResponses(400, 413, 415, 503),
    },
  });

/** `POST /api/teams` and the lead-only team routes; links go where `links` allows. */
export function teamRoutes(
  app: OpenAPIHono,
  store: Store,
  quiz: Quiz,
  rules: RouteRules,
  links: LinkPolicy = {},
) {
  const base = (requestUrl: string) => {
    const origin = linkOrigin(requestUrl, links);
    if (origin) return origin;
    const host = new URL(requestUrl).host;
    throw new HttpError(400, 'host_not_allowed', (m) =>
      m.host_not_allowed(host, new URL(requestUrl).hostname),
    );
  };
  app.openAPIRegistry.registerComponent('securitySchemes', TEAM_ADMIN, {
    type: 'http',
    scheme: 'bearer',
    description: "The team's admin secret, from the answer to POST /api/teams",
  });

  app.openapi(postTeam(rules), async (c) => {
    const body = c.req.valid('json');
    // Refuse before storing anything when the links would have nowhere trustworthy to point.
    const origin = base(c.req.url);
    const [id, joinCode, adminSecret] = [newTeamId(), newJoinCode(), newAdminSecret()];
    await store.teams.create({
      id,
      joinCode,
      name: body.name,
      minResponses: body.minResponses,
      adminHash: hashAdminSecret(adminSecret),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        id,
        joinCode,
        adminSecret,
        joinUrl: joinUrlFor(origin, joinCode),
        adminUrl: adminUrlFor(origin, id, adminSecret),
      },
      201,
    );
  });

  const joinable = createRoute({
    middleware: [rules.inLanguage],
    method: 'get',
    path: '/api/join/{code}',
    summary: 'Check a join link: the team it admits to, or 404 unknown_team',
    description:
      'The join page asks this as it opens, so a deleted team or a mistyped link says so before anyone answers. Answers the team name only: no counts, no results.',
    request: {
      params: z.object({
        code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: 'xq3-Jd0…' }),
      }),
    },
    responses: {
      200: { description: 'The team', content: { 'application/json': { schema: JoinableTeam } } },
      ...errorResponses(404, 503),
    },
  });
  app.openapi(joinable, async (c) => {
    const team = await store.teams.byJoinCode(c.req.valid('param').code);
    if (!team) throw new HttpError(404, 'unknown_team', (m) => m.unknown_team);
    c.header('Cache-Control', 'no-store');
    return c.json({ name: team.name }, 200);
  });

  const lead = leadRoute(store, rules);
  const getTeam = createRoute({
    // The advice in the summary is worded in the request's language.
    ...leadRoute(store, rules, { worded: true }),
    method: 'get',
    path: '/api/teams/{id}',
    summary: "The team's dashboard: aggregates once enough members answered (lead only)",
    responses: {
      200: { description: 'The summary', content: { 'application/json': { schema: TeamSummary } } },
      ...errorResponses(401, 503),
    },
  });
  app.openapi(getTeam, async (c) => {
    const team = c.get('team');
    const [results, rounds] = await Promise.all([
      store.teams.memberResults(team.id),
      store.teams.rounds(team.id),
    ]);
    const joinUrl = joinUrlFor(base(c.req.url), team.joinCode);
    const messages = speechOf(c, quiz).messages;
    return c.json(teamSummary(quiz, team, results, rounds, joinUrl, messages), 200);
  });

  const postRound = createRoute({
    ...lead,
    method: 'post',
    path: '/api/teams/{id}/rounds',
    summary: 'Close the current round and open the next (lead only)',
    description:
      'Members answer again from the same join link; their answers join the new round, which starts with no answers and shows once `minResponses` have answered. Earlier rounds stay as they were: read-only, their centres in `rounds`. Refused (409 round_empty) while the current round has no answers.',
    responses: {
      201: {
        description: 'The rounds, oldest first; the last is the one just opened',
        content: { 'application/json': { schema: TeamRounds } },
      },
      ...errorResponses(401, 409, 503),
    },
  });
  app.openapi(postRound, async (c) => {
    const team = c.get('team');
    const current = (await store.teams.rounds(team.id)).at(-1)?.number ?? 1;
    const answers = await store.teams.memberResults(team.id);
    if (!answers.some((a) => a.round === current)) {
      throw new HttpError(409, 'round_empty', (m) => m.round_empty(current));
    }
    const rounds = await store.teams.openRound(team.id);
    return c.json({ rounds }, 201);
  });

  const deleteTeam = createRoute({
    ...lead,
    method: 'delete',
    path: '/api/teams/{id}',
    summary: 'Delete the team with all its responses, workstreams and lead view (lead only)',
    responses: {
      200: { description: 'Deleted', content: { 'application/json': { schema: DeletedTeam } } },
      ...errorResponses(401, 503),
    },
  });
  app.openapi(deleteTeam, async (c) => {
    const { responses } = await store.teams.delete(c.get('team').id);
    return c.json({ deleted: true as const, responses }, 200);
  });

  teamWorkRoutes(app, store, quiz, rules);
}
