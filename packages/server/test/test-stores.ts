import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createStore, type Store } from '../src/store/create-store.ts';

/** Where PostgreSQL runs for tests; CI starts it (.ci/run). */
export const POSTGRES_ADMIN_URL =
  process.env.ROLEFIT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUp = await postgresReachable();
if (!pgUp && process.env.CI === 'true') {
  throw new Error(
    `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}; under CI=true the PostgreSQL suites must run`,
  );
}

/** A store factory for one dialect; each call gives a fresh, empty database. */
export type TestDialect = {
  name: 'sqlite' | 'postgres';
  open: (options?: { clock?: () => Date }) => Promise<Store>;
};

/** A fresh PostgreSQL database URL, dropped again by `dropPostgresDatabase`. */
export async function freshPostgresUrl(): Promise<string> {
  const name = `rolefit_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drop a database made by `freshPostgresUrl`. */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith('rolefit_test_')) return;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

const sqlite: TestDialect = {
  name: 'sqlite',
  open: (options) => createStore('file::memory:', options ?? {}),
};

const postgres: TestDialect = {
  name: 'postgres',
  async open(options) {
    const url = await freshPostgresUrl();
    const store = await createStore(url, options ?? {});
    return {
      ...store,
      async close() {
        await store.close();
        await dropPostgresDatabase(url);
      },
    };
  },
};

/**
 * The dialects storage tests run on, like kysely's DIALECTS: SQLite always, PostgreSQL where it
 * is reachable (always under CI=true). `ROLEFIT_TEST_DIALECTS=sqlite` narrows the list.
 */
export const TEST_DIALECTS: TestDialect[] = [sqlite, ...(pgUp ? [postgres] : [])].filter(
  (d) =>
    !process.env.ROLEFIT_TEST_DIALECTS ||
    process.env.ROLEFIT_TEST_DIALECTS.split(',').includes(d.name),
);

/** Whether the PostgreSQL suites run here, for naming the skip when they don't. */
export const POSTGRES_AVAILABLE = pgUp;
