import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.ts';
import type { SettingsStore } from '../store/settings-store.ts';

/** The settings key under which the generated owner token's SHA-256 is stored. */
export const OWNER_TOKEN_SETTING = 'owner_token_sha256';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

const RULE = '━'.repeat(64);

/**
 * What to print, once, for a generated owner token: framed, so that it stands out from the log
 * lines around it.
 */
export function ownerTokenNotice(token: string): string {
  return [
    '',
    RULE,
    'rolefit: generated the owner token for the analytics dashboard (/admin) and GET /api/stats:',
    '',
    `    ${token}`,
    '',
    'It is shown only this once and stored only as a hash. Keep it in a password manager, or set',
    'ROLEFIT_ADMIN_TOKEN to a secret of your own (which then replaces it).',
    RULE,
    '',
    '',
  ].join('\n');
}

/**
 * Make sure the owner can log in: with `ROLEFIT_ADMIN_TOKEN` set, nothing to do; otherwise, on
 * the first start, generate a token and store only its hash. Answers the token when this call
 * generated it, for the caller to show once, after its own start-up lines (`ownerTokenNotice`);
 * when several instances start together, only the one whose hash was stored gets it.
 */
export async function ensureOwnerToken(
  settings: SettingsStore,
  envToken: string | undefined,
): Promise<string | undefined> {
  if (envToken) return undefined;
  if (await settings.get(OWNER_TOKEN_SETTING)) return undefined;
  const token = randomBytes(24).toString('base64url');
  const hash = sha256(token).toString('hex');
  if ((await settings.putIfAbsent(OWNER_TOKEN_SETTING, hash)) !== hash) return undefined;
  return token;
}

/**
 * Middleware that lets a request through only with `Authorization: Bearer <owner token>`:
 * `ROLEFIT_ADMIN_TOKEN` when set, else the generated token whose hash is in the settings.
 * Hashes are compared in constant time.
 */
export function ownerAuth(
  settings: SettingsStore,
  envToken: string | undefined,
): MiddlewareHandler {
  let expected: Buffer | undefined = envToken ? sha256(envToken) : undefined;
  return async (c, next) => {
    if (!expected) {
      const stored = await settings.get(OWNER_TOKEN_SETTING);
      if (stored) expected = Buffer.from(stored, 'hex');
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const given = match?.[1] ? sha256(match[1]) : undefined;
    if (
      !given ||
      !expected ||
      given.length !== expected.length ||
      !timingSafeEqual(given, expected)
    ) {
      throw new HttpError(401, 'unauthorized', (m) =>
        header ? m['unauthorized.owner_wrong'] : m['unauthorized.owner_missing'],
      );
    }
    await next();
  };
}
