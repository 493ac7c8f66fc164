import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsReport } from '../src/analytics/analytics-schemas.ts';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { rollupResponses } from '../src/store/stats-rollup.ts';
import { DAYS, post, recompute, seedAnalytics } from './analytics-seed.ts';
import { TEST_DIALECTS } from './test-stores.ts';

const TOKEN = 'owner-secret-for-tests-0123456789';
const owner = { Authorization: `Bearer ${TOKEN}` };

const nonZero = (tallies: { id: string; count: number }[]) =>
  Object.fromEntries(tallies.filter((t) => t.count > 0).map((t) => [t.id, t.count]));

/** Every figure of the report against the same figures recomputed from the raw rows. */
function expectMatches(report: StatsReport, raw: Awaited<ReturnType<typeof recompute>>) {
  const days = Object.fromEntries(
    report.completions.filter((d) => d.count).map((d) => [d.day, d.count]),
  );
  expect(days).toEqual(raw.perDay);
  expect(report.totals.completions).toBe(Object.values(raw.perDay).reduce((a, b) => a + b, 0));
  expect(nonZero(report.roles)).toEqual(raw.roles);
  expect(nonZero(report.regimes)).toEqual(raw.regimes);
  expect(nonZero(report.dominantWork)).toEqual(raw.work);
  const answers: Record<string, number> = {};
  for (const q of report.answers) {
    for (const o of q.options) if (o.count) answers[`${q.questionId}:${o.optionId}`] = o.count;
  }
  expect(answers).toEqual(raw.answers);
  const funnel: Record<string, number> = {};
  for (const step of report.funnel) {
    if (step.count)
      funnel[step.questionId ? `answered:${step.questionId}` : step.step] = step.count;
  }
  expect(funnel).toEqual(raw.funnel);
  expect(report.totals.shown).toBe(raw.funnel.shown ?? 0);
}

