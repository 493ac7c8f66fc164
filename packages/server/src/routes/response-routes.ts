import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Quiz } from '@rolefit/core';
import { QuizResult, ResponseSubmission } from '@rolefit/core';
import { errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { speechOf } from '../language.ts';
import type { RouteRules } from '../route-rules.ts';
import type { Store } from '../store/create-store.ts';
import { scoreOrRefuse } from './quiz-routes.ts';

const postResponse = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.inLanguage, rules.writes, rules.jsonBody()],
    method: 'post',
    path: '/api/responses',
    summary: 'Store a finished quiz; idempotent on the client-chosen id',
    description:
      "The first call with an id stores the answers and their result (201). Repeating it returns the stored result (200) and stores nothing. The same id with other answers is refused (409). What is stored never depends on the language: the answers (ids) and their result in English. The result answered is in the language asked for (`lang`, else Accept-Language): in English it is the stored one; in another language, the same answers scored in that language's words (the same numbers and ids).",
    request: {
      query: LanguageQuery,
      body: { required: true, content: { 'application/json': { schema: ResponseSubmission } } },
    },
    responses: {
      201: { description: 'Stored', content: { 'application/json': { schema: QuizResult } } },
      200: {
        description: 'Already stored under this id',
        content: { 'application/json': { schema: QuizResult } },
      },
      ...errorResponses(400, 404, 409, 413, 415, 422, 503),
    },
  });

/** Keep only the page, not its query or fragment, which may identify a reader. */
export function pageOf(source: string | undefined): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    return `${url.origin}${url.pathname}`;
  } catch {
    return source.slice(0, 200);
  }
}

const sameAnswers = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

const unknownTeam = () => new HttpError(404, 'unknown_team', (m) => m.unknown_team);

/**
 * The earlier answer a team answer replaces: only one stored for the same team in its current
 * round, and never itself; anything else (a public answer, another team's, one from an earlier
 * round or since deleted) is ignored, not refused, so a stale id in the browser never costs the
 * member their new answer.
 */
async function replaceable(
  store: Store,
  earlier: string | undefined,
  id: string,
  teamId: string | null,
): Promise<string | null> {
  if (earlier === undefined || teamId === null || earlier === id) return null;
  // Within a round only: an answer in an earlier round is that round's, read-only.
  const [round, rounds] = await Promise.all([
    store.teams.roundOf(earlier, teamId),
    store.teams.rounds(teamId),
  ]);
  return round !== undefined && round === rounds.at(-1)?.number ? earlier : null;
}

/** Resolves a team join code to the team's id (team mode plugs in here). */
export type TeamLookup = (joinCode: string) => Promise<string | undefined>;

/** `POST /api/responses`. */
export function responseRoutes(
  app: OpenAPIHono,
  store: Store,
  quiz: Quiz,
  teamOf: TeamLookup,
  rules: RouteRules,
) {
  const route = postResponse(rules);
  // On the path, not the route, so the browser's preflight (OPTIONS) is answered too; and ahead
  // of the limits, so a widget on another site can read a 429 or 413.
  app.use(route.path, rules.openToAllSites);
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    // Scored in the request's language first, so a refusal is worded in it; what is stored is
    // the English result, the same whatever language the answers came in.
    const speech = speechOf(c, quiz);
    const shown = scoreOrRefuse(speech.quiz, body, speech.messages);
    const result = speech.language === 'en' ? shown : scoreOrRefuse(quiz, body);
    let teamId: string | null = null;
    if (body.team !== undefined) {
      teamId = (await teamOf(body.team)) ?? null;
      if (teamId === null) throw unknownTeam();
    }
    const { created, response, resultJson } = await store.responses.save({
      id: body.id,
      answers: result.answers,
      result,
      teamId,
      replaces: await replaceable(store, body.replaces, body.id, teamId),
      source: pageOf(body.source),
      fields: body.fields,
    });
    // A lead may delete the team between the join-code lookup and the insert: take the
    // response back rather than leave it behind, unreadable, after the team is gone.
    if (created && teamId !== null && !(await store.teams.stillExists(teamId))) {
      await store.responses.remove(body.id);
      throw unknownTeam();
    }
    if (!created && !sameAnswers(response.answers, result.answers)) {
      throw new HttpError(409, 'id_conflict', (m) => m.id_conflict(body.id));
    }
    const status = created ? 201 : 200;
    // Another language: the result in its words, scored from the same answers as the stored one
    // (other answers were refused above); only its text differs from the stored English.
    if (speech.language !== 'en') return c.json(shown, status);
    // In English the stored JSON text is the answer: no second serialisation of the result.
    // (The route's typed-JSON response type can't describe pre-serialised text, hence the cast.)
    return c.body(resultJson, status, { 'Content-Type': 'application/json' }) as never;
  });
}
