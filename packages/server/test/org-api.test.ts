import { DEFAULT_QUIZ, orgPortfolio } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { OrgView } from '../src/orgs/org-schemas.ts';
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

type Team = { id: string; joinCode: string; adminSecret: string };
type Org = { id: string; adminSecret: string; adminUrl: string };

describe.each(TEST_DIALECTS)('organisations on $name (issue 17)', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store });
  });
  afterEach(async () => {
    await store.close();
  });

  const post = async <T>(path: string, body: unknown, secret?: string) => {
    const res = await app.request(path, send('POST', body, secret));
    return { status: res.status, body: (await res.json()) as T };
  };
  const team = async (name: string, picks: number[]) => {
    const { body } = await post<Team>('/api/teams', { name, minResponses: 3 });
    for (const p of picks) {
      const answer = { id: crypto.randomUUID(), answers: answersAt(p), team: body.joinCode };
      expect((await post('/api/responses', answer)).status).toBe(201);
    }
    return body;
  };
  const view = async (org: Org, query = '') => {
    const res = await app.request(
      `/api/orgs/${org.id}${query}`,
      send('GET', undefined, org.adminSecret),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    return (await res.json()) as OrgView;
  };
  const summary = async (t: Team) =>
    (await (
      await app.request(`/api/teams/${t.id}`, send('GET', undefined, t.adminSecret))
    ).json()) as TeamSummary;

  it('creates an org with an unguessable id and its secret in the admin link’s fragment', async () => {
    const { status, body } = await post<Org>('/api/orgs', { name: '  Lab  ' });
    expect(status).toBe(201);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(body.adminSecret).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const url = new URL(body.adminUrl);
    expect(url.pathname + url.search).toBe('/org');
    expect(url.hash).toBe(`#admin=${body.id}.${body.adminSecret}`);
    // Only the hash is stored.
    const rows = await store.db.db.selectFrom('orgs').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(body.adminSecret);
    expect((await view(body)).org).toMatchObject({ id: body.id, name: 'Lab' });
    expect((await post('/api/orgs', { name: '' })).status).toBe(400);
  });

  it('gathers its teams’ centres, weighted by responses; a team below its minimum adds nothing', async () => {
    const { body: org } = await post<Org>('/api/orgs', { name: 'Lab' });
    const theory = await team('Theory', [0, 0, 1, 0, 0, 1]);
    const infra = await team('Scaling infra', [2, 2, 2]);
    const product = await team('Assistant', [4, 4, 3, 4, 4, 3, 4, 4, 4]);
    const late = await team('New team', [1, 3]);
    for (const t of [theory, infra, product, late]) {
      const joined = await post(
        `/api/orgs/${org.id}/teams`,
        { teamId: t.id, adminSecret: t.adminSecret },
        org.adminSecret,
      );
      expect(joined.status).toBe(200);
    }
    const seen = await view(org);
    expect(seen.teams.map((t) => t.name)).toEqual([
      'Theory',
      'Scaling infra',
      'Assistant',
      'New team',
    ]);
    expect(seen.teams.map((t) => t.responses)).toEqual([6, 3, 9, 2]);
    const below = seen.teams[3];
    expect(below).toMatchObject({ centre: null, weight: 0, against: false, minResponses: 3 });
    expect(seen.teams.map((t) => t.minResponses)).toEqual([3, 3, 3, 3]);
    // The org view is core's portfolio of the team centres, the dashboards' own centres.
    const centres = await Promise.all([theory, infra, product].map(summary));
    const expected = orgPortfolio(
      centres.map((s, i) => ({
        id: s.team.id,
        name: s.team.name,
        responses: [6, 3, 9][i] as number,
        centre: { shares: s.members?.portfolio.shares },
      })),
    );
    if (!expected.ok) throw new Error(expected.error.message);
    expect(seen.centre).toEqual(expected.value.centre);
    expect(seen.regime?.recommended).toBe(expected.value.regime?.recommended);
    expect(seen.teams.slice(0, 3).map((t) => t.against)).toEqual(
      expected.value.teams.map((t) => t.against),
    );
    expect(seen.heatmap).toHaveLength(3);
    // Nothing about a member: no positions, answers or ids of responses anywhere in it.
    const text = JSON.stringify(seen);
    expect(text).not.toMatch(/positions|answers|"members"/);
  });

  it('weighs by headcount when every contributing team gave one, and says when it could not', async () => {
    const { body: org } = await post<Org>('/api/orgs', { name: 'Lab' });
    const a = await team('A', [0, 0, 0]);
    const b = await team('B', [4, 4, 4]);
    await post(
      `/api/orgs/${org.id}/teams`,
      { teamId: a.id, adminSecret: a.adminSecret, headcount: 2 },
      org.adminSecret,
    );
    await post(
      `/api/orgs/${org.id}/teams`,
      { teamId: b.id, adminSecret: b.adminSecret },
      org.adminSecret,
    );
    const partial = await view(org, '?weighting=headcount');
    expect(partial.weighting).toBe('responses');
    expect(partial.headcounts).toEqual({ given: 1, of: 2 });
    // Posting again updates the headcount.
    await post(
      `/api/orgs/${org.id}/teams`,
      { teamId: b.id, adminSecret: b.adminSecret, headcount: 6 },
      org.adminSecret,
    );
    const counted = await view(org, '?weighting=headcount');
    expect(counted.weighting).toBe('headcount');
    expect(counted.teams.map((t) => t.weight)).toEqual([0.25, 0.75]);
  });

  it('one 401 for every refusal; an org secret never opens a team’s dashboard', async () => {
    const { body: org } = await post<Org>('/api/orgs', { name: 'Lab' });
    const { body: other } = await post<Org>('/api/orgs', { name: 'Other' });
    const t = await team('Theory', [0, 0, 0]);
    const refusals = [
      app.request(`/api/orgs/${org.id}`),
      app.request(`/api/orgs/${org.id}`, send('GET', undefined, other.adminSecret)),
      app.request(`/api/orgs/${org.id}`, send('GET', undefined, t.adminSecret)),
      app.request(`/api/orgs/nope`, send('GET', undefined, org.adminSecret)),
      // The team's consent: a wrong team secret, or another team's id, is the same refusal.
      app.request(
        `/api/orgs/${org.id}/teams`,
        send('POST', { teamId: t.id, adminSecret: 'x'.repeat(43) }, org.adminSecret),
      ),
      app.request(
        `/api/orgs/${org.id}/teams`,
        send('POST', { teamId: 'nope', adminSecret: t.adminSecret }, org.adminSecret),
      ),
      app.request(
        `/api/orgs/${org.id}/teams`,
        send('POST', { teamId: t.id, adminSecret: t.adminSecret }, t.adminSecret),
      ),
      app.request(
        `/api/orgs/${org.id}/teams/${t.id}`,
        send('DELETE', undefined, other.adminSecret),
      ),
    ];
    const bodies = new Set<string>();
    for (const res of await Promise.all(refusals)) {
      expect(res.status).toBe(401);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    for (const path of [`/api/teams/${t.id}`, `/api/teams/${t.id}/export`]) {
      const res = await app.request(path, send('GET', undefined, org.adminSecret));
      expect(res.status, path).toBe(401);
    }
    // The team's secret is checked on joining, never stored with the org.
    await post(
      `/api/orgs/${org.id}/teams`,
      { teamId: t.id, adminSecret: t.adminSecret },
      org.adminSecret,
    );
    const rows = await store.db.db.selectFrom('org_teams').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(t.adminSecret);
  });

  it('a lead can leave; a deleted team disappears from its org', async () => {
    const { body: org } = await post<Org>('/api/orgs', { name: 'Lab' });
    const a = await team('A', [0, 0, 0]);
    const b = await team('B', [4, 4, 4]);
    for (const t of [a, b]) {
      await post(
        `/api/orgs/${org.id}/teams`,
        { teamId: t.id, adminSecret: t.adminSecret },
        org.adminSecret,
      );
    }
    const left = await app.request(
      `/api/orgs/${org.id}/teams/${a.id}`,
      send('DELETE', undefined, a.adminSecret),
    );
    expect(left.status).toBe(200);
    expect(await left.json()).toEqual({ removed: true });
    expect((await view(org)).teams.map((t) => t.name)).toEqual(['B']);
    await app.request(`/api/teams/${b.id}`, send('DELETE', undefined, b.adminSecret));
    const empty = await view(org);
    expect(empty).toMatchObject({ teams: [], centre: null, regime: null });
    // Deleting the org leaves its teams as they were.
    const c = await team('C', [2, 2, 2]);
    await post(
      `/api/orgs/${org.id}/teams`,
      { teamId: c.id, adminSecret: c.adminSecret },
      org.adminSecret,
    );
    expect(
      (await app.request(`/api/orgs/${org.id}`, send('DELETE', undefined, org.adminSecret))).status,
    ).toBe(200);
    expect(
      (await app.request(`/api/orgs/${org.id}`, send('GET', undefined, org.adminSecret))).status,
    ).toBe(401);
    expect((await summary(c)).members).not.toBeNull();
  });
});
