import {
  ANALYZE_MAX_CHARS,
  checkDocuments,
  DocumentCheck,
  loadLanguage,
  ROLE_IDS,
} from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { de } from '../src/messages/de.ts';
import { CHECK_MAX_BODY_BYTES } from '../src/routes/check-routes.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

// Written for these tests: a research-engineer posting, a rubric and a ladder that grade its
// bridge work, a rubric that grades shipped product, and a ladder whose top level does too.
const POSTING = `Research Engineer, Training Platform

What you'll do
- Build the distributed training pipelines and eval suites our research scientists rely on.
- Take new methods from prototype to full-size training runs.
- Keep experiments reproducible and improve experiment velocity for the lab.
`;
const RUBRIC = `# Review rubric

- Experiment velocity: how fast a new idea gets a reproducible test.
- Training runs and eval suites others can rerun and trust.
`;
const LADDER = `# Research engineering ladder

| Level | Expectations |
|---|---|
| RE1 | Builds evaluation harnesses; keeps training runs reproducible. |
| RE2 | Owns the experiment infrastructure; improves experiment velocity. |
| RE3 | Designs the distributed training platform; scales new methods to full-size runs. |
`;
const PRODUCT_RUBRIC = `# Review rubric

- Measured on features shipped to customers and the revenue they bring.
- Uptime of the production service and its p99 latency.
`;
const WRONG_LADDER = `# Research engineering ladder

| Level | Expectations |
|---|---|
| RE1 | Builds evaluation harnesses; keeps training runs reproducible. |
| RE2 | Owns the experiment infrastructure; improves experiment velocity. |
| RE3 | Measured on uptime of the customer API, on-call response times and revenue KPIs. |
`;

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

type ErrorAnswer = { error: { code: string; message: string; details?: unknown } };

