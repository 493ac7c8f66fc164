import { z } from 'zod';
import { regimeAdvice } from './grid.ts';
import { REGIME_IDS } from './ids.ts';
import { Shares } from './ids-schema.ts';
import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok } from './outcome.ts';
import { placeShares } from './placement.ts';
import { portfolio } from './portfolio.ts';
import { Placement, RegimeAdvice, TwoJobs } from './quiz-result.ts';

/** Where one team's work sits, as the org view takes it: its centre, or null below its minimum. */
export const OrgTeamInput = z.object({
  /** The team's id where it has one (the API's), else its name is its id. */
  id: z.string().max(200).optional(),
  name: z.string().min(1).max(200),
  /** How many answers the team's centre is drawn from; the default weight. */
  responses: z.number().int().min(0),
  /** How many people the team has, where its lead gave it: the weight with `weighting: 'headcount'`. */
  headcount: z.number().int().positive().max(1_000_000).nullable().optional(),
  /** The team's centre: its mix of work. Null while the team is below its minimum count. */
  centre: z.object({ shares: Shares }).loose().nullable(),
});
/** One team for `orgPortfolio`. */
export type OrgTeamInput = z.input<typeof OrgTeamInput>;

/** How the teams are weighed against each other. */
export const ORG_WEIGHTINGS = ['responses', 'headcount'] as const;
/** `responses` (each team by the answers its centre is drawn from) or `headcount`. */
export type OrgWeighting = (typeof ORG_WEIGHTINGS)[number];

/** A team's centre in the org view: where it sits and the regime its own work would call for. */
export const OrgTeamCentre = Placement.pick({
  position: true,
  shares: true,
  dominantWork: true,
  split: true,
}).extend({ regime: z.enum(REGIME_IDS) });

/** One team as the org view shows it. */
export const OrgTeam = z.object({
  id: z.string(),
  name: z.string(),
  responses: z.number().int(),
  headcount: z.number().int().nullable(),
  /** Null below the team's minimum: such a team contributes nothing. */
  centre: OrgTeamCentre.nullable(),
  /** The team's share of the org's weight (0 when it contributes nothing). */
  weight: z.number(),
  /** Its own dominant work calls for the other regime than the org's: the friction of one regime. */
  against: z.boolean(),
});
/** One team as the org view shows it. */
export type OrgTeam = z.infer<typeof OrgTeam>;

/** The organisation's portfolio: every contributing team's centre, weighed, and its regime. */
export const OrgPortfolio = z.object({
  /** How the teams were weighed; `headcount` only when every contributing team gave one. */
  weighting: z.enum(ORG_WEIGHTINGS),
  /** Teams that gave a headcount, of those that contribute: headcount weighting needs them all. */
  headcounts: z.object({ given: z.number().int(), of: z.number().int() }),
  teams: z.array(OrgTeam),
  /** Null until at least one team is at its minimum count. */
  centre: Placement.extend({ spread: z.number() }).nullable(),
  regime: RegimeAdvice.nullable(),
  twoJobs: TwoJobs.nullable(),
  /** Teams × columns: each contributing team's shares, in the order of `teams`. */
  heatmap: z.array(z.object({ team: z.string(), shares: Shares })),
});
/** What `orgPortfolio` returns. */
export type OrgPortfolio = z.infer<typeof OrgPortfolio>;

/**
 * An organisation's portfolio from its teams' centres: its centre of gravity (each team weighed
 * by its responses, or by headcount when asked and every contributing team gave one), the
 * titling regime for the org as a whole, and each team whose own work calls for the other
 * regime. Teams below their minimum (`centre: null`) are listed but weigh nothing. Nothing
 * about a member goes in or comes out: only team centres.
 * @example orgPortfolio([{ name: 'Theory', responses: 6, centre: { shares: { research: 0.8, rnd: 0.2, product: 0 } } }, …])
 */
export function orgPortfolio(
  input: unknown,
  options: { weighting?: OrgWeighting } = {},
  messages: Messages = en,
): Outcome<OrgPortfolio> {
  const parsed = z.array(OrgTeamInput).max(1000).safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.length ? `teams.${i.path.join('.')}: ` : ''}${i.message}`)
      .join('; ');
    return fail({ code: 'invalid_org', message });
  }
  const teams = parsed.data;
  const contributing = teams.filter((t) => t.centre !== null && t.responses > 0);
  const given = contributing.filter((t) => typeof t.headcount === 'number').length;
  const weighting: OrgWeighting =
    options.weighting === 'headcount' && given === contributing.length && given > 0
      ? 'headcount'
      : 'responses';
  const weightOf = (t: (typeof teams)[number]) =>
    t.centre === null || t.responses === 0
      ? 0
      : weighting === 'headcount'
        ? (t.headcount ?? 0)
        : t.responses;
  const total = teams.reduce((a, t) => a + weightOf(t), 0);
  const mapped =
    contributing.length === 0
      ? null
      : portfolio(
          contributing.map((t) => ({
            name: t.name,
            effort: weightOf(t),
            shares: t.centre?.shares as Shares,
          })),
          messages,
        );
  if (mapped && !mapped.ok) return mapped;
  const org = mapped?.value ?? null;
  const centreOf = (shares: Shares) => {
    const place = placeShares(shares);
    return {
      position: place.position,
      shares: place.shares,
      dominantWork: place.dominantWork,
      split: place.split,
      regime: regimeAdvice(place.dominantWork, place.shares, messages).recommended,
    };
  };
  const listed: OrgTeam[] = teams.map((t, i) => {
    const centre = t.centre ? centreOf(t.centre.shares) : null;
    return {
      id: t.id ?? t.name ?? String(i),
      name: t.name,
      responses: t.responses,
      headcount: t.headcount ?? null,
      centre: weightOf(t) > 0 ? centre : null,
      weight: total > 0 ? weightOf(t) / total : 0,
      against:
        org !== null &&
        centre !== null &&
        weightOf(t) > 0 &&
        centre.regime !== org.regime.recommended,
    };
  });
  return ok({
    weighting,
    headcounts: { given, of: contributing.length },
    teams: listed,
    centre: org && {
      position: org.position,
      shares: org.shares,
      role: org.role,
      between: org.between,
      split: org.split,
      margin: org.margin,
      dominantWork: org.dominantWork,
      spread: org.spread,
    },
    regime: org?.regime ?? null,
    twoJobs: org?.twoJobs ?? null,
    heatmap: listed.flatMap((t) => (t.centre ? [{ team: t.name, shares: t.centre.shares }] : [])),
  });
}
