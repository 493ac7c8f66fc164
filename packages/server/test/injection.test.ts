import { DEFAULT_QUIZ } from '@rolefit/core';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import type { Database } from '../src/store/database.ts';
import { TEST_DIALECTS } from './test-stores.ts';

/** SQL meant to break out of a string literal, plain and disguised (look-alike quotes, NUL, separators). */
const PAYLOADS = [
  "'; DROP TABLE responses; --",
  '" OR 1=1 --',
  "' OR '1'='1' /*",
  "Robert'); DROP TABLE teams;--",
  "x' UNION SELECT admin_hash, 1 FROM teams --",
  '1; DELETE FROM events WHERE 1=1',
  '$1); SELECT pg_sleep(5); --',
  "\\'; DROP TABLE daily_stats; --",
  '＇; DROP TABLE responses; --',
  'ʼ OR 1=1 --',
  "\u2028'; DROP TABLE settings; --\u2029x",
  "😀'); DROP TABLE daily_totals; --",
];

/** Text no database keeps as sent (PostgreSQL refuses NUL; lone surrogates get replaced): refused. */
const UNSTORABLE = [
  "'\u0000; DROP TABLE responses; --",
  "\ud800'; DROP TABLE teams; --",
  "'; DROP TABLE events; --\udfff",
];

const TABLES: (keyof Database)[] = [
  'responses',
  'teams',
  'settings',
  'events',
  'daily_stats',
  'daily_totals',
];
const TOKEN = 'owner-token-for-injection-tests-0123';
const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id as string]),
);
const firstQuestion = DEFAULT_QUIZ.questions[0]?.id as string;

const urlEncoded = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
};

const json = (method: string, body: unknown, secret?: string): RequestInit => ({
  method,
  headers: {
    'content-type': 'application/json',
    ...(secret ? { authorization: `Bearer ${secret}` } : {}),
  },
  body: JSON.stringify(body),
});

