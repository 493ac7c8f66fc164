import { CompiledQuery, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database, Db, Dialect } from './database.ts';

/** One aggregate count: how often `metric`/`key` happened on `day` on the page `source`. */
export type StatRow = { day: string; source: string; metric: string; key: string; count: number };

/** The metrics kept in `daily_stats`; `key` says which role, regime, answer or funnel step. */
export const METRIC = {
  completed: 'completed',
  role: 'role',
  regime: 'regime',
  dominantWork: 'dominant_work',
  /** key `<questionId>:<optionId>` */
  answer: 'answer',
  /** key `shown`, `started`, `answered:<questionId>` or `completed` */
  funnel: 'funnel',
} as const;

/** The day (UTC, YYYY-MM-DD) of an ISO timestamp. */
export const dayOf = (iso: string) => iso.slice(0, 10);

const orderKey = (row: StatRow) => `${row.source}\n${row.day}\n${row.metric}\n${row.key}`;

/** Sum rows with equal keys (one statement may not update a row twice), sorted by key. */
function merge(rows: StatRow[], key: (row: StatRow) => string): StatRow[] {
  const merged = new Map<string, StatRow>();
  for (const row of rows) {
    const id = key(row);
    const seen = merged.get(id);
    if (seen) seen.count += row.count;
    else merged.set(id, { ...row });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

const STATS_COLUMNS = ['source', 'day', 'metric', 'key', 'count'] as const;
const TOTALS_COLUMNS = ['day', 'metric', 'key', 'count'] as const;
const upserts = new Map<string, string>();

/**
 * The upsert text for `rows` rows, built once per shape: this runs for every stored response,
 * and a cached string costs far less than building the query anew each time.
 */
function upsertText(dialect: Dialect, table: 'daily_stats' | 'daily_totals', rows: number) {
  const id = `${dialect} ${table} ${rows}`;
  let text = upserts.get(id);
  if (!text) {
    const columns = table === 'daily_stats' ? STATS_COLUMNS : TOTALS_COLUMNS;
    let n = 0;
    const slot = () => (dialect === 'postgres' ? `$${++n}` : '?');
    const values = Array.from({ length: rows }, () => `(${columns.map(slot).join(', ')})`);
    text = `insert into ${table} (${columns.join(', ')}) values ${values.join(', ')} on conflict (${columns.slice(0, -1).join(', ')}) do update set count = ${table}.count + excluded.count`;
    upserts.set(id, text);
  }
  return text;
}

/**
 * Add counts to the aggregates, per page (`daily_stats`) and over all pages (`daily_totals`).
 * Call it inside the transaction that stores the raw rows, so a stored row is counted exactly
 * once. Rows are sorted first: every writer then locks aggregate rows in the same order, so
 * concurrent writers on PostgreSQL cannot deadlock.
 */
export async function addStats(
  db: Kysely<Database>,
  dialect: Dialect,
  rows: StatRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const perPage = merge(rows, orderKey);
  await db.executeQuery(
    CompiledQuery.raw(
      upsertText(dialect, 'daily_stats', perPage.length),
      perPage.flatMap((r) => [r.source, r.day, r.metric, r.key, r.count]),
    ),
  );
  const totals = merge(rows, (r) => `${r.day}\n${r.metric}\n${r.key}`);
  await db.executeQuery(
    CompiledQuery.raw(
      upsertText(dialect, 'daily_totals', totals.length),
      totals.flatMap((r) => [r.day, r.metric, r.key, r.count]),
    ),
  );
}

/** Which aggregates to read: an inclusive day range and optionally one source page. */
export type StatsFilter = {
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
};

/** A summed count. */
export type Count = { metric: string; key: string; count: number };

/** Reads the daily aggregates; never touches the raw responses or events. */
export type StatsStore = {
  /** Totals per metric and key over the filter. */
  totals(filter: StatsFilter): Promise<Count[]>;
  /** Per-day totals of one metric and key. */
  daily(
    filter: StatsFilter,
    metric: string,
    key: string,
  ): Promise<{ day: string; count: number }[]>;
  /** Totals per source of the given metric/key pairs. */
  bySource(
    filter: StatsFilter,
    pairs: { metric: string; key: string }[],
  ): Promise<(Count & { source: string })[]>;
};

/** The stats store over a Kysely database. */
export function createStatsStore({ db }: Db): StatsStore {
  // Without a page filter, read the all-pages table: a fraction of the rows.
  const filtered = (filter: StatsFilter) => {
    // daily_totals has daily_stats' columns less `source`, which these reads never touch; the
    // cast gives both one builder type.
    let q =
      filter.source === undefined
        ? (db.selectFrom('daily_totals') as unknown as SelectQueryBuilder<
            Database,
            'daily_stats',
            object
          >)
        : db.selectFrom('daily_stats').where('source', '=', filter.source);
    if (filter.from) q = q.where('day', '>=', filter.from);
    if (filter.to) q = q.where('day', '<=', filter.to);
    return q;
  };
  const perSource = (filter: StatsFilter) => {
    let q = db.selectFrom('daily_stats');
    if (filter.from) q = q.where('day', '>=', filter.from);
    if (filter.to) q = q.where('day', '<=', filter.to);
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    return q;
  };
  return {
    async totals(filter) {
      const rows = await filtered(filter)
        .select((eb) => ['metric', 'key', eb.fn.sum<number | string>('count').as('count')])
        .groupBy(['metric', 'key'])
        .execute();
      return rows.map((r) => ({ metric: r.metric, key: r.key, count: Number(r.count) }));
    },
    async daily(filter, metric, key) {
      const rows = await filtered(filter)
        .where('metric', '=', metric)
        .where('key', '=', key)
        .select((eb) => ['day', eb.fn.sum<number | string>('count').as('count')])
        .groupBy('day')
        .orderBy('day')
        .execute();
      return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
    },
    async bySource(filter, pairs) {
      // One indexed read per (metric, key): an OR of them makes SQLite scan every page's rows.
      const parts = await Promise.all(
        pairs.map((p) =>
          perSource(filter)
            .where('metric', '=', p.metric)
            .where('key', '=', p.key)
            .select((eb) => ['source', eb.fn.sum<number | string>('count').as('count')])
            .groupBy('source')
            .execute()
            .then((rows) => rows.map((r) => ({ ...p, source: r.source, count: Number(r.count) }))),
        ),
      );
      return parts.flat();
    },
  };
}