describe.each(TEST_DIALECTS)('owner analytics on $name', ({ open }) => {
  let store: Store;
  let app: App;
  let now = new Date('2026-03-01T10:00:00Z');
  const setDay = (day: string) => {
    now = new Date(`${day}T10:00:00Z`);
  };
  beforeEach(async () => {
    store = await open({ clock: () => now });
    app = createApp({ store, adminToken: TOKEN });
  });
  afterEach(async () => {
    await store.close();
  });

  const stats = async (query = '') => {
    const res = await app.request(`/api/stats${query}`, { headers: owner });
    expect(res.status).toBe(200);
    return (await res.json()) as StatsReport;
  };

  it('GET /api/stats equals the figures recomputed from the raw rows', async () => {
    await seedAnalytics(app, setDay);
    expectMatches(await stats(), await recompute(store));
    // A retried response and a retried event batch changed nothing (seedAnalytics retries some).
    expect((await stats()).totals.completions).toBe(60);
  });

  it('filters by day range and by source page, still equal to the raw rows', async () => {
    await seedAnalytics(app, setDay);
    const ranged = await stats('?from=2026-03-02&to=2026-03-04');
    expect(ranged.completions.map((d) => d.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
    expectMatches(ranged, await recompute(store, { from: '2026-03-02', to: '2026-03-04' }));
    const page = 'https://blog.example/post';
    const bySource = await stats(`?source=${encodeURIComponent(`${page}?utm=other`)}`);
    expect(bySource.source).toBe(page);
    expectMatches(bySource, await recompute(store, { source: page }));
    const none = await stats('?source=');
    expectMatches(none, await recompute(store, { source: null }));
    const total = await stats();
    const listed = total.sources.reduce((sum, s) => sum + s.completions, 0);
    expect(listed).toBe(total.totals.completions);
    expect(total.sources.find((s) => s.source === page)?.completions).toBe(
      bySource.totals.completions,
    );
  });

  it('a one-off rollup of the raw rows gives the same aggregates as the incremental path', async () => {
    await seedAnalytics(app, setDay, 30);
    const page = `?source=${encodeURIComponent('https://blog.example/post')}`;
    const incremental = [await stats(), await stats(page)];
    for (const table of ['daily_stats', 'daily_totals'] as const) {
      await store.db.db.deleteFrom(table).where('metric', '!=', 'funnel').execute();
    }
    expect((await stats()).totals.completions).toBe(0);
    await rollupResponses(store.db.db, store.dialect);
    expect([await stats(), await stats(page)]).toEqual(incremental);
  });

  it('leaves team responses out of the owner figures', async () => {
    const { created } = await store.responses.save({
      id: crypto.randomUUID(),
      answers: {},
      result: (await (
        await app.request(
          '/api/score',
          post({
            answers: Object.fromEntries(
              DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[0]?.id]),
            ),
          }),
        )
      ).json()) as never,
      teamId: 'some-team',
      source: null,
    });
    expect(created).toBe(true);
    expect((await stats()).totals.completions).toBe(0);
  });

  it('refuses the owner endpoints without the right token', async () => {
    for (const path of ['/api/stats', '/api/stats/export?format=csv']) {
      for (const headers of [
        {},
        { Authorization: 'Bearer wrong-token' },
        { Authorization: `Basic ${TOKEN}` },
        { Authorization: `Bearer ${TOKEN}x` },
        { Authorization: 'Bearer' },
      ]) {
        const res = await app.request(path, { headers });
        expect(res.status).toBe(401);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('unauthorized');
        expect(body.error.message).toMatch(/token/);
      }
    }
  });

  it('clamps an open-ended range to the data (to=9999-12-31 or from=0001-01-01 alone) (issue 13 item 6)', async () => {
    await seedAnalytics(app, setDay);
    const raw = await recompute(store);
    const dataDays = Object.keys(raw.perDay).sort();
    for (const query of ['?to=9999-12-31', '?from=0001-01-01']) {
      const report = await stats(query);
      expect(report.completions.length).toBeLessThanOrEqual(DAYS.length + 1);
      expect(report.completions[0]?.day).toBe(dataDays[0]);
      expect(report.completions.at(-1)?.day).toBe(dataDays.at(-1));
    }
    expectMatches(await stats('?to=9999-12-31'), raw);
  });

  it('refuses bad ranges', async () => {
    for (const query of ['?from=2026-13-01', '?from=yesterday', '?from=2026-03-05&to=2026-03-01']) {
      const res = await app.request(`/api/stats${query}`, { headers: owner });
      expect(res.status).toBe(400);
    }
  });

  it('exports the responses of a range as formula-safe CSV and as JSON', async () => {
    await seedAnalytics(app, setDay);
    const raw = await recompute(store, { from: DAYS[0], to: DAYS[1] });
    const expected = Object.values(raw.perDay).reduce((a, b) => a + b, 0);
    const csv = await app.request(`/api/stats/export?format=csv&from=${DAYS[0]}&to=${DAYS[1]}`, {
      headers: owner,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,created_at,source,fields,role,between,split,confidence,/);
    expect(lines).toHaveLength(expected + 1);
    const evil = lines.filter((l) => l.includes('HYPERLINK'));
    expect(evil.length).toBeGreaterThan(0);
    for (const line of evil) expect(line).toMatch(/,"'=HYPERLINK\(""http:\/\/evil\.example""\)",/);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)[=+\-@]/);

    const json = await app.request(`/api/stats/export?format=json&from=${DAYS[0]}&to=${DAYS[1]}`, {
      headers: owner,
    });
    const rows = (await json.json()) as {
      id: string;
      createdAt: string;
      result: { role: string };
    }[];
    expect(rows).toHaveLength(expected);
    for (const row of rows) expect(row.createdAt.slice(0, 10) <= (DAYS[1] as string)).toBe(true);
    const roles: Record<string, number> = {};
    for (const row of rows) roles[row.result.role] = (roles[row.result.role] ?? 0) + 1;
    expect(roles).toEqual(raw.roles);
  });

  it('an export over several pages streams every response once', async () => {
    const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[1]?.id]));
    const ids = Array.from({ length: 1100 }, () => crypto.randomUUID());
    for (let i = 0; i < ids.length; i += 100) {
      await Promise.all(
        ids.slice(i, i + 100).map((id) => app.request('/api/responses', post({ id, answers }))),
      );
    }
    const res = await app.request('/api/stats/export?format=json', { headers: owner });
    const rows = (await res.json()) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  describe('POST /api/events', () => {
    const run = crypto.randomUUID();
    it('counts each (run, type, question) once, however often it is sent', async () => {
      const batch = {
        events: [
          { run, type: 'shown', source: 'https://a.example/p?q=1' },
          { run, type: 'started' },
          { run, type: 'answered', questionId: DEFAULT_QUIZ.questions[0]?.id },
          { run, type: 'answered', questionId: DEFAULT_QUIZ.questions[0]?.id },
        ],
      };
      const first = await app.request('/api/events', post(batch));
      expect(await first.json()).toEqual({ stored: 3, duplicates: 1 });
      const again = await app.request('/api/events', post(batch));
      expect(await again.json()).toEqual({ stored: 0, duplicates: 4 });
      const single = await app.request('/api/events', post({ run, type: 'completed' }));
      expect(await single.json()).toEqual({ stored: 1, duplicates: 0 });
      const report = await stats();
      expect(report.funnel.map((s) => s.count)).toEqual([1, 1, 1, 0, 0, 0, 0, 1]);
      const stored = await store.db.db.selectFrom('events').selectAll().execute();
      expect(stored.find((e) => e.type === 'shown')?.source).toBe('https://a.example/p');
      expect(Object.keys(stored[0] ?? {}).sort()).toEqual(
        ['created_at', 'day', 'question_id', 'run', 'source', 'type'].sort(),
      );
    });

    it('refuses malformed events with a clear code', async () => {
      const cases: [unknown, number, string][] = [
        [{ run, type: 'answered' }, 400, 'invalid_request'],
        [{ run, type: 'shown', questionId: 'output' }, 400, 'invalid_request'],
        [{ run: 'not-a-uuid', type: 'shown' }, 400, 'invalid_request'],
        [{ run, type: 'clicked' }, 400, 'invalid_request'],
        [{ run, type: 'answered', questionId: 'favourite-colour' }, 422, 'unknown_question'],
        [{ events: [] }, 400, 'invalid_request'],
        [
          { events: Array.from({ length: 51 }, () => ({ run, type: 'shown' })) },
          400,
          'invalid_request',
        ],
      ];
      for (const [body, status, code] of cases) {
        const res = await app.request('/api/events', post(body));
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
      }
    });

    it('uses a recent `at` for the day and ignores an implausible one', async () => {
      const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
      await app.request(
        '/api/events',
        post({ run: crypto.randomUUID(), type: 'shown', at: recent }),
      );
      await app.request(
        '/api/events',
        post({ run: crypto.randomUUID(), type: 'shown', at: '1999-01-01T00:00:00Z' }),
      );
      const days = (await store.db.db.selectFrom('events').select('day').execute()).map(
        (e) => e.day,
      );
      expect(days.sort()).toEqual(
        [recent.slice(0, 10), new Date().toISOString().slice(0, 10)].sort(),
      );
    });

    it('lets other sites post events (CORS) without cookies', async () => {
      const res = await app.request('/api/events', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://blog.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  it('describes the analytics routes in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes?: Record<string, unknown> };
    };
    expect(doc.paths['/api/events']?.post).toBeDefined();
    expect(doc.paths['/api/stats']?.get?.security).toEqual([{ ownerToken: [] }]);
    expect(doc.paths['/api/stats/export']?.get).toBeDefined();
    expect(doc.components.securitySchemes?.ownerToken).toMatchObject({ scheme: 'bearer' });
  });
});
