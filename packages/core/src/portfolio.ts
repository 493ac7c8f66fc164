import { z } from 'zod';
import { marginConfidence } from './confidence.ts';
import { regimeAdvice } from './grid.ts';
import { type Column, type RoleId, spectrumPosition } from './ids.ts';
import { ColumnSchema, Shares, Unit } from './ids-schema.ts';
import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok } from './outcome.ts';
import { isSplit, normalizeShares, placeShares } from './placement.ts';
import { Placement, RegimeAdvice, TwoJobs } from './quiz-result.ts';
import { round } from './round.ts';
import { teamTwoJobs } from './team-two-jobs.ts';

const COLUMN_SHARES: Readonly<Record<Column, Shares>> = {
  research: { research: 1, rnd: 0, product: 0 },
  rnd: { research: 0, rnd: 1, product: 0 },
  product: { research: 0, rnd: 0, product: 1 },
};

/** The schema of one portfolio item, its problems worded from `messages`. */
function portfolioItemIn(messages: Messages) {
  return z
    .object({
      name: z.string().max(200).optional(),
      effort: z.number().positive().finite().default(1),
      work: ColumnSchema.optional(),
      shares: Shares.optional(),
      result: z.object({ shares: Shares }).loose().optional(),
    })
    .refine(
      (item) => [item.work, item.shares, item.result].filter((x) => x !== undefined).length === 1,
      { message: messages['portfolio.oneOf'] },
    )
    .refine(
      (item) => {
        const s = item.shares ?? item.result?.shares;
        return !s || s.research + s.rnd + s.product > 0;
      },
      { message: messages['portfolio.zeroShares'] },
    );
}

/**
 * A workstream or a person: how much of the team's effort it takes, and where its work sits,
 * as a kind of work, as column shares, or as a quiz result (anything with `shares`).
 */
export const PortfolioItem = /* @__PURE__ */ portfolioItemIn(en);
/** A workstream or person in a portfolio. */
export type PortfolioItem = z.input<typeof PortfolioItem>;

/**
 * The team's map: where its effort-weighted work lands (the placement: `position` is its centre of
 * gravity, `role` the role of its dominant work), spread, grid verdict and a staffing mix.
 */
export const Portfolio = z.object({
  count: z.number().int(),
  totalEffort: z.number(),
  ...Placement.shape,
  /** The margin of the dominant share alone (members don't change answers one at a time). */
  confidence: Unit,
  /** Effort-weighted standard deviation of the items' positions (0: all alike, 0.5: both ends). */
  spread: z.number().min(0),
  regime: RegimeAdvice,
  /** With `split`: two groups at the ends, or people who each hold both; otherwise null. */
  twoJobs: TwoJobs.nullable(),
  /** Share of people to staff in each role, following the effort in each column. */
  staffingMix: z.object({
    'research-scientist': z.number(),
    'research-engineer': z.number(),
    'ai-engineer': z.number(),
  }),
  items: z.array(
    z.object({
      name: z.string().nullable(),
      effort: z.number(),
      position: z.number(),
      work: ColumnSchema,
    }),
  ),
});
/** What `portfolio` returns. */
export type Portfolio = z.infer<typeof Portfolio>;

/**
 * Map a team's work: centre of gravity, spread, dominant work, titling regime, staffing mix.
 * @example portfolio([{ name: 'Evals', effort: 2, work: 'rnd' }, { name: 'Chat', effort: 3, work: 'product' }])
 */
export function portfolio(input: unknown, messages: Messages = en): Outcome<Portfolio> {
  const parsed = z
    .array(messages === en ? PortfolioItem : portfolioItemIn(messages))
    .min(1, messages['portfolio.empty'])
    .safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.length ? `items.${i.path.join('.')}: ` : ''}${i.message}`)
      .join('; ');
    return fail({ code: 'invalid_portfolio', message });
  }
  const items = parsed.data.map((item) => {
    const shares = normalizeShares(
      item.work ? COLUMN_SHARES[item.work] : ((item.shares ?? item.result?.shares) as Shares),
    );
    return {
      name: item.name ?? null,
      effort: item.effort,
      shares,
      position: spectrumPosition(shares),
    };
  });
  const totalEffort = items.reduce((a, i) => a + i.effort, 0);
  const sum = { research: 0, rnd: 0, product: 0 };
  for (const i of items) {
    sum.research += i.shares.research * i.effort;
    sum.rnd += i.shares.rnd * i.effort;
    sum.product += i.shares.product * i.effort;
  }
  const placement = placeShares(sum);
  const variance =
    items.reduce((a, i) => a + i.effort * (i.position - placement.position) ** 2, 0) / totalEffort;
  // A split team is either two groups at the ends or people who each hold both ends.
  const splitEffort = items.reduce((a, i) => a + (isSplit(i.shares) ? i.effort : 0), 0);
  const scope = splitEffort * 2 >= totalEffort ? 'team-everyone' : 'team-groups';
  return ok({
    ...placement,
    confidence: marginConfidence(placement.margin),
    count: items.length,
    totalEffort,
    spread: round(Math.sqrt(variance), 4),
    regime: regimeAdvice(placement.dominantWork, placement.shares, messages),
    twoJobs: placement.split ? teamTwoJobs(placement.shares, scope, messages) : null,
    staffingMix: {
      'research-scientist': placement.shares.research,
      'research-engineer': placement.shares.rnd,
      'ai-engineer': placement.shares.product,
    },
    items: items.map((i) => ({
      name: i.name,
      effort: i.effort,
      position: round(i.position, 4),
      work: placeShares(i.shares).dominantWork,
    })),
  });
}

/**
 * Whole people per role for a team of a given size, by largest remainder, so they add up.
 * @example staffingFor({ 'research-scientist': 0.2, 'research-engineer': 0.5, 'ai-engineer': 0.3 }, 10)
 * // { 'research-scientist': 2, 'research-engineer': 5, 'ai-engineer': 3 }
 */
export function staffingFor(mix: Record<RoleId, number>, people: number): Record<RoleId, number> {
  const roles = Object.keys(mix) as RoleId[];
  const exact = roles.map((r) => mix[r] * people);
  const whole = exact.map(Math.floor);
  let left = people - whole.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] as number) + 1;
    left--;
  }
  return Object.fromEntries(roles.map((r, i) => [r, whole[i] as number])) as Record<RoleId, number>;
}
