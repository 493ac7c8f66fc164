import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  ANALYZE_MAX_CHARS,
  Analysis,
  type Messages as CoreMessages,
  createAnalyzer,
  DEFAULT_MODEL,
  ROLE_IDS,
  type RoleId,
} from '@rolefit/core';
import { ApiError, errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { coreMessagesOf } from '../language.ts';
import type { RouteRules } from '../route-rules.ts';

/** Where the analyzer is mounted. */
export const ANALYZE_PATH = '/api/analyze';

/**
 * Largest body `POST /api/analyze` accepts, in bytes: room for the analyzer's 100,000 characters
 * of plain text once JSON-escaped, and still well short of what the other routes would never need.
 */
export const ANALYZE_MAX_BODY_BYTES = 128 * 1024;

/**
 * The role a text is meant to grade, as a body field: any string here (400 for another type);
 * one that is not a role id is refused by `roleOf` with 422 `unknown_role` and the roles there are.
 */
export const RoleField = z.string().openapi({
  enum: [...ROLE_IDS],
  description:
    'The role the text is meant to grade. Its levels are audited and rewrites suggested against this role, rather than the one the title names or the work reads as; the placement (`role`, `position`, `shares`) never changes with it.',
  example: 'research-engineer',
});

/**
 * A `role` from a body as core's role id, or undefined when there is none; any other string is
 * refused with 422 `unknown_role`, worded as core words it for the rubric and the check.
 */
export function roleOf(role: string | undefined, messages: CoreMessages): RoleId | undefined {
  if (role === undefined) return undefined;
  const known = ROLE_IDS.find((r) => r === role);
  if (known) return known;
  throw new HttpError(
    422,
    'unknown_role',
    messages['check.error.role'](JSON.stringify(role), ROLE_IDS),
    {
      path: ['role'],
      allowed: [...ROLE_IDS],
    },
  );
}

/** The 422 answers of a route that takes texts and a `role`. */
export const textRefusals = (what: string) => ({
  422: {
    description: `${what}, or a \`role\` that is not a role id (\`unknown_role\`: \`details.allowed\` lists them)`,
    content: { 'application/json': { schema: ApiError } },
  },
});

/** The body of `POST /api/analyze`. */
export const AnalyzeBody = z
  .object({
    text: z.string().openapi({
      description: `The job posting or review rubric, as plain text. Only the first ${ANALYZE_MAX_CHARS} characters are read (the "truncated" flag says so); the body as a whole is limited to ${ANALYZE_MAX_BODY_BYTES} bytes.`,
      example:
        'Senior AI Engineer\n\nWhat you will do\n- Ship LLM features to customers\n- Own latency, uptime and cost of the serving stack\n- Run A/B tests',
    }),
    role: RoleField.optional(),
  })
  .openapi('AnalyzeRequest');
/** The body of `POST /api/analyze` as a client sends it. */
export type AnalyzeBody = z.infer<typeof AnalyzeBody>;

const postAnalyze = (rules: RouteRules) =>
  createRoute({
    // A posting to analyse is bigger than any quiz submission: this route gets the room.
    middleware: [rules.inLanguage, rules.writes, rules.jsonBody(ANALYZE_MAX_BODY_BYTES)],
    method: 'post',
    path: ANALYZE_PATH,
    summary:
      'Which role a job posting or review rubric describes, and whether it grades on the wrong column',
    description:
      'Reads the text, finds the phrases that speak for research, R&D and product work (each with its character span, end exclusive, in UTF-16 units as JavaScript counts them), and places the work on the spectrum. Flags say when the title names another column than the work (`title-mismatch`), when the role is measured on another column (`wrong-column-metrics`), or when it asks for research and product work with little bridge work between them (`two-jobs`: then `split` names both ends and `twoJobs` carries the advice). A rubric or career ladder with two or more levels (`## L3`, a Markdown table) is also read level by level: `levels` gives the shares of each level, the column it grades and its flags (`wrong-column-metrics`, `low-evidence`), and `level-drift` flags levels that move from one column to another as they rise. Each phrase that grades a column other than that of the role carries `suggestion: { start, end, text }`, a rewrite of its clause toward the role; `role` in the body names the role to judge against. A text that says too little about the work is still answered with 200: `enough` is false, `position`, `shares`, `role` and `regime` are null, and the `no-evidence` flag says what to paste. Nothing is stored.',
    request: {
      query: LanguageQuery,
      body: { required: true, content: { 'application/json': { schema: AnalyzeBody } } },
    },
    responses: {
      200: {
        description: 'The analysis; `enough: false` when the text says too little to place',
        content: { 'application/json': { schema: Analysis } },
      },
      ...errorResponses(400, 413, 415, 429),
      ...textRefusals('`text` is empty or only whitespace (`empty_text`)'),
    },
  });

/** One analyzer per language it words its findings in, made on first use. */
const analyzers = new WeakMap<CoreMessages, ReturnType<typeof createAnalyzer>>();
/** The analyzer that words its findings in `messages`, made once per language. */
export const analyzerIn = (messages: CoreMessages) => {
  const made = analyzers.get(messages);
  if (made) return made;
  const analyzer = createAnalyzer(DEFAULT_MODEL, messages);
  analyzers.set(messages, analyzer);
  return analyzer;
};

/**
 * `POST /api/analyze`: the same analysis the CLI and the web page compute, over HTTP, its
 * findings worded in the request's language (the text it reads is English).
 */
export function analyzeRoutes(app: OpenAPIHono, rules: RouteRules) {
  app.openapi(postAnalyze(rules), (c) => {
    const body = c.req.valid('json');
    const messages = coreMessagesOf(c);
    const role = roleOf(body.role, messages);
    if (body.text.trim() === '') {
      throw new HttpError(422, 'empty_text', (m) => m.empty_text);
    }
    const result = analyzerIn(messages)(body.text, { role });
    // analyze refuses only non-strings, and the schema has already made sure this is one.
    if (!result.ok) throw new Error(`analyze refused a string: ${result.error.message}`);
    return c.json(result.value, 200);
  });
}
