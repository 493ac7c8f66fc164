import type { Db } from './database.ts';

/** A stored response as exported: raw JSON texts, so the export never re-scores. */
export type ExportedRow = {
  seq: number;
  id: string;
  created_at: string;
  source: string | null;
  answers: string;
  result: string;
};

/** Which responses to export: an inclusive UTC day range and one source ('' for none). */
export type ExportFilter = {
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
};

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Public (non-team) responses in arrival order, `pageSize` at a time, so an export of any size
 * holds one page in memory.
 */
export async function* exportResponses(
  { db }: Db,
  filter: ExportFilter,
  pageSize = 1000,
): AsyncGenerator<ExportedRow[]> {
  let after = 0;
  for (;;) {
    let q = db
      .selectFrom('responses')
      .select(['seq', 'id', 'created_at', 'source', 'answers', 'result'])
      .where('team_id', 'is', null)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize);
    if (filter.from) q = q.where('created_at', '>=', filter.from);
    if (filter.to) q = q.where('created_at', '<', nextDay(filter.to));
    if (filter.source !== undefined) {
      q =
        filter.source === ''
          ? q.where('source', 'is', null)
          : q.where('source', '=', filter.source);
    }
    const rows = (await q.execute()).map((r) => ({ ...r, seq: Number(r.seq) }));
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1)?.seq ?? after;
  }
}
