import { z } from 'zod';
import { DIMENSION_IDS } from './ids.ts';
import { ColumnSchema, Shares } from './ids-schema.ts';
import { en } from './messages/en.ts';

const WEIGHT_TOLERANCE = 1e-6;
const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes')
  .max(64);

/** One answer a question offers, with its pull over the three columns (summing to 1: see Quiz). */
export const QuizOption = z.object({
  id: Id,
  label: z.string().min(1),
  weights: Shares,
});

/** A scored question: one per dimension, about the work that fills most of the week. */
export const QuizQuestion = z.object({
  id: Id,
  dimension: z.enum(DIMENSION_IDS),
  prompt: z.string().min(1),
  help: z.string().optional(),
  options: z.array(QuizOption).min(2),
});

/** An option of a context question: the column it belongs to, or null when it names none. */
export const ContextOption = z.object({
  id: Id,
  label: z.string().min(1),
  column: ColumnSchema.nullable(),
});

/** An optional question that does not move the position but can reveal a mismatch. */
export const ContextQuestion = z.object({
  id: Id,
  kind: z.enum(['title', 'review']),
  prompt: z.string().min(1),
  help: z.string().optional(),
  options: z.array(ContextOption).min(2),
});

/** A whole quiz: the scored questions and the optional context questions. */
export const Quiz = z
  .object({
    id: Id,
    version: z.number().int().positive(),
    locale: z.string().min(2),
    title: z.string().min(1),
    intro: z.string(),
    questions: z.array(QuizQuestion).min(1),
    context: z.array(ContextQuestion),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Map<string, string>();
    const all = [
      ...quiz.questions.map((q, i) => ({ q, path: ['questions', i] })),
      ...quiz.context.map((q, i) => ({ q, path: ['context', i] })),
    ];
    for (const { q, path } of all) {
      const first = seen.get(q.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate question id "${q.id}" (first used at ${first})`,
        });
      }
      seen.set(q.id, path.join('.'));
      const optionIds = new Set<string>();
      q.options.forEach((option, j) => {
        if (optionIds.has(option.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'options', j, 'id'],
            message: `duplicate option id "${option.id}" in question "${q.id}"`,
          });
        }
        optionIds.add(option.id);
      });
    }
    quiz.questions.forEach((q, i) => {
      q.options.forEach((option, j) => {
        const { research, rnd, product } = option.weights;
        const sum = research + rnd + product;
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'options', j, 'weights'],
            message: `weights of option "${option.id}" in question "${q.id}" sum to ${sum}, not 1`,
          });
        }
      });
    });
    for (const dimension of DIMENSION_IDS) {
      if (!quiz.questions.some((q) => q.dimension === dimension)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions'],
          message: `dimension "${dimension}" has no question`,
        });
      }
    }
  });

/** A quiz definition. */
export type Quiz = z.infer<typeof Quiz>;
/** A scored question. */
export type QuizQuestion = z.infer<typeof QuizQuestion>;
/** An option of a scored question. */
export type QuizOption = z.infer<typeof QuizOption>;
/** A context question (title, review metrics). */
export type ContextQuestion = z.infer<typeof ContextQuestion>;

/** Answers as sent by every surface: question id → option id. */
export const Answers = z.record(z.string().max(64), z.string().max(64), {
  error: (issue) =>
    issue.input === undefined ? en['request.answers.required'] : en['request.answers.shape'],
});
/** Question id → option id. */
export type Answers = z.infer<typeof Answers>;

/** The body `score` and `POST /api/score` take; context answers may come apart or inside `answers`. */
export const AnswersBody = z.object({ answers: Answers, context: Answers.optional() });
/** `{ answers: { questionId: optionId }, context?: { questionId: optionId } }`. */
export type AnswersBody = z.infer<typeof AnswersBody>;

/**
 * Check a quiz definition; the error names where it is broken.
 * @example parseQuiz(json) // { ok: false, error: { code: 'invalid_quiz', message: 'questions.0.options.1.weights: …' } }
 */
export function parseQuiz(
  input: unknown,
):
  | { ok: true; value: Quiz }
  | { ok: false; error: { code: 'invalid_quiz'; message: string; issues: z.core.$ZodIssue[] } } {
  const parsed = Quiz.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const message = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(quiz)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, error: { code: 'invalid_quiz', message, issues: parsed.error.issues } };
}
