import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  AnswersBody,
  type Messages as CoreMessages,
  en as coreEn,
  Quiz,
  QuizResult,
  score,
  submittedAnswers,
} from '@rolefit/core';
import { errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { speechOf } from '../language.ts';
import type { RouteRules } from '../route-rules.ts';

const getQuiz = (quiz: Quiz, rules: RouteRules) =>
  createRoute({
    middleware: [rules.inLanguage],
    method: 'get',
    path: '/api/quiz',
    summary: `The quiz: ${quiz.questions.length} questions, their options with weights, and the optional context questions`,
    description:
      'In the language asked for (`lang`, else Accept-Language), which `locale` names. Ids, weights and columns are the same in every language, so answers mean the same in all.',
    request: { query: LanguageQuery },
    responses: {
      200: {
        description: 'The quiz definition',
        content: { 'application/json': { schema: Quiz } },
      },
      ...errorResponses(400),
    },
  });

const postScore = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.inLanguage, rules.writes, rules.jsonBody()],
    method: 'post',
    path: '/api/score',
    summary: 'Score answers without storing anything',
    description:
      "The result's text (grade-on lists, grid verdicts, advice, mismatch messages) and any error message are in the language asked for (`lang`, else Accept-Language); its numbers and ids are the same in every language.",
    request: {
      query: LanguageQuery,
      body: { required: true, content: { 'application/json': { schema: AnswersBody } } },
    },
    responses: {
      200: { description: 'The result', content: { 'application/json': { schema: QuizResult } } },
      ...errorResponses(400, 413, 415, 422),
    },
  });

/**
 * Score answers or refuse them with a 422 that names each question and its allowed options, in
 * the words of `messages` (core's catalogue; English unless given).
 */
export function scoreOrRefuse(
  quiz: Quiz,
  body: {
    answers: Record<string, string>;
    context?: Record<string, string> | undefined;
  },
  messages: CoreMessages = coreEn,
) {
  const result = score(quiz, submittedAnswers(body), messages);
  if (!result.ok)
    throw new HttpError(422, 'invalid_answers', result.error.message, result.error.issues);
  return result.value;
}

/** `GET /api/quiz` and `POST /api/score`, for `quiz`, in the request's language. */
export function quizRoutes(app: OpenAPIHono, quiz: Quiz, rules: RouteRules) {
  app.openapi(getQuiz(quiz, rules), (c) => c.json(speechOf(c, quiz).quiz, 200));
  app.openapi(postScore(rules), (c) => {
    const speech = speechOf(c, quiz);
    return c.json(scoreOrRefuse(speech.quiz, c.req.valid('json'), speech.messages), 200);
  });
}