/** Rows in every table; a query on a dropped table would throw. */
async function countRows(store: Store) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await store.db.db
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe.each(TEST_DIALECTS)('SQL injection in every string field on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    store = await open();
    app = createApp({ store, adminToken: TOKEN });
  });
  afterAll(() => store.close());

  /** A 4xx with the error body, never a 5xx: refused, not crashed. */
  const expectRefused = async (res: Response, what: string) => {
    expect(res.status, what).toBeGreaterThanOrEqual(400);
    expect(res.status, what).toBeLessThan(500);
    const body = (await res.json()) as { error?: { code?: string } };
    expect(typeof body.error?.code, what).toBe('string');
  };

  const tableCounts = () => countRows(store);

  it.each(PAYLOADS)(
    'team name and workstream names are stored and read back literally: %j',
    async (payload) => {
      const created = await app.request('/api/teams', json('POST', { name: payload }));
      expect(created.status).toBe(201);
      const team = (await created.json()) as { id: string; adminSecret: string };
      const summary = await app.request(`/api/teams/${team.id}`, {
        headers: { authorization: `Bearer ${team.adminSecret}` },
      });
      expect(summary.status).toBe(200);
      expect(((await summary.json()) as { team: { name: string } }).team.name).toBe(payload.trim());

      const workstreams = [
        { name: payload, effort: 2, work: 'research' },
        { name: `${payload} (2)`, effort: 1, shares: { research: 0, rnd: 1, product: 1 } },
      ];
      const put = await app.request(
        `/api/teams/${team.id}/workstreams`,
        json('PUT', { workstreams }, team.adminSecret),
      );
      expect(put.status).toBe(200);
      const read = await app.request(`/api/teams/${team.id}/workstreams`, {
        headers: { authorization: `Bearer ${team.adminSecret}` },
      });
      const names = ((await read.json()) as { workstreams: { name: string }[] }).workstreams.map(
        (w) => w.name,
      );
      expect(names).toEqual(workstreams.map((w) => w.name.trim()));
    },
  );

  it.each(PAYLOADS)('a response source is stored and exported literally: %j', async (payload) => {
    const id = crypto.randomUUID();
    const res = await app.request('/api/responses', json('POST', { id, answers, source: payload }));
    expect(res.status).toBe(201);
    const exported = await app.request('/api/stats/export?format=json', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(exported.status).toBe(200);
    const rows = (await exported.json()) as { id: string; source: string | null }[];
    expect(rows.find((r) => r.id === id)?.source).toBe(payload);
    // The same text as a filter finds that page and nothing more.
    const stats = await app.request(`/api/stats?source=${encodeURIComponent(payload)}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(stats.status).toBe(200);
    const report = (await stats.json()) as { source: string; totals: { completions: number } };
    expect(report.source).toBe(payload);
    expect(report.totals.completions).toBe(1);
  });

  it.each(PAYLOADS)(
    'answers, context, team codes and ids carrying SQL are refused: %j',
    async (payload) => {
      const post = (body: object) => app.request('/api/responses', json('POST', body));
      await expectRefused(await post({ id: payload, answers }), 'id');
      const id = crypto.randomUUID();
      await expectRefused(
        await post({ id, answers: { ...answers, [payload]: 'x' } }),
        'answer key',
      );
      await expectRefused(
        await post({ id, answers: { ...answers, [firstQuestion]: payload } }),
        'answer value',
      );
      await expectRefused(await post({ id, answers, context: { [payload]: payload } }), 'context');
      await expectRefused(await post({ id, answers, team: payload }), 'team code');
      const lead = await app.request(`/api/teams/${encodeURIComponent(payload)}`, {
        headers: { authorization: 'Bearer guess' },
      });
      await expectRefused(lead, 'team id');
    },
  );

  it.each(PAYLOADS)(
    'funnel events keep the source literally and refuse unknown questions: %j',
    async (payload) => {
      const run = crypto.randomUUID();
      const shown = await app.request(
        '/api/events',
        json('POST', { run, type: 'shown', source: payload }),
      );
      expect(shown.status).toBe(200);
      expect(await shown.json()).toEqual({ stored: 1, duplicates: 0 });
      const answered = await app.request(
        '/api/events',
        json('POST', { run, type: 'answered', questionId: payload }),
      );
      await expectRefused(answered, 'questionId');
      const analyzed = await app.request('/api/analyze', json('POST', { text: payload }));
      expect(analyzed.status).toBe(200);
    },
  );

  it.each(UNSTORABLE)(
    'NUL and lone surrogates are refused in every field, path and query: %j',
    async (payload) => {
      const before = await tableCounts();
      const team = (await (
        await app.request('/api/teams', json('POST', { name: 'ok' }))
      ).json()) as {
        id: string;
        adminSecret: string;
      };
      const teamPath = `/api/teams/${team.id}`;
      const sends: [string, RequestInit][] = [
        ['/api/teams', json('POST', { name: payload })],
        [
          `${teamPath}/workstreams`,
          json(
            'PUT',
            { workstreams: [{ name: payload, effort: 1, work: 'rnd' }] },
            team.adminSecret,
          ),
        ],
        ['/api/responses', json('POST', { id: crypto.randomUUID(), answers, source: payload })],
        ['/api/responses', json('POST', { id: crypto.randomUUID(), answers, team: payload })],
        [
          '/api/responses',
          json('POST', { id: crypto.randomUUID(), answers: { ...answers, [payload]: 'x' } }),
        ],
        ['/api/events', json('POST', { run: crypto.randomUUID(), type: 'shown', source: payload })],
        [
          '/api/events',
          json('POST', { run: crypto.randomUUID(), type: 'answered', questionId: payload }),
        ],
        ['/api/analyze', json('POST', { text: payload })],
      ];
      // A lone surrogate can't even be written into a URL (encodeURIComponent throws); NUL can.
      const inUrl = urlEncoded(payload);
      if (inUrl !== undefined) {
        sends.push(
          [`/api/stats?source=${inUrl}`, { headers: { authorization: `Bearer ${TOKEN}` } }],
          [`/api/teams/${inUrl}`, { headers: { authorization: 'Bearer guess' } }],
        );
      }
      for (const [path, init] of sends) {
        await expectRefused(await app.request(path, init), `${init.method ?? 'GET'} ${path}`);
      }
      const after = await tableCounts();
      expect(after).toEqual({ ...before, teams: (before.teams ?? 0) + 1 });
      await app.request(teamPath, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${team.adminSecret}` },
      });
    },
  );

  it('every table still exists and holds exactly what was accepted', async () => {
    const counts = await tableCounts();
    expect(counts.teams).toBe(PAYLOADS.length);
    expect(counts.responses).toBe(PAYLOADS.length);
    expect(counts.events).toBe(PAYLOADS.length);
    const stats = await app.request('/api/stats', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const report = (await stats.json()) as {
      totals: { completions: number; shown: number };
      sources: { source: string | null; shown: number }[];
    };
    expect(report.totals).toMatchObject({ completions: PAYLOADS.length, shown: PAYLOADS.length });
    expect(report.sources.map((s) => s.source).sort()).toEqual([...PAYLOADS].sort());
  });
});

