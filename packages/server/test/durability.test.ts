import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../src/store/create-store.ts';
import { exited, type ServerProcess, startServerProcess } from './server-process.ts';
import { dropPostgresDatabase, freshPostgresUrl, POSTGRES_AVAILABLE } from './test-stores.ts';

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % 5]?.id]),
);
const KILLS = 3;
const PER_ROUND = 60;

/**
 * Post responses with unique ids from several concurrent senders while the server is killed
 * with SIGKILL at a random moment; restart and go on. Every id acknowledged with 2xx must be
 * stored exactly once. Ids whose request failed are retried after the restart, like a client would.
 */
async function killLoop(databaseUrl: string) {
  const acknowledged = new Set<string>();
  let pending: string[] = [];
  for (let round = 0; round <= KILLS; round++) {
    const server: ServerProcess = await startServerProcess({
      DATABASE_URL: databaseUrl,
      ROLEFIT_RATE_LIMIT_WRITES: '0',
    });
    const ids = [...pending, ...Array.from({ length: PER_ROUND }, () => crypto.randomUUID())];
    pending = [];
    const killAt = round < KILLS ? 5 + Math.floor(Math.random() * 40) : Number.POSITIVE_INFINITY;
    let sent = 0;
    const send = async (id: string) => {
      try {
        const res = await fetch(`${server.url}/api/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id, answers }),
          signal: AbortSignal.timeout(5000),
        });
        if (res.status === 201 || res.status === 200) acknowledged.add(id);
        else pending.push(id);
      } catch {
        pending.push(id);
      }
      if (++sent === killAt) server.child.kill('SIGKILL');
    };
    const queue = [...ids];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) await send(id);
      }),
    );
    server.child.kill('SIGKILL');
    await exited(server.child);
  }
  const store = await createStore(databaseUrl);
  try {
    const stored: string[] = [];
    for (let after: number | undefined; ; ) {
      const page = await store.responses.list({
        limit: 1000,
        ...(after === undefined ? {} : { after }),
      });
      stored.push(...page.responses.map((r) => r.id));
      if (page.next === null) break;
      after = page.next;
    }
    return { acknowledged, stored };
  } finally {
    await store.close();
  }
}

const check = ({ acknowledged, stored }: { acknowledged: Set<string>; stored: string[] }) => {
  expect(acknowledged.size).toBeGreaterThan(KILLS * 10);
  const counts = new Map<string, number>();
  for (const id of stored) counts.set(id, (counts.get(id) ?? 0) + 1);
  const lost = [...acknowledged].filter((id) => !counts.has(id));
  const duplicated = [...counts].filter(([, n]) => n > 1);
  expect(lost).toEqual([]);
  expect(duplicated).toEqual([]);
};

describe('durability: SIGKILL during ingest loses no acknowledged response', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-durability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on SQLite (WAL, synchronous=FULL)', { timeout: 120_000 }, async () => {
    check(await killLoop(`file:${join(dir, 'kill.db')}`));
  });

  const pgName = POSTGRES_AVAILABLE
    ? 'on PostgreSQL'
    : 'on PostgreSQL (skipped: PostgreSQL is not reachable here)';
  it.skipIf(!POSTGRES_AVAILABLE)(pgName, { timeout: 120_000 }, async () => {
    const url = await freshPostgresUrl();
    try {
      check(await killLoop(url));
    } finally {
      await dropPostgresDatabase(url);
    }
  });
});
