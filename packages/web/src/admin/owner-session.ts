import type { ApiError, StatsReport } from '@rolefit/server/contract';
import { LANGUAGE } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { downloadFile } from '../shared/download-file.ts';

const t = messages();

const KEY = 'rolefit-owner-token';

/** One hidden field's value: the responses that carried `name` = `value`. */
export type FieldFilter = { name: string; value: string };

/** A day range and optionally one page and one hidden field's value, as the stats API takes them. */
export type StatsRange = {
  from: string;
  to: string;
  source?: string | undefined;
  field?: FieldFilter | undefined;
};

/** What a stats call gives: the report, or why not. */
export type StatsOutcome =
  | { ok: true; value: StatsReport }
  | { ok: false; error: ApiError['error'] };

/** Where the token lives: the tab's session storage only, gone when the tab closes. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const query = (range: StatsRange, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams({ from: range.from, to: range.to, ...extra });
  if (range.source !== undefined) params.set('source', range.source);
  if (range.field) {
    params.set('field', range.field.name);
    params.set('value', range.field.value);
  }
  return params.toString();
};

/**
 * The export's file name: the range, and the field and value it is limited to. A value is any
 * text a page sent, so only its letters, digits, `.`, `-` and `_` are kept, and 60 of them.
 * @example exportName({ from: '2026-03-01', to: '2026-03-31', field: { name: 'utm_source', value: 'news/letter' } }, 'csv')
 * // 'rolefit-responses-2026-03-01-to-2026-03-31-utm_source-news_letter.csv'
 */
export function exportName(range: StatsRange, format: 'csv' | 'json'): string {
  const { field } = range;
  const value = field?.value.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 60);
  const limit = field ? `-${field.name}-${value}` : '';
  return `rolefit-responses-${range.from}-to-${range.to}${limit}.${format}`;
}

/** The owner's session: the token in session storage and the calls that send it. */
export function ownerSession(storage: TokenStorage, fetchFn: typeof fetch = fetch) {
  const token = () => storage.getItem(KEY);
  // In the page's language: a refusal reads like the rest of the dashboard.
  const headers = () => ({ Authorization: `Bearer ${token() ?? ''}`, 'Accept-Language': LANGUAGE });
  return {
    token,
    logIn: (value: string) => storage.setItem(KEY, value.trim()),
    logOut: () => storage.removeItem(KEY),
    /** `GET /api/stats` for a range (and page, and field value). */
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
      downloadFile(exportName(range, format), await res.blob());
      return null;
    },
  };
}

/** The owner's session object. */
export type OwnerSession = ReturnType<typeof ownerSession>;
