import type { Answers } from '@rolefit/core';
import type {
  ApiError,
  CreatedTeam,
  DeletedTeam,
  LeadView,
  TeamRounds,
  TeamSummary,
  Workstream,
  WorkstreamsView,
} from '@rolefit/server/contract';
import { LANGUAGE } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';

const t = messages();

// The HTTP contract's types come from the server's schemas, so a field added there (like `split`)
// reaches the dashboard's types without anyone re-typing a response by hand.
export type { CreatedTeam, TeamSummary, Workstream, WorkstreamsView };

/** An API answer: the value, or the error the server named. */
export type ApiOutcome<T> =
  | { ok: true; value: T; status: number }
  | { ok: false; status: number; error: ApiError['error'] };

/** Where the lead's admin key is kept for this tab. */
export type AdminKey = { id: string; secret: string };

/** Call the API with JSON in and out; network failures come back as status 0. */
export async function callApi<T>(
  path: string,
  init: { method?: string; body?: unknown; key?: AdminKey | undefined } = {},
): Promise<ApiOutcome<T>> {
  // The page's language, not only the browser's: errors and advice then read like the page.
  const headers: Record<string, string> = { 'Accept-Language': LANGUAGE };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.key) headers.Authorization = `Bearer ${init.key.secret}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: {
        code: 'offline',
        message: t['team.api.offline'],
      },
    };
  }
  const text = await response.text();
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = text;
  }
  if (response.ok) return { ok: true, value: data as T, status: response.status };
  const error = (data as Partial<ApiError> | null)?.error;
  return {
    ok: false,
    status: response.status,
    error: error ?? { code: 'http_error', message: t['team.api.status'](response.status) },
  };
}

/** The lead-only API of one team. */
export function teamApi(key: AdminKey) {
  const base = `/api/teams/${encodeURIComponent(key.id)}`;
  return {
    summary: () => callApi<TeamSummary>(base, { key }),
    saveWorkstreams: (workstreams: Workstream[]) =>
      callApi<WorkstreamsView>(`${base}/workstreams`, {
        method: 'PUT',
        body: { workstreams },
        key,
      }),
    workstreams: () => callApi<WorkstreamsView>(`${base}/workstreams`, { key }),
    saveLeadView: (answers: Answers) =>
      callApi<LeadView>(`${base}/lead-view`, { method: 'PUT', body: { answers }, key }),
    /** The export as text, for a download. */
    async exportText(format: 'csv' | 'json'): Promise<ApiOutcome<string>> {
      const response = await fetch(`${base}/export?format=${format}`, {
        headers: { Authorization: `Bearer ${key.secret}`, 'Accept-Language': LANGUAGE },
      }).catch(() => null);
      if (!response)
        return {
          ok: false,
          status: 0,
          error: { code: 'offline', message: t['team.api.offline.export'] },
        };
      const text = await response.text();
      if (response.ok) return { ok: true, value: text, status: 200 };
      const error = (JSON.parse(text) as ApiError).error;
      return { ok: false, status: response.status, error };
    },
    /** Close the current round and open the next; members answer again from the same link. */
    openRound: () => callApi<TeamRounds>(`${base}/rounds`, { method: 'POST', key }),
    remove: () => callApi<DeletedTeam>(base, { method: 'DELETE', key }),
  };
}
