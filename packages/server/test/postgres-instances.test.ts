import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsReport } from '../src/analytics/analytics-schemas.ts';
import { silentLogger } from '../src/request-log.ts';
import { type RunningServer, startServer } from '../src/start-server.ts';
import { answersBy, recompute, sequence } from './analytics-seed.ts';
import { dropPostgresDatabase, freshPostgresUrl, POSTGRES_AVAILABLE } from './test-stores.ts';

const TOKEN = 'two-instances-owner-token';

const postTo = (server: RunningServer, path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (res) => {
    await res.arrayBuffer();
    return res.status;
  });

/** Run tasks with at most `limit` in flight. */
async function bounded<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe.skipIf(!POSTGRES_AVAILABLE)(
  `two server instances over one PostgreSQL database${POSTGRES_AVAILABLE ? '' : ' (skipped: PostgreSQL not reachable)'}`,
  () => {
    let url: string;
    let a: RunningServer;
    let b: RunningServer;
    beforeAll(async () => {
      url = await freshPostgresUrl();
      const webRoot = mkdtempSync(join(tmpdir(), 'rolefit-no-web-'));
      const options = {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: url,
        webRoot,
        log: silentLogger,
        adminToken: TOKEN,
        // This test is one client sending hundreds of writes; per-client limits are not its subject.
        rateLimits: false as const,
        // Counting exactly once is the subject, not the 2 s bound: on a loaded CI machine the
        // inserts queue on the day's aggregate rows longer than that and would answer 503.
        databaseTimeoutMs: 30_000,
      };
      // Both start at once on an empty database: the migrations must not collide.
      [a, b] = await Promise.all([startServer(options), startServer(options)]);
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
      if (url) await dropPostgresDatabase(url);
    });

    it('accept responses at the same time: every id stored once, aggregates equal the raw rows', async () => {
      const random = sequence(7);
      const submissions = Array.from({ length: 200 }, (_, i) => ({
        id: crypto.randomUUID(),
        answers: answersBy(() => Math.floor(random() * 5)),
        source: `https://site${i % 3}.example/quiz?ref=${i}`,
      }));
      const tasks: (() => Promise<{ id: string; status: number }>)[] = [];
      for (const [i, s] of submissions.entries()) {
        const send = (server: RunningServer) => async () => ({
          id: s.id,
          status: await postTo(server, '/api/responses', s),
        });
        tasks.push(send(i % 2 ? a : b));
        // Every fourth id is also sent to the other instance, and again to the first: retries
        // racing across instances.
        if (i % 4 === 0) tasks.push(send(i % 2 ? b : a), send(i % 2 ? a : b));
      }
      // Interleave so duplicates are in flight together.
      const shuffled = tasks
        .map((task) => ({ task, key: random() }))
        .sort((x, y) => x.key - y.key)
        .map((t) => t.task);
      const results = await bounded(shuffled, 24);
      for (const r of results) expect([200, 201]).toContain(r.status);
      const created = new Map<string, number>();
      for (const r of results)
        if (r.status === 201) created.set(r.id, (created.get(r.id) ?? 0) + 1);
      expect(created.size).toBe(200);
      expect([...created.values()].every((n) => n === 1)).toBe(true);

      const rows = await a.store.db.db.selectFrom('responses').select('id').execute();
      expect(rows).toHaveLength(200);
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(submissions.map((s) => s.id)));

      const res = await fetch(`${b.url}/api/stats`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      const report = (await res.json()) as StatsReport;
      expect(report.totals.completions).toBe(200);
      const raw = await recompute(a.store);
      const answers: Record<string, number> = {};
      for (const q of report.answers) {
        for (const o of q.options) if (o.count) answers[`${q.questionId}:${o.optionId}`] = o.count;
      }
      expect(answers).toEqual(raw.answers);
      expect(
        Object.fromEntries(report.roles.filter((r) => r.count).map((r) => [r.id, r.count])),
      ).toEqual(raw.roles);
      expect(report.sources.map((s) => s.completions).sort()).toEqual([66, 67, 67]);
    });

    it('count funnel events sent to both instances at once exactly once', async () => {
      const runs = Array.from({ length: 60 }, () => crypto.randomUUID());
      const batchOf = (run: string) => ({
        events: [
          { run, type: 'shown', source: 'https://site0.example/quiz' },
          { run, type: 'started' },
          ...DEFAULT_QUIZ.questions.map((q) => ({ run, type: 'answered', questionId: q.id })),
          { run, type: 'completed' },
        ],
      });
      const tasks = runs.flatMap((run) => [
        () => postTo(a, '/api/events', batchOf(run)),
        () => postTo(b, '/api/events', batchOf(run)),
      ]);
      const statuses = await bounded(tasks, 24);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      const res = await fetch(`${a.url}/api/stats`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      const report = (await res.json()) as StatsReport;
      expect(report.funnel.map((s) => s.count)).toEqual(report.funnel.map(() => 60));
      const stored = await a.store.db.db.selectFrom('events').select('run').execute();
      expect(stored).toHaveLength(60 * (DEFAULT_QUIZ.questions.length + 3));
    });
  },
);
