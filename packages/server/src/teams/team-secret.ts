import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh team id: 128 random bits, URL-safe. */
export const newTeamId = (): string => randomBytes(16).toString('base64url');

/** A fresh join code for members: 128 random bits, URL-safe. */
export const newJoinCode = (): string => randomBytes(16).toString('base64url');

/** A fresh admin secret for the lead: 256 random bits, URL-safe, shown once. */
export const newAdminSecret = (): string => randomBytes(32).toString('base64url');

/**
 * The stored form of an admin secret: its SHA-256, hex. A fast hash is right here because the
 * secret is 256 random bits, not a password: there is no dictionary to try, so a slow,
 * salted password hash would add cost without adding safety.
 */
export const hashAdminSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

// Compared against when no team matches, so a missing team costs the same work as a wrong secret.
const NO_TEAM_HASH = hashAdminSecret(randomBytes(32).toString('base64url'));

/**
 * Whether `secret` hashes to `storedHash`, in constant time. With no stored hash (no such
 * team) it still does the comparison, and says no.
 */
export function secretMatches(secret: string, storedHash: string | undefined): boolean {
  const given = Buffer.from(hashAdminSecret(secret), 'hex');
  const stored = Buffer.from(storedHash ?? NO_TEAM_HASH, 'hex');
  if (stored.length !== given.length) return false;
  return timingSafeEqual(given, stored) && storedHash !== undefined;
}
