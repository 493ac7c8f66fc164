import { z } from '@hono/zod-openapi';
import { OrgPortfolio, OrgTeam } from '@rolefit/core';

/** `POST /api/orgs`: the organisation's name. */
export const NewOrgBody = z
  .object({ name: z.string().trim().min(1).max(120) })
  .strict()
  .openapi('NewOrg');
/** `POST /api/orgs`'s body. */
export type NewOrgBody = z.infer<typeof NewOrgBody>;

/** What creating an organisation answers; the admin secret appears here and nowhere else. */
export const CreatedOrg = z
  .object({
    id: z.string(),
    adminSecret: z.string().openapi({ description: 'Shown once; only its hash is stored' }),
    adminUrl: z.string().openapi({
      description: 'Carries the id and secret in the fragment, never sent to a server',
    }),
  })
  .openapi('CreatedOrg');
/** What creating an organisation answers. */
export type CreatedOrg = z.infer<typeof CreatedOrg>;

/** `POST /api/orgs/{id}/teams`: a team joins with its lead's secret, checked and never stored. */
export const JoinOrgBody = z
  .object({
    teamId: z.string().min(1).max(200),
    adminSecret: z.string().min(1).max(200).openapi({
      description: "The team's admin secret: its lead's consent. Checked, never stored.",
    }),
    headcount: z.number().int().positive().max(1_000_000).optional().openapi({
      description: 'How many people the team has, for weighting by headcount',
    }),
  })
  .strict()
  .openapi('JoinOrg');
/** `POST /api/orgs/{id}/teams`'s body. */
export type JoinOrgBody = z.infer<typeof JoinOrgBody>;

/** One team in the org view: core's, with the answers its centre waits for below its minimum. */
export const OrgViewTeam = OrgTeam.extend({
  minResponses: z.number().int().openapi({
    description: "The answers the team's centre needs before it counts (the team's minimum)",
  }),
});
/** One team in the org view. */
export type OrgViewTeam = z.infer<typeof OrgViewTeam>;

/** `GET /api/orgs/{id}`: the org, and core's portfolio of its teams' centres. */
export const OrgView = OrgPortfolio.extend({
  org: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
  teams: z.array(OrgViewTeam),
}).openapi('OrgView');
/** What `GET /api/orgs/{id}` answers. */
export type OrgView = z.infer<typeof OrgView>;

/** `GET /api/orgs/{id}?weighting=…`. */
export const OrgViewQuery = z.object({
  weighting: z
    .enum(['responses', 'headcount'])
    .optional()
    .openapi({
      param: { name: 'weighting', in: 'query' },
      description:
        '`responses` (default): each team weighs by the answers its centre is drawn from. `headcount`: by the headcount its lead gave, when every contributing team gave one (else responses, and `weighting` says so).',
    }),
});
