import { z } from '@hono/zod-openapi';
import {
  AnswersBody,
  ColumnSchema,
  Placement,
  Portfolio,
  RegimeAdvice,
  RolePair,
  Shares,
  Unit,
} from '@rolefit/core';
import { en } from '../messages/en.ts';

/** `POST /api/teams` body. */
export const NewTeamBody = z
  .object({
    name: z.string().trim().min(1).max(120).openapi({ example: 'Applied ML' }),
    minResponses: z
      .number()
      .int()
      .min(3)
      .max(50)
      .default(3)
      .openapi({ description: 'How many members must answer before aggregates show (3–50)' }),
  })
  .openapi('NewTeam');
/** `POST /api/teams` body as a client sends it (`minResponses` may be left out). */
export type NewTeamBody = z.input<typeof NewTeamBody>;

/** What creating a team answers; the admin secret appears here and nowhere else, ever. */
export const CreatedTeam = z
  .object({
    id: z.string(),
    joinCode: z.string(),
    adminSecret: z.string().openapi({ description: 'Shown once; only its hash is stored' }),
    joinUrl: z.string(),
    adminUrl: z.string().openapi({
      description: 'Carries the id and secret in the fragment, never sent to a server',
    }),
  })
  .openapi('CreatedTeam');
/** What creating a team answers. */
export type CreatedTeam = z.infer<typeof CreatedTeam>;

/** A workstream the lead lists: name, share of effort, and a kind of work or column shares. */
export const Workstream = z
  .object({
    name: z.string().trim().min(1).max(120),
    effort: z.number().positive().max(1_000_000),
    work: ColumnSchema.optional(),
    shares: Shares.optional(),
  })
  .strict()
  .refine((w) => (w.work === undefined) !== (w.shares === undefined), {
    message: en['request.workstream.oneOf'],
  })
  .refine((w) => !w.shares || w.shares.research + w.shares.rnd + w.shares.product > 0, {
    message: en['request.workstream.zeroShares'],
    path: ['shares'],
  })
  .openapi('Workstream');
/** A workstream the lead lists. */
export type Workstream = z.infer<typeof Workstream>;

/** `PUT /api/teams/{id}/workstreams` body: the whole list, replacing the stored one. */
export const WorkstreamsBody = z
  .object({ workstreams: z.array(Workstream).max(100) })
  .openapi('WorkstreamsBody');
/** `PUT /api/teams/{id}/workstreams` body. */
export type WorkstreamsBody = z.infer<typeof WorkstreamsBody>;

/** The lead's list and its portfolio (null while the list is empty). */
export const WorkstreamsView = z
  .object({ workstreams: z.array(Workstream), portfolio: Portfolio.nullable() })
  .openapi('Workstreams');
/** The lead's list and its portfolio. */
export type WorkstreamsView = z.infer<typeof WorkstreamsView>;

/** `PUT /api/teams/{id}/lead-view` body: the quiz answered as the lead sees the team's work. */
export const LeadViewBody = AnswersBody;

/** What the team endpoints show of a scored answer set: where it lands, without the margin. */
const TeamPlacement = Placement.omit({ margin: true });

/** The lead's view of the team's work, scored. */
export const LeadView = TeamPlacement.extend({
  split: RolePair.nullable().openapi({
    description:
      'Both ends (research scientist and AI engineer) when the lead sees research and product work with little bridge work: two jobs in one',
  }),
  regime: RegimeAdvice,
}).openapi('LeadView');
/** The lead's view of the team's work, scored. */
export type LeadView = z.infer<typeof LeadView>;

const roleCounts = z.object({
  'research-scientist': z.number().int(),
  'research-engineer': z.number().int(),
  'ai-engineer': z.number().int(),
});

/** The released members' answers in aggregate; never an individual answer. */
export const MembersView = z
  .object({
    portfolio: Portfolio.omit({ items: true }),
    positions: z
      .array(z.number())
      .openapi({ description: 'Each released member as a dot, sorted' }),
    mismatches: z.object({
      title: z.number().int(),
      review: z.number().int(),
      total: z.number().int().openapi({ description: 'Members with at least one mismatch' }),
    }),
    roles: roleCounts,
  })
  .openapi('TeamMembers');
/** The released members' answers in aggregate. */
export type MembersView = z.infer<typeof MembersView>;

/** Where a round's released answers put the team: null below the team's minimum. */
export const RoundCentre = z
  .object({
    position: z.number(),
    shares: Shares,
    dominantWork: ColumnSchema,
    split: RolePair.nullable(),
  })
  .openapi('RoundCentre');

