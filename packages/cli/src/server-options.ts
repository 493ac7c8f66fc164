import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages/en.ts';

/** `--port`, else `PORT`, else 3000: a whole number from 0 (any free port) to 65535. */
export function portOf(flag: unknown, env: NodeJS.ProcessEnv, t: Messages): number {
  const raw = flag ?? env.PORT ?? '3000';
  const port = Number(raw);
  if (String(raw).trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    const from = flag === undefined ? 'PORT' : '--port';
    throw new CliError(t['serve.port.invalid'](from, String(raw)), EXIT.usage);
  }
  return port;
}

/** `--database-url`, else `DATABASE_URL`, else undefined (SQLite at ./data/rolefit.db). */
export function databaseUrlOf(
  flag: unknown,
  env: NodeJS.ProcessEnv,
  t: Messages,
): string | undefined {
  const url = typeof flag === 'string' ? flag : env.DATABASE_URL;
  if (url !== undefined && url !== '' && !/^(file:|postgres(ql)?:\/\/)/.test(url)) {
    throw new CliError(t['database.url.invalid'](url.replace(/\/\/[^@]*@/, '//…@')), EXIT.usage);
  }
  return url === '' ? undefined : url;
}

/** The database options shared by `serve` and `export`. */
export const databaseArg = (t: Messages) =>
  ({
    'database-url': { type: 'string', description: t['help.arg.databaseUrl'], valueHint: 'URL' },
  }) as const;
