import { CliError, EXIT } from './cli-error.ts';

/** `--port`, else `PORT`, else 3000: a whole number from 0 (any free port) to 65535. */
export function portOf(flag: unknown, env: NodeJS.ProcessEnv): number {
  const raw = flag ?? env.PORT ?? '3000';
  const port = Number(raw);
  if (String(raw).trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    const from = flag === undefined ? 'PORT' : '--port';
    throw new CliError(
      `${from} must be a whole number from 0 to 65535 (0 picks a free port), not "${String(raw)}"`,
      EXIT.usage,
    );
  }
  return port;
}

/** `--database-url`, else `DATABASE_URL`, else undefined (SQLite at ./data/rolefit.db). */
export function databaseUrlOf(flag: unknown, env: NodeJS.ProcessEnv): string | undefined {
  const url = typeof flag === 'string' ? flag : env.DATABASE_URL;
  if (url !== undefined && url !== '' && !/^(file:|postgres(ql)?:\/\/)/.test(url)) {
    throw new CliError(
      `the database URL must start with file: (SQLite, e.g. file:./data/rolefit.db) or postgres:// (PostgreSQL), not "${url.replace(/\/\/[^@]*@/, '//…@')}"`,
      EXIT.usage,
    );
  }
  return url === '' ? undefined : url;
}

/** The database options shared by `serve` and `export`. */
export const DATABASE_ARG = {
  'database-url': {
    type: 'string',
    description:
      'file:<path> for SQLite or postgres://… (default: $DATABASE_URL, else SQLite at ./data/rolefit.db)',
    valueHint: 'URL',
  },
} as const;
