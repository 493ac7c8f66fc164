import { z } from '@hono/zod-openapi';

/** The error body every 4xx and 5xx answer carries. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_answers' }),
      message: z
        .string()
        .openapi({ example: 'question "output" has no option "tweets"; choose one of: …' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');
/** The error body every 4xx and 5xx answer carries. */
export type ApiError = z.infer<typeof ApiError>;

/** The query of a route whose answer is in the language asked for. */
export const LanguageQuery = z.object({
  lang: z
    .string()
    .optional()
    .openapi({
      param: { name: 'lang', in: 'query' },
      description:
        "The language of the answer's text, error messages included: a BCP 47 tag (`de`, `de-AT`, `zh-Hans-CN`), which wins over Accept-Language. Without it, the first language in Accept-Language that rolefit speaks (en, es, de, fr, ja, zh, ar); else, or for a `lang` it does not speak, English. Content-Language names the language answered in. Ids, codes, field names and numbers are the same in every language.",
      example: 'de',
    }),
});

/** JSON error responses for an OpenAPI route, by status. */
export function errorResponses(
  ...statuses: (400 | 401 | 404 | 409 | 413 | 415 | 422 | 429 | 503)[]
) {
  const descriptions: Record<number, string> = {
    400: 'Malformed JSON or a body of the wrong shape',
    401: 'Missing or wrong secret',
    404: 'Not found',
    409: 'The id is already used by a different submission',
    413: 'Body over the size limit',
    415: 'Body is not application/json',
    422: 'Well-formed, but the answers cannot be scored',
    429: 'Too many requests; retry after the time in Retry-After',
    503: 'The database is not answering (`database_unavailable`) or its disk is full (`storage_full`); retry after the seconds in Retry-After',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: descriptions[s] ?? 'Error',
        content: { 'application/json': { schema: ApiError } },
      },
    ]),
  ) as Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof ApiError } } }
  >;
}
