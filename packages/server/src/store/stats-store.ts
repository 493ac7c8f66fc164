import { CompiledQuery, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
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

/** A hidden field's name and one of its values. */
export type FieldValue = { name: string; value: string };

/**
 * Which aggregates to read: an inclusive day range, optionally one source page, and optionally
 * the responses whose hidden field `field.name` is `field.value` (funnel events carry no fields,
 * so a read limited to a field has no funnel rows).
 */
export type StatsFilter = {
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
  field?: FieldValue | undefined;
};

/** The busiest values listed per field in a report; `moreValues` counts the rest. */
export const MAX_FIELD_VALUES = 20;

/** One field's completions by value, over a day range and optionally one page. */
export type FieldBreakdown = {
  name: string;
  /** Responses that carried this field, any value. */
  completions: number;
  values: { value: string; completions: number }[];
  moreValues: number;
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
  /**
   * Completions by field and value over the filter's days and page (its `field` plays no part):
   * each field with its busiest `MAX_FIELD_VALUES` values, busiest field first.
   */
  fields(filter: StatsFilter): Promise<FieldBreakdown[]>;
  /** Totals per source of the given metric/key pairs. */
  bySource(
    filter: StatsFilter,
    pairs: { metric: string; key: string }[],
  ): Promise<(Count & { source: string })[]>;
};

/** The stats store over a Kysely database. */
export function createStatsStore({ db }: Db): StatsStore {
  // daily_totals has daily_stats' columns less `source`, daily_field_stats has them and two more;
  // the reads below touch only the shared ones, so one builder type serves all three.
  type Builder = SelectQueryBuilder<Database, 'daily_stats', object>;
  /** One field's value: its own table, keyed by field and value first. */
  const ofField = ({ name, value }: FieldValue) =>
    db
      .selectFrom('daily_field_stats')
      .where('field', '=', name)
      .where('value', '=', value) as unknown as Builder;
  const inDays = (q: Builder, filter: StatsFilter) => {
    if (filter.from) q = q.where('day', '>=', filter.from);
    if (filter.to) q = q.where('day', '<=', filter.to);
    return q;
  };
  // Without a page or field filter, read the all-pages table: a fraction of the rows.
  const filtered = (filter: StatsFilter) => {
    let q: Builder;
    if (filter.field) {
      q = ofField(filter.field);
      if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    } else if (filter.source === undefined) {
      q = db.selectFrom('daily_totals') as unknown as Builder;
    } else {
      q = db.selectFrom('daily_stats').where('source', '=', filter.source);
    }
    return inDays(q, filter);
  };
  const perSource = (filter: StatsFilter) => {
    let q = filter.field ? ofField(filter.field) : db.selectFrom('daily_stats');
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    return inDays(q, filter);
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
    async fields(filter) {
      const where = sql.join(
        [
          sql`metric = ${METRIC.completed}`,
          ...(filter.from ? [sql`day >= ${filter.from}`] : []),
          ...(filter.to ? [sql`day <= ${filter.to}`] : []),
          ...(filter.source !== undefined ? [sql`source = ${filter.source}`] : []),
        ],
        sql` and `,
      );
      // Window functions over the grouped sums: the rank of each value within its field, how many
      // values the field has and its total, so one statement answers the whole card.
      const { rows } = await sql<{
        field: string;
        value: string;
        completions: number | string;
        field_completions: number | string;
        field_values: number | string;
      }>`select field, value, completions, field_completions, field_values from (
        select field, value, sum(count) as completions,
          row_number() over (partition by field order by sum(count) desc, value) as place,
          sum(sum(count)) over (partition by field) as field_completions,
          count(*) over (partition by field) as field_values
        from daily_field_stats where ${where}
        group by field, value
      ) ranked where place <= ${MAX_FIELD_VALUES}
      order by field_completions desc, field, completions desc, value`.execute(db);
      const fields = new Map<string, FieldBreakdown>();
      for (const row of rows) {
        let entry = fields.get(row.field);
        if (!entry) {
          const values = Number(row.field_values);
          entry = {
            name: row.field,
            completions: Number(row.field_completions),
            values: [],
            moreValues: Math.max(0, values - MAX_FIELD_VALUES),
          };
          fields.set(row.field, entry);
        }
        entry.values.push({ value: row.value, completions: Number(row.completions) });
      }
      return [...fields.values()];
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
