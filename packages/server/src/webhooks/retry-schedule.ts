/** How failed deliveries are tried again. */
export type RetrySchedule = {
  /** The first retry waits up to this long; each later one up to twice the one before. */
  baseMs: number;
  /** No single wait is longer than this. */
  capMs: number;
  /** Past this long after the event, a delivery that still fails is given up (`failed`). */
  giveUpAfterMs: number;
};

/** 10 s, doubling, at most 1 h between attempts, for 24 h. */
export const DEFAULT_RETRY: RetrySchedule = {
  baseMs: 10_000,
  capMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
};

/**
 * When to try a delivery again after its `attempts`-th failed attempt: exponential backoff with
 * full jitter (anywhere from now up to base × 2^(attempts-1), capped), so receivers that come back
 * after an outage are not hit by every sender at once. Null once that falls past the give-up time.
 * @example nextAttemptAt(1, '2026-01-01T00:00:00Z', new Date('2026-01-01T00:00:01Z'), DEFAULT_RETRY)
 */
export function nextAttemptAt(
  attempts: number,
  createdAt: string,
  now: Date,
  schedule: RetrySchedule,
  random: () => number = Math.random,
): Date | null {
  const ceiling = Math.min(schedule.capMs, schedule.baseMs * 2 ** Math.max(0, attempts - 1));
  const at = new Date(now.getTime() + Math.floor(random() * ceiling));
  return at.getTime() > Date.parse(createdAt) + schedule.giveUpAfterMs ? null : at;
}
