import { DEFAULT_QUIZ } from '@rolefit/core';

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

/** One `POST /api/responses` as the fault tests see it. */
export type Attempt = {
  id: string;
  /** 0 when the connection itself failed. */
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  ms: number;
};

/** Post one response with a fresh id (or the given one) and time the answer. */
export async function postResponse(
  url: string,
  id: string = crypto.randomUUID(),
): Promise<Attempt> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, answers }),
    });
    const body = (await res.json()) as { error?: { code?: string } };
    return {
      id,
      status: res.status,
      code: body.error?.code,
      retryAfter: res.headers.get('retry-after'),
      ms: performance.now() - started,
    };
  } catch {
    return { id, status: 0, code: undefined, retryAfter: null, ms: performance.now() - started };
  }
}

/** Acknowledged: the server said it stored the response (201 new, 200 already stored). */
export const acknowledged = (a: Attempt) => a.status === 201 || a.status === 200;

/**
 * `workers` clients posting one response after another until `stop` resolves, each at most
 * `maxEach` times, so the load is bounded however long the fault lasts.
 */
export function bombard(url: string, workers: number, maxEach: number) {
  const attempts: Attempt[] = [];
  let stopped = false;
  const waiters: { count: number; resolve: () => void; when: (a: Attempt) => boolean }[] = [];
  const record = (a: Attempt) => {
    attempts.push(a);
    for (const w of waiters) if (w.when(a) && --w.count === 0) w.resolve();
  };
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = 0; i < maxEach && !stopped; i++) record(await postResponse(url));
    }),
  );
  return {
    attempts,
    /** Resolve once `count` more attempts matching `when` have been answered. */
    seen(count: number, when: (a: Attempt) => boolean = () => true) {
      const seen = new Promise<void>((resolve) => waiters.push({ count, resolve, when }));
      const ran = done.then(() => {
        throw new Error(`the load ran out before ${count} more answers like that came back`);
      });
      return Promise.race([seen, ran]);
    },
    async stop() {
      stopped = true;
      await done;
      return attempts;
    },
  };
}
