import {
  type Analysis,
  createAnalyzer,
  DEFAULT_MODEL,
  DEFAULT_QUIZ,
  loadLanguage,
  type Quiz,
  type QuizResult,
  score,
  submittedAnswers,
} from '@rolefit/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { TEST_DIALECTS } from './test-stores.ts';

/** One option index per question, in quiz order. */
const answersFor = (picks: number[]) =>
  Object.fromEntries(
    DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id as string]),
  );
const answers = answersFor([1, 1, 1, 1, 1]);
/** Research work titled as engineering: the result has a mismatch message to translate. */
const titled = { answers, context: { title: 'engineer' } };
/** Three answers at the research end and two at the product end: two jobs in one. */
const BOTH_ENDS = { answers: answersFor([0, 0, 0, 4, 4]) };

/** `score` as the server calls it, in `language`. */
async function scoredIn(language: 'en' | 'fr' | 'de', body: typeof titled | typeof BOTH_ENDS) {
  const pack = await loadLanguage(language);
  const result = score(pack.quiz, submittedAnswers(body), pack.messages);
  if (!result.ok) throw new Error(`the ${language} quiz refused the answers`);
  return result.value;
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** The words of a quiz (prompts and labels), and the rest of it (ids, weights, columns). */
const wordsOf = (quiz: Quiz) =>
  quiz.questions.flatMap((q) => [q.prompt, ...q.options.map((o) => o.label)]);
const shapeOf = (quiz: Quiz) => ({
  id: quiz.id,
  version: quiz.version,
  questions: quiz.questions.map((q) => ({
    id: q.id,
    dimension: q.dimension,
    options: q.options.map(({ label: _label, ...rest }) => rest),
  })),
  context: quiz.context.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) })),
});
/** What a result says that is not text: the same in every language. */
const numbersOf = (r: QuizResult) => ({
  answers: r.answers,
  role: r.role,
  position: r.position,
  shares: r.shares,
  between: r.between,
  split: r.split,
  confidence: r.confidence,
  changesToFlip: r.changesToFlip,
  flipsTo: r.flipsTo,
  dominantWork: r.dominantWork,
  regime: r.regime.recommended,
  mismatches: r.mismatches.map((m) => [m.kind, m.questionId, m.optionId, m.column]),
});

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the API speaks the language asked for', () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    store = await (TEST_DIALECTS[0] as (typeof TEST_DIALECTS)[number]).open();
    app = createApp({ store });
  });
  afterAll(async () => {
    await store.close();
  });

  it('serves the quiz in Japanese for Accept-Language: ja, with the same ids and weights', async () => {
    const res = await app.request('/api/quiz', { headers: { 'Accept-Language': 'ja' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('ja');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    const quiz = (await res.json()) as Quiz;
    expect(quiz.locale).toBe('ja');
    expect(wordsOf(quiz)).toEqual(wordsOf((await loadLanguage('ja')).quiz));
    for (const prompt of quiz.questions.map((q) => q.prompt)) expect(prompt).toMatch(JAPANESE);
    expect(shapeOf(quiz)).toEqual(shapeOf(DEFAULT_QUIZ));
  });

  it('takes ?lang= over Accept-Language, resolving a regional tag (de-AT → de)', async () => {
    const res = await app.request('/api/quiz?lang=de-AT', {
      headers: { 'Accept-Language': 'ja, fr;q=0.5' },
    });
    expect(res.headers.get('content-language')).toBe('de');
    // The address alone decides: caches need not keep one copy per Accept-Language.
    expect(res.headers.get('vary') ?? '').not.toMatch(/accept-language/i);
    const quiz = (await res.json()) as Quiz;
    expect(quiz.locale).toBe('de');
    expect(wordsOf(quiz)).toEqual(wordsOf((await loadLanguage('de')).quiz));
    expect(shapeOf(quiz)).toEqual(shapeOf(DEFAULT_QUIZ));
  });

  it('answers in English for a language it does not speak, and without any', async () => {
    for (const ask of [
      { headers: { 'Accept-Language': 'pt' } },
      { headers: { 'Accept-Language': 'pt-BR, it;q=0.8' } },
      {},
    ]) {
      const res = await app.request('/api/quiz', ask);
      expect(res.headers.get('content-language')).toBe('en');
      expect(await res.json()).toEqual(DEFAULT_QUIZ);
    }
    const asked = await app.request('/api/quiz?lang=pt', { headers: { 'Accept-Language': 'de' } });
    expect(asked.headers.get('content-language')).toBe('en');
    expect(((await asked.json()) as Quiz).locale).toBe(DEFAULT_QUIZ.locale);
  });

  it('falls through Accept-Language to the first language it speaks, by weight', async () => {
    const res = await app.request('/api/quiz', {
      headers: { 'Accept-Language': 'pt-BR, it;q=0.9, en;q=0.1, es-MX;q=0.8' },
    });
    expect(res.headers.get('content-language')).toBe('es');
    expect(((await res.json()) as Quiz).locale).toBe('es');
  });

  it('scores in French: the same role and position as in English, French text', async () => {
    const english = (await (await app.request('/api/score', post(titled))).json()) as QuizResult;
    expect(english).toEqual(await scoredIn('en', titled));
    const res = await app.request('/api/score', post(titled, { 'Accept-Language': 'fr-CA' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('fr');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    const french = (await res.json()) as QuizResult;
    expect(french).toEqual(await scoredIn('fr', titled));
    expect(numbersOf(french)).toEqual(numbersOf(english));
    expect(french.gradeOn).not.toEqual(english.gradeOn);
    expect(french.gradeOn.length).toBe(english.gradeOn.length);
    expect(french.regime.cell.verdict).not.toBe(english.regime.cell.verdict);
    expect(french.mismatches).toHaveLength(1);
    expect(french.mismatches[0]?.message).not.toBe(english.mismatches[0]?.message);
  });

  it('gives the two-jobs advice in the language asked for', async () => {
    const english = (await (await app.request('/api/score', post(BOTH_ENDS))).json()) as QuizResult;
    const res = await app.request('/api/score?lang=fr', post(BOTH_ENDS));
    const french = (await res.json()) as QuizResult;
    expect(english.twoJobs).not.toBeNull();
    expect(french).toEqual(await scoredIn('fr', BOTH_ENDS));
    expect(numbersOf(french)).toEqual(numbersOf(english));
    expect(french.twoJobs?.parts.map((p) => [p.role, p.share])).toEqual(
      english.twoJobs?.parts.map((p) => [p.role, p.share]),
    );
    expect(french.twoJobs?.summary).not.toBe(english.twoJobs?.summary);
    expect(french.twoJobs?.parts[0]?.gradeOn).not.toEqual(english.twoJobs?.parts[0]?.gradeOn);
  });

  it('refuses an unknown answer in Spanish, keeping the code and the details', async () => {
    const wrong = { answers: { ...answers, output: 'tweets' } };
    const english = await app.request('/api/score', post(wrong));
    const res = await app.request('/api/score?lang=es', post(wrong));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-language')).toBe('es');
    const { error } = (await res.json()) as {
      error: { code: string; message: string; details: unknown };
    };
    const { error: englishError } = (await english.json()) as { error: typeof error };
    expect(error.code).toBe('invalid_answers');
    expect(error.message).toMatch(
      /la pregunta "output" no tiene la opción \W?tweets\W*elige una de estas: paper, prototype/,
    );
    expect(error.message).not.toBe(englishError.message);
    // The issues in the details keep their codes and paths; only their messages are Spanish.
    const unworded = (details: unknown) =>
      (details as { message: string }[]).map(({ message: _message, ...issue }) => issue);
    expect(unworded(error.details)).toEqual(unworded(englishError.details));
  });

  it("words the server's own refusals in the language too", async () => {
    const cases: [Response, number, string, RegExp][] = [
      [
        await app.request('/api/score', {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain', 'Accept-Language': 'es' },
          body: '{}',
        }),
        415,
        'unsupported_media_type',
        /^envía el cuerpo como JSON con Content-Type: application\/json/,
      ],
      [
        await app.request('/api/nothing', { headers: { 'Accept-Language': 'de' } }),
        404,
        'not_found',
        /^unter GET \/api\/nothing gibt es nichts/,
      ],
      [
        await app.request('/api/score?lang=ja', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"answers":',
        }),
        400,
        'malformed_json',
        /JSON ではありません/,
      ],
      [
        await app.request(
          '/api/responses?lang=ar',
          post({ id: crypto.randomUUID(), answers, team: 'nope' }),
        ),
        404,
        'unknown_team',
        /رمز الانضمام/,
      ],
      [
        await app.request('/api/stats', { headers: { 'Accept-Language': 'zh-CN' } }),
        401,
        'unauthorized',
        /^请以 Authorization: Bearer <token>/,
      ],
    ];
    for (const [res, status, code, message] of cases) {
      expect(res.status).toBe(status);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    }
    const german = cases[1]?.[0] as Response;
    expect(german.headers.get('content-language')).toBe('de');
    expect(german.headers.get('vary')).toMatch(/accept-language/i);
  });

  it("words validation refusals in the language: Zod's own and our schemas' messages", async () => {
    const refusal = async (path: string, body: unknown, lang: string) => {
      const res = await app.request(`${path}?lang=${lang}`, post(body));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-language')).toBe(lang);
      const { error } = (await res.json()) as {
        error: {
          code: string;
          message: string;
          details: { code: string; path: string[]; message: string }[];
        };
      };
      expect(error.code).toBe('invalid_request');
      return error;
    };
    // Our schema's message (answers missing), in German, then in English as it always was.
    const missing = await refusal('/api/score', {}, 'de');
    expect(missing.message).toMatch(/^answers: erforderlich: ein Objekt aus Fragen-id/);
    expect(missing.details[0]?.message).toBe(missing.message.replace(/^answers: /, ''));
    expect((await refusal('/api/score', {}, 'en')).message).toMatch(
      /^answers: required: an object of question id/,
    );
    // Zod's own message (a number where text belongs), from Zod's French locale, with the type
    // that was sent.
    const typed = await refusal('/api/analyze', { text: 42 }, 'fr');
    expect(typed.details[0]?.code).toBe('invalid_type');
    expect(typed.message).toMatch(/^text: Entrée invalide : .*nombre reçu$/);
    expect(typed.message).not.toMatch(/Invalid input/);
    const english = await refusal('/api/analyze', { text: 42 }, 'en');
    expect(english.message).toBe('text: Invalid input: expected string, received number');
    // A server schema's message, in Japanese.
    const created = await app.request('/api/teams', post({ name: 'Lab' }));
    const team = (await created.json()) as { id: string; adminSecret: string };
    const res = await app.request(`/api/teams/${team.id}/workstreams?lang=ja`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${team.adminSecret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ workstreams: [{ name: 'Evals', effort: 1 }] }),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toMatch(/^workstreams\.0: .*どちらか一方だけ/);
  });

  it('keeps the English messages as they were when no language is asked for', async () => {
    const res = await app.request('/api/nothing');
    expect(res.headers.get('content-language')).toBe('en');
    expect(await res.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'nothing at GET /api/nothing; the API is described at /api/openapi.json',
      },
    });
  });

  it('says when to try again in the language asked for', async () => {
    const limited = createApp({
      store,
      rateLimits: { writesPerMinute: 1, authFailuresPer10Minutes: 0, trustProxy: 0 },
    });
    const ask = post({ answers }, { 'Accept-Language': 'fr' });
    expect((await limited.request('/api/score', ask)).status).toBe(200);
    const res = await limited.request('/api/score', ask);
    expect(res.status).toBe(429);
    expect(res.headers.get('content-language')).toBe('fr');
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/^trop de requêtes de ce client ; réessayez dans \d+ secondes?$/);
  });

  it('describes the lang query parameter in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    for (const [path, method] of [
      ['/api/quiz', 'get'],
      ['/api/score', 'post'],
      ['/api/responses', 'post'],
    ] as const) {
      const parameters = doc.paths[path]?.[method]?.parameters ?? [];
      expect(parameters, `${method} ${path}`).toContainEqual(
        expect.objectContaining({ name: 'lang', in: 'query' }),
      );
    }
  });
});

