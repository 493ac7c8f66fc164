import type { ResponseSubmission } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createResponseOutbox, OUTBOX_KEY } from './response-outbox.ts';

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
};
const submission = (id: string): ResponseSubmission => ({ id, answers: { output: 'paper' } });

describe('createResponseOutbox', () => {
  it('keeps a submission through network failures and 5xx, resending the same id until a 2xx', async () => {
    const storage = memory();
    const replies: (number | Error)[] = [new Error('offline'), 503, 201];
    const sent: string[] = [];
    const outbox = createResponseOutbox(storage, async (s) => {
      sent.push(s.id);
      const reply = replies.shift();
      if (reply instanceof Error) throw reply;
      return reply ?? 500;
    });
    outbox.add(submission('a'));
    outbox.add(submission('a'));
    expect(outbox.pending()).toHaveLength(1);
    expect(await outbox.flush()).toEqual({ sent: [], dropped: [], kept: ['a'] });
    expect(await outbox.flush()).toEqual({ sent: [], dropped: [], kept: ['a'] });
    expect(outbox.pending()[0]?.attempts).toBe(2);
    expect(await outbox.flush()).toEqual({ sent: ['a'], dropped: [], kept: [] });
    expect(sent).toEqual(['a', 'a', 'a']);
    expect(JSON.parse(storage.getItem(OUTBOX_KEY) ?? '')).toEqual([]);
  });

  it('drops what the server refuses for good (4xx) but keeps 408 and 429 for later', async () => {
    const statuses: Record<string, number> = { bad: 422, conflict: 409, slow: 429, timeout: 408 };
    const outbox = createResponseOutbox(memory(), async (s) => statuses[s.id] ?? 500);
    for (const id of Object.keys(statuses)) outbox.add(submission(id));
    const report = await outbox.flush();
    expect(report.dropped.sort()).toEqual(['bad', 'conflict']);
    expect(report.kept.sort()).toEqual(['slow', 'timeout']);
    expect(
      outbox
        .pending()
        .map((e) => e.submission.id)
        .sort(),
    ).toEqual(['slow', 'timeout']);
  });

  it('runs one flush at a time, so a double trigger sends each id once', async () => {
    let calls = 0;
    let answer: (status: number) => void = () => {};
    let sending: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      sending = resolve;
    });
    const outbox = createResponseOutbox(memory(), () => {
      calls++;
      sending();
      return new Promise((resolve) => {
        answer = resolve;
      });
    });
    outbox.add(submission('x'));
    const first = outbox.flush();
    // The second trigger comes while the first send is still waiting for its answer.
    await inFlight;
    const second = outbox.flush();
    answer(201);
    const reports = await Promise.all([first, second]);
    expect(reports).toEqual([
      { sent: ['x'], dropped: [], kept: [] },
      { sent: ['x'], dropped: [], kept: [] },
    ]);
    expect(calls).toBe(1);
  });

  it('survives corrupt storage by starting empty', async () => {
    const storage = memory();
    storage.setItem(OUTBOX_KEY, '{not json');
    const outbox = createResponseOutbox(storage, async () => 201);
    expect(outbox.pending()).toEqual([]);
    outbox.add(submission('y'));
    expect(outbox.pending()).toHaveLength(1);
  });
});
