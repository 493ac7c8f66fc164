import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { AnswersBody, Quiz, QuizResult, score, submittedAnswers } from '@rolefit/core';
import { errorResponses } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import type { RouteRules } from '../route-rules.ts';

const getQuiz = (quiz: Quiz) =>
  createRoute({
    method: 'get',
    path: '/api/quiz',
    summary: `The quiz: ${quiz.questions.length} questions, their options with weights, and the optional context questions`,
    responses: {
      200: {
        description: 'The quiz definition',
        content: { 'application/json': { schema: Quiz } },
      },
    },
  });

const postScore = (rules: RouteRules) =>
  createRoute({
    middleware: [rules.writes, rules.jsonBody()],
    method: 'post',
    path: '/api/score',
    summary: 'Score answers without storing anything',
    request: { body: { required: true, content: { 'application/json': { schema: AnswersBody } } } },
    responses: {
      200: { description: 'The result', content: { 'application/json': { schema: QuizResult } } },
      ...errorResponses(400, 413, 415, 422),
    },
  });

/** Score answers or refuse them with a 422 that names each question and its allowed options. */
export function scoreOrRefuse(
  quiz: Quiz,
  body: {
    answers: Record<string, string>;
    context?: Record<string, string> | undefined;
  },
) {
  const result = score(quiz, submittedAnswers(body));
  if (!result.ok)
    throw new HttpError(422, 'invalid_answers', result.error.message, result.error.issues);
  return result.value;
}

/** `GET /api/quiz` and `POST /api/score`, for `quiz`. */
export function quizRoutes(app: OpenAPIHono, quiz: Quiz, rules: RouteRules) {
  app.openapi(getQuiz(quiz), (c) => c.json(quiz, 200));
  app.openapi(postScore(rules), (c) => c.json(scoreOrRefuse(quiz, c.req.valid('json')), 200));
}
