import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new webhook signing secret: 32 random bytes, prefixed so it is recognisable in a vault. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * The `Rolefit-Signature` header of one attempt: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" keyed with the secret>`. `t` is the attempt's time, so every retry signs anew.
 * @example signatureHeader('whsec_…', '{"id":…}', 1767225600) // 't=1767225600,v1=5f…'
 */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** How old a signature's `t` may be before a receiver should refuse it (a replay). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * What a receiver does (docs/integrations.md shows it without this module): check the HMAC in
 * constant time and refuse a `t` older than the tolerance. Used by the tests.
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signatureHeader(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(String(parts.v1 ?? ''), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
