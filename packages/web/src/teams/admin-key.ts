import type { AdminKey } from './team-api.ts';

// A team's and an organisation's admin links share one shape: `…#admin=<id>.<secret>`.
const KEY = '([A-Za-z0-9_-]{8,64})\\.([A-Za-z0-9_-]{20,128})';
const FRAGMENT = new RegExp(`^#admin=${KEY}$`);
const BARE = new RegExp(`^${KEY}$`);

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** Where a page keeps its admin key for the tab, and how it takes it from its admin link. */
export type AdminKeySlot = {
  /**
   * The key: taken from the admin link's fragment (then kept in this tab's sessionStorage and
   * wiped from the address bar, history and any later bookmark), or from sessionStorage.
   */
  take(): AdminKey | null;
  /** Keep a key for this tab, so a reload opens the page without the link. */
  keep(key: AdminKey): void;
  /** Forget the key in this tab (what it opened was deleted, or the key no longer works). */
  forget(): void;
};

/**
 * An admin key slot in sessionStorage under `storageKey`: one per kind of page, so a tab may hold
 * a team lead's key and an organisation's at once.
 * @example const orgKey = adminKeySlot('rolefit:org-admin'); const key = orgKey.take();
 */
export function adminKeySlot(storageKey: string): AdminKeySlot {
  const keep = (key: AdminKey) => storage()?.setItem(storageKey, JSON.stringify(key));
  return {
    take() {
      const match = FRAGMENT.exec(location.hash);
      if (match) {
        const key = { id: match[1] as string, secret: match[2] as string };
        keep(key);
        history.replaceState(null, '', `${location.pathname}${location.search}`);
        return key;
      }
      try {
        const saved = JSON.parse(storage()?.getItem(storageKey) ?? 'null') as AdminKey | null;
        return saved && typeof saved.id === 'string' && typeof saved.secret === 'string'
          ? saved
          : null;
      } catch {
        return null;
      }
    },
    keep,
    forget: () => storage()?.removeItem(storageKey),
  };
}

/** The team lead's key, for the dashboard at `/team`. */
export const teamAdminKey = adminKeySlot('rolefit:team-admin');

/** Why a pasted link gives no team key: not a lead's link at all, or an organisation's. */
export type LeadLinkProblem = 'not_a_lead_link' | 'org_link';

/**
 * A team's id and admin secret from what its lead shared: the dashboard link
 * (`…/team#admin=<id>.<secret>`), its fragment alone, or `<id>.<secret>`.
 * @example leadKeyFrom('https://rolefit.example/team#admin=abc12345.s3cr3t…') // { ok: true, value: { id: 'abc12345', secret: 's3cr3t…' } }
 */
export function leadKeyFrom(
  text: string,
): { ok: true; value: AdminKey } | { ok: false; error: LeadLinkProblem } {
  const pasted = text.trim();
  const hashAt = pasted.indexOf('#');
  const fragment = hashAt >= 0 ? pasted.slice(hashAt) : '';
  const match = FRAGMENT.exec(fragment) ?? BARE.exec(pasted);
  if (!match) return { ok: false, error: 'not_a_lead_link' };
  // An org's admin link has the same fragment; adding the org to itself is never meant.
  const path = hashAt >= 0 ? pasted.slice(0, hashAt).replace(/[?].*$/, '') : '';
  if (/\/org\/?$/.test(path)) return { ok: false, error: 'org_link' };
  return { ok: true, value: { id: match[1] as string, secret: match[2] as string } };
}
