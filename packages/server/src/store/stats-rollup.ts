import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database, Dialect } from './database.ts';
import { METRIC } from './stats-store.ts';

/** Which stored responses to roll up: by `seq`, `afterSeq` exclusive and `toSeq` inclusive. */
export type SeqRange = { afterSeq?: number; toSeq?: number };

/**
 * Add responses that were stored without going through `addStats` to the daily aggregates, in
 * one set-based statement (the same rows `responseStatRows` gives, counted by SQL). Used to
 * backfill when the analytics migration runs and by bulk loads such as the stats benchmark;
 * run it once per range, or those responses are counted twice.
 */
export async function rollupResponses(
  db: Kysely<Database>,
  dialect: Dialect,
  range: SeqRange = {},
): Promise<void> {
  const day = sql`substr(r.created_at, 1, 10)`;
  const source = sql`coalesce(r.source, '')`;
  const where = sql.join(
    [
      sql`r.team_id is null`,
      ...(range.afterSeq !== undefined ? [sql`r.seq > ${range.afterSeq}`] : []),
      ...(range.toSeq !== undefined ? [sql`r.seq <= ${range.toSeq}`] : []),
    ],
    sql` and `,
  );
  const column = (metric: string, key: RawBuilder<unknown>) =>
    sql`select ${day} as day, ${source} as source, ${sql.lit(metric)} as metric, ${key} as key, count(*) as count
        from responses r where ${where} group by 1, 2, 4`;
  const answers =
    dialect === 'postgres'
      ? sql`select ${day} as day, ${source} as source, ${sql.lit(METRIC.answer)} as metric, a.key || ':' || a.value as key, count(*) as count
            from responses r cross join lateral json_each_text(r.answers::json) a where ${where} group by 1, 2, 4`
      : sql`select ${day} as day, ${source} as source, ${sql.lit(METRIC.answer)} as metric, a.key || ':' || a.value as key, count(*) as count
            from responses r, json_each(r.answers) a where ${where} group by 1, 2, 4`;
  const union = sql.join(
    [
      column(METRIC.completed, sql`''`),
      column(METRIC.role, sql`r.role`),
      column(METRIC.regime, sql`r.regime`),
      column(METRIC.dominantWork, sql`r.dominant_work`),
      answers,
    ],
    sql` union all `,
  );
  // `where true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
  await sql`insert into daily_stats (day, source, metric, key, count)
    select day, source, metric, key, count from (${union}) s where true
    on conflict (day, source, metric, key) do update set count = daily_stats.count + excluded.count`.execute(
    db,
  );
}
