/**
 * Why the database could not do what a request needed, when it is the database's fault and not
 * the request's: `database_unavailable` (unreachable, restarting, too slow, locked) or
 * `storage_full` (no room left to write). Both are worth retrying later; neither is a bug.
 */
export type StoreFault = 'database_unavailable' | 'storage_full';

/** Network errors Node raises on a socket to PostgreSQL. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What `pg` says when a connection dies, can't be made in time, or a query outlives its timeout. */
const PG_CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|query read timeout|client has encountered a connection error|connection is not queryable|cannot use a pool after calling end/i;

/**
 * SQLSTATE codes that mean "the server can't serve you now" rather than "your query is wrong":
 * class 08 (connection exception), 57P01–57P03 (shutting down, cannot connect now), 53300 (too
 * many connections), 57014 (cancelled by statement_timeout).
 */
const PG_UNAVAILABLE = /^(08...|57P0[1-3]|53300|57014)$/;

/**
 * SQLite result codes: a full disk or database, and a database that stays locked or can't be
 * read or written (a disk gone read-only, an I/O error) past the busy timeout.
 */
const SQLITE_FULL = /^SQLITE_FULL/;
const SQLITE_UNAVAILABLE =
  /^(SQLITE_BUSY|SQLITE_LOCKED|SQLITE_IOERR|SQLITE_CANTOPEN|SQLITE_READONLY)/;

/**
 * Classify an error thrown by the store: a `StoreFault`, or `undefined` for anything else (a bug
 * or a bad query, which stays a 500).
 * @example storeFault(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })) // 'storage_full'
 */
export function storeFault(error: unknown): StoreFault | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code === '53100' || SQLITE_FULL.test(code)) return 'storage_full';
    if (SOCKET_CODES.has(code) || PG_UNAVAILABLE.test(code) || SQLITE_UNAVAILABLE.test(code)) {
      return 'database_unavailable';
    }
  }
  if (PG_CONNECTION_MESSAGES.test(error.message)) return 'database_unavailable';
  // Errors wrapped by a driver keep the original as `cause`.
  return error.cause === undefined || error.cause === error ? undefined : storeFault(error.cause);
}
