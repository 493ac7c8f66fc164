import { describe, expect, it } from 'vitest';
import { eventTime } from './event-routes.ts';

describe('eventTime', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('keeps a plausible client time, to the day it happened', () => {
    expect(eventTime('2026-03-08T23:59:00+02:00', now)).toBe('2026-03-08T21:59:00.000Z');
    expect(eventTime('2026-03-10T12:30:00Z', now)).toBe('2026-03-10T12:30:00.000Z');
  });
  it('uses the server time when the client time is missing, too old or in the future', () => {
    for (const at of [undefined, '2026-03-01T00:00:00Z', '2026-03-10T14:00:00Z']) {
      expect(eventTime(at, now)).toBe(now.toISOString());
    }
  });
});
