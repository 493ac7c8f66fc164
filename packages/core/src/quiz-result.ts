import { z } from 'zod';
import { COLUMNS, DIMENSION_IDS, REGIME_IDS, ROLE_IDS } from './ids.ts';
import { Answers } from './quiz-schema.ts';

/** A number from 0 to 1. */
export const Unit = z.number().min(0).max(1);
/** A role id. */
export const RoleIdSchema = z.enum(ROLE_IDS);
/** A column (kind of work) id. */
export const ColumnSchema = z.enum(COLUMNS);
/** Two roles: `between` (two neighbours) or `split` (the two ends). */
export const RolePair = z.tuple([RoleIdSchema, RoleIdSchema]);

/** Shares of the three columns, summing to 1. */
export const SharesSchema = z.object({ research: Unit, rnd: Unit, product: Unit });

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
  position: Unit,
  shares: SharesSchema,
  role: RoleIdSchema,
  between: RolePair.nullable(),
  /** `["research-scientist", "ai-engineer"]` when the week holds both ends and little R&D. */
  split: RolePair.nullable(),
  /** How far the answers are from another role: `changesToFlip` and `margin`, combined (see confidenceFrom). */
  confidence: Unit,
  /** The dominant share minus the next largest one. */
  margin: Unit,
  /** The fewest answer changes after which another role leads. */
  changesToFlip: z.number().int().min(1),
  /** The role that leads after those changes: "one answer away from …". */
  flipsTo: RoleIdSchema.nullable(),
  dominantWork: ColumnSchema,
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
