import {
  type Messages as CoreMessages,
  defaultRubricRegime,
  LANGUAGES,
  loadLanguage,
  RUBRIC_DIMENSION_IDS,
  RUBRIC_LEVELS,
  RUBRIC_ROLE_CHOICES,
  Rubric,
  type RubricRequest,
  renderRubric,
  rubric,
} from '@rolefit/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { de } from '../src/messages/de.ts';
import { en } from '../src/messages/en.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** The rubric core writes for a request: what the API should answer. */
function made(request: RubricRequest, messages?: CoreMessages): Rubric {
  const r = rubric(request, messages);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

type ErrorAnswer = { error: { code: string; message: string; details?: unknown } };

describe('POST /api/rubric', () => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await createStore('file::memory:');
    app = createApp({ store });
  });
  afterEach(() => store.close());

  const ask = (body: unknown, headers?: Record<string, string>, query = '') =>
    app.request(`/api/rubric${query}`, post(body, headers));

  const expectError = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as ErrorAnswer;
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    return body.error;
  };

  it('answers the Rubric as JSON by default: the recommended regime, five levels', async () => {
    const res = await ask({ role: 'research-engineer' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const r = Rubric.parse(await res.json());
    expect(r).toEqual(made({ role: 'research-engineer' }));
    expect(r.regime).toBe(defaultRubricRegime(['research-engineer']));
    expect(r.levels).toBe(RUBRIC_LEVELS.default);
    for (const ladder of r.ladders) expect(ladder.levels).toHaveLength(RUBRIC_LEVELS.default);
    expect(r.note).toMatch(/not a verdict about a person/);
    const json = await ask({ role: 'research-engineer', format: 'json' });
    expect(await json.json()).toEqual(r);
  });

  it('takes a regime and a level count', async () => {
    for (const levels of [RUBRIC_LEVELS.min, 4, RUBRIC_LEVELS.max]) {
      const body = { role: 'ai-engineer', regime: 'separate-tracks', levels };
      const r = Rubric.parse(await (await ask(body)).json());
      expect(r).toEqual(made(body));
      expect([r.regime, r.levels]).toEqual(['separate-tracks', levels]);
      expect(r.ladders.map((l) => [l.track, l.levels.length])).toEqual([['ai-engineer', levels]]);
      expect(r.interfaces.length).toBeGreaterThan(0);
    }
    const flat = Rubric.parse(
      await (await ask({ role: 'research-scientist', regime: 'flat' })).json(),
    );
    expect(flat.ladders.map((l) => l.track)).toEqual([null]);
    expect(flat.interfaces).toEqual([]);
    expect(flat.ladders[0]?.levels[0]?.recognition.length).toBe(1);
  });

  it('answers Markdown for format "md", as an attachment with its name', async () => {
    const body = { role: 'research-engineer', levels: 4, format: 'md' };
    const res = await ask(body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="rubric-research-engineer-flat-4.md"',
    );
    const text = await res.text();
    expect(text).toBe(renderRubric(made(body), 'md'));
    expect(text).toMatch(/^# Review rubric: /);
    expect(text.match(/^### Level \d+ — /gm)).toHaveLength(4);
  });

  it('answers CSV for format "csv": a row per level and dimension, named for the request', async () => {
    const body = { role: 'research-engineer', regime: 'flat', format: 'csv' };
    const res = await ask(body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="rubric-research-engineer-flat-5.csv"',
    );
    const text = await res.text();
    expect(text).toBe(renderRubric(made(body), 'csv'));
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 3)).toEqual(['ladder', 'track', 'level']);
    expect(rows).toHaveLength(RUBRIC_LEVELS.default * RUBRIC_DIMENSION_IDS.length);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  });

  it('writes two jobs in one from the split name or the pair, in either order', async () => {
    const forms = [
      'research-scientist+ai-engineer',
      'ai-engineer+research-scientist',
      ['research-scientist', 'ai-engineer'],
      ['ai-engineer', 'research-scientist'],
    ];
    const answers = await Promise.all(
      forms.map(async (role) => Rubric.parse(await (await ask({ role, levels: 3 })).json())),
    );
    for (const r of answers) expect(r).toEqual(answers[0]);
    const r = answers[0] as Rubric;
    expect(r.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(r.regime).toBe('separate-tracks');
    expect(r.ladders.map((l) => l.track)).toEqual(['research-scientist', 'ai-engineer']);
    const flat = await ask({
      role: ['ai-engineer', 'research-scientist'],
      regime: 'flat',
      format: 'csv',
    });
    expect(flat.headers.get('content-disposition')).toBe(
      'attachment; filename="rubric-research-scientist+ai-engineer-flat-5.csv"',
    );
    const [header, ...rows] = parseCsv(await flat.text());
    const role = header?.indexOf('role') ?? -1;
    expect(new Set(rows.map((row) => row[role]))).toEqual(
      new Set(['research-scientist', 'ai-engineer']),
    );
  });

  it('refuses a role, regime or level count that does not exist with 422 and what there is', async () => {
    const role = await expectError(await ask({ role: 'data-scientist' }), 422, 'unknown_role');
    expect(role.message).toBe(
      `unknown role "data-scientist"; choose one of: ${RUBRIC_ROLE_CHOICES.join(', ')}`,
    );
    expect(role.details).toEqual({ path: ['role'], allowed: [...RUBRIC_ROLE_CHOICES] });
    for (const body of [
      { role: '' },
      { role: 'Research-Engineer' },
      { role: 'research-scientist+research-engineer' },
      { role: ['research-scientist'] },
      { role: ['research-scientist', 'ai-engineer', 'research-engineer'] },
    ]) {
      const error = await expectError(await ask(body), 422, 'unknown_role');
      expect(error.message, JSON.stringify(body)).toContain(RUBRIC_ROLE_CHOICES.join(', '));
    }
    const regime = await expectError(
      await ask({ role: 'ai-engineer', regime: 'matrix' }),
      422,
      'unknown_regime',
    );
    expect(regime.message).toContain('separate-tracks, flat');
    expect(regime.details).toEqual({ path: ['regime'], allowed: ['separate-tracks', 'flat'] });
    for (const levels of [0, 2, 8, 4.5, -3, 1e9]) {
      const error = await expectError(
        await ask({ role: 'ai-engineer', levels }),
        422,
        'invalid_levels',
      );
      expect(error.message).toContain(`from ${RUBRIC_LEVELS.min} to ${RUBRIC_LEVELS.max}`);
    }
  });

  it('refuses a body of the wrong shape with 400 invalid_request, naming the field', async () => {
    for (const [body, field] of [
      [{}, 'role'],
      [{ role: 42 }, 'role'],
      [{ role: null }, 'role'],
      [{ role: { id: 'ai-engineer' } }, 'role'],
      [{ role: [1, 2] }, 'role'],
      [{ role: 'ai-engineer', levels: '5' }, 'levels'],
      [{ role: 'ai-engineer', levels: null }, 'levels'],
      [{ role: 'ai-engineer', regime: 1 }, 'regime'],
      [{ role: 'ai-engineer', format: 'pdf' }, 'format'],
      [{ role: 'ai-engineer', format: 'MD' }, 'format'],
      [{ role: 'ai-engineer', level: 4 }, 'level'],
      [[], ''],
      ['null', ''],
      ['"research-engineer"', ''],
    ] as const) {
      const error = await expectError(await ask(body), 400, 'invalid_request');
      expect(error.message, JSON.stringify(body)).toContain(field);
    }
    const missing = await expectError(await ask({}), 400, 'invalid_request');
    expect(missing.message).toBe(`role: ${en['request.rubric.role']}`);
    const format = await expectError(
      await ask({ role: 'ai-engineer', format: 'pdf' }),
      400,
      'invalid_request',
    );
    expect(format.message).toMatch(/"md".*"csv".*"json"/);
  });

  it('refuses malformed JSON, other content types and oversized bodies, never a 5xx', async () => {
    await expectError(await ask('{"role":'), 400, 'malformed_json');
    await expectError(
      await app.request('/api/rubric', post('role=ai-engineer', { 'Content-Type': 'text/plain' })),
      415,
      'unsupported_media_type',
    );
    await expectError(
      await ask({ role: 'ai-engineer', padding: 'x'.repeat(70_000) }),
      413,
      'body_too_large',
    );
    const odd = ['\u0000', '\ud800', "'; DROP TABLE x; --", 'x'.repeat(10_000), '🧪', '../../etc'];
    for (const value of odd) {
      for (const body of [{ role: value }, { role: 'ai-engineer', regime: value }]) {
        const res = await ask(body);
        expect(res.status, JSON.stringify(body).slice(0, 60)).toBeGreaterThanOrEqual(400);
        expect(res.status, JSON.stringify(body).slice(0, 60)).toBeLessThan(500);
      }
    }
  });

  it('counts against the write rate limit, as the other posts do', async () => {
    const limited = createApp({
      store,
      rateLimits: { writesPerMinute: 2, authFailuresPer10Minutes: 0, trustProxy: 0 },
    });
    const once = () => limited.request('/api/rubric', post({ role: 'ai-engineer' }));
    expect((await once()).status).toBe(200);
    expect((await once()).status).toBe(200);
    const res = await once();
    await expectError(res, 429, 'rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('is described in the OpenAPI document: its body, its three formats and its errors', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: { name: string }[];
            requestBody?: unknown;
            responses: Record<string, { content?: Record<string, unknown> }>;
          }
        >
      >;
      components: { schemas: Record<string, unknown> };
    };
    const op = doc.paths['/api/rubric']?.post;
    expect(op).toBeDefined();
    expect(op?.parameters?.map((p) => p.name)).toContain('lang');
    const body = JSON.stringify(doc.components.schemas.RubricRequest);
    for (const choice of [...RUBRIC_ROLE_CHOICES, 'separate-tracks', 'flat', 'md', 'csv'])
      expect(body).toContain(`"${choice}"`);
    expect(Object.keys(op?.responses['200']?.content ?? {}).sort()).toEqual([
      'application/json',
      'text/csv',
      'text/markdown',
    ]);
    const ok = JSON.stringify(op?.responses['200']?.content?.['application/json']);
    for (const field of ['ladders', 'interfaces', 'dontGradeOn', 'recognition', 'titling'])
      expect(ok).toContain(field);
    expect(Object.keys(op?.responses ?? {})).toEqual(
      expect.arrayContaining(['400', '413', '415', '422', '429']),
    );
  });
});

describe('POST /api/rubric in a language', () => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await createStore('file::memory:');
    app = createApp({ store });
  });
  afterEach(() => store.close());

  it('writes the rubric in the language asked for, with the same ids and shape', async () => {
    const body = { role: 'research-scientist+ai-engineer', levels: 3 };
    const english = Rubric.parse(await (await app.request('/api/rubric', post(body))).json());
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const core = (await loadLanguage(language)).messages;
      const res = await app.request(`/api/rubric?lang=${language}`, post(body));
      expect(res.status, language).toBe(200);
      expect(res.headers.get('content-language')).toBe(language);
      const r = Rubric.parse(await res.json());
      expect(r, language).toEqual(made(body, core));
      expect(r.title, language).not.toBe(english.title);
      expect([r.roles, r.split, r.regime, r.levels], language).toEqual([
        english.roles,
        english.split,
        english.regime,
        english.levels,
      ]);
    }
  });

  it('takes the language from Accept-Language too, for Markdown and CSV', async () => {
    const coreDe = (await loadLanguage('de')).messages;
    const body = { role: 'ai-engineer', format: 'md' };
    const res = await app.request(
      '/api/rubric',
      post(body, { 'Accept-Language': 'de-AT, en;q=0.5' }),
    );
    expect(res.headers.get('content-language')).toBe('de');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    expect(await res.text()).toBe(renderRubric(made(body, coreDe), 'md', coreDe));
    const csv = await app.request('/api/rubric?lang=de', post({ ...body, format: 'csv' }));
    expect(await csv.text()).toBe(renderRubric(made(body, coreDe), 'csv', coreDe));
  });

  it('says what was wrong in the language asked for', async () => {
    const coreFr = (await loadLanguage('fr')).messages;
    const res = await app.request(
      '/api/rubric',
      post({ role: 'data-scientist' }, { 'Accept-Language': 'fr' }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-language')).toBe('fr');
    const { error } = (await res.json()) as ErrorAnswer;
    expect(error.code).toBe('unknown_role');
    expect(error.message).toBe(
      coreFr['rubric.error.role']('"data-scientist"', RUBRIC_ROLE_CHOICES),
    );
    const missing = await app.request('/api/rubric?lang=de', post({}));
    expect(((await missing.json()) as ErrorAnswer).error.message).toBe(
      `role: ${de['request.rubric.role']}`,
    );
  });
});
