/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction, so
 * SQLite fsyncs once for all of them instead of once each. Every caller still waits for the
 * commit, so nothing is acknowledged before it is durable. If the shared transaction fails, each
 * write is retried on its own, so one bad write can't fail the others.
 */
export function groupCommit<T, R>(options: {
  /** Run a batch inside one transaction; results in the batch's order. */
  batch: (items: T[]) => Promise<R[]>;
  /** Run one write on its own (the fallback). */
  single: (item: T) => Promise<R>;
}): (item: T) => Promise<R> {
  let pending: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  const flush = async () => {
    const waiting = pending;
    pending = [];
    try {
      const results = await options.batch(waiting.map((w) => w.item));
      for (const [i, w] of waiting.entries()) w.resolve(results[i] as R);
    } catch {
      for (const w of waiting) options.single(w.item).then(w.resolve, w.reject);
    }
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ item, resolve, reject });
    });
}
