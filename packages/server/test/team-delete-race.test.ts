import { DEFAULT_QUIZ } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { TEST_DIALECTS } from './test-stores.ts';

const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[2]?.id]));

describe.each(TEST_DIALECTS)('a team deleted while a member submits, on $name', ({ open }) => {
  it('takes the response back and says the join link no longer works', async () => {
    const store = await open();
    try {
      const bootstrap = createApp({ store });
      const created = await bootstrap.request('/api/teams', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Short-lived' }),
      });
      const team = (await created.json()) as { id: string; joinCode: string };
      // The lead deletes the team right after the member's join code was looked up.
      const app = createApp({
        store,
        teamOf: async (code) => {
          const id = await store.teams.idForJoinCode(code);
          if (id) await store.teams.delete(id);
          return id;
        },
      });
      const res = await app.request('/api/responses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: crypto.randomUUID(), answers, team: team.joinCode }),
      });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'unknown_team' } });
      expect((await store.responses.list()).responses).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
