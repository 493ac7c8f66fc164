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
  const where = sql.join(
    [
      sql`r.team_id is null`,
      ...(range.afterSeq !== undefined ? [sql`r.seq > ${range.afterSeq}`] : []),
      ...(range.toSeq !== undefined ? [sql`r.seq <= ${range.toSeq}`] : []),
    ],
    sql` and `,
  );
  const answerRows =
    dialect === 'postgres'
      ? sql`responses r cross join lateral json_each_text(r.answers::json) a`
      : sql`responses r, json_each(r.answers) a`;
  // The same counts twice: per page into daily_stats, over all pages into daily_totals.
  for (const perPage of [true, false]) {
    const head = perPage
      ? sql`select coalesce(r.source, '') as source, substr(r.created_at, 1, 10) as day`
      : sql`select substr(r.created_at, 1, 10) as day`;
    const groups = perPage ? sql`1, 2, 3, 4` : sql`1, 2, 3`;
    const part = (metric: string, key: RawBuilder<unknown>, from: RawBuilder<unknown>) =>
      sql`${head}, ${sql.lit(metric)} as metric, ${key} as key, count(*) as count
          from ${from} where ${where} group by ${groups}`;
    const all = sql`responses r`;
    const union = sql.join(
      [
        part(METRIC.completed, sql`''`, all),
        part(METRIC.role, sql`r.role`, all),
        part(METRIC.regime, sql`r.regime`, all),
        part(METRIC.dominantWork, sql`r.dominant_work`, all),
        part(METRIC.answer, sql`a.key || ':' || a.value`, answerRows),
      ],
      sql` union all `,
    );
    const table = sql.table(perPage ? 'daily_stats' : 'daily_totals');
    const columns = perPage ? sql`source, day, metric, key` : sql`day, metric, key`;
    // `where true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
    await sql`insert into ${table} (${columns}, count)
      select ${columns}, count from (${union}) s where true
      on conflict (${columns}) do update set count = ${table}.count + excluded.count`.execute(db);
  }
}
