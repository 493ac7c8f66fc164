import { type Kysely, sql } from 'kysely';
import type { Dialect } from './database.ts';

// The aggregate rows of one new public response: the same rows `rollupResponses` counts in bulk.
const sqliteRows = (source: string) => `
  select ${source} substr(new.created_at, 1, 10), 'completed', '', 1
  union all select ${source} substr(new.created_at, 1, 10), 'role', new.role, 1
  union all select ${source} substr(new.created_at, 1, 10), 'regime', new.regime, 1
  union all select ${source} substr(new.created_at, 1, 10), 'dominant_work', new.dominant_work, 1
  union all select ${source} substr(new.created_at, 1, 10), 'answer', a.key || ':' || a.value, 1
    from json_each(new.answers) a where true`;

const postgresRows = (source: string) => `
  select ${source} substr(new.created_at, 1, 10) as day, m.metric, m.key, 1 as count
    from (values ('completed', ''), ('role', new.role), ('regime', new.regime),
      ('dominant_work', new.dominant_work)) m(metric, key)
  union all select ${source} substr(new.created_at, 1, 10), 'answer', a.key || ':' || a.value, 1
    from json_each_text(new.answers::json) a`;

/**
 * Keep the owner's aggregates as responses arrive, inside the database: a trigger adds a new
 * response's counts in the statement that inserts it, so insert and counts commit together, a
 * retried id (ON CONFLICT DO NOTHING inserts no row, fires no trigger) adds nothing, and ingest
 * pays no extra round trip. On PostgreSQL the rows are ordered, so concurrent inserts lock
 * aggregate rows in one order and cannot deadlock.
 */
export function statsTriggersMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'sqlite') {
        await sql
          .raw(`create trigger responses_stats after insert on responses when new.team_id is null
            begin
              insert into daily_stats (source, day, metric, key, count) ${sqliteRows("coalesce(new.source, ''),")}
                on conflict (source, day, metric, key) do update set count = count + excluded.count;
              insert into daily_totals (day, metric, key, count) ${sqliteRows('')}
                on conflict (day, metric, key) do update set count = count + excluded.count;
            end`)
          .execute(db);
        return;
      }
      await sql
        .raw(`create function responses_stats() returns trigger language plpgsql as $$
          begin
            if new.team_id is null then
              insert into daily_stats (source, day, metric, key, count)
                select * from (${postgresRows("coalesce(new.source, '') as source,")}) r
                order by source, day, metric, key
                on conflict (source, day, metric, key) do update set count = daily_stats.count + excluded.count;
              insert into daily_totals (day, metric, key, count)
                select * from (${postgresRows('')}) r
                order by day, metric, key
                on conflict (day, metric, key) do update set count = daily_totals.count + excluded.count;
            end if;
            return null;
          end $$`)
        .execute(db);
      await sql
        .raw(`create trigger responses_stats after insert on responses
          for each row execute function responses_stats()`)
        .execute(db);
    },
  };
}
