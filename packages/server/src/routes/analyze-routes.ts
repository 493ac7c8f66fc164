import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  ANALYZE_MAX_CHARS,
  Analysis,
  type Messages as CoreMessages,
  createAnalyzer,
  DEFAULT_MODEL,
} from '@rolefit/core';
import { errorResponses, LanguageQuery } from '../api-schemas.ts';
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

/** The body of `POST /api/analyze`. */
export const AnalyzeBody = z
  .object({
    text: z.string().openapi({
      description: `The job posting or review rubric, as plain text. Only the first ${ANALYZE_MAX_CHARS} characters are read (the "truncated" flag says so); the body as a whole is limited to ${ANALYZE_MAX_BODY_BYTES} bytes.`,
      example:
        'Senior AI Engineer\n\nWhat you will do\n- Ship LLM features to customers\n- Own latency, uptime and cost of the serving stack\n- Run A/B tests',
    }),
  })
  .openapi('AnalyzeRequest');

const postAnalyze = (rules: RouteRules) =>
  createRoute({
    // A posting to analyse is bigger than any quiz submission: this route gets the room.
    middleware: [rules.inLanguage, rules.writes, rules.jsonBody(ANALYZE_MAX_BODY_BYTES)],
    method: 'post',
    path: ANALYZE_PATH,
    summary:
      'Which role a job posting or review rubric describes, and whether it grades on the wrong column',
    description:
      'Reads the text, finds the phrases that speak for research, R&D and product work (each with its character span, end exclusive, in UTF-16 units as JavaScript counts them), and places the work on the spectrum. Flags say when the title names another column than the work (`title-mismatch`), when the role is measured on another column (`wrong-column-metrics`), or when it asks for research and product work with little bridge work between them (`two-jobs`: then `split` names both ends and `twoJobs` carries the advice). A text that says too little about the work is still answered with 200: `enough` is false, `position`, `shares`, `role` and `regime` are null, and the `no-evidence` flag says what to paste. Nothing is stored.',
    request: {
      query: LanguageQuery,
      body: { required: true, content: { 'application/json': { schema: AnalyzeBody } } },
    },
    responses: {
      200: {
        description: 'The analysis; `enough: false` when the text says too little to place',
        content: { 'application/json': { schema: Analysis } },
      },
      ...errorResponses(400, 413, 415, 422),
    },
  });

/** One analyzer per language it words its findings in, made on first use. */
const analyzers = new WeakMap<CoreMessages, ReturnType<typeof createAnalyzer>>();
const analyzerIn = (messages: CoreMessages) => {
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
    const { text } = c.req.valid('json');
    if (text.trim() === '') {
      throw new HttpError(422, 'empty_text', (m) => m.empty_text);
    }
    const result = analyzerIn(coreMessagesOf(c))(text);
    // analyze refuses only non-strings, and the schema has already made sure this is one.
    if (!result.ok) throw new Error(`analyze refused a string: ${result.error.message}`);
    return c.json(result.value, 200);
  });
}
