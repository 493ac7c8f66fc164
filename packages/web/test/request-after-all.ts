import type { Page } from 'playwright-core';

/** Where the marker goes: same origin, so a page's `connect-src 'self'` lets it through. */
const MARKER_PATH = '/__request-after-all';

/**
 * Make one request from the page and wait until Playwright reports it; returns its URL. Chromium
 * reports a page's requests in the order it starts them, so once this one is seen,
 * `page.on('request')` has heard of every request the page started before: a test can count them
 * then, where waiting a while would only make a late one less likely to be missed. Playwright
 * answers the marker itself (204), so no server needs the path and no 404 reaches the console.
 */
export async function requestAfterAll(page: Page): Promise<string> {
  const url = new URL(MARKER_PATH, page.url()).href;
  await page.route(url, (route) => route.fulfill({ status: 204 }));
  await Promise.all([
    page.waitForRequest(url),
    page.evaluate((target) => fetch(target).then((response) => response.status), url),
  ]);
  await page.unroute(url);
  return url;
}