describe('POST /api/check', () => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await createStore('file::memory:');
    // The default limit is kept small here, to show the check's own larger limit at work.
    app = createApp({ store, maxBodyBytes: 4096 });
  });
  afterEach(() => store.close());

  const ask = (body: unknown, headers?: Record<string, string>, query = '') =>
    app.request(`/api/check${query}`, post(body, headers));

  const expectError = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as ErrorAnswer;
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    return body.error;
  };

  it('answers 200 with agree: true for documents that grade the same role', async () => {
    const res = await ask({ posting: POSTING, rubric: RUBRIC, ladder: LADDER });
    expect(res.status).toBe(200);
    const check = DocumentCheck.parse(await res.json());
    expect(check).toMatchObject({ role: 'research-engineer', column: 'rnd', agree: true });
    expect(check.mismatches).toEqual([]);
    expect(check.summary).toBe('Every document grades research engineer work.');
    expect(check.documents.map((d) => [d.document, d.role])).toEqual([
      ['posting', 'research-engineer'],
      ['rubric', 'research-engineer'],
      ['ladder', 'research-engineer'],
    ]);
    expect(check.documents[2]?.analysis.levels.map((l) => l.name)).toEqual(['RE1', 'RE2', 'RE3']);
  });

  it('answers 200 with each mismatch and the rewrites, as core checks the same documents', async () => {
    const body = { posting: POSTING, rubric: PRODUCT_RUBRIC, ladder: WRONG_LADDER };
    const res = await ask(body);
    expect(res.status).toBe(200);
    const check = DocumentCheck.parse(await res.json());
    const core = checkDocuments(body);
    expect(core.ok && check).toEqual(core.ok && core.value);
    expect(check.agree).toBe(false);
    expect(check.summary).toBe('');
    expect(check.mismatches.map((x) => [x.document, x.code])).toEqual([
      ['rubric', 'other-role'],
      ['ladder', 'wrong-levels'],
    ]);
    const ladder = check.documents.find((d) => d.document === 'ladder');
    const wrong = ladder?.analysis.levels.find((l) => l.name === 'RE3');
    expect(wrong?.flags.map((f) => f.code)).toContain('wrong-column-metrics');
    const rewrites = ladder?.analysis.evidence.filter((e) => e.suggestion) ?? [];
    expect(rewrites.length).toBeGreaterThan(0);
    for (const e of rewrites) expect(WRONG_LADDER.slice(e.start, e.end)).toBe(e.phrase);
  });

  it('checks against the role it is given, and one document is enough', async () => {
    const res = await ask({ ladder: LADDER, role: 'ai-engineer' });
    expect(res.status).toBe(200);
    const check = DocumentCheck.parse(await res.json());
    expect(check.role).toBe('ai-engineer');
    expect(check.mismatches.map((x) => x.code)).toContain('other-role');
    expect(check.documents.map((d) => d.document)).toEqual(['ladder']);
  });

  it('answers a set that says too little with 200, role null and the summary', async () => {
    const res = await ask({ posting: 'We are a friendly team. Say hello.' });
    expect(res.status).toBe(200);
    const check = DocumentCheck.parse(await res.json());
    expect(check).toMatchObject({ role: null, column: null, agree: false, mismatches: [] });
    expect(check.summary).toMatch(/^None of the documents says enough/);
  });

  it('refuses no document, an unknown role and an empty document with 422', async () => {
    for (const body of [{}, { role: 'research-engineer' }]) {
      const none = await expectError(await ask(body), 422, 'no_documents');
      expect(none.message).toContain('posting');
      expect(none.details).toEqual({ allowed: ['posting', 'rubric', 'ladder'] });
    }
    for (const role of ['designer', '', 'Research-Engineer']) {
      const error = await expectError(await ask({ posting: POSTING, role }), 422, 'unknown_role');
      expect(error.message).toBe(
        `unknown role ${JSON.stringify(role)}; choose one of: ${ROLE_IDS.join(', ')}`,
      );
      expect(error.details).toEqual({ path: ['role'], allowed: [...ROLE_IDS] });
    }
    for (const ladder of ['', '  \n\t ']) {
      const error = await expectError(await ask({ posting: POSTING, ladder }), 422, 'empty_text');
      expect(error.message).toMatch(/^ladder is empty/);
      expect(error.details).toEqual({ path: ['ladder'] });
    }
  });

  it('refuses a document or role of the wrong type, an unknown field, and non-objects with 400', async () => {
    for (const [body, field] of [
      [{ posting: 42 }, 'posting'],
      [{ rubric: null }, 'rubric'],
      [{ ladder: ['L1'] }, 'ladder'],
      [{ posting: POSTING, role: 7 }, 'role'],
      [{ posting: POSTING, role: ['ai-engineer'] }, 'role'],
      [{ postng: POSTING }, 'postng'],
      [{ text: POSTING }, 'text'],
    ] as const) {
      const error = await expectError(await ask(body), 400, 'invalid_request');
      expect(error.message, JSON.stringify(body)).toContain(field);
    }
    for (const body of [[], 'null', '42', '"a posting"']) {
      await expectError(await ask(body), 400, 'invalid_request');
    }
    await expectError(await ask('{"posting": "ship it"'), 400, 'malformed_json');
    for (const type of ['text/plain', '']) {
      const res = await app.request('/api/check', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: JSON.stringify({ posting: POSTING }),
      });
      await expectError(res, 415, 'unsupported_media_type');
    }
  });

  it('takes three full-length documents, each read up to the analyzer limit', async () => {
    const long = `${POSTING}\n${'- Build eval suites and keep training runs reproducible.\n'.repeat(1800)}`;
    expect(long.length).toBeGreaterThan(ANALYZE_MAX_CHARS);
    const res = await ask({ posting: long, rubric: long, ladder: long });
    expect(res.status).toBe(200);
    const check = DocumentCheck.parse(await res.json());
    for (const d of check.documents) {
      expect(d.analysis.analyzed).toEqual({ chars: ANALYZE_MAX_CHARS, truncated: true });
      expect(d.analysis.flags.map((f) => f.code)).toContain('truncated');
    }
  });

  it('refuses a body over its own limit with 413', async () => {
    const huge = { posting: 'x'.repeat(CHECK_MAX_BODY_BYTES) };
    const error = await expectError(await ask(huge), 413, 'body_too_large');
    expect(error.message).toContain(String(CHECK_MAX_BODY_BYTES));
  });

  it('speaks the language asked for, by ?lang or Accept-Language, and reads the text the same', async () => {
    const body = { posting: POSTING, rubric: PRODUCT_RUBRIC };
    const english = DocumentCheck.parse(await (await ask(body)).json());
    const coreDe = (await loadLanguage('de')).messages;
    for (const [headers, query] of [
      [{}, '?lang=de-AT'],
      [{ 'Accept-Language': 'de-CH, en;q=0.5' }, ''],
    ] as const) {
      const res = await ask(body, headers, query);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe('de');
      const german = DocumentCheck.parse(await res.json());
      const core = checkDocuments(body, coreDe);
      expect(core.ok && german).toEqual(core.ok && core.value);
      expect(german.mismatches.map((x) => x.code)).toEqual(english.mismatches.map((x) => x.code));
      expect(german.mismatches[0]?.message).toMatch(/^Der Beurteilungsbogen /);
      expect(german.documents.map((d) => d.shares)).toEqual(english.documents.map((d) => d.shares));
    }
    const empty = await expectError(await ask({ rubric: ' ' }, {}, '?lang=de'), 422, 'empty_text');
    expect(empty.message).toBe(de['empty_text.document']('rubric'));
    const none = await expectError(await ask({}, { 'Accept-Language': 'ja' }), 422, 'no_documents');
    expect(none.message).toBe((await loadLanguage('ja')).messages['check.error.none']);
  });

  it('is rate limited like the other writes', async () => {
    const limited = createApp({
      store,
      rateLimits: { writesPerMinute: 2, authFailuresPer10Minutes: 30, trustProxy: 0 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await limited.request('/api/check', post({ rubric: RUBRIC }))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('is described in the OpenAPI document with the DocumentCheck schema', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const op = doc.paths['/api/check']?.post;
    expect(op).toBeDefined();
    const ok = JSON.stringify(op?.responses['200']);
    for (const field of ['agree', 'mismatches', 'gradeOn', 'suggestions', 'levels', 'analysis'])
      expect(ok).toContain(field);
    expect(Object.keys(op?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '413', '415', '422', '429']),
    );
    const request = JSON.stringify(op);
    for (const field of ['posting', 'rubric', 'ladder', 'role']) expect(request).toContain(field);
  });
});
