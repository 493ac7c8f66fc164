import type { FunnelEventBody } from '@rolefit/server/contract';
import { postJson } from './post-json.ts';

/** A step of a quiz run, as `POST /api/events` names it (docs/analytics.md). */
export type FunnelStep = FunnelEventBody['type'];

/**
 * Anonymous funnel events for one quiz run, queued and sent in batches to `url`: when the run
 * completes, when the page is hidden, and never with cookies. Failures are ignored: analytics
 * must never break the quiz.
 */
export function funnelEvents(url: string, run: string) {
  const queue: FunnelEventBody[] = [];
  const seen = new Set<string>();
  const flush = () => {
    if (queue.length === 0) return;
    postJson(url, { events: queue.splice(0) }).catch(() => {});
  };
  addEventListener('visibilitychange', () => document.hidden && flush());
  return {
    /** Record a step once per run; `completed` sends the batch. */
    track(type: FunnelStep, questionId?: string) {
      const key = `${type}:${questionId}`;
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ run, type, source: location.href, ...(questionId ? { questionId } : {}) });
      if (type === 'completed') flush();
    },
  };
}
