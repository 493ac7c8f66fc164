import type { ApiError, StatsReport } from '@rolefit/server/contract';
import { LANGUAGE } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { downloadFile } from '../shared/download-file.ts';

const t = messages();

const KEY = 'rolefit-owner-token';

/** A day range and optionally one page, as the stats API takes them. */
export type StatsRange = { from: string; to: string; source?: string | undefined };

/** What a stats call gives: the report, or why not. */
export type StatsOutcome =
  | { ok: true; value: StatsReport }
  | { ok: false; error: ApiError['error'] };

/** Where the token lives: the tab's session storage only, gone when the tab closes. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const query = (range: StatsRange, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams({ from: range.from, to: range.to, ...extra });
  if (range.source !== undefined) params.set('source', range.source);
  return params.toString();
};

/** The owner's session: the token in session storage and the calls that send it. */
export function ownerSession(storage: TokenStorage, fetchFn: typeof fetch = fetch) {
  const token = () => storage.getItem(KEY);
  // In the page's language: a refusal reads like the rest of the dashboard.
  const headers = () => ({ Authorization: `Bearer ${token() ?? ''}`, 'Accept-Language': LANGUAGE });
  return {
    token,
    logIn: (value: string) => storage.setItem(KEY, value.trim()),
    logOut: () => storage.removeItem(KEY),
    /** `GET /api/stats` for a range. */
    async stats(range: StatsRange): Promise<StatsOutcome> {
      try {
        const res = await fetchFn(`/api/stats?${query(range)}`, { headers: headers() });
        const body = (await res.json()) as StatsReport | ApiError;
        if (res.ok) return { ok: true, value: body as StatsReport };
        return { ok: false, error: (body as ApiError).error };
      } catch {
        return {
          ok: false,
          error: {
            code: 'offline',
            message: t['admin.offline'],
          },
        };
      }
    },
    /** Fetch an export with the token and hand it to the browser as a download. */
    async download(range: StatsRange, format: 'csv' | 'json'): Promise<string | null> {
      const res = await fetchFn(`/api/stats/export?${query(range, { format })}`, {
        headers: headers(),
      });
      if (!res.ok) return t['admin.exportFailed'](res.status);
      downloadFile(`rolefit-responses-${range.from}-to-${range.to}.${format}`, await res.blob());
      return null;
    },
  };
}

/** The owner's session object. */
export type OwnerSession = ReturnType<typeof ownerSession>;
