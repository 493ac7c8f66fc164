/** The part of `fetch` a post needs, so tests can pass a fake. */
export type Fetch = (url: string, init: RequestInit) => Promise<{ ok: boolean; status: number }>;

/**
 * POST `body` as JSON, never with cookies. `keepalive` lets the post finish when the reader
 * leaves the page or follows a link straight away. The one way the quiz pages and the widget
 * send anything.
 * @example await postJson('/api/events', { events })
 */
export function postJson(url: string, body: unknown, fetchFn: Fetch = fetch) {
  return fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    keepalive: true,
  });
}
