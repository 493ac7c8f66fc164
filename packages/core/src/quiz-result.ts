import { z } from 'zod';
import { COLUMNS, DIMENSION_IDS, REGIME_IDS, ROLE_IDS } from './ids.ts';
import { Answers } from './quiz-schema.ts';

const Unit = z.number().min(0).max(1);
const RoleIdSchema = z.enum(ROLE_IDS);
const ColumnSchema = z.enum(COLUMNS);

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
  between: z.tuple([RoleIdSchema, RoleIdSchema]).nullable(),
  confidence: Unit,
  dominantWork: ColumnSchema,
  regime: RegimeAdvice,
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
/** A wrong-column mismatch. */
export type Mismatch = z.infer<typeof Mismatch>;
