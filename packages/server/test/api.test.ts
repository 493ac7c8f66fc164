import { DEFAULT_QUIZ, parseQuiz, QuizResult } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { TEST_DIALECTS } from './test-stores.ts';

const answersAt = (index: number) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id as string]));

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe.each(TEST_DIALECTS)('API on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store, maxBodyBytes: 4096 });
  });
  afterEach(async () => {
    await store.close();
  });

  const expectError = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    return body.error;
  };

  it('GET /healthz says ok and which database', async () => {
    const res = await app.request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', database: store.dialect });
  });

  it('GET /readyz queries the database and says ready, uncached', async () => {
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ready', database: store.dialect });
  });

  it('GET /api/quiz serves a valid quiz', async () => {
    const res = await app.request('/api/quiz');
    expect(res.status).toBe(200);
    expect(parseQuiz(await res.json()).ok).toBe(true);
  });

  it('serves, scores and describes the quiz it is given, not a built-in one', async () => {
    // The default quiz without its last question: a different quiz with one question fewer.
    const quiz = { ...DEFAULT_QUIZ, questions: DEFAULT_QUIZ.questions.slice(0, -1) };
    const shorter = createApp({ store, quiz });
    const served = (await (await shorter.request('/api/quiz')).json()) as typeof quiz;
    expect(served.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[4]?.id]));
    const scored = await shorter.request('/api/score', json({ answers }));
    expect(scored.status).toBe(200);
    expect(QuizResult.parse(await scored.json()).why).toHaveLength(quiz.questions.length);
    // The full quiz's answers name a question this quiz does not have.
    await expectError(
      await shorter.request('/api/score', json({ answers: answersAt(4) })),
      422,
      'invalid_answers',
    );
    const doc = (await (await shorter.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { summary?: string } }>;
    };
    expect(doc.paths['/api/quiz']?.get?.summary).toMatch(
      new RegExp(`^The quiz: ${quiz.questions.length} questions`),
    );
  });

  it('POST /api/score scores without storing', async () => {
    const res = await app.request(
      '/api/score',
      json({ answers: answersAt(4), context: { title: 'research-scientist' } }),
    );
    expect(res.status).toBe(200);
    const result = QuizResult.parse(await res.json());
    expect(result.role).toBe('ai-engineer');
    expect(result.mismatches).toHaveLength(1);
    expect((await store.responses.list()).responses).toHaveLength(0);
  });

  it('POST /api/responses stores once: 201, then 200 with the same result', async () => {
    const id = crypto.randomUUID();
    const body = { id, answers: answersAt(0), source: 'https://blog.example/post?utm=x#frag' };
    const first = await app.request('/api/responses', json(body));
    expect(first.status).toBe(201);
    const again = await app.request('/api/responses', json(body));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    const { responses } = await store.responses.list();
    expect(responses).toHaveLength(1);
    expect(responses[0]?.source).toBe('https://blog.example/post');
  });

  it('concurrent duplicates of one id store exactly once', async () => {
    const id = crypto.randomUUID();
    const body = json({ id, answers: answersAt(2) });
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await app.request('/api/responses', body)).status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect((await store.responses.list()).responses).toHaveLength(1);
  });

  it('refuses the same id with other answers (409) and keeps the first', async () => {
    const id = crypto.randomUUID();
    await app.request('/api/responses', json({ id, answers: answersAt(0) }));
    await expectError(
      await app.request('/api/responses', json({ id, answers: answersAt(4) })),
      409,
      'id_conflict',
    );
    const stored = await store.responses.get(id);
    expect(stored?.result.role).toBe('research-scientist');
  });

  it('refuses a team code nobody issued', async () => {
    const res = await app.request(
      '/api/responses',
      json({ id: crypto.randomUUID(), answers: answersAt(0), team: 'nope' }),
    );
    await expectError(res, 404, 'unknown_team');
  });

  describe('bad input is a 4xx that says what was wrong, never a 500', () => {
    it('malformed JSON', async () => {
      await expectError(
        await app.request('/api/score', json('{"answers": {')),
        400,
        'malformed_json',
      );
    });
    it('wrong content type', async () => {
      const res = await app.request('/api/score', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: '{}',
      });
      const error = await expectError(res, 415, 'unsupported_media_type');
      expect(error.message).toContain('application/json');
    });
    it('wrong types', async () => {
      const error = await expectError(
        await app.request('/api/score', json({ answers: [1, 2] })),
        400,
        'invalid_request',
      );
      expect(error.message).toMatch(/answers/);
      await expectError(await app.request('/api/score', json(null)), 400, 'invalid_request');
      await expectError(
        await app.request('/api/score', json({ answers: { output: 5 } })),
        400,
        'invalid_request',
      );
    });
    it('unknown question or option names the allowed ones', async () => {
      const res = await app.request(
        '/api/score',
        json({ answers: { ...answersAt(0), output: 'tweets', mood: 'happy' } }),
      );
      const error = await expectError(res, 422, 'invalid_answers');
      expect(error.message).toContain('choose one of: paper, prototype, infra, scaled, shipped');
      expect(error.message).toContain('unknown question "mood"');
    });
    it('missing answers', async () => {
      const { output: _, ...rest } = answersAt(1);
      const error = await expectError(
        await app.request('/api/score', json({ answers: rest })),
        422,
        'invalid_answers',
      );
      expect(error.message).toContain('"output" has no answer');
    });
    it('an id that is not a UUID', async () => {
      const error = await expectError(
        await app.request('/api/responses', json({ id: '42', answers: answersAt(0) })),
        400,
        'invalid_request',
      );
      expect(error.message).toMatch(/^id: /);
    });
    it('a body over the size limit', async () => {
      const huge = { answers: answersAt(0), padding: 'x'.repeat(10_000) };
      await expectError(await app.request('/api/score', json(huge)), 413, 'body_too_large');
    });
    it('an unknown endpoint', async () => {
      await expectError(await app.request('/api/nothing'), 404, 'not_found');
    });
  });

  it('publishes an OpenAPI document generated from the validating schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/quiz', '/api/score', '/api/responses']),
    );
    expect(JSON.stringify(doc.paths['/api/responses']?.post?.requestBody)).toContain('uuid');
  });

  it('sends a CSP and the other security headers', async () => {
    for (const path of ['/api/quiz', '/healthz', '/']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('forbids framing one way only, and sends HSTS only over HTTPS (issue 13 item 12)', async () => {
    const plain = await app.request('http://localhost/');
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // SAMEORIGIN here would contradict frame-ancestors 'none'.
    expect(plain.headers.get('x-frame-options')).toBe('DENY');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const secure = await app.request('https://rolefit.example/api/quiz');
    expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const embed = await app.request('http://localhost/embed.js');
    expect(embed.headers.get('strict-transport-security')).toBeNull();
  });

  it('lets other sites post responses (CORS) without cookies', async () => {
    const res = await app.request('/api/responses', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://blog.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
