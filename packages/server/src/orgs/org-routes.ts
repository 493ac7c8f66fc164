import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgPortfolio } from '@rolefit/core';
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { coreMessagesOf } from '../language.ts';
import { type LinkPolicy, linkOrigin } from '../public-url.ts';
import type { RouteRules } from '../route-rules.ts';
import type { Store } from '../store/create-store.ts';
import type { StoredOrg } from '../store/org-store.ts';
import { bearerSecret, secretOnly } from '../teams/team-auth.ts';
import { hashAdminSecret, newAdminSecret, newTeamId, secretMatches } from '../teams/team-secret.ts';
import { currentCentre } from '../teams/team-summary.ts';
import { CreatedOrg, JoinOrgBody, NewOrgBody, OrgView, OrgViewQuery } from './org-schemas.ts';

/** The OpenAPI security scheme org-admin routes name. */
export const ORG_ADMIN = 'orgAdmin';

/**
 * The one refusal for every org request that fails: no secret, a wrong one, a team's secret, an
 * org that does not exist, or (joining) a team id and secret that do not match all look alike.
 */
const unauthorized = () => new HttpError(401, 'unauthorized', (m) => m['unauthorized.org']);

const OrgParams = z.object({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const OrgTeamParams = OrgParams.extend({
  teamId: z
    .string()
    .max(200)
    .openapi({ param: { name: 'teamId', in: 'path' } }),
});

// The secret rides in the fragment, which browsers never send, so it stays out of server logs.
const adminUrlFor = (origin: string, id: string, secret: string) =>
  new URL(`/org#admin=${id}.${secret}`, origin).toString();

/**
 * The organisation routes: create, join and leave with a lead's consent, and the org view, which
 * holds team centres only: no member's answer ever reaches it.
 */
export function orgRoutes(
  app: OpenAPIHono,
  store: Store,
  rules: RouteRules,
  links: LinkPolicy = {},
) {
  app.openAPIRegistry.registerComponent('securitySchemes', ORG_ADMIN, {
    type: 'http',
    scheme: 'bearer',
    description: "The organisation's admin secret, from the answer to POST /api/orgs",
  });
  const orgOnly: MiddlewareHandler<{ Variables: { org: StoredOrg } }> = secretOnly(
    'org',
    store.orgs,
    unauthorized,
  );
  const admin = { security: [{ [ORG_ADMIN]: [] }] };

  app.openapi(
    createRoute({
      middleware: [rules.writes, rules.jsonBody()],
      method: 'post',
      path: '/api/orgs',
      summary: 'Create an organisation: an admin link to gather teams’ centres in one view',
      request: {
        body: { required: true, content: { 'application/json': { schema: NewOrgBody } } },
      },
      responses: {
        201: { description: 'Created', content: { 'application/json': { schema: CreatedOrg } } },
        ...errorResponses(400, 413, 415, 503),
      },
    }),
    async (c) => {
      const origin = linkOrigin(c.req.url, links);
      if (!origin) {
        const url = new URL(c.req.url);
        throw new HttpError(400, 'host_not_allowed', (m) =>
          m.host_not_allowed(url.host, url.hostname),
        );
      }
      const [id, adminSecret] = [newTeamId(), newAdminSecret()];
      await store.orgs.create({
        id,
        name: c.req.valid('json').name,
        adminHash: hashAdminSecret(adminSecret),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ id, adminSecret, adminUrl: adminUrlFor(origin, id, adminSecret) }, 201);
    },
  );

  app.openapi(
    createRoute({
      ...admin,
      middleware: [rules.writes, rules.guesses, rules.jsonBody(), orgOnly] as const,
      method: 'post',
      path: '/api/orgs/{id}/teams',
      summary: 'Add a team, with its lead’s consent: the team’s admin secret (org admin only)',
      description:
        "The team's secret is checked and never stored: the org sees the team's centre from then on, never its dashboard or any member's answers. Posting again updates the headcount.",
      request: {
        params: OrgParams,
        body: { required: true, content: { 'application/json': { schema: JoinOrgBody } } },
      },
      responses: {
        200: {
          description: 'The team is in',
          content: {
            'application/json': {
              schema: z.object({ teamId: z.string(), headcount: z.number().int().nullable() }),
            },
          },
        },
        ...errorResponses(400, 401, 413, 415, 503),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const hash = await store.teams.adminHashOf(body.teamId);
      if (!secretMatches(body.adminSecret, hash)) throw unauthorized();
      await store.orgs.addTeam(c.get('org').id, body.teamId, body.headcount ?? null);
      return c.json({ teamId: body.teamId, headcount: body.headcount ?? null }, 200);
    },
  );

  // The org's admin may take a team out; so may the team's lead, with the team's own secret.
  const orgOrLead: MiddlewareHandler = async (c, next) => {
    const secret = bearerSecret(c.req.header('authorization'));
    const orgId = c.req.param('id') ?? '';
    const teamId = c.req.param('teamId') ?? '';
    const [orgHash, teamHash] = await Promise.all([
      secret === undefined ? undefined : store.orgs.adminHashOf(orgId),
      secret === undefined ? undefined : store.teams.adminHashOf(teamId),
    ]);
    // Both compared, whichever matches, so the time taken says nothing about which exists.
    const asOrg = secret !== undefined && secretMatches(secret, orgHash);
    const asLead = secret !== undefined && secretMatches(secret, teamHash);
    if (!asOrg && !asLead) throw unauthorized();
    c.header('Cache-Control', 'no-store');
    await next();
  };
  app.openapi(
    createRoute({
      security: [{ [ORG_ADMIN]: [] }, { teamAdmin: [] }],
      middleware: [rules.writes, rules.guesses, orgOrLead] as const,
      method: 'delete',
      path: '/api/orgs/{id}/teams/{teamId}',
      summary: 'Take a team out of the organisation (org admin, or the team’s lead)',
      request: { params: OrgTeamParams },
      responses: {
        200: {
          description: 'The team is out (or was not in)',
          content: { 'application/json': { schema: z.object({ removed: z.boolean() }) } },
        },
        ...errorResponses(401, 503),
      },
    }),
    async (c) => {
      const { id, teamId } = c.req.valid('param');
      return c.json({ removed: await store.orgs.removeTeam(id, teamId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...admin,
      middleware: [
        every(rules.inLanguage, rules.writes) as MiddlewareHandler,
        rules.guesses,
        orgOnly,
      ] as const,
      method: 'get',
      path: '/api/orgs/{id}',
      summary:
        "The organisation's portfolio: each team's centre, the org's centre and its regime (org admin only)",
      description:
        "Teams below their minimum count are listed without a centre and weigh nothing. Each team weighs by the answers its centre is drawn from, or by headcount (`?weighting=headcount`) when every contributing team gave one. `against` marks each team whose own work calls for the other regime than the org's. Team centres only: no member-level data.",
      request: { params: OrgParams, query: OrgViewQuery.merge(LanguageQuery) },
      responses: {
        200: { description: 'The org view', content: { 'application/json': { schema: OrgView } } },
        ...errorResponses(401, 503),
      },
    }),
    async (c) => {
      const org = c.get('org');
      const messages = coreMessagesOf(c);
      const teams = [];
      const minimums = new Map<string, number>();
      for (const member of await store.orgs.teamsOf(org.id)) {
        const team = await store.teams.get(member.teamId);
        if (!team) continue;
        const [answers, rounds] = await Promise.all([
          store.teams.memberResults(team.id),
          store.teams.rounds(team.id),
        ]);
        const now = currentCentre(team, answers, rounds, messages);
        teams.push({ id: team.id, name: team.name, headcount: member.headcount, ...now });
        minimums.set(team.id, team.minResponses);
      }
      const { weighting } = c.req.valid('query');
      const view = orgPortfolio(teams, weighting ? { weighting } : {}, messages);
      if (!view.ok) throw new Error(`org portfolio refused stored teams: ${view.error.message}`);
      // A team below its minimum says how far it is: its answers so far of the count it needs.
      const listed = view.value.teams.map((t) => ({ ...t, minResponses: minimums.get(t.id) ?? 0 }));
      return c.json({ org, ...view.value, teams: listed }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...admin,
      middleware: [rules.writes, rules.guesses, orgOnly] as const,
      method: 'delete',
      path: '/api/orgs/{id}',
      summary: 'Delete the organisation; its teams stay as they are (org admin only)',
      request: { params: OrgParams },
      responses: {
        200: {
          description: 'Deleted',
          content: { 'application/json': { schema: z.object({ deleted: z.literal(true) }) } },
        },
        ...errorResponses(401, 503),
      },
    }),
    async (c) => {
      await store.orgs.delete(c.get('org').id);
      return c.json({ deleted: true as const }, 200);
    },
  );
}
