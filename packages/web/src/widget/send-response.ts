import type { ResponseSubmission } from '@rolefit/server/contract';
import { type Fetch, postJson } from '../shared/post-json.ts';

export type { Fetch };

/** How a post went: `status` is null when the network failed both times. */
export type SendOutcome = { id: string; ok: boolean; status: number | null; attempts: number };

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
  let status: number | null = null;
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (attempt > 1) await new Promise((done) => setTimeout(done, delayMs));
    try {
      const response = await postJson(endpoint, body, fetchFn);
      status = response.status;
      if (response.ok || status < 500)
        return { id: body.id, ok: response.ok, status, attempts: attempt };
    } catch {
      status = null;
    }
  }
  return { id: body.id, ok: false, status, attempts: 2 };
}
