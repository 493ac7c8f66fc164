import type { ResponseSubmission } from '@rolefit/core';
import { createResponseOutbox, type ResponseOutbox } from './response-outbox.ts';

const postResponse = async (submission: ResponseSubmission) => {
  const response = await fetch('/api/responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(submission),
    // Lets a send started just before the page changes still finish.
    keepalive: true,
  });
  return response.status;
};

/** `localStorage` when the browser allows it, else a memory map that lasts as long as the page. */
function pageStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    localStorage.setItem('rolefit:probe', '1');
    localStorage.removeItem('rolefit:probe');
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

let shared: ResponseOutbox | undefined;

/**
 * The page's outbox, sending what waits now, again whenever the browser comes back online, and
 * on a backing-off timer while something is still waiting. `add` only queues: the next page
 * (or the next timer) sends, so a page that navigates right after adding never sends twice.
 */
export function outboxSender(): ResponseOutbox {
  if (shared) return shared;
  const outbox = createResponseOutbox(pageStorage(), postResponse);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = 5_000;
  const attempt = async () => {
    clearTimeout(timer);
    const report = await outbox.flush();
    if (report.kept.length > 0 && navigator.onLine) {
      timer = setTimeout(attempt, delay);
      delay = Math.min(delay * 2, 5 * 60_000);
    } else {
      delay = 5_000;
    }
  };
  window.addEventListener('online', () => void attempt());
  shared = outbox;
  void attempt();
  return shared;
}
