import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  REGIME_IDS,
  RUBRIC_FORMATS,
  RUBRIC_LEVELS,
  RUBRIC_ROLE_CHOICES,
  Rubric,
  type RubricFormat,
  renderRubric,
  rubric,
  SPLIT_NAME,
} from '@rolefit/core';
import { ApiError, errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { coreMessagesOf } from '../language.ts';
import { en } from '../messages/en.ts';
import type { RouteRules } from '../route-rules.ts';

/** Where the rubric generator is mounted. */
export const RUBRIC_PATH = '/api/rubric';

/**
 * The body of `POST /api/rubric`. The shapes are checked here (400 `invalid_request`); which
 * role, regime and level count exist is core's to say (422 with its code), so a wrong value is
 * answered with the values there are.
 */
export const RubricBody = z
  .object({
    role: z
      .union(
        [
          z.string().openapi({ enum: [...RUBRIC_ROLE_CHOICES] }),
          z.array(z.string()).openapi({
            description: "A two-jobs split as a result's `split` holds it: both ends, either order",
            example: ['research-scientist', 'ai-engineer'],
            minItems: 2,
            maxItems: 2,
          }),
        ],
        // Left out or of another type: the message lists the roles, as core's does for a wrong one.
        { error: en['request.rubric.role'] },
      )
      .openapi({
        description: `The role whose work the rubric grades, or \`${SPLIT_NAME}\` for two jobs in one (one ladder per part under separate tracks, both parts on one ladder under one title).`,
        example: 'research-engineer',
      }),
    regime: z
      .string()
      .optional()
      .openapi({
        enum: [...REGIME_IDS],
        description:
          '`separate-tracks`: one ladder per track, with the interfaces between the tracks. `flat`: one ladder under one shared title, each level saying how each kind of work is recognised. Left out: the regime the grid recommends for the work (flat for R&D- and product-heavy work, separate tracks for research-heavy work and for two jobs in one).',
        example: 'flat',
      }),
    levels: z
      .number()
      .optional()
      .openapi({
        type: 'integer',
        minimum: RUBRIC_LEVELS.min,
        maximum: RUBRIC_LEVELS.max,
        default: RUBRIC_LEVELS.default,
        description: `How many levels each ladder has, from ${RUBRIC_LEVELS.min} to ${RUBRIC_LEVELS.max}; ${RUBRIC_LEVELS.default} when left out.`,
      }),
    format: z.enum(RUBRIC_FORMATS).optional().openapi({
      description:
        '`json` (default): the Rubric object. `md`: Markdown to paste into a document (text/markdown). `csv`: a header and one row per ladder, level and dimension (text/csv, RFC 4180, CRLF). Both text formats come as an attachment with a file name.',
      example: 'json',
    }),
  })
  .strict()
  .openapi('RubricRequest');
/** The body of `POST /api/rubric` as a client sends it. */
export type RubricBody = z.infer<typeof RubricBody>;

/** The media type of each text format; JSON goes through `c.json`. */
const TEXT_TYPES: Record<Exclude<RubricFormat, 'json'>, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const postRubric = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.inLanguage, rules.writes, rules.jsonBody()],
    method: 'post',
    path: RUBRIC_PATH,
    summary: 'A review rubric for a role, or for two jobs in one, as JSON, Markdown or CSV',
    description:
      "Levels × dimensions (core question, output, optimises for, time horizon, across the bridge) of statements a reviewer can check evidence for, each level with what not to grade on: the other columns' outputs and metrics. Under separate tracks one ladder per track and the interfaces between them; under one flat title one ladder, with how each kind of work is recognised at each level. The text is in the language asked for (`lang`, else Accept-Language); ids, codes and numbers are the same in every language. Nothing is stored. The rubric is advice about work, not a verdict about a person.",
    request: {
      query: LanguageQuery,
      body: { required: true, content: { 'application/json': { schema: RubricBody } } },
    },
    responses: {
      200: {
        description: 'The rubric, in the format asked for',
        content: {
          'application/json': { schema: Rubric },
          'text/markdown': { schema: z.string() },
          'text/csv': { schema: z.string() },
        },
      },
      ...errorResponses(400, 413, 415, 429),
      422: {
        description:
          'A role, regime or level count that does not exist (`unknown_role`, `unknown_regime`, `invalid_levels`); the message and `details.allowed` say what there is',
        content: { 'application/json': { schema: ApiError } },
      },
    },
  });

/**
 * `POST /api/rubric`: core's review rubric over HTTP, in the request's language, as the `Rubric`
 * JSON or rendered as Markdown or CSV (the same text `rolefit rubric` prints for those).
 */
export function rubricRoutes(app: OpenAPIHono, rules: RouteRules) {
  app.openapi(postRubric(rules), (c) => {
    const { format = 'json', ...request } = c.req.valid('json');
    const messages = coreMessagesOf(c);
    const made = rubric(request, messages);
    if (!made.ok) {
      const { code, message, path, allowed } = made.error;
      throw new HttpError(422, code, message, { path, ...(allowed ? { allowed } : {}) });
    }
    const value = made.value;
    if (format === 'json') return c.json(value, 200);
    const name = `rubric-${value.roles.join('+')}-${value.regime}-${value.levels}.${format}`;
    return c.body(renderRubric(value, format, messages), 200, {
      'Content-Type': TEXT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}"`,
    }) as never;
  });
}
