import { mkdirSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database, Db, Dialect } from './database.ts';
import { createDeliveryStore, type DeliveryStore } from './delivery-store.ts';
import { createEventStore, type EventStore } from './event-store.ts';
import { migrateToLatest } from './migrations.ts';
import { createOrgStore, type OrgStore } from './org-store.ts';
import { postgresPool } from './postgres-pool.ts';
import { createResponseOutbox, type ResponseOutbox } from './response-outbox.ts';
import { createResponseStore, type ResponseStore } from './response-store.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';
import { createStatsStore, type StatsStore } from './stats-store.ts';
import { type StoreFault, storeFault } from './store-faults.ts';
import { createTeamStore, type TeamStore } from './team-store.ts';
import { createWebhookStore, type WebhookStore } from './webhook-store.ts';

/** Everything the server stores, behind one handle. */
export type Store = {
  dialect: Dialect;
  /** Where the data lives, without credentials, for logs. */
  location: string;
  responses: ResponseStore;
  events: EventStore;
  stats: StatsStore;
  settings: SettingsStore;
  teams: TeamStore;
  orgs: OrgStore;
  /** The owner's webhooks. */
  webhooks: WebhookStore;
  /** The webhooks' outbox, which the delivery worker drains. */
  deliveries: DeliveryStore;
  /** Where new responses queue their webhook events; the worker listens to it. */
  outbox: ResponseOutbox;
  /** The Kysely handle, for stores that build on this one. */
  db: Db;
  /** Whether the store can serve now: it answers a query and (SQLite) its disk has room. */
  readiness(): Promise<Readiness>;
  close(): Promise<void>;
};

/** What `GET /readyz` reports. */
export type Readiness = { ready: true } | { ready: false; fault: StoreFault; reason: string };

/** Options for `createStore`. */
export type StoreOptions = {
  clock?: () => Date;
  /**
   * How long one database call may take, connecting included, before it fails as
   * `database_unavailable` (ROLEFIT_DB_TIMEOUT_MS, 2 s).
   */
  timeoutMs?: number;
};

/** The default bound on one database call. */
export const DEFAULT_DB_TIMEOUT_MS = 2000;

/** Below this much free space on its disk, a SQLite store reports itself not ready. */
export const MIN_FREE_BYTES = 1024 * 1024;

/** Where `DATABASE_URL` points: SQLite by default, PostgreSQL for `postgres://…`. */
export type StoreTarget =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'postgres'; url: string };

/** The SQLite file used when `DATABASE_URL` is unset. */
export const DEFAULT_SQLITE_PATH = './data/rolefit.db';

/**
 * Read a `DATABASE_URL`: unset → SQLite at ./data/rolefit.db; `file:/path/x.db` → SQLite there;
 * `file::memory:` → an in-memory SQLite; `postgres://…` → PostgreSQL.
 */
export function parseDatabaseUrl(url: string | undefined): StoreTarget {
  if (url === undefined || url.trim() === '')
    return { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url.startsWith('file:'))
    return { dialect: 'sqlite', path: url.slice('file:'.length) || DEFAULT_SQLITE_PATH };
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.replace(/\/\/[^@]*@/, '//…@')}"`,
  );
}

function openSqlite(path: string, timeoutMs: number) {
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets readers run beside the writer; synchronous=FULL fsyncs every commit, so a response
  // acknowledged with 2xx survives a killed process and a power cut (docs/reliability.md).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  // A write lock held elsewhere is waited for no longer than any other database call.
  database.pragma(`busy_timeout = ${Math.round(timeoutMs)}`);
  database.pragma('foreign_keys = ON');
  // Kysely prepares every query afresh; reusing prepared statements by their SQL text makes the
  // hot insert several times cheaper. The set of distinct statements is small and fixed.
  const statements = new Map<string, SqliteDatabase.Statement>();
  const cached = {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size < 500) statements.set(sql, statement);
      }
      return statement;
    },
  };
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: cached as never }) });
}

const openPostgres = (url: string, timeoutMs: number, connectTimeoutMs = timeoutMs) =>
  new Kysely<Database>({
    dialect: new PostgresDialect({ pool: postgresPool(url, timeoutMs, connectTimeoutMs) }),
  });

/**
 * Migrations may run longer than a request should: they get their own, patient connection, but
 * a database that can't be reached at all still fails the start within 10 s.
 */
async function migratePostgres(url: string) {
  const db = openPostgres(url, 10 * 60_000, 10_000);
  try {
    await migrateToLatest(db as never, 'postgres');
  } finally {
    await db.destroy();
  }
}

async function readiness(db: Kysely<Database>, sqlitePath: string | undefined): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
    if (sqlitePath !== undefined && sqlitePath !== ':memory:') {
      const disk = await statfs(dirname(resolve(sqlitePath)));
      const free = disk.bavail * disk.bsize;
      if (free < MIN_FREE_BYTES) {
        return {
          ready: false,
          fault: 'storage_full',
          reason: `${free} bytes free beside ${sqlitePath}; responses can't be stored`,
        };
      }
    }
    return { ready: true };
  } catch (error) {
    const fault = storeFault(error);
    if (!fault) throw error;
    return { ready: false, fault, reason: (error as Error).message };
  }
}

/**
 * Open (and migrate) the store a `DATABASE_URL` names.
 * @example const store = await createStore(process.env.DATABASE_URL)
 */
export async function createStore(
  url: string | undefined,
  options: StoreOptions = {},
): Promise<Store> {
  const target = parseDatabaseUrl(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_DB_TIMEOUT_MS;
  let db: Kysely<Database>;
  if (target.dialect === 'sqlite') {
    db = openSqlite(target.path, timeoutMs);
    try {
      await migrateToLatest(db as never, 'sqlite');
    } catch (error) {
      await db.destroy();
      throw error;
    }
  } else {
    await migratePostgres(target.url);
    db = openPostgres(target.url, timeoutMs);
  }
  const handle: Db = { db, dialect: target.dialect };
  const sqlitePath = target.dialect === 'sqlite' ? target.path : undefined;
  const webhooks = createWebhookStore(handle, options.clock);
  const deliveries = createDeliveryStore(handle);
  const outbox = createResponseOutbox(webhooks, deliveries);
  return {
    dialect: target.dialect,
    location: target.dialect === 'sqlite' ? target.path : target.url.replace(/\/\/[^@]*@/, '//…@'),
    responses: createResponseStore(handle, options.clock, outbox),
    events: createEventStore(handle, options.clock),
    stats: createStatsStore(handle),
    settings: createSettingsStore(handle, options.clock),
    teams: createTeamStore(handle, options.clock),
    orgs: createOrgStore(handle, options.clock),
    webhooks,
    deliveries,
    outbox,
    db: handle,
    readiness: () => readiness(db, sqlitePath),
    close: () => db.destroy(),
  };
}
