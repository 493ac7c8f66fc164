import type { Logger } from '../request-log.ts';
import type { Store } from '../store/create-store.ts';
import type { ClaimedDelivery } from '../store/delivery-store.ts';
import type { StoredWebhook } from '../store/webhook-store.ts';
import { DEFAULT_RETRY, nextAttemptAt, type RetrySchedule } from './retry-schedule.ts';
import type { HostResolver } from './webhook-address.ts';
import { createWebhookSender, type SendResult, type WebhookSender } from './webhook-sender.ts';

/** Settings of the delivery worker; each has a default fit for production. */
export type WebhookWorkerOptions = {
  /** Send to http and private addresses too (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1). */
  allowPrivate?: boolean;
  retry?: Partial<RetrySchedule>;
  /** How often to look for due deliveries when nothing wakes the worker (1 s). */
  pollMs?: number;
  /** How long a claim holds before another instance may take the row (60 s). */
  leaseMs?: number;
  /** Attempts in flight at once on this instance (16). */
  concurrency?: number;
  /** How long a receiver has to answer (5 s). */
  timeoutMs?: number;
  /** How long finished deliveries stay listed before they are deleted (30 days). */
  keepMs?: number;
  /** How often the worker deletes them (hourly, and once at start). */
  pruneEveryMs?: number;
  /** For tests: how host names resolve at connect time. */
  resolve?: HostResolver;
  clock?: () => Date;
};

/** How long a finished delivery stays in `GET /api/webhooks/{id}/deliveries`: 30 days. */
export const KEEP_MS = 30 * 86_400_000;

/** A running delivery worker. */
export type WebhookWorker = {
  /** Stop claiming, abort attempts in flight and give their rows back; resolves when idle. */
  stop(): Promise<void>;
};

/**
 * Start the worker that drains the webhook outbox: it claims due deliveries, sends them, records
 * each attempt and schedules retries. All its state is in the database, so a restart (or another
 * instance) takes over where it stopped; it wakes at once when this instance queues a delivery,
 * and polls for the rest. Nothing a request does waits for it.
 * @example const worker = startWebhookWorker(store, log, { allowPrivate: false }); … await worker.stop()
 */
export function startWebhookWorker(
  store: Store,
  log: Logger,
  options: WebhookWorkerOptions = {},
): WebhookWorker {
  const clock = options.clock ?? (() => new Date());
  const retry: RetrySchedule = { ...DEFAULT_RETRY, ...options.retry };
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 16;
  const keepMs = options.keepMs ?? KEEP_MS;
  const pruneEveryMs = options.pruneEveryMs ?? 3_600_000;
  const sender: WebhookSender = createWebhookSender({
    allowPrivate: options.allowPrivate ?? false,
    clock,
    ...(options.resolve ? { resolve: options.resolve } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let wake: (() => void) | undefined;
  // A nudge while the worker is busy is kept for its next sleep, which then returns at once.
  let nudged = false;
  const nudge = () => {
    if (wake) wake();
    else nudged = true;
  };
  const unsubscribe = store.outbox.onQueued(nudge);

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (nudged) {
        nudged = false;
        resolve();
        return;
      }
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const outcome = (delivery: ClaimedDelivery, result: SendResult) => {
    const now = clock();
    const attemptedAt = now.toISOString();
    if (result.ok) {
      const status = 'delivered' as const;
      return { status, attemptedAt, responseCode: result.status, error: null, nextAttemptAt: null };
    }
    const next = nextAttemptAt(delivery.attempts + 1, delivery.createdAt, now, retry);
    return {
      status: next ? ('retrying' as const) : ('failed' as const),
      attemptedAt,
      responseCode: result.status,
      error: result.error.slice(0, 500),
      nextAttemptAt: next?.toISOString() ?? null,
    };
  };

  const attempt = async (delivery: ClaimedDelivery, hook: StoredWebhook) => {
    const result = await sender.send(
      { url: hook.url, secret: hook.secret, deliveryId: delivery.id, body: delivery.body },
      stopping.signal,
    );
    // Cut short by shutdown: not an attempt; the row is due again for whoever runs next.
    if (!result.ok && stopping.signal.aborted) return store.deliveries.release(delivery);
    const recorded = outcome(delivery, result);
    await store.deliveries.record(delivery, recorded);
    if (!result.ok) {
      log({
        level: 'warn',
        msg: 'webhook delivery failed',
        delivery: delivery.id,
        webhook: hook.id,
        attempt: delivery.attempts + 1,
        error: result.error,
        nextAttemptAt: recorded.nextAttemptAt,
      });
    }
  };

  const start = (delivery: ClaimedDelivery, hook: StoredWebhook) => {
    const running: Promise<void> = attempt(delivery, hook)
      .catch((error: unknown) => {
        // The database went away mid-way: the claim runs out and the row is sent again later.
        log({ level: 'error', msg: 'webhook attempt not recorded', error: String(error) });
      })
      .finally(() => {
        inFlight.delete(running);
        nudge();
      });
    inFlight.add(running);
  };

  const claimSome = async (): Promise<number> => {
    const room = concurrency - inFlight.size;
    if (room <= 0) return 0;
    // No webhook at all (the list in memory): nothing can be queued, so don't ask the database.
    const subscribers = await store.webhooks.subscribers();
    if (Object.values(subscribers).every((hooks) => hooks.length === 0)) return 0;
    const claimed = await store.deliveries.claim(clock(), leaseMs, room);
    if (claimed.length === 0) return 0;
    const hooks = new Map(
      (await store.webhooks.byIds([...new Set(claimed.map((d) => d.webhookId))])).map((h) => [
        h.id,
        h,
      ]),
    );
    // A webhook deleted since its event was queued: nothing to send to.
    await store.deliveries.drop(claimed.filter((d) => !hooks.has(d.webhookId)).map((d) => d.id));
    for (const delivery of claimed) {
      const hook = hooks.get(delivery.webhookId);
      if (hook) start(delivery, hook);
    }
    return claimed.length === room ? claimed.length : 0;
  };

  // Finished deliveries older than keepMs go, now and then; every instance may do it (a delete
  // of rows no one claims again is safe to race).
  let prunedAt = Number.NEGATIVE_INFINITY;
  const pruneNow = async () => {
    const now = clock().getTime();
    if (now - prunedAt < pruneEveryMs) return;
    prunedAt = now;
    const gone = await store.deliveries.prune(new Date(now - keepMs).toISOString());
    if (gone > 0) log({ level: 'info', msg: 'webhook deliveries pruned', deleted: gone });
  };

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let busy = 0;
      try {
        await pruneNow();
        busy = await claimSome();
      } catch (error) {
        log({ level: 'warn', msg: 'webhook outbox not readable', error: String(error) });
      }
      // A full claim may leave more due: look again at once, as soon as there is room.
      if ((busy === 0 || inFlight.size >= concurrency) && !stopping.signal.aborted) await sleep();
    }
  })();

  return {
    async stop() {
      stopping.abort();
      unsubscribe();
      nudge();
      await loop;
      await Promise.all([...inFlight]);
      sender.close();
    },
  };
}
