import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db, Dialect } from './database.ts';
import { createEventStore, type EventStore } from './event-store.ts';
import { migrateToLatest } from './migrations.ts';
import { createResponseStore, type ResponseStore } from './response-store.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';
import { createStatsStore, type StatsStore } from './stats-store.ts';
import { createTeamStore, type TeamStore } from './team-store.ts';

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
  /** The Kysely handle, for stores that build on this one. */
  db: Db;
  close(): Promise<void>;
};

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

function openSqlite(path: string) {
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets readers run beside the writer; synchronous=FULL fsyncs every commit, so a response
  // acknowledged with 2xx survives a killed process and a power cut (docs/reliability.md).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
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

function openPostgres(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Open (and migrate) the store a `DATABASE_URL` names.
 * @example const store = await createStore(process.env.DATABASE_URL)
 */
export async function createStore(
  url: string | undefined,
  options: { clock?: () => Date } = {},
): Promise<Store> {
  const target = parseDatabaseUrl(url);
  const db = target.dialect === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url);
  const handle: Db = { db, dialect: target.dialect };
  try {
    await migrateToLatest(db as never, target.dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    dialect: target.dialect,
    location: target.dialect === 'sqlite' ? target.path : target.url.replace(/\/\/[^@]*@/, '//…@'),
    responses: createResponseStore(handle, options.clock),
    events: createEventStore(handle, options.clock),
    stats: createStatsStore(handle),
    settings: createSettingsStore(handle, options.clock),
    teams: createTeamStore(handle, options.clock),
    db: handle,
    close: () => db.destroy(),
  };
}
