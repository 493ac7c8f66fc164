import type { AdminKey } from './team-api.ts';

const STORAGE_KEY = 'rolefit:team-admin';
const FRAGMENT = /^#admin=([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]{20,128})$/;

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The lead's key: taken from the admin link's fragment (then kept in this tab's sessionStorage
 * and wiped from the address bar, history and any later bookmark), or from sessionStorage.
 */
export function takeAdminKey(): AdminKey | null {
  const match = FRAGMENT.exec(location.hash);
  if (match) {
    const key = { id: match[1] as string, secret: match[2] as string };
    storage()?.setItem(STORAGE_KEY, JSON.stringify(key));
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return key;
  }
  try {
    const saved = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? 'null') as AdminKey | null;
    return saved && typeof saved.id === 'string' && typeof saved.secret === 'string' ? saved : null;
  } catch {
    return null;
  }
}

/** Forget the key in this tab (the team was deleted, or the key no longer works). */
export function forgetAdminKey(): void {
  storage()?.removeItem(STORAGE_KEY);
}
