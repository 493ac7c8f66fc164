import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  ANALYZE_MAX_CHARS,
  checkDocuments,
  DOCUMENT_KINDS,
  DocumentCheck,
  type DocumentKind,
} from '@rolefit/core';
import { errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { coreMessagesOf } from '../language.ts';
import type { RouteRules } from '../route-rules.ts';
import {
  ANALYZE_MAX_BODY_BYTES,
  analyzerIn,
  RoleField,
  roleOf,
  textRefusals,
} from './analyze-routes.ts';

/** Where the check of a posting, a rubric and a ladder is mounted. */
export const CHECK_PATH = '/api/check';

/**
 * Largest body `POST /api/check` accepts, in bytes: as much room for each of the three documents
 * as `POST /api/analyze` gives its one text.
 */
export const CHECK_MAX_BODY_BYTES = DOCUMENT_KINDS.length * ANALYZE_MAX_BODY_BYTES;

const WHAT: Record<DocumentKind, string> = {
  posting: 'The job posting that hires for the role',
  rubric: 'The review rubric that grades the role',
  ladder: 'The career ladder that promotes in the role',
};

const documentField = (kind: DocumentKind) =>
  z
    .string()
    .optional()
    .openapi({
      description: `${WHAT[kind]}, as plain text (Markdown headings and tables are read). Only its first ${ANALYZE_MAX_CHARS} characters are read, as by \`POST /api/analyze\` (its analysis flags \`truncated\`).`,
    });

/**
 * The body of `POST /api/check`: any one or more of the three documents, and the role they are
 * for when it is known. A field it does not have (a typo such as `postng`) is refused, so a
 * document is never left out unnoticed.
 */
export const CheckBody = z
  .object({
    posting: documentField('posting'),
    rubric: documentField('rubric'),
    ladder: documentField('ladder'),
    role: RoleField.optional().openapi({
      description:
        "The role the documents are for. Left out: the role of the first document (posting, rubric, ladder) that says enough to name one, so the posting decides what the rubric and the ladder must grade. Every document's levels and rewrites are judged against it.",
    }),
  })
  .strict()
  .openapi('CheckRequest', {
    example: {
      posting:
        'Research Engineer, Evaluation\n\nWhat you will do\n- Build eval suites and data pipelines for our research scientists\n- Keep training runs reproducible and raise experiment velocity',
      rubric:
        '# Review rubric\n\n- Measured on features shipped to customers and uptime of the production API',
    },
  });
/** The body of `POST /api/check` as a client sends it. */
export type CheckBody = z.infer<typeof CheckBody>;

const postCheck = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.inLanguage, rules.writes, rules.jsonBody(CHECK_MAX_BODY_BYTES)],
    method: 'post',
    path: CHECK_PATH,
    summary:
      'Do the job posting, the review rubric and the career ladder for one role grade the same column?',
    description: `Reads each document on its own (its \`role\`, \`columns\` and \`shares\`), then again against the set's role — \`role\` when given, else the first document's that names one — so that levels are audited and rewrites suggested toward it (\`documents[i].analysis\`, an \`Analysis\` as \`POST /api/analyze\` answers it). \`agree\` is true when every document grades the role's column, level by level, with nothing flagged; otherwise each entry of \`mismatches\` names its \`document\`, a \`code\` (\`other-role\`, \`one-part\`, \`wrong-levels\`, \`level-drift\`, \`wrong-measures\`, \`not-enough\`), a \`message\`, a \`fix\` and its \`action\` (\`grade-on\`: the fix introduces the role's own measures in \`gradeOn\`; \`rewrite\`; \`describe\`), and how many \`suggestions\` that document's analysis holds. When the first document asks for two jobs in one, \`split\` names both ends and every document must grade both parts (\`one-part\` when one grades only one). When no document says enough to name a role and none is given, \`role\` is null, \`agree\` false and \`summary\` says so. The answer is 200 whether the documents agree or not. Text is in the language asked for; the documents are read as English. The body is limited to ${CHECK_MAX_BODY_BYTES} bytes. Nothing is stored.`,
    request: {
      query: LanguageQuery,
      body: { required: true, content: { 'application/json': { schema: CheckBody } } },
    },
    responses: {
      200: {
        description: 'The check: whether the documents agree, each one read, and each mismatch',
        content: { 'application/json': { schema: DocumentCheck } },
      },
      ...errorResponses(400, 413, 415, 429),
      ...textRefusals(
        'No document (`no_documents`: `details.allowed` lists the fields), or one that is empty or only whitespace (`empty_text`, `details.path` names it)',
      ),
    },
  });

/**
 * `POST /api/check`: core's `checkDocuments` over HTTP, in the request's language, with the same
 * analyzer `POST /api/analyze` reads each text with.
 */
export function checkRoutes(app: OpenAPIHono, rules: RouteRules) {
  app.openapi(postCheck(rules), (c) => {
    const { role, ...documents } = c.req.valid('json');
    const messages = coreMessagesOf(c);
    const asked = roleOf(role, messages);
    for (const kind of DOCUMENT_KINDS) {
      if (documents[kind]?.trim() === '') {
        throw new HttpError(422, 'empty_text', (m) => m['empty_text.document'](kind), {
          path: [kind],
        });
      }
    }
    const checked = checkDocuments(
      { ...documents, ...(asked ? { role: asked } : {}) },
      messages,
      analyzerIn(messages),
    );
    if (!checked.ok) {
      // Only `no_documents` is left to core: the shapes and the role were checked above.
      const { code, message, path, allowed } = checked.error;
      throw new HttpError(422, code, message, {
        ...(path ? { path } : {}),
        ...(allowed ? { allowed } : {}),
      });
    }
    return c.json(checked.value, 200);
  });
}
