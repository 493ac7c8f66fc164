import type { Db } from './database.ts';
import { addStats, dayOf, METRIC } from './stats-store.ts';

/** The steps of a quiz run, in funnel order. */
export const EVENT_TYPES = ['shown', 'started', 'answered', 'completed'] as const;
/** A step of a quiz run. */
export type EventType = (typeof EVENT_TYPES)[number];

/** An anonymous funnel event: a random per-run id, never a person, a cookie or an address. */
export type FunnelEvent = {
  run: string;
  type: EventType;
  /** Which question was answered; only for `answered`. */
  questionId: string | null;
  /** The page (origin and path only), or null. */
  source: string | null;
  /** When it happened, ISO 8601; decides the day it is counted on. */
  at: string;
};

/** Stores funnel events once per (run, type, question), with their aggregates. */
export type EventStore = {
  /** Store events, skipping any already stored; says how many were new. */
  record(events: FunnelEvent[]): Promise<{ stored: number; duplicates: number }>;
};

/** The funnel step key an event counts under in `daily_stats`. */
export const funnelKey = (type: string, questionId: string) =>
  type === 'answered' ? `answered:${questionId}` : type;

/** The event store over a Kysely database (SQLite or PostgreSQL). */
export function createEventStore(
  { db, dialect }: Db,
  clock: () => Date = () => new Date(),
): EventStore {
  return {
    async record(events) {
      if (events.length === 0) return { stored: 0, duplicates: 0 };
      const now = clock().toISOString();
      const rows = events.map((e) => ({
        run: e.run,
        type: e.type,
        question_id: e.questionId ?? '',
        source: e.source ?? '',
        day: dayOf(e.at),
        created_at: now,
      }));
      // The events and their counts commit together: a retried batch adds nothing.
      const inserted = await db.transaction().execute(async (trx) => {
        const fresh = await trx
          .insertInto('events')
          .values(rows)
          .onConflict((oc) => oc.columns(['run', 'type', 'question_id']).doNothing())
          .returning(['type', 'question_id', 'source', 'day'])
          .execute();
        await addStats(
          trx,
          dialect,
          fresh.map((e) => ({
            day: e.day,
            source: e.source,
            metric: METRIC.funnel,
            key: funnelKey(e.type, e.question_id),
            count: 1,
          })),
        );
        return fresh.length;
      });
      return { stored: inserted, duplicates: events.length - inserted };
    },
  };
}
