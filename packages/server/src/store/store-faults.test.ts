import { describe, expect, it } from 'vitest';
import { storeFault } from './store-faults.ts';

const failure = (message: string, code?: string) =>
  Object.assign(new Error(message), code === undefined ? {} : { code });

describe('storeFault', () => {
  it('names a full disk on either engine', () => {
    expect(storeFault(failure('database or disk is full', 'SQLITE_FULL'))).toBe('storage_full');
    expect(storeFault(failure('could not extend file', '53100'))).toBe('storage_full');
  });

  it('names a database that is away, slow or locked', () => {
    for (const error of [
      failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      failure('read ECONNRESET', 'ECONNRESET'),
      failure('Connection terminated unexpectedly'),
      failure('timeout exceeded when trying to connect'),
      failure('Query read timeout'),
      failure('canceling statement due to statement timeout', '57014'),
      failure('the database system is starting up', '57P03'),
      failure('terminating connection due to administrator command', '57P01'),
      failure('connection failure', '08006'),
      failure('database is locked', 'SQLITE_BUSY'),
      failure('disk I/O error', 'SQLITE_IOERR_WRITE'),
    ]) {
      expect(storeFault(error), error.message).toBe('database_unavailable');
    }
  });

  it('finds the fault under a wrapper, and leaves bugs and bad queries alone', () => {
    expect(storeFault(new Error('insert failed', { cause: failure('x', 'ECONNRESET') }))).toBe(
      'database_unavailable',
    );
    expect(storeFault(failure('syntax error at or near "selec"', '42601'))).toBeUndefined();
    expect(
      storeFault(failure('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_PRIMARYKEY')),
    ).toBeUndefined();
    expect(storeFault(new TypeError('x is undefined'))).toBeUndefined();
    expect(storeFault('not an error')).toBeUndefined();
  });
});
