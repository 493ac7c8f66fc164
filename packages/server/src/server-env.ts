import { allowedHostsFrom, publicUrlFrom } from './public-url.ts';
import { rateLimitsFromEnv } from './rate-limits.ts';
import type { ServerOptions } from './start-server.ts';
import type { WebhookWorkerOptions } from './webhooks/webhook-worker.ts';

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

/** A whole number of milliseconds from the environment within bounds, or undefined when unset. */
function millisecondsFrom(name: string, raw: string | undefined, min: number, max: number) {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${name} must be a whole number of milliseconds from ${min} to ${max}; got "${raw}"`,
    );
  }
  return value;
}

/**
 * `ROLEFIT_WEBHOOK_ALLOW_PRIVATE` (`1`: webhooks may be http and reach loopback and private
 * addresses, for local testing), `ROLEFIT_WEBHOOK_RETRY_BASE_MS` (the first retry's longest
 * wait, 10000) and `ROLEFIT_WEBHOOK_LEASE_MS` (how long a claimed delivery is held before another
 * instance may take it, 60000); tests make the last two small.
 */
export function webhookSettingsFrom(env: NodeJS.ProcessEnv): WebhookWorkerOptions {
  const flag = env.ROLEFIT_WEBHOOK_ALLOW_PRIVATE?.trim() ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(flag)) {
    throw new Error(`ROLEFIT_WEBHOOK_ALLOW_PRIVATE must be 1 or 0; got "${flag}"`);
  }
  const baseMs = millisecondsFrom(
    'ROLEFIT_WEBHOOK_RETRY_BASE_MS',
    env.ROLEFIT_WEBHOOK_RETRY_BASE_MS,
    10,
    3_600_000,
  );
  // Longer than an attempt can take (5 s), or a slow attempt could be sent twice.
  const leaseMs = millisecondsFrom(
    'ROLEFIT_WEBHOOK_LEASE_MS',
    env.ROLEFIT_WEBHOOK_LEASE_MS,
    6000,
    3_600_000,
  );
  return {
    allowPrivate: flag === '1' || flag === 'true',
    ...(baseMs === undefined ? {} : { retry: { baseMs } }),
    ...(leaseMs === undefined ? {} : { leaseMs }),
  };
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
  'adminToken' | 'rateLimits' | 'publicUrl' | 'allowedHosts' | 'databaseTimeoutMs' | 'webhooks'
> {
  return {
    adminToken: env.ROLEFIT_ADMIN_TOKEN,
    rateLimits: rateLimitsFromEnv(env),
    publicUrl: publicUrlFrom(env.ROLEFIT_PUBLIC_URL),
    allowedHosts: allowedHostsFrom(env.ROLEFIT_ALLOWED_HOSTS),
    databaseTimeoutMs: databaseTimeoutFrom(env.ROLEFIT_DB_TIMEOUT_MS),
    webhooks: webhookSettingsFrom(env),
  };
}
