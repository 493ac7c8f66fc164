import { ANALYZE_MAX_CHARS, Analysis, analyze, ROLE_IDS, rewriteText } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { ANALYZE_MAX_BODY_BYTES } from '../src/routes/analyze-routes.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

// Accents, curly quotes and an emoji (two UTF-16 units) before the evidence, so spans that count
// bytes or code points instead of UTF-16 units would slice the wrong characters.
const POSTING = `Senior AI Engineer — Café Payments 💳

About the role
We’re looking for someone to ship LLM features to our customers.

What you'll do
- Own latency, uptime and cost of the inference service
- Run A/B tests and watch the KPIs they move
- Build evaluation harnesses and data pipelines for fine-tuning
- Read papers now and then; no PhD required

How you'll be measured
- Number of papers published at top venues

About us
We are a friendly company with great benefits and a generous parental leave policy.`;

const post = (body: unknown, type = 'application/json') => ({
  method: 'POST',
  headers: { 'Content-Type': type },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('POST /api/analyze', () => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await createStore('file::memory:');
    // The default limit is kept small here, to show the analyzer's own larger limit at work.
    app = createApp({ store, maxBodyBytes: 4096 });
  });
  afterEach(() => store.close());

  const expectError = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    return body.error;
  };

  it('answers an analysis whose evidence spans slice the phrases out of the text', async () => {
    const res = await app.request('/api/analyze', post({ text: POSTING }));
    expect(res.status).toBe(200);
    const a = Analysis.parse(await res.json());
    expect(a.role).toBe('ai-engineer');
    expect(a.title?.text).toBe('Senior AI Engineer — Café Payments 💳');
    expect(new Set(a.evidence.map((e) => e.column))).toEqual(
      new Set(['research', 'rnd', 'product']),
    );
    for (const e of a.evidence) expect(POSTING.slice(e.start, e.end)).toBe(e.phrase);
    const phrases = a.evidence.map((e) => e.phrase.toLowerCase());
    expect(phrases).toEqual(expect.arrayContaining(['latency', 'uptime', 'a/b tests']));
    expect(a.evidence.find((e) => e.phrase === 'PhD')?.negated).toBe(true);
    expect(a.flags.map((f) => f.code)).toContain('wrong-column-metrics');
    for (const f of a.flags)
      for (const s of f.spans) expect(s.end).toBeLessThanOrEqual(POSTING.length);
    // Company boilerplate counts for less than the duties (the exact weights are core's to set).
    const weight = (kind: string) => a.sections.find((s) => s.kind === kind)?.weight ?? NaN;
    expect(weight('company')).toBeLessThan(weight('responsibilities'));
    expect(a.enough).toBe(true);
    expect(a.split).toBeNull();
    expect(a.analyzed).toEqual({ chars: POSTING.length, truncated: false });
  });

  it('answers a text that says too little with 200 and "not enough to say", not a guess', async () => {
    for (const text of ['hello world', 'Lorem ipsum dolor sit amet.', '12345']) {
      const res = await app.request('/api/analyze', post({ text }));
      expect(res.status, text).toBe(200);
      const a = Analysis.parse(await res.json());
      expect(a.enough, text).toBe(false);
      expect([a.role, a.position, a.shares, a.between, a.split, a.regime], text).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(a.flags.map((f) => f.code)).toContain('no-evidence');
    }
  });

  it('takes a role: levels and rewrites are judged against it, the placement stays', async () => {
    // Written for this test: a research-engineering ladder whose top level grades product work.
    const ladder = `# Research engineering ladder

## RE1
- Builds evaluation harnesses and keeps training runs reproducible.

## RE2
- Owns the experiment infrastructure of one research area and improves experiment velocity.

## RE3
- Measured on uptime of the customer API, p99 latency and on-call response times.
`;
    const plain = Analysis.parse(
      await (await app.request('/api/analyze', post({ text: ladder }))).json(),
    );
    expect(plain.levels.map((l) => [l.name, l.column])).toEqual([
      ['RE1', 'rnd'],
      ['RE2', 'rnd'],
      ['RE3', 'product'],
    ]);
    const flagged = (a: Analysis) =>
      a.levels
        .filter((l) => l.flags.some((f) => f.code === 'wrong-column-metrics'))
        .map((l) => l.name);
    expect(flagged(plain)).toEqual(['RE3']);
    const res = await app.request('/api/analyze', post({ text: ladder, role: 'ai-engineer' }));
    expect(res.status).toBe(200);
    const asAi = Analysis.parse(await res.json());
    const core = analyze(ladder, { role: 'ai-engineer' });
    expect(core.ok && asAi).toEqual(core.ok && core.value);
    expect(flagged(asAi)).toEqual(['RE1', 'RE2']);
    expect([asAi.role, asAi.position, asAi.shares]).toEqual([
      plain.role,
      plain.position,
      plain.shares,
    ]);
    const suggested = asAi.evidence.filter((e) => e.suggestion);
    expect(suggested.length).toBeGreaterThan(0);
    for (const e of suggested) expect(e.column).not.toBe('product');
    expect(rewriteText(ladder, asAi.evidence)).not.toBe(ladder);
  });

  it('refuses a role that is not a role id with 422, and one of another type with 400', async () => {
    for (const role of ['designer', '', 'AI-Engineer', 'research-scientist+ai-engineer']) {
      const error = await expectError(
        await app.request('/api/analyze', post({ text: POSTING, role })),
        422,
        'unknown_role',
      );
      expect(error.message).toBe(
        `unknown role ${JSON.stringify(role)}; choose one of: ${ROLE_IDS.join(', ')}`,
      );
    }
    const de = await expectError(
      await app.request('/api/analyze?lang=de', post({ text: POSTING, role: 'designer' })),
      422,
      'unknown_role',
    );
    expect(de.message).toMatch(/^unbekannte Rolle "designer"/);
    for (const role of [3, null, ['ai-engineer'], { id: 'ai-engineer' }]) {
      const error = await expectError(
        await app.request('/api/analyze', post({ text: POSTING, role })),
        400,
        'invalid_request',
      );
      expect(error.message).toMatch(/^role: /);
    }
  });

  it('refuses empty and blank text with 422', async () => {
    for (const text of ['', '   \n\t  ']) {
      await expectError(await app.request('/api/analyze', post({ text })), 422, 'empty_text');
    }
  });

  it('refuses a text that is not a string, or no text, with 400', async () => {
    for (const body of [
      { text: 42 },
      { text: null },
      { text: ['a'] },
      { text: { text: 'ship' } },
      {},
      [],
      'null',
      '42',
      '"hello world"',
    ]) {
      const error = await expectError(
        await app.request('/api/analyze', post(body)),
        400,
        'invalid_request',
      );
      expect(error.message).toMatch(/text|expected/i);
    }
  });

  it('refuses malformed JSON and other content types', async () => {
    await expectError(
      await app.request('/api/analyze', post('{"text": "ship it"')),
      400,
      'malformed_json',
    );
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      await expectError(
        await app.request('/api/analyze', post({ text: POSTING }, type)),
        415,
        'unsupported_media_type',
      );
    }
  });

  it('takes a full-length posting beyond the default body limit, and no other route does', async () => {
    const long = `AI Engineer\n\n${'Ship features to customers and keep latency low. '.repeat(2100)}`;
    expect(long.length).toBeGreaterThan(ANALYZE_MAX_CHARS);
    const res = await app.request('/api/analyze', post({ text: long }));
    expect(res.status).toBe(200);
    const a = Analysis.parse(await res.json());
    expect(a.analyzed).toEqual({ chars: ANALYZE_MAX_CHARS, truncated: true });
    expect(a.flags.map((f) => f.code)).toContain('truncated');
    await expectError(
      await app.request('/api/score', post({ answers: {}, padding: 'x'.repeat(10_000) })),
      413,
      'body_too_large',
    );
  });

  it('refuses a body over its own limit with 413, declared or streamed', async () => {
    const huge = { text: 'x'.repeat(ANALYZE_MAX_BODY_BYTES) };
    const error = await expectError(
      await app.request('/api/analyze', post(huge)),
      413,
      'body_too_large',
    );
    expect(error.message).toContain(String(ANALYZE_MAX_BODY_BYTES));
    const stream = new Blob([JSON.stringify(huge)]).stream();
    const res = await app.request('/api/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectError(res, 413, 'body_too_large');
  });

  it('is described in the OpenAPI document with the Analysis schema', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const op = doc.paths['/api/analyze']?.post;
    expect(op).toBeDefined();
    const ok = JSON.stringify(op?.responses['200']);
    for (const field of [
      'enough',
      'position',
      'split',
      'twoJobs',
      'evidence',
      'flags',
      'sections',
      'negated',
      'measuredOn',
      'two-jobs',
    ])
      expect(ok).toContain(field);
    expect(Object.keys(op?.responses ?? {})).toEqual(
      expect.arrayContaining(['400', '413', '415', '422', '429']),
    );
    for (const field of ['levels', 'suggestion', 'level-drift', 'low-evidence'])
      expect(ok).toContain(field);
    expect(JSON.stringify(op)).toContain('"role"');
  });
});
