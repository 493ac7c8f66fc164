import { allowedHostsFrom, publicUrlFrom } from './public-url.ts';
import { rateLimitsFromEnv } from './rate-limits.ts';
import type { ServerOptions } from './start-server.ts';

/** `ROLEFIT_DB_TIMEOUT_MS`: milliseconds one database call may take (unset: 2000). */
export function databaseTimeoutFrom(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100 || value > 600_000) {
    throw new Error(
      `ROLEFIT_DB_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000; got "${raw}"`,
    );
  }
  return value;
}

/**
 * The server settings the environment holds besides where to listen and which database
 * (docs/deploy.md lists them), read the same way by `npm start` and `rolefit serve`. A bad value
 * throws, naming the variable and what it takes.
 */
export function serverSettingsFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<
  ServerOptions,
  'adminToken' | 'rateLimits' | 'publicUrl' | 'allowedHosts' | 'databaseTimeoutMs'
> {
  return {
    adminToken: env.ROLEFIT_ADMIN_TOKEN,
    rateLimits: rateLimitsFromEnv(env),
    publicUrl: publicUrlFrom(env.ROLEFIT_PUBLIC_URL),
    allowedHosts: allowedHostsFrom(env.ROLEFIT_ALLOWED_HOSTS),
    databaseTimeoutMs: databaseTimeoutFrom(env.ROLEFIT_DB_TIMEOUT_MS),
  };
}