/** One round of a team's answers. */
export const TeamRoundView = z
  .object({
    number: z.number().int().openapi({ description: '1 for the round the team opened with' }),
    openedAt: z.string(),
    closedAt: z.string().nullable().openapi({ description: 'Null for the current round' }),
    responses: z.number().int().openapi({ description: 'Answers given in this round' }),
    centre: RoundCentre.nullable().openapi({
      description:
        "The centre of the round's released answers (whole batches of `minResponses`), or null below the minimum",
    }),
  })
  .openapi('TeamRound');
/** One round of a team's answers. */
export type TeamRoundView = z.infer<typeof TeamRoundView>;

/** What opening a round answers: every round, without centres (the dashboard reloads). */
export const TeamRounds = z
  .object({
    rounds: z.array(TeamRoundView.omit({ responses: true, centre: true })),
  })
  .openapi('TeamRounds');
/** What opening a round answers. */
export type TeamRounds = z.infer<typeof TeamRounds>;

/** What the lead's dashboard reads. */
export const TeamSummary = z
  .object({
    team: z.object({
      id: z.string(),
      name: z.string(),
      minResponses: z.number().int(),
      createdAt: z.string(),
      joinCode: z.string(),
      joinUrl: z.string(),
    }),
    responses: z.number().int().openapi({
      description:
        'How many answers have come in, counting an answer given again from the same browser (which replaces the earlier one) as an arrival',
    }),
    released: z.number().int().openapi({
      description:
        'How many of those answers are in the released batches: whole batches of `minResponses`, oldest first (0 before the first batch)',
    }),
    replaced: z.number().int().openapi({
      description:
        'How many answers in the released batches a later released answer from the same browser replaced: `members` and the export are drawn from `released - replaced` answers',
    }),
    nextReleaseAt: z.number().int().openapi({
      description:
        'The number of answers at which the next batch shows (`released + minResponses`)',
    }),
    needed: z.number().int().openapi({
      description:
        'How many more answers before the map shows (0 while it shows): members still to answer, or, when answers given again left too few people in the batches, answers until the next batch',
    }),
    members: MembersView.nullable().openapi({
      description:
        'Null until `minResponses` members have answered; then computed over the released answers only (`released - replaced` of them), so it changes a whole batch at a time',
    }),
    workstreams: Portfolio.nullable(),
    leadView: LeadView.nullable(),
    rounds: z.array(TeamRoundView).openapi({
      description:
        'Every round, oldest first; the last is the current one, which `responses`, `released` and `members` describe. Earlier rounds are read-only.',
    }),
  })
  .openapi('TeamSummary');
/** What the lead's dashboard reads. */
export type TeamSummary = z.infer<typeof TeamSummary>;

/** What a join link's check answers: enough for the join page to greet members, nothing more. */
export const JoinableTeam = z
  .object({ name: z.string().openapi({ description: "The team's name, as its lead gave it" }) })
  .openapi('JoinableTeam');
/** What a join link's check answers. */
export type JoinableTeam = z.infer<typeof JoinableTeam>;

/** What deleting a team answers. */
export const DeletedTeam = z
  .object({ deleted: z.literal(true), responses: z.number().int() })
  .openapi('DeletedTeam');
/** What deleting a team answers. */
export type DeletedTeam = z.infer<typeof DeletedTeam>;

/** One released answer as exported: the answers and their result, nothing tied to a person. */
export const ExportedResponse = TeamPlacement.extend({
  split: RolePair.nullable().openapi({
    description:
      'Both ends when the member’s week holds two jobs; null too for answers stored before `split` existed',
  }),
  confidence: Unit,
  answers: z
    .record(z.string(), z.string().nullable())
    .openapi({ description: 'Every question and context question; null where not answered' }),
  mismatches: z.object({ title: z.boolean(), review: z.boolean() }),
}).openapi('TeamExportRow');
/** One released answer as exported. */
export type ExportedResponse = z.infer<typeof ExportedResponse>;

/** `GET /api/teams/{id}/export?format=json`: the released answers, in no order of arrival. */
export const TeamExport = z
  .object({
    team: z.object({ name: z.string(), minResponses: z.number().int(), createdAt: z.string() }),
    responses: z.array(ExportedResponse).openapi({
      description:
        'The released answers only (the summary’s `released`: whole batches of `minResponses`, oldest first), sorted by content, never by arrival',
    }),
  })
  .openapi('TeamExport');
/** The team's released answers as JSON. */
export type TeamExport = z.infer<typeof TeamExport>;
