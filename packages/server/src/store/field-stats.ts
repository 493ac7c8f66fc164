import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Dialect } from './database.ts';
import { METRIC } from './stats-store.ts';

// Completions by hidden field: the owner's figures limited to one field's value, and the
// breakdown of completions by each field's values. Like daily_stats, they come from daily
// aggregates kept by a trigger as responses arrive, never from the raw rows: `daily_field_stats`
// holds, per (field, value, page, day), the same metrics a public response adds to daily_stats.
// A response with three fields adds its rows three times, once under each; one without fields
// adds none, so the table costs nothing until pages send fields. The reads are in stats-store.ts.

const COLUMNS = 'field, value, source, day, metric, key';

/** The rows of one new public response, once per field: SQLite's trigger body. */
const sqliteTrigger = `create trigger responses_field_stats after insert on responses
  when new.team_id is null and new.fields is not null
  begin
    insert into daily_field_stats (${COLUMNS}, count)
      select f.key, f.value, coalesce(new.source, ''), substr(new.created_at, 1, 10), r.metric, r.key, 1
        from json_each(new.fields) f cross join (
          select '${METRIC.completed}' as metric, '' as key
          union all select '${METRIC.role}', new.role
          union all select '${METRIC.regime}', new.regime
          union all select '${METRIC.dominantWork}', new.dominant_work
          union all select '${METRIC.answer}', a.key || ':' || a.value from json_each(new.answers) a
        ) r
        where true
      on conflict (${COLUMNS}) do update set count = count + excluded.count;
  end`;

/** The same on PostgreSQL, ordered so concurrent inserts lock aggregate rows in one order. */
const postgresFunction = `create function responses_field_stats() returns trigger language plpgsql as $$
  begin
    if new.team_id is null and new.fields is not null then
      insert into daily_field_stats (${COLUMNS}, count)
        select f.key, f.value, coalesce(new.source, ''), substr(new.created_at, 1, 10), r.metric, r.key, 1
          from json_each_text(new.fields::json) f cross join (
            select m.metric, m.key from (values ('${METRIC.completed}', ''), ('${METRIC.role}', new.role),
              ('${METRIC.regime}', new.regime), ('${METRIC.dominantWork}', new.dominant_work)) m(metric, key)
            union all select '${METRIC.answer}', a.key || ':' || a.value
              from json_each_text(new.answers::json) a
          ) r
          order by 1, 2, 3, 4, 5, 6
        on conflict (${COLUMNS}) do update set count = daily_field_stats.count + excluded.count;
    end if;
    return null;
  end $$`;

/**
 * Add the public responses already stored with fields to `daily_field_stats`, in one set-based
 * statement per metric (the rows the trigger adds one response at a time). The migration runs it
 * once, before the trigger exists, so nothing is counted twice (a test runs it over an emptied
 * table to check it counts what the trigger counted).
 */
export async function rollupFieldStats(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const fieldRows =
    dialect === 'postgres'
      ? sql`responses r cross join lateral json_each_text(r.fields::json) f`
      : sql`responses r, json_each(r.fields) f`;
  const answerRows =
    dialect === 'postgres'
      ? sql`${fieldRows} cross join lateral json_each_text(r.answers::json) a`
      : sql`${fieldRows}, json_each(r.answers) a`;
  const part = (metric: string, key: RawBuilder<unknown>, from: RawBuilder<unknown>) =>
    sql`select f.key as field, f.value as value, coalesce(r.source, '') as source,
          substr(r.created_at, 1, 10) as day, ${sql.lit(metric)} as metric, ${key} as key,
          count(*) as count
        from ${from} where r.team_id is null and r.fields is not null
        group by 1, 2, 3, 4, 5, 6`;
  const union = sql.join(
    [
      part(METRIC.completed, sql`''`, fieldRows),
      part(METRIC.role, sql`r.role`, fieldRows),
      part(METRIC.regime, sql`r.regime`, fieldRows),
      part(METRIC.dominantWork, sql`r.dominant_work`, fieldRows),
      part(METRIC.answer, sql`a.key || ':' || a.value`, answerRows),
    ],
    sql` union all `,
  );
  await sql`insert into daily_field_stats (${sql.raw(COLUMNS)}, count)
    select ${sql.raw(COLUMNS)}, count from (${union}) s`.execute(db);
}

/**
 * The migration: the table, its index for the breakdown, the rows of responses stored with
 * fields before it ran, then the trigger that keeps it from there on.
 */
export function fieldStatsMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('daily_field_stats')
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        // '' stands for "no page", as in daily_stats.
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('count', 'bigint', (c) => c.notNull())
        // A report limited to one value reads one contiguous range (per page, if it has one).
        .addPrimaryKeyConstraint('daily_field_stats_pk', [
          'field',
          'value',
          'source',
          'day',
          'metric',
          'key',
        ])
        .execute();
      // The breakdown reads the completions of every field and value in a day range.
      await db.schema
        .createIndex('daily_field_stats_metric_day')
        .on('daily_field_stats')
        .columns(['metric', 'day'])
        .execute();
      await rollupFieldStats(db, dialect);
      if (dialect === 'sqlite') {
        await sql.raw(sqliteTrigger).execute(db);
        return;
      }
      await sql.raw(postgresFunction).execute(db);
      await sql
        .raw(`create trigger responses_field_stats after insert on responses
          for each row execute function responses_field_stats()`)
        .execute(db);
    },
  };
}