describe.each(TEST_DIALECTS)('POST /api/responses in a language, on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store });
  });
  afterEach(async () => {
    await store.close();
  });

  it('answers in the language and stores the same as for English', async () => {
    const id = crypto.randomUUID();
    const english = { value: await scoredIn('en', titled) };

    const created = await app.request(
      '/api/responses',
      post({ id, ...titled }, { 'Accept-Language': 'de' }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('content-language')).toBe('de');
    const german = (await created.json()) as QuizResult;
    expect(german).toEqual(await scoredIn('de', titled));
    expect(numbersOf(german)).toEqual(numbersOf(english.value));

    // Stored: the answers and their English result, whatever language they came in.
    const stored = await store.responses.get(id);
    expect(stored?.answers).toEqual(english.value.answers);
    expect(stored?.result).toEqual(english.value);

    // Repeated in another language: the stored result, in that language's words.
    const again = await app.request('/api/responses?lang=ja', post({ id, ...titled }));
    expect(again.status).toBe(200);
    const japanese = (await again.json()) as QuizResult;
    expect(numbersOf(japanese)).toEqual(numbersOf(english.value));
    expect(japanese.gradeOn.join(' ')).toMatch(JAPANESE);
    // And in English: exactly what was stored.
    const inEnglish = await app.request('/api/responses', post({ id, ...titled }));
    expect(inEnglish.status).toBe(200);
    expect(await inEnglish.json()).toEqual(english.value);
  });

  it('refuses other answers under a used id in the language asked for', async () => {
    const id = crypto.randomUUID();
    expect((await app.request('/api/responses', post({ id, answers }))).status).toBe(201);
    const res = await app.request(
      '/api/responses?lang=fr',
      post({ id, answers: answersFor([2, 2, 2, 2, 2]) }),
    );
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('id_conflict');
    expect(error.message).toBe(
      `l’id ${id} a déjà servi pour d’autres réponses ; choisissez un nouvel UUID pour chaque questionnaire terminé`,
    );
  });
});

