import type { ResponseSubmission } from '@rolefit/server/contract';

/** How a post went: `status` is null when the network failed both times. */
export type SendOutcome = { id: string; ok: boolean; status: number | null; attempts: number };

/** The part of `fetch` the widget needs, so tests can pass a fake. */
export type Fetch = (url: string, init: RequestInit) => Promise<{ ok: boolean; status: number }>;

const RETRY_DELAY_MS = 400;

/**
 * Post one response, retrying once (same id, so the server stores it once) when the network
 * fails or the server answers 5xx. Never sends cookies.
 * @example await sendResponse('/api/responses', { id, answers, source: location.href })
 */
export async function sendResponse(
  endpoint: string,
  body: ResponseSubmission,
  fetchFn: Fetch = fetch,
  delayMs = RETRY_DELAY_MS,
): Promise<SendOutcome> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    // Lets the post finish when the reader follows the result link straight away.
    keepalive: true,
  };
  let status: number | null = null;
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (attempt > 1) await new Promise((done) => setTimeout(done, delayMs));
    try {
      const response = await fetchFn(endpoint, init);
      status = response.status;
      if (response.ok || status < 500)
        return { id: body.id, ok: response.ok, status, attempts: attempt };
    } catch {
      status = null;
    }
  }
  return { id: body.id, ok: false, status, attempts: 2 };
}
