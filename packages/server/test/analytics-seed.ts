import { DEFAULT_QUIZ } from '@rolefit/core';
import type { App } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';

/** A JSON POST for `app.request`. */
export const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Answers picking option `pick(questionIndex)` on every question. */
export const answersBy = (pick: (q: number) => number) =>
  Object.fromEntries(
    DEFAULT_QUIZ.questions.map((q, i) => [
      q.id,
      q.options[pick(i) % q.options.length]?.id as string,
    ]),
  );

/** A small deterministic pseudo-random sequence, so seeded data is the same every run. */
export function sequence(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** Pages the seeded responses come from; one is formula-like, one is empty. */
export const SOURCES = [
  'https://blog.example/post?utm=x',
  'https://news.example/ai/roles#top',
  '=HYPERLINK("http://evil.example")',
  undefined,
];

/** Days the seed spreads responses over (the store clock is moved to each). */
export const DAYS = ['2026-03-01', '2026-03-02', '2026-03-04', '2026-03-05'];

/**
 * Post `count` responses through the API over several days and pages, with random answers, and
 * a few retries; plus funnel events with retries and partial runs. `setDay` moves the store clock.
 */
export async function seedAnalytics(app: App, setDay: (day: string) => void, count = 60) {
  const random = sequence(42);
  for (let i = 0; i < count; i++) {
    const day = DAYS[Math.floor(random() * DAYS.length)] as string;
    setDay(day);
    const source = SOURCES[Math.floor(random() * SOURCES.length)];
    const body = {
      id: crypto.randomUUID(),
      answers: answersBy(() => Math.floor(random() * 5)),
      ...(source ? { source } : {}),
    };
    const first = await app.request('/api/responses', post(body));
    if (first.status !== 201) throw new Error(`seed response refused: ${await first.text()}`);
    if (i % 7 === 0) await app.request('/api/responses', post(body)); // a retry
    const run = crypto.randomUUID();
    const at = `${day}T12:00:00.000Z`;
    // Runs stop at different steps, so the funnel narrows.
    const reached = Math.floor(random() * (DEFAULT_QUIZ.questions.length + 3));
    const events: Record<string, unknown>[] = [{ run, type: 'shown', at }];
    if (reached > 0) events.push({ run, type: 'started', at });
    for (const [q, question] of DEFAULT_QUIZ.questions.entries()) {
      if (reached > q + 1) events.push({ run, type: 'answered', questionId: question.id, at });
    }
    if (reached > DEFAULT_QUIZ.questions.length + 1) events.push({ run, type: 'completed', at });
    const batch = { events: events.map((e) => (source ? { ...e, source } : e)) };
    const sent = await app.request('/api/events', post(batch));
    if (sent.status !== 200) throw new Error(`seed events refused: ${await sent.text()}`);
    if (i % 5 === 0) await app.request('/api/events', post(batch)); // a retried batch
  }
}

const bump = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

/** The figures recomputed from the raw rows, without the aggregates. */
export async function recompute(
  store: Store,
  filter: { from?: string | undefined; to?: string | undefined; source?: string | null } = {},
) {
  const inRange = (day: string) =>
    (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  const perDay: Record<string, number> = {};
  const roles: Record<string, number> = {};
  const regimes: Record<string, number> = {};
  const work: Record<string, number> = {};
  const answers: Record<string, number> = {};
  let after: number | undefined;
  for (;;) {
    const page = await store.responses.list({ limit: 500, ...(after ? { after } : {}) });
    for (const r of page.responses) {
      if (r.teamId !== null || !inRange(r.createdAt.slice(0, 10))) continue;
      if (filter.source !== undefined && r.source !== filter.source) continue;
      bump(perDay, r.createdAt.slice(0, 10));
      bump(roles, r.result.role);
      bump(regimes, r.result.regime.recommended);
      bump(work, r.result.dominantWork);
      for (const [q, o] of Object.entries(r.answers)) bump(answers, `${q}:${o}`);
    }
    if (page.next === null) break;
    after = page.next;
  }
  const events = await store.db.db.selectFrom('events').selectAll().execute();
  const funnel: Record<string, number> = {};
  for (const e of events) {
    if (!inRange(e.day)) continue;
    if (filter.source !== undefined && e.source !== (filter.source ?? '')) continue;
    bump(funnel, e.type === 'answered' ? `answered:${e.question_id}` : e.type);
  }
  return { perDay, roles, regimes, work, answers, funnel };
}
