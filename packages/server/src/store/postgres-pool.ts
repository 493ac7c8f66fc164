import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { storeFault } from './store-faults.ts';

/**
 * A PostgreSQL pool for Kysely that survives the network:
 * - every client has an `error` listener, so a connection reset while a client is checked out
 *   fails the query that was running instead of crashing the process (`pool.on('error')` only
 *   covers idle clients);
 * - connecting, waiting for a free client and each query are bounded by `timeoutMs`, on the client
 *   (`query_timeout`, which also fires when the network swallows packets) and on the server
 *   (`statement_timeout`, so PostgreSQL stops work nobody waits for);
 * - a client whose connection failed or timed out is destroyed on release, never reused, so the
 *   pool refills with fresh connections as soon as the database answers again.
 */
export function postgresPool(
  url: string,
  timeoutMs: number,
  connectTimeoutMs = timeoutMs,
): PostgresPool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: connectTimeoutMs,
    query_timeout: timeoutMs,
    statement_timeout: timeoutMs,
    idle_in_transaction_session_timeout: Math.max(timeoutMs * 5, 10_000),
    keepAlive: true,
  });
  // The error reaches the query that was running (or nobody, for an idle client); the pool
  // drops the client either way.
  const ignore = () => {};
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let broken = false;
      const guarded = (error: unknown) => {
        if (storeFault(error) === 'database_unavailable') broken = true;
        throw error;
      };
      return {
        query: ((sql: string, parameters: readonly unknown[]) =>
          client
            .query(sql, [...parameters])
            .catch(guarded)) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy || broken),
      };
    },
    end: () => pool.end(),
  };
}
