import { type Selectable, sql } from 'kysely';
import type { Db, ResponseTable } from './database.ts';

/** A stored response as exported: raw JSON texts, so the export never re-scores. */
export type ExportedRow = Pick<
  Selectable<ResponseTable>,
  'id' | 'created_at' | 'team_id' | 'source' | 'fields' | 'answers' | 'result'
> & { seq: number };

/**
 * Which responses to export: an inclusive UTC day range, or everything stored from an instant on
 * (`since`, ISO 8601), and one source ('' for none). Team responses belong to each team's lead
 * and are left out unless `teams` (for the operator's `rolefit export --teams`).
 */
export type ExportFilter = {
  from?: string | undefined;
  to?: string | undefined;
  since?: string | undefined;
  source?: string | undefined;
  /** Only responses whose hidden field `name` holds `value`. */
  field?: { name: string; value: string } | undefined;
  teams?: boolean | undefined;
};

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The responses `filter` picks (public ones only unless `teams`) in arrival order, `pageSize` at a time, so an export of any size
 * holds one page in memory.
 */
export async function* exportResponses(
  { db, dialect }: Db,
  filter: ExportFilter,
  pageSize = 1000,
): AsyncGenerator<ExportedRow[]> {
  let after = 0;
  for (;;) {
    let q = db
      .selectFrom('responses')
      .select(['seq', 'id', 'created_at', 'team_id', 'source', 'fields', 'answers', 'result'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize);
    if (!filter.teams) q = q.where('team_id', 'is', null);
    if (filter.from) q = q.where('created_at', '>=', filter.from);
    if (filter.since) q = q.where('created_at', '>=', filter.since);
    if (filter.to) q = q.where('created_at', '<', nextDay(filter.to));
    if (filter.source !== undefined) {
      q =
        filter.source === ''
          ? q.where('source', 'is', null)
          : q.where('source', '=', filter.source);
    }
    if (filter.field) {
      // The name is a checked field name (a-z, 0-9, _), yet it goes in as a bound value too.
      const { name, value } = filter.field;
      const held =
        dialect === 'postgres'
          ? sql<string>`fields::json ->> ${name}`
          : sql<string>`json_extract(fields, ${`$.${name}`})`;
      q = q.where(held, '=', value);
    }
    const rows = (await q.execute()).map((r) => ({ ...r, seq: Number(r.seq) }));
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1)?.seq ?? after;
  }
}