describe.each(TEST_DIALECTS)('fuzzed text everywhere on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    store = await open();
    app = createApp({ store, adminToken: TOKEN });
  });
  afterAll(() => store.close());

  it('any text in any field, path or query of any endpoint: a 4xx or stored, never a 5xx', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    // Every endpoint but DELETE, which would end the team the others use.
    const endpoints = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => method !== 'delete')
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
    const created = await app.request('/api/teams', json('POST', { name: 'fuzzed' }));
    const team = (await created.json()) as { id: string; adminSecret: string };
    const before = await countRows(store);
    // Plain Unicode, SQL fragments, and the characters databases treat specially.
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...PAYLOADS, ...UNSTORABLE),
      fc.string({
        unit: fc.constantFrom('\u0000', '\ud800', '\udfff', "'", '"', ';', '--', '\\', '%', 'a'),
        maxLength: 12,
      }),
    );
    const body = fc.record(
      {
        name: text,
        text,
        source: text,
        team: text,
        questionId: text,
        type: fc.constantFrom('shown', 'answered'),
        workstreams: text.map((name) => [{ name, effort: 1, work: 'rnd' }]),
        answers: text.map((t) => ({ ...answers, [t]: t })),
      },
      { requiredKeys: [] },
    );
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        body,
        text,
        fc.boolean(),
        async (endpoint, fields, param, ownTeam) => {
          const request = { id: crypto.randomUUID(), run: crypto.randomUUID(), answers, ...fields };
          const path = endpoint.path.replace(
            '{id}',
            ownTeam ? team.id : (urlEncoded(param) ?? 'x'),
          );
          const query = urlEncoded(param);
          const url =
            endpoint.method === 'GET' && query !== undefined
              ? `${path}?source=${query}&format=json`
              : path;
          const secret = path.startsWith('/api/stats') ? TOKEN : team.adminSecret;
          const res = await app.request(
            url,
            endpoint.method === 'GET'
              ? { headers: { authorization: `Bearer ${secret}` } }
              : json(endpoint.method, request, secret),
          );
          expect(
            res.status,
            `${endpoint.method} ${url} ${JSON.stringify(fields).slice(0, 200)}`,
          ).toBeLessThan(500);
          if (endpoint.path === '/api/responses' && res.status === 201) stored++;
        },
      ),
      { numRuns: 400, seed: 9 },
    );
    const after = await countRows(store);
    expect(after.responses).toBe((before.responses ?? 0) + stored);
  });
});
