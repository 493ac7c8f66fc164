import type { Answers, Fields, QuizResult } from '@rolefit/core';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Db, ResponseTable } from './database.ts';
import { groupCommit } from './group-commit.ts';
import type { OutboxPlan, ResponseOutbox } from './response-outbox.ts';

/** A response as stored: the answers, the result they scored to, and where it came from. */
export type StoredResponse = {
  id: string;
  answers: Answers;
  result: QuizResult;
  teamId: string | null;
  source: string | null;
  /** Hidden fields the page carried; `{}` when none. */
  fields: Fields;
  createdAt: string;
};

/** What to store for a new response. */
export type NewResponse = Omit<StoredResponse, 'createdAt' | 'fields'> & {
  createdAt?: string;
  fields?: Fields | undefined;
  /** The same browser's earlier answer for the same team, which this one replaces. */
  replaces?: string | null;
};

/** Stores quiz responses, idempotently on the client-chosen id. */
export type ResponseStore = {
  /** Store a response unless its id exists; says whether this call created it. */
  save(response: NewResponse): Promise<{
    created: boolean;
    response: StoredResponse /** The stored result as JSON text. */;
    resultJson: string;
  }>;
  get(id: string): Promise<StoredResponse | undefined>;
  /** Take back a stored response (one stored for a team that was deleted meanwhile). */
  remove(id: string): Promise<void>;
  /** Responses in arrival order, `limit` at a time after the cursor `after`. */
  list(query?: { since?: string; teamId?: string; after?: number; limit?: number }): Promise<{
    responses: (StoredResponse & { seq: number })[];
    next: number | null;
  }>;
};

const COLUMNS = [
  'id',
  'answers',
  'result',
  'team_id',
  'source',
  'fields',
  'created_at',
  'seq',
] as const;
type Row = Pick<Selectable<ResponseTable>, (typeof COLUMNS)[number]>;

const fromRow = (row: Row): StoredResponse & { seq: number } => ({
  id: row.id,
  answers: JSON.parse(row.answers) as Answers,
  result: JSON.parse(row.result) as QuizResult,
  teamId: row.team_id,
  source: row.source,
  fields: row.fields ? (JSON.parse(row.fields) as Fields) : {},
  createdAt: row.created_at,
  seq: Number(row.seq),
});

/** Hidden fields as stored: JSON text, or null for none (most responses). */
const fieldsText = (fields: Fields | undefined) =>
  fields && Object.keys(fields).length > 0 ? JSON.stringify(fields) : null;

/** A row to insert, with the webhook events to queue beside it in its transaction. */
type Pending = { row: Insertable<ResponseTable>; plan: OutboxPlan | undefined };

/**
 * The response store over a Kysely database (SQLite or PostgreSQL). With an `outbox`, a new
 * response's webhook deliveries are queued in the transaction that stores it.
 */
export function createResponseStore(
  { db, dialect }: Db,
  clock: () => Date = () => new Date(),
  outbox?: ResponseOutbox,
): ResponseStore {
  const get = async (id: string) => {
    const row = await db
      .selectFrom('responses')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  };
  /** Insert one row unless its id exists; true when this call created it. */
  const insertOnly = async (executor: Kysely<Database>, row: Insertable<ResponseTable>) =>
    (await executor
      .insertInto('responses')
      .values(
        // A team's answer joins the team's current round, read in the same statement (and, on
        // PostgreSQL, under the team row's lock, which opening a round takes too).
        typeof row.team_id === 'string'
          ? {
              ...row,
              round: sql<number>`(select coalesce(max(number), 1) from team_rounds where team_id = ${row.team_id})`,
            }
          : row,
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst()) !== undefined;
  /** Insert one row and, when it is new, queue its webhook events in the same transaction. */
  const insertRow = async (executor: Kysely<Database>, { row, plan }: Pending) => {
    const created = await insertOnly(executor, row);
    if (created && plan && outbox) await outbox.write(executor, plan, row);
    return created;
  };
  /** Outside a transaction: one is opened only when there are events to queue with the row. */
  const insertAlone = (pending: Pending) =>
    pending.plan
      ? db.transaction().execute((trx) => insertRow(trx, pending))
      : insertRow(db, pending);
  /**
   * On PostgreSQL, a team's answers go in one at a time, holding the team's row: `seq` is taken
   * inside the lock, so a team's answers commit in `seq` order and a reader never sees a later
   * answer before an earlier one. Team results are released in batches by `seq`
   * (teams/team-release.ts); a late-committing earlier answer would otherwise swap one answer
   * out of a batch the lead has already seen. Public answers don't wait for anything.
   */
  const insertPostgres = (pending: Pending) => {
    const team = pending.row.team_id;
    if (typeof team !== 'string') return insertAlone(pending);
    return db.transaction().execute(async (trx) => {
      await trx.selectFrom('teams').select('id').where('id', '=', team).forNoKeyUpdate().execute();
      return insertRow(trx, pending);
    });
  };
  // SQLite has one writer and fsyncs per commit: concurrent responses share a commit, and `seq`
  // order is commit order. PostgreSQL takes concurrent transactions from its pool as they come.
  const insert =
    dialect === 'sqlite'
      ? groupCommit<Pending, boolean>({
          batch: (rows) =>
            db.transaction().execute(async (trx) => {
              const created: boolean[] = [];
              for (const row of rows) created.push(await insertRow(trx, row));
              return created;
            }),
          single: insertAlone,
        })
      : insertPostgres;
  return {
    get,
    async remove(id) {
      await db.deleteFrom('responses').where('id', '=', id).execute();
    },
    async save(response) {
      const createdAt = response.createdAt ?? clock().toISOString();
      const result = JSON.stringify(response.result);
      // Read from memory: which webhooks (if any) hear of this response.
      const plan = outbox ? await outbox.planFor(response.teamId) : undefined;
      const row: Insertable<ResponseTable> = {
        id: response.id,
        quiz_id: response.result.quiz.id,
        quiz_version: response.result.quiz.version,
        answers: JSON.stringify(response.answers),
        result,
        role: response.result.role,
        regime: response.result.regime.recommended,
        dominant_work: response.result.dominantWork,
        position: response.result.position,
        team_id: response.teamId,
        replaces: response.replaces ?? null,
        source: response.source,
        fields: fieldsText(response.fields),
        created_at: createdAt,
      };
      const inserted = await insert({ row, plan });
      if (inserted && plan) outbox?.queued();
      if (inserted) {
        const { createdAt: _, replaces: __, ...rest } = response;
        return {
          created: true,
          response: { ...rest, fields: response.fields ?? {}, createdAt },
          resultJson: result,
        };
      }
      const stored = await db
        .selectFrom('responses')
        .select(COLUMNS)
        .where('id', '=', response.id)
        .executeTakeFirst();
      if (!stored) throw new Error(`response ${response.id} conflicted but cannot be read back`);
      return { created: false, response: fromRow(stored), resultJson: stored.result };
    },
    async list(query = {}) {
      const limit = Math.min(Math.max(query.limit ?? 1000, 1), 10_000);
      let q = db
        .selectFrom('responses')
        .select(COLUMNS)
        .orderBy('seq')
        .limit(limit + 1);
      if (query.after !== undefined) q = q.where('seq', '>', query.after);
      if (query.since !== undefined) q = q.where('created_at', '>=', query.since);
      if (query.teamId !== undefined) q = q.where('team_id', '=', query.teamId);
      const rows = (await q.execute()).map(fromRow);
      const page = rows.slice(0, limit);
      return { responses: page, next: rows.length > limit ? (page.at(-1)?.seq ?? null) : null };
    },
  };
}
