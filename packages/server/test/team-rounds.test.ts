import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
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

describe.each(TEST_DIALECTS)('team rounds on $name (issue 17)', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store });
  });
  afterEach(async () => {
    await store.close();
  });

  const team = async () => {
    const res = await app.request('/api/teams', send('POST', { name: 'Folding', minResponses: 3 }));
    return (await res.json()) as { id: string; joinCode: string; adminSecret: string };
  };
  const answer = async (joinCode: string, index: number, replaces?: string) => {
    const id = crypto.randomUUID();
    const body = {
      id,
      answers: answersAt(index),
      team: joinCode,
      ...(replaces ? { replaces } : {}),
    };
    expect((await app.request('/api/responses', send('POST', body))).status).toBe(201);
    return id;
  };
  const summary = async (t: { id: string; adminSecret: string }) =>
    (await (
      await app.request(`/api/teams/${t.id}`, send('GET', undefined, t.adminSecret))
    ).json()) as TeamSummary;
  const openRound = (t: { id: string }, secret?: string) =>
    app.request(`/api/teams/${t.id}/rounds`, send('POST', undefined, secret));

  it('opens a round only for the lead, and not while the current one has no answers', async () => {
    const t = await team();
    for (const secret of [undefined, t.joinCode, 'x'.repeat(43)]) {
      const refused = await openRound(t, secret);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
        'unauthorized',
      );
    }
    const empty = await openRound(t, t.adminSecret);
    expect(empty.status).toBe(409);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('round_empty');
    const first = await summary(t);
    expect(first.rounds).toEqual([
      { number: 1, openedAt: expect.any(String), closedAt: null, responses: 0, centre: null },
    ]);
  });

  it('keeps each round read-only as the next one fills, and charts every round’s centre', async () => {
    const t = await team();
    const early = [
      await answer(t.joinCode, 1),
      await answer(t.joinCode, 2),
      await answer(t.joinCode, 2),
    ];
    const round1 = (await summary(t)).rounds[0];
    expect(round1?.centre).not.toBeNull();
    const opened = await openRound(t, t.adminSecret);
    expect(opened.status).toBe(201);
    const { rounds } = (await opened.json()) as {
      rounds: { number: number; closedAt: string | null }[];
    };
    expect(rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(rounds[0]?.closedAt).toEqual(expect.any(String));
    expect(rounds[1]?.closedAt).toBeNull();

    // The new round starts empty: the dashboard waits for its minimum again.
    const fresh = await summary(t);
    expect(fresh).toMatchObject({ responses: 0, released: 0, members: null, needed: 3 });
    expect(fresh.rounds[0]).toMatchObject({ number: 1, responses: 3, centre: round1?.centre });
    expect(fresh.rounds[1]).toMatchObject({ number: 2, responses: 0, centre: null });

    // Answering again from the same browser in the new round replaces nothing of the old one.
    await answer(t.joinCode, 4, early[0]);
    await answer(t.joinCode, 4);
    const below = await summary(t);
    expect(below.rounds[1]).toMatchObject({ responses: 2, centre: null });
    expect(below.replaced).toBe(0);
    await answer(t.joinCode, 3);
    const later = await summary(t);
    expect(later.rounds[0]).toEqual(fresh.rounds[0]);
    expect(later.rounds[1]?.centre?.position).toBeGreaterThan(round1?.centre?.position ?? 1);
    expect(later.members).not.toBeNull();
    expect(later.members?.positions).toHaveLength(3);
    // The export is the current round's.
    const exported = (await (
      await app.request(
        `/api/teams/${t.id}/export?format=json`,
        send('GET', undefined, t.adminSecret),
      )
    ).json()) as { responses: { position: number }[] };
    expect(exported.responses).toHaveLength(3);
  });

  it('a deleted team takes its rounds with it', async () => {
    const t = await team();
    await answer(t.joinCode, 1);
    expect((await openRound(t, t.adminSecret)).status).toBe(201);
    await app.request(`/api/teams/${t.id}`, send('DELETE', undefined, t.adminSecret));
    expect(await store.teams.rounds(t.id)).toEqual([]);
    const left = await store.db.db.selectFrom('team_rounds').selectAll().execute();
    expect(left.filter((r) => r.team_id === t.id)).toEqual([]);
  });
});
