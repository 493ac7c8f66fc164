import type { Selectable } from 'kysely';
import type { WebhookEvent } from '../webhooks/webhook-schemas.ts';
import type { Db, WebhookTable } from './database.ts';

/** A webhook as stored, its signing secret included. */
export type StoredWebhook = {
  id: string;
  url: string;
  events: WebhookEvent[];
  secret: string;
  createdAt: string;
};

/** The webhooks subscribed to each event. */
export type Subscribers = Record<WebhookEvent, StoredWebhook[]>;

/**
 * How long an instance trusts its in-memory list of webhooks: a webhook made or deleted on this
 * instance counts at once, on another instance within this long.
 */
export const WEBHOOK_CACHE_MS = 5000;

/** The owner's webhooks. */
export type WebhookStore = {
  create(hook: Omit<StoredWebhook, 'createdAt'>): Promise<StoredWebhook>;
  /** Oldest first. */
  list(): Promise<StoredWebhook[]>;
  get(id: string): Promise<StoredWebhook | undefined>;
  /** Those of `ids` that still exist. */
  byIds(ids: string[]): Promise<StoredWebhook[]>;
  /** Remove a webhook and its deliveries, sent or queued; says whether it existed. */
  delete(id: string): Promise<boolean>;
  /**
   * The webhooks subscribed to each event, from memory: the database is asked at most once per
   * `WEBHOOK_CACHE_MS`, and again at once after this instance made or deleted one. Ingest reads
   * this on every response, so it must cost nothing when nothing changed.
   */
  subscribers(): Promise<Subscribers>;
};

const fromRow = (row: Selectable<WebhookTable>): StoredWebhook => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as WebhookEvent[],
  secret: row.secret,
  createdAt: row.created_at,
});

// Longer than any id we hand out; anything longer cannot match, so skip the query.
const MAX_ID = 64;

/** The webhook store over a Kysely database (SQLite or PostgreSQL). */
export function createWebhookStore({ db }: Db, clock: () => Date = () => new Date()): WebhookStore {
  let cache: { at: number; value: Promise<Subscribers> } | undefined;
  const list = async () =>
    (await db.selectFrom('webhooks').selectAll().orderBy('created_at').orderBy('id').execute()).map(
      fromRow,
    );
  const load = async (): Promise<Subscribers> => {
    const hooks = await list();
    return {
      'response.created': hooks.filter((h) => h.events.includes('response.created')),
      'team.threshold_reached': hooks.filter((h) => h.events.includes('team.threshold_reached')),
    };
  };
  return {
    list,
    async create(hook) {
      const row = {
        id: hook.id,
        url: hook.url,
        events: JSON.stringify(hook.events),
        secret: hook.secret,
        created_at: clock().toISOString(),
      };
      await db.insertInto('webhooks').values(row).execute();
      cache = undefined;
      return fromRow(row);
    },
    async get(id) {
      if (id.length > MAX_ID) return undefined;
      const row = await db
        .selectFrom('webhooks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async byIds(ids) {
      if (ids.length === 0) return [];
      return (await db.selectFrom('webhooks').selectAll().where('id', 'in', ids).execute()).map(
        fromRow,
      );
    },
    async delete(id) {
      if (id.length > MAX_ID) return false;
      const deleted = await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
        const hook = await trx.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
        return Number(hook.numDeletedRows) > 0;
      });
      cache = undefined;
      return deleted;
    },
    subscribers() {
      const now = Date.now();
      if (cache && now - cache.at < WEBHOOK_CACHE_MS) return cache.value;
      const value = load();
      const entry = { at: now, value };
      cache = entry;
      // A failed read is not remembered: the next response asks again.
      value.catch(() => {
        if (cache === entry) cache = undefined;
      });
      return value;
    },
  };
}
