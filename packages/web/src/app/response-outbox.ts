import type { ResponseSubmission } from '@rolefit/core';

/** A finished quiz waiting to reach the server, under the id it will keep on every retry. */
export type OutboxEntry = { submission: ResponseSubmission; attempts: number };

/** Sends one submission; resolves with the HTTP status, rejects when the network fails. */
export type SendSubmission = (submission: ResponseSubmission) => Promise<number>;

/** What a flush did with each pending id. */
export type FlushReport = { sent: string[]; dropped: string[]; kept: string[] };

/** The storage the outbox needs: `localStorage` in the browser, a map in tests. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Where the outbox lives in `localStorage`. */
export const OUTBOX_KEY = 'rolefit:outbox';

// A 4xx means the server understood and refused: retrying the same body can never succeed.
// 408 and 429 are the exceptions: they ask to come back later.
const willNeverSucceed = (status: number) =>
  status >= 400 && status < 500 && status !== 408 && status !== 429;

/**
 * Finished quizzes kept in storage until the server acknowledges them, so a response survives a
 * failed request, a closed tab or an offline phone, and is retried with the same id (the server
 * stores each id once).
 * @example const outbox = createResponseOutbox(localStorage, postResponse); outbox.add(s); await outbox.flush();
 */
export function createResponseOutbox(storage: OutboxStorage, send: SendSubmission) {
  const read = (): OutboxEntry[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: OutboxEntry[]) => {
    try {
      storage.setItem(OUTBOX_KEY, JSON.stringify(entries));
    } catch {
      // Storage full or disabled: the response is lost, but the result still shows.
    }
  };
  let flushing: Promise<FlushReport> | undefined;

  const flushOnce = async (): Promise<FlushReport> => {
    const report: FlushReport = { sent: [], dropped: [], kept: [] };
    for (const entry of read()) {
      const id = entry.submission.id;
      let status: number | undefined;
      try {
        status = await send(entry.submission);
      } catch {
        status = undefined;
      }
      // Re-read each time: another tab, or `add`, may have changed the list meanwhile.
      const now = read();
      if (status !== undefined && (status < 300 || willNeverSucceed(status))) {
        (status < 300 ? report.sent : report.dropped).push(id);
        write(now.filter((e) => e.submission.id !== id));
      } else {
        report.kept.push(id);
        write(now.map((e) => (e.submission.id === id ? { ...e, attempts: e.attempts + 1 } : e)));
      }
    }
    return report;
  };

  return {
    /** Queue a submission; an id already queued is not queued twice. */
    add(submission: ResponseSubmission) {
      const entries = read();
      if (!entries.some((e) => e.submission.id === submission.id)) {
        write([...entries, { submission, attempts: 0 }]);
      }
    },
    /** The submissions still waiting. */
    pending: read,
    /** Try to send everything waiting; one flush at a time. */
    flush(): Promise<FlushReport> {
      flushing ??= flushOnce().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
  };
}

/** An outbox as `createResponseOutbox` makes it. */
export type ResponseOutbox = ReturnType<typeof createResponseOutbox>;
