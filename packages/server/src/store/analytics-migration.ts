import { type Kysely, sql } from 'kysely';
import type { Dialect } from './database.ts';
import { rollupResponses } from './stats-rollup.ts';

/**
 * The analytics tables: owner settings, anonymous funnel events and the daily aggregates that
 * `GET /api/stats` reads instead of the raw rows. Responses stored before this migration are
 * rolled up once, so the aggregates always match the raw rows.
 */
export function analyticsMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('run', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        // '' when the event is not about one question, so the key stays a plain unique key.
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['run', 'type', 'question_id'])
        .execute();
      // Per page: keyed source first, so one page's day range is one contiguous index range.
      await db.schema
        .createTable('daily_stats')
        // '' stands for "no source", so the primary key needs no NULL handling.
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('count', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('daily_stats_pk', ['source', 'day', 'metric', 'key'])
        .execute();
      await db.schema
        .createIndex('daily_stats_metric_key_day')
        .on('daily_stats')
        .columns(['metric', 'key', 'day'])
        .execute();
      // All pages together: what the dashboard reads unless it filters by page.
      await db.schema
        .createTable('daily_totals')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('count', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('daily_totals_pk', ['day', 'metric', 'key'])
        .execute();
      await rollupResponses(db as never, dialect);
      // Fresh tables: let the planner know their shape from the start.
      if (dialect === 'postgres') await sql`analyze daily_stats, daily_totals`.execute(db);
    },
  };
}
