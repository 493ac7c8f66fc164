import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, nextAttemptAt } from './retry-schedule.ts';

const created = '2026-01-01T00:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('nextAttemptAt', () => {
  it('waits anywhere up to base × 2^(attempts-1): full jitter', () => {
    const now = at('2026-01-01T00:00:05.000Z');
    const wait = (attempts: number, random: number) =>
      (nextAttemptAt(attempts, created, now, DEFAULT_RETRY, () => random)?.getTime() ?? 0) -
      now.getTime();
    expect(wait(1, 0)).toBe(0);
    expect(wait(1, 0.999_999)).toBe(9_999);
    expect(wait(3, 0.5)).toBe(20_000);
  });

  it('never waits longer than the cap', () => {
    const now = at('2026-01-01T01:00:00.000Z');
    const next = nextAttemptAt(30, created, now, DEFAULT_RETRY, () => 0.999_999);
    expect((next?.getTime() ?? 0) - now.getTime()).toBeLessThan(DEFAULT_RETRY.capMs);
  });

  it('gives up once the next attempt would fall past 24 h after the event', () => {
    const late = at('2026-01-01T23:59:00.000Z');
    expect(nextAttemptAt(20, created, late, DEFAULT_RETRY, () => 0.5)).toBeNull();
    expect(nextAttemptAt(20, created, late, DEFAULT_RETRY, () => 0)).not.toBeNull();
  });
});
