import { DEFAULT_QUIZ, portfolio, QuizResult, score } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { LogLine } from '../src/request-log.ts';
import type { Store } from '../src/store/create-store.ts';
import type { TeamSummary } from '../src/teams/team-schemas.ts';
import { TEST_DIALECTS } from './test-stores.ts';

const answersAt = (index: number) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id as string]));

const send = (method: string, body?: unknown, secret?: string): RequestInit => ({
  method,
  headers: {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...(secret === undefined ? {} : { Authorization: `Bearer ${secret}` }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

type Created = {
  id: string;
  joinCode: string;
  adminSecret: string;
  joinUrl: string;
  adminUrl: string;
};

describe.each(TEST_DIALECTS)('team API on $name', ({ open }) => {
  let store: Store;
  let app: App;
  let logs: LogLine[];
  beforeEach(async () => {
    store = await open();
    logs = [];
    app = createApp({ store, log: (line) => logs.push(line) });
  });
  afterEach(async () => {
    await store.close();
  });

  const createTeam = async (body: unknown = { name: 'Applied ML' }) => {
    const res = await app.request('/api/teams', send('POST', body));
    expect(res.status).toBe(201);
    return (await res.json()) as Created;
  };
  const answer = async (joinCode: string, answers: Record<string, string>, context?: object) => {
    const body = {
      id: crypto.randomUUID(),
      answers,
      team: joinCode,
      ...(context ? { context } : {}),
    };
    const res = await app.request('/api/responses', send('POST', body));
    expect(res.status).toBe(201);
    return QuizResult.parse(await res.json());
  };
  const summary = async (team: Created) => {
    const res = await app.request(
      `/api/teams/${team.id}`,
      send('GET', undefined, team.adminSecret),
    );
    expect(res.status).toBe(200);
    return (await res.json()) as TeamSummary;
  };

  it('checks a join link as the join page opens: the team name, or unknown_team', async () => {
    const team = await createTeam({ name: 'Applied ML', minResponses: 3 });
    const ok = await app.request(`/api/join/${team.joinCode}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    // The name only: nothing a member could learn about the others from.
    expect(await ok.json()).toEqual({ name: 'Applied ML' });
    for (const code of ['NOPE', 'x'.repeat(22), 'y'.repeat(200)]) {
      const unknown = await app.request(`/api/join/${code}`, {
        headers: { 'Accept-Language': 'de' },
      });
      expect(unknown.status, code).toBe(404);
      const body = (await unknown.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unknown_team');
      expect(unknown.headers.get('content-language')).toBe('de');
    }
    await app.request(`/api/teams/${team.id}`, send('DELETE', undefined, team.adminSecret));
    expect((await app.request(`/api/join/${team.joinCode}`)).status).toBe(404);
  });

  it('an answer given again from the same browser replaces the earlier one, with its batch', async () => {
    const team = await createTeam({ name: 'Applied ML', minResponses: 3 });
    const post = (body: object) => app.request('/api/responses', send('POST', body));
    const first = crypto.randomUUID();
    expect((await post({ id: first, answers: answersAt(0), team: team.joinCode })).status).toBe(
      201,
    );
    await answer(team.joinCode, answersAt(1));
    await answer(team.joinCode, answersAt(2));
    const before = await summary(team);
    expect(before).toMatchObject({ responses: 3, released: 3, replaced: 0, needed: 0 });
    const again = crypto.randomUUID();
    const sent = await post({
      id: again,
      answers: answersAt(4),
      team: team.joinCode,
      replaces: first,
    });
    expect(sent.status).toBe(201);
    // Waiting for its batch: the map has not moved.
    const waiting = await summary(team);
    expect(waiting.members).toEqual(before.members);
    expect(waiting).toMatchObject({ responses: 4, released: 3, replaced: 0 });
    await answer(team.joinCode, answersAt(3));
    await answer(team.joinCode, answersAt(3));
    // The batch shows: the first answer left as the new one came, with two others.
    const after = await summary(team);
    expect(after).toMatchObject({ responses: 6, released: 6, replaced: 1 });
    expect(after.members?.positions).toHaveLength(5);
    const exported = (await (
      await app.request(
        `/api/teams/${team.id}/export?format=json`,
        send('GET', undefined, team.adminSecret),
      )
    ).json()) as { responses: unknown[] };
    expect(exported.responses).toHaveLength(5);
  });

  it('ignores a replaced id from elsewhere: a public answer, another team’s, or an unknown one', async () => {
    const team = await createTeam({ minResponses: 3, name: 'A' });
    const other = await createTeam({ minResponses: 3, name: 'B' });
    const post = (body: object) => app.request('/api/responses', send('POST', body));
    const publicId = crypto.randomUUID();
    expect((await post({ id: publicId, answers: answersAt(0) })).status).toBe(201);
    const otherId = crypto.randomUUID();
    expect((await post({ id: otherId, answers: answersAt(0), team: other.joinCode })).status).toBe(
      201,
    );
    for (const replaces of [publicId, otherId, crypto.randomUUID()]) {
      const res = await post({
        id: crypto.randomUUID(),
        answers: answersAt(1),
        team: team.joinCode,
        replaces,
      });
      expect(res.status).toBe(201);
    }
    expect(await summary(team)).toMatchObject({ responses: 3, released: 3, replaced: 0 });
    expect((await summary(other)).responses).toBe(1);
    const bad = await post({ id: crypto.randomUUID(), answers: answersAt(1), replaces: 'nope' });
    expect(bad.status).toBe(400);
  });

  it('creates a team with unguessable ids, a join link and an admin link with the secret in the fragment', async () => {
    const team = await createTeam({ name: '  Applied ML  ', minResponses: 4 });
    expect(team.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(team.joinCode).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(team.adminSecret).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(new Set([team.id, team.joinCode, team.adminSecret]).size).toBe(3);
    const join = new URL(team.joinUrl);
    expect(join.pathname).toBe('/teams/join');
    expect(join.searchParams.get('team')).toBe(team.joinCode);
    const admin = new URL(team.adminUrl);
    expect(admin.pathname + admin.search).not.toContain(team.adminSecret);
    expect(admin.hash).toBe(`#admin=${team.id}.${team.adminSecret}`);
    const other = await createTeam();
    expect(other.id).not.toBe(team.id);
    expect(other.adminSecret).not.toBe(team.adminSecret);
    const s = await summary(team);
    expect(s.team).toMatchObject({ id: team.id, name: 'Applied ML', minResponses: 4 });
    expect(s.team.joinUrl).toBe(team.joinUrl);
  });

  it('checks a secret against the stored hash alone: a refusal never loads the team (issue 13 item 10)', async () => {
    // A refusal that loaded (and parsed) the whole row took longer for a team that exists and
    // longer still with many workstreams, which told a guesser which ids are real.
    let loads = 0;
    const counted = {
      ...store,
      teams: {
        ...store.teams,
        get: (id: string) => {
          loads++;
          return store.teams.get(id);
        },
      },
    };
    const counting = createApp({ store: counted });
    const team = await createTeam();
    const workstreams = Array.from({ length: 100 }, (_, i) => ({
      name: `Stream ${i}`,
      effort: 1,
      work: 'rnd',
    }));
    const put = await app.request(
      `/api/teams/${team.id}/workstreams`,
      send('PUT', { workstreams }, team.adminSecret),
    );
    expect(put.status).toBe(200);
    const wrong = 'x'.repeat(43);
    for (const id of [team.id, 'no-such-team']) {
      const res = await counting.request(`/api/teams/${id}`, send('GET', undefined, wrong));
      expect(res.status).toBe(401);
    }
    expect(loads).toBe(0);
    const right = await counting.request(
      `/api/teams/${team.id}`,
      send('GET', undefined, team.adminSecret),
    );
    expect(right.status).toBe(200);
    expect(loads).toBe(1);
  });

  it('builds links on ROLEFIT_PUBLIC_URL when set, whatever Host the request names (issue 13 item 12)', async () => {
    const pinned = createApp({ store, publicUrl: 'https://rolefit.example' });
    const res = await pinned.request('http://evil.example/api/teams', {
      ...send('POST', { name: 'Applied ML' }),
    });
    expect(res.status).toBe(201);
    const team = (await res.json()) as Created;
    expect(team.joinUrl).toMatch(/^https:\/\/rolefit\.example\/teams\/join\?team=/);
    expect(team.adminUrl).toMatch(/^https:\/\/rolefit\.example\/team#admin=/);
    const view = await pinned.request(
      `http://evil.example/api/teams/${team.id}`,
      send('GET', undefined, team.adminSecret),
    );
    expect(((await view.json()) as TeamSummary).team.joinUrl).toMatch(
      /^https:\/\/rolefit\.example\//,
    );
  });

  it('stores only a hash of the admin secret and never logs it', async () => {
    const team = await createTeam();
    await summary(team);
    const rows = await store.db.db.selectFrom('teams').selectAll().execute();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(team.adminSecret);
    expect(rows[0]?.admin_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(logs.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(logs)).not.toContain(team.adminSecret);
  });

  it('refuses a bad name or minimum with a 400', async () => {
    for (const body of [
      {},
      { name: '' },
      { name: '   ' },
      { name: 'x'.repeat(121) },
      { name: 'ok', minResponses: 2 },
      { name: 'ok', minResponses: 51 },
      { name: 'ok', minResponses: 3.5 },
    ]) {
      const res = await app.request('/api/teams', send('POST', body));
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await store.db.db.selectFrom('teams').selectAll().execute()).toHaveLength(0);
  });

  describe('every refusal is the same 401, whether or not the team exists', () => {
    const calls: [string, string, (id: string) => string, unknown][] = [
      ['summary', 'GET', (id) => `/api/teams/${id}`, undefined],
      ['workstreams', 'GET', (id) => `/api/teams/${id}/workstreams`, undefined],
      ['edit workstreams', 'PUT', (id) => `/api/teams/${id}/workstreams`, { workstreams: [] }],
      ['lead view', 'PUT', (id) => `/api/teams/${id}/lead-view`, { answers: answersAt(0) }],
      ['export', 'GET', (id) => `/api/teams/${id}/export?format=csv`, undefined],
      ['delete', 'DELETE', (id) => `/api/teams/${id}`, undefined],
    ];
    it.each(calls)('%s', async (_, method, path, body) => {
      const team = await createTeam();
      const other = await createTeam({ name: 'Other team' });
      const gone = await createTeam({ name: 'Deleted team' });
      const del = await app.request(
        `/api/teams/${gone.id}`,
        send('DELETE', undefined, gone.adminSecret),
      );
      expect(del.status).toBe(200);
      const attempts: [string, RequestInit][] = [
        [path(team.id), send(method, body)],
        [path(team.id), send(method, body, 'wrong-secret')],
        [path(team.id), send(method, body, team.joinCode)],
        [path(team.id), send(method, body, team.id)],
        [path(team.id), send(method, body, other.adminSecret)],
        [
          path(team.id),
          {
            ...send(method, body),
            headers: {
              ...(body ? { 'Content-Type': 'application/json' } : {}),
              Authorization: `Basic ${team.adminSecret}`,
            },
          },
        ],
        [path('no-such-team'), send(method, body, team.adminSecret)],
        [path(crypto.randomUUID()), send(method, body, 'x'.repeat(43))],
        [path(gone.id), send(method, body, gone.adminSecret)],
        [path(gone.id), send(method, body)],
      ];
      const answers = await Promise.all(
        attempts.map(async ([url, init]) => {
          const res = await app.request(url, init);
          return {
            status: res.status,
            body: await res.text(),
            type: res.headers.get('content-type'),
          };
        }),
      );
      const first = answers[0];
      expect(first?.status).toBe(401);
      expect(JSON.parse(first?.body ?? '{}').error.code).toBe('unauthorized');
      for (const a of answers) expect(a).toEqual(first);
      // Still there and unchanged: the refused delete deleted nothing.
      expect((await summary(team)).team.name).toBe('Applied ML');
    });
  });

  it('hides the members until the minimum, then shows core portfolio over their results', async () => {
    const team = await createTeam();
    const results = [await answer(team.joinCode, answersAt(4))];
    results.push(await answer(team.joinCode, answersAt(0)));
    let s = await summary(team);
    expect(s).toMatchObject({ responses: 2, needed: 1, members: null });
    results.push(
      await answer(team.joinCode, answersAt(2), {
        title: 'research-scientist',
        'reviewed-on': 'papers',
      }),
    );
    s = await summary(team);
    expect(s.responses).toBe(3);
    expect(s.needed).toBe(0);
    const expected = portfolio(results.map((r) => ({ effort: 1, result: r })));
    if (!expected.ok) throw new Error(expected.error.message);
    const { items: _, ...team3 } = expected.value;
    expect(s.members?.portfolio).toEqual(team3);
    expect(s.members?.positions).toEqual(
      results.map((r) => Math.round(r.position * 1e4) / 1e4).sort((a, b) => a - b),
    );
    expect(s.members?.roles).toEqual({
      'research-scientist': 1,
      'research-engineer': 1,
      'ai-engineer': 1,
    });
    const wrong = results[2]?.mismatches ?? [];
    expect(s.members?.mismatches).toEqual({
      title: wrong.some((m) => m.kind === 'title') ? 1 : 0,
      review: wrong.some((m) => m.kind === 'review') ? 1 : 0,
      total: wrong.length > 0 ? 1 : 0,
    });
    // No individual answer anywhere in the summary.
    const text = JSON.stringify(s);
    expect(text).not.toContain('"answers"');
    expect(text).not.toContain('"items"');
  });

  it('a team of 5 shows nothing at 4 answers', async () => {
    const team = await createTeam({ name: 'Five', minResponses: 5 });
    for (const i of [0, 1, 2, 3]) await answer(team.joinCode, answersAt(i));
    expect(await summary(team)).toMatchObject({ responses: 4, needed: 1, members: null });
    await answer(team.joinCode, answersAt(4));
    expect((await summary(team)).members?.portfolio.count).toBe(5);
  });

  it('keeps the lead’s workstreams, replaces them, and maps them with core portfolio', async () => {
    const team = await createTeam();
    const path = `/api/teams/${team.id}/workstreams`;
    const list = [
      { name: 'Evals', effort: 2, work: 'rnd' },
      { name: 'Chat', effort: 3, work: 'product' },
      { name: 'New method', effort: 1, shares: { research: 0.8, rnd: 0.2, product: 0 } },
    ];
    const put = await app.request(path, send('PUT', { workstreams: list }, team.adminSecret));
    expect(put.status).toBe(200);
    const expected = portfolio(list);
    if (!expected.ok) throw new Error(expected.error.message);
    expect((await put.json()).portfolio).toEqual(expected.value);
    const got = await (await app.request(path, send('GET', undefined, team.adminSecret))).json();
    expect(got).toEqual({ workstreams: list, portfolio: expected.value });
    expect((await summary(team)).workstreams).toEqual(expected.value);
    const replaced = await app.request(
      path,
      send('PUT', { workstreams: [list[0]] }, team.adminSecret),
    );
    expect((await replaced.json()).workstreams).toEqual([list[0]]);
    await app.request(path, send('PUT', { workstreams: [] }, team.adminSecret));
    expect((await summary(team)).workstreams).toBeNull();
    for (const bad of [
      [{ name: 'Both', effort: 1, work: 'rnd', shares: { research: 1, rnd: 0, product: 0 } }],
      [{ name: 'Neither', effort: 1 }],
      [{ name: 'Zero', effort: 1, shares: { research: 0, rnd: 0, product: 0 } }],
      [{ name: 'Free', effort: 0, work: 'rnd' }],
      [{ name: '', effort: 1, work: 'rnd' }],
      [{ name: 'Kind', effort: 1, work: 'ops' }],
    ]) {
      const res = await app.request(path, send('PUT', { workstreams: bad }, team.adminSecret));
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
  });

  it('scores the lead’s view and shows it beside the members', async () => {
    const team = await createTeam();
    const path = `/api/teams/${team.id}/lead-view`;
    expect((await summary(team)).leadView).toBeNull();
    const res = await app.request(path, send('PUT', { answers: answersAt(1) }, team.adminSecret));
    expect(res.status).toBe(200);
    const scored = score(DEFAULT_QUIZ, answersAt(1));
    if (!scored.ok) throw new Error('unscorable');
    const { position, role, between, dominantWork, regime } = scored.value;
    expect((await summary(team)).leadView).toMatchObject({
      position,
      role,
      between,
      dominantWork,
      regime,
    });
    const bad = await app.request(
      path,
      send('PUT', { answers: { output: 'tweets' } }, team.adminSecret),
    );
    expect(bad.status).toBe(422);
  });

  it('accepts members through POST /api/responses with the join code, without a custom lookup', async () => {
    const team = await createTeam();
    await answer(team.joinCode, answersAt(3));
    const rows = await store.db.db.selectFrom('responses').select('team_id').execute();
    expect(rows).toEqual([{ team_id: team.id }]);
    const byId = await app.request(
      '/api/responses',
      send('POST', { id: crypto.randomUUID(), answers: answersAt(0), team: team.id }),
    );
    expect(byId.status).toBe(404);
  });

  it('delete removes the team, its responses, workstreams and lead view; then nothing answers', async () => {
    const team = await createTeam();
    const keep = await createTeam({ name: 'Keep' });
    for (const i of [0, 2, 4]) await answer(team.joinCode, answersAt(i));
    await answer(keep.joinCode, answersAt(1));
    await app.request(
      '/api/responses',
      send('POST', { id: crypto.randomUUID(), answers: answersAt(1) }),
    );
    await app.request(
      `/api/teams/${team.id}/workstreams`,
      send('PUT', { workstreams: [{ name: 'A', effort: 1, work: 'rnd' }] }, team.adminSecret),
    );
    await app.request(
      `/api/teams/${team.id}/lead-view`,
      send('PUT', { answers: answersAt(0) }, team.adminSecret),
    );
    const del = await app.request(
      `/api/teams/${team.id}`,
      send('DELETE', undefined, team.adminSecret),
    );
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({ deleted: true, responses: 3 });
    const teams = await store.db.db.selectFrom('teams').select('id').execute();
    expect(teams).toEqual([{ id: keep.id }]);
    const responses = await store.db.db
      .selectFrom('responses')
      .select('team_id')
      .orderBy('team_id')
      .execute();
    expect(responses.map((r) => r.team_id).sort()).toEqual([keep.id, null].sort());
    expect(
      (await app.request(`/api/teams/${team.id}`, send('GET', undefined, team.adminSecret))).status,
    ).toBe(401);
    const late = await app.request(
      '/api/responses',
      send('POST', { id: crypto.randomUUID(), answers: answersAt(0), team: team.joinCode }),
    );
    expect(late.status).toBe(404);
    expect((await summary(keep)).responses).toBe(1);
  });

  it('lists the team routes in the OpenAPI document with the bearer scheme', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    for (const p of [
      '/api/teams',
      '/api/teams/{id}',
      '/api/teams/{id}/workstreams',
      '/api/teams/{id}/lead-view',
      '/api/teams/{id}/export',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(Object.keys(doc.paths['/api/teams/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'delete']),
    );
    expect(doc.components.securitySchemes.teamAdmin).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});
