import { z } from 'zod';
import { DIMENSION_IDS, REGIME_IDS } from './ids.ts';
import { ColumnSchema, RoleIdSchema, RolePair, Shares, Unit } from './ids-schema.ts';
import { Answers } from './quiz-schema.ts';

/**
 * Where a mix of work lands: the role of the dominant work, and how clear that is. A quiz result
 * and a team's portfolio carry these fields; `placeShares` computes them.
 */
export const Placement = z.object({
  /** The point on the spectrum, for the picture: research counts 0, R&D 0.5, product 1. */
  position: Unit,
  /** The mix of work, summing to 1. */
  shares: Shares,
  /** The role whose column fills most of the week. */
  role: RoleIdSchema,
  /** Two neighbouring roles when their columns share the week closely, else null. */
  between: RolePair.nullable(),
  /**
   * Both ends (`["research-scientist", "ai-engineer"]`) when research and product each fill a
   * large share and R&D does not bridge them.
   */
  split: RolePair.nullable(),
  /** The dominant column's share minus the next largest share (0: a tie, 1: all one column). */
  margin: Unit,
  dominantWork: ColumnSchema,
});
/** Where a mix of work lands. */
export type Placement = z.infer<typeof Placement>;

/** One cell of the work × regime grid. */
export const GridCellSchema = z.object({
  work: ColumnSchema,
  regime: z.enum(REGIME_IDS),
  fit: z.enum(['fits', 'works', 'risky', 'overhead']),
  verdict: z.string(),
  risk: z.string(),
  manage: z.string(),
  example: z.string().nullable(),
});

/** The titling advice: the recommended regime's cell and the other regime's. */
export const RegimeAdvice = z.object({
  recommended: z.enum(REGIME_IDS),
  cell: GridCellSchema,
  other: GridCellSchema,
});

/** How one answer pulled the position. */
export const AnswerPull = z.object({
  questionId: z.string(),
  dimension: z.enum(DIMENSION_IDS),
  optionId: z.string(),
  label: z.string(),
  /** Where this answer alone would sit on the spectrum. */
  optionPosition: Unit,
  /** This answer's share of the move away from the middle (0.5): negative toward research, positive toward product. */
  pull: z.number(),
  toward: RoleIdSchema,
});

/** One part of a two-jobs week: its role, its share of the week and what to grade it on. */
export const TwoJobsPart = z.object({
  role: RoleIdSchema,
  column: ColumnSchema,
  share: Unit,
  gradeOn: z.array(z.string()),
});

/** The advice for a week (or a team) that holds both ends of the line with little bridge work. */
export const TwoJobs = z.object({
  /** `role`: one role; `team-groups`: a team of two groups; `team-everyone`: people who each hold both. */
  scope: z.enum(['role', 'team-groups', 'team-everyone']),
  parts: z.tuple([TwoJobsPart, TwoJobsPart]),
  summary: z.string(),
  risk: z.string(),
  /** The ways out: split the role, add the research-engineer bridge, or keep both on purpose. */
  options: z.array(z.string()),
});

/** A smallest set of answer changes that lands the result on another role. */
export const ResultChange = z.object({
  role: RoleIdSchema,
  position: Unit,
  changes: z.array(
    z.object({ questionId: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  ),
});

/** A title or review metric from another column than the work: the wrong-column trap. */
export const Mismatch = z.object({
  kind: z.enum(['title', 'review']),
  questionId: z.string(),
  optionId: z.string(),
  column: ColumnSchema,
  workColumn: ColumnSchema,
  message: z.string(),
});

/** Everything `score` says about a set of answers. */
export const QuizResult = z.object({
  quiz: z.object({ id: z.string(), version: z.number() }),
  answers: Answers,
  ...Placement.shape,
  /** How far the answers are from another role: `changesToFlip` and `margin`, combined (see confidenceFrom). */
  confidence: Unit,
  /** The fewest answer changes after which another role leads. */
  changesToFlip: z.number().int().min(1),
  /** The role that leads after those changes: "one answer away from …". */
  flipsTo: RoleIdSchema.nullable(),
  regime: RegimeAdvice,
  /** With `split`: each part, what to grade it on, the risk and the ways out; otherwise null. */
  twoJobs: TwoJobs.nullable(),
  gradeOn: z.array(z.string()),
  dontGradeOn: z.array(z.string()),
  why: z.array(AnswerPull),
  whatWouldChange: z.array(ResultChange),
  mismatches: z.array(Mismatch),
});

/** The result of scoring a quiz. */
export type QuizResult = z.infer<typeof QuizResult>;
/** One answer's pull. */
export type AnswerPull = z.infer<typeof AnswerPull>;
/** A change of answers that would move the result. */
export type ResultChange = z.infer<typeof ResultChange>;
/** The two-jobs advice. */
export type TwoJobs = z.infer<typeof TwoJobs>;
/** A wrong-column mismatch. */
export type Mismatch = z.infer<typeof Mismatch>;
