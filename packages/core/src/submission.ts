import { z } from 'zod';
import { FIELD_NAME, MAX_FIELD_LENGTH, MAX_FIELDS } from './field-rules.ts';
import { en } from './messages/en.ts';
import { Answers } from './quiz-schema.ts';

/**
 * Hidden fields: campaign and context values a page carries into a response (UTM values, a
 * referrer code), stored and exported with it and sent in its webhooks. Never scored.
 * @example Fields.parse({ utm_source: 'newsletter', ref: 'launch' })
 */
export const Fields = z
  .record(
    z.string(),
    z
      .string({ error: en['request.fields.value'] })
      .max(MAX_FIELD_LENGTH, { error: en['request.fields.value'] }),
  )
  .superRefine((fields, ctx) => {
    const names = Object.keys(fields);
    if (names.length > MAX_FIELDS)
      ctx.addIssue({ code: 'custom', message: en['request.fields.count'] });
    for (const name of names) {
      if (!FIELD_NAME.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: en['request.fields.name'] });
      }
    }
  });
/** Hidden fields, by name. */
export type Fields = z.infer<typeof Fields>;

/** A finished quiz sent for storage, idempotent on the client-chosen `id`. */
export const ResponseSubmission = z.object({
  /** A UUID the client picks once per finished quiz and reuses on every retry. */
  id: z.uuid({
    error: (issue) =>
      issue.input === undefined ? en['request.id.required'] : en['request.id.shape'],
  }),
  answers: Answers,
  /** Context answers (title, review metrics) may also be sent apart from the scored ones. */
  context: Answers.optional(),
  /** A team's join code, when the quiz was taken for a team. */
  team: z.string().min(1).max(64).optional(),
  /**
   * With `team`: the id of this browser's earlier answer for the same team. The new answer takes
   * its place once the new one's batch shows; an id from elsewhere is ignored.
   */
  replaces: z.uuid().optional(),
  /** The page the quiz was taken on. */
  source: z.string().max(2048).optional(),
  /** Hidden fields the page carried (UTM values, a referrer code): stored and exported as sent. */
  fields: Fields.optional(),
});
/** A finished quiz sent for storage. */
export type ResponseSubmission = z.infer<typeof ResponseSubmission>;

/**
 * The scored and the context answers of a submission, as one map for `score` (the reverse of
 * `splitAnswers`). Takes unchecked input too, such as a file read by the CLI: only an object
 * `context` is merged, and `score` says what is wrong with the rest.
 * @example submittedAnswers({ answers: { output: 'paper' }, context: { title: 'none' } }) // { output: 'paper', title: 'none' }
 */
export function submittedAnswers(submission: { answers: unknown; context?: unknown }): unknown {
  const { answers, context } = submission;
  const isMap = (x: unknown): x is object => typeof x === 'object' && x !== null;
  return isMap(answers) && isMap(context) ? { ...answers, ...context } : answers;
}