describe.each(TEST_DIALECTS)('team advice in a language, on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store });
  });
  afterEach(async () => {
    await store.close();
  });

  const asLead = (secret: string, method: string, body?: unknown) => ({
    method,
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  it('words the summary, the workstreams and the lead view in the language; numbers unchanged', async () => {
    const created = await app.request('/api/teams', post({ name: 'Évals', minResponses: 3 }));
    const team = (await created.json()) as { id: string; joinCode: string; adminSecret: string };
    for (const picks of [
      [0, 0, 0, 4, 4],
      [1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0],
    ]) {
      const body = { id: crypto.randomUUID(), answers: answersFor(picks), team: team.joinCode };
      expect((await app.request('/api/responses', post(body))).status).toBe(201);
    }
    const workstreams = [
      { name: 'Pretraining', effort: 3, work: 'research' },
      { name: 'Chat', effort: 2, work: 'product' },
    ];
    const put = await app.request(
      `/api/teams/${team.id}/workstreams?lang=ja`,
      asLead(team.adminSecret, 'PUT', { workstreams }),
    );
    expect(put.status).toBe(200);
    expect(put.headers.get('content-language')).toBe('ja');
    const lead = await app.request(`/api/teams/${team.id}/lead-view`, {
      ...asLead(team.adminSecret, 'PUT', { answers }),
      headers: { ...asLead(team.adminSecret, 'PUT').headers, 'Accept-Language': 'de' },
    });
    expect(lead.status).toBe(200);
    expect(lead.headers.get('content-language')).toBe('de');

    type Advice = { regime: { recommended: string; cell: { verdict: string } }; position: number };
    type Summary = {
      members: { portfolio: Advice };
      workstreams: Advice;
      leadView: Advice;
    };
    const summaryIn = async (lang: string) => {
      const res = await app.request(
        `/api/teams/${team.id}?lang=${lang}`,
        asLead(team.adminSecret, 'GET'),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe(lang);
      return (await res.json()) as Summary;
    };
    const english = await summaryIn('en');
    const japanese = await summaryIn('ja');
    for (const part of ['workstreams', 'leadView'] as const) {
      expect(japanese[part].position).toBe(english[part].position);
      expect(japanese[part].regime.recommended).toBe(english[part].regime.recommended);
      expect(japanese[part].regime.cell.verdict).toMatch(JAPANESE);
    }
    const members = [japanese.members.portfolio, english.members.portfolio];
    expect(members[0]?.position).toBe(members[1]?.position);
    expect(members[0]?.regime.cell.verdict).toMatch(JAPANESE);
    expect(members[1]?.regime.cell.verdict).not.toMatch(JAPANESE);
  });
});

describe('POST /api/analyze in a language', () => {
  it('words the findings in the language asked for and reads the text the same', async () => {
    const store = await (TEST_DIALECTS[0] as (typeof TEST_DIALECTS)[number]).open();
    try {
      const app = createApp({ store });
      // Written for this test: research work under an engineering title.
      const text =
        'Senior Software Engineer\n\nYou will publish papers at NeurIPS, propose new architectures and run ablations on open research questions.';
      const english = (await (
        await app.request('/api/analyze', post({ text }))
      ).json()) as Analysis;
      const res = await app.request('/api/analyze', post({ text }, { 'Accept-Language': 'es' }));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe('es');
      const spanish = (await res.json()) as Analysis;
      const inSpanish = createAnalyzer(DEFAULT_MODEL, (await loadLanguage('es')).messages)(text);
      expect(inSpanish.ok && spanish).toEqual(inSpanish.ok && inSpanish.value);
      expect(spanish.shares).toEqual(english.shares);
      expect(spanish.flags.map((f) => f.code)).toEqual(english.flags.map((f) => f.code));
      expect(spanish.flags.length).toBeGreaterThan(0);
      expect(spanish.flags.map((f) => f.message)).not.toEqual(english.flags.map((f) => f.message));
    } finally {
      await store.close();
    }
  });
});

describe('error answers in a language, through the real Node server', () => {
  it('keep their security headers when the language is added after the answer is made', async () => {
    const { startServer } = await import('../src/start-server.ts');
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      log: () => {},
    });
    try {
      const { port } = server.http.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/api/nowhere`, {
        headers: { 'accept-language': 'ja' },
      });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-language')).toBe('ja');
      expect(res.headers.get('vary')).toContain('Accept-Language');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await server.close();
    }
  });
});
