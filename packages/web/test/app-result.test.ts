import { readFile } from 'node:fs/promises';
import { DEFAULT_QUIZ, encodeAnswers, jobBrief, ROLES, score } from '@rolefit/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  startAppHarness,
  suiteName,
  takeQuizByKeyboard,
} from './app-fixtures/app-harness.ts';
import { requestAfterAll } from './request-after-all.ts';

const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));
const outbox = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('rolefit:outbox') ?? '[]') as {
        submission: { id: string };
        attempts: number;
      }[],
  );
const isResponsePost = (method: string, url: string) =>
  method === 'POST' && new URL(url).pathname === '/api/responses';
/** The ids of the finished quizzes the page posts, in the order it starts the posts. */
const postedIds = (page: Page) => {
  const ids: string[] = [];
  page.on('request', (request) => {
    if (isResponsePost(request.method(), request.url())) {
      ids.push((request.postDataJSON() as { id: string }).id);
    }
  });
  return ids;
};
/** The page's next answer to a posted quiz. */
const nextResponsePost = (page: Page) =>
  page.waitForResponse((response) => isResponsePost(response.request().method(), response.url()));

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('result page in Chromium'), () => {
  let app: AppHarness;
  let browser: BrowserContext;
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await app.browser();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores the finished quiz on the server exactly once, and the outbox empties', async () => {
    const page = await browser.newPage();
    const posted = postedIds(page);
    await page.goto(app.url);
    const before = (await app.server.store.responses.list()).responses.length;
    await takeQuizByKeyboard(page, [0, 0, 1, 0, 1]);
    await expect.poll(() => outbox(page)).toEqual([]);
    // Reloading the result and the quiz must not send it again. Each page flushes its outbox as
    // its script runs, before the `load` that `reload` and `goto` wait for; nothing else sends
    // unless a send failed. So once a later request is seen, every post is counted.
    await page.reload();
    await page.goto(app.url);
    await requestAfterAll(page);
    const stored = (await app.server.store.responses.list()).responses.slice(before);
    expect(stored).toHaveLength(1);
    expect(posted).toEqual([stored[0]?.id]);
    expect(await outbox(page)).toEqual([]);
    expect(stored[0]?.answers).toEqual(answersFor([0, 0, 1, 0, 1]));
    expect(stored[0]?.result.role).toBe('research-scientist');
    expect(stored[0]?.source).toBe(`${app.url}/`);
    await page.close();
  });

  it('the answer card is the first screen: role, confidence, why, the flipping answer and Share, at desktop and phone size', async () => {
    // One result that one answer would flip, one that it would not, and one of two jobs.
    const flips = (picks: number[]) => {
      const r = score(DEFAULT_QUIZ, answersFor(picks));
      return r.ok && r.value.whatWouldChange.some((c) => c.changes.length === 1);
    };
    const candidates = [
      [3, 2, 3, 1, 0],
      [2, 2, 0, 0, 0],
    ];
    const flipping = candidates.find(flips);
    if (!flipping) throw new Error('none of the candidates is one answer from another role');
    const code = (picks: number[]) => encodeAnswers(DEFAULT_QUIZ, answersFor(picks));
    const results = [code(flipping), '1-13222.00', '1-04040'];
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const context = await app.browser({ width, height });
      for (const a of results) {
        const page = await context.newPage();
        await page.goto(`${app.url}/result?a=${encodeURIComponent(a)}`);
        await page.locator('h1').waitFor();
        const parts = [
          page.locator('h1'),
          page.locator('.hero .confidence').first(),
          page.locator('.hero .lead').first(),
          page.getByRole('button', { name: 'Copy link' }),
        ];
        if (a === results[0]) parts.push(page.locator('.hero .flip'));
        for (const part of parts) {
          const box = await part.boundingBox();
          expect(box, `${a} at ${width}×${height}: ${part}`).not.toBeNull();
          expect(box?.y ?? Infinity, `${a} at ${width}×${height}: ${part}`).toBeGreaterThanOrEqual(
            0,
          );
          expect(
            (box?.y ?? 0) + (box?.height ?? 0),
            `${a} at ${width}×${height}: ${part} below the fold`,
          ).toBeLessThanOrEqual(height);
        }
        await page.close();
      }
      await context.close();
    }
  });

  it('opens the share link in a fresh browser with the same role and position', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await takeQuizByKeyboard(page, [3, 2, 3, 3, 2]);
    const shareUrl = page.url();
    const heading = await page.locator('h1').textContent();
    const spectrum = await page.locator('figure.spectrum').getAttribute('aria-label');
    const fresh = await app.browser();
    const other = await fresh.newPage();
    await other.goto(shareUrl);
    await expect(other.locator('h1').textContent()).resolves.toBe(heading);
    await expect(other.locator('figure.spectrum').getAttribute('aria-label')).resolves.toBe(
      spectrum,
    );
    const expected = score(DEFAULT_QUIZ, answersFor([3, 2, 3, 3, 2]));
    if (!expected.ok) throw new Error(expected.error.message);
    expect(spectrum).toContain(`sits at ${expected.value.position.toFixed(2)}`);
    expect(heading).toContain(ROLES[expected.value.role].name);
    await fresh.close();
  });

  it('downloads the job brief as the Markdown core writes, and copies the link', async () => {
    const picks = [4, 4, 3, 4, 4];
    const expected = score(DEFAULT_QUIZ, answersFor(picks));
    if (!expected.ok) throw new Error(expected.error.message);
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const page = await browser.newPage();
    const shareUrl = `${app.url}/result?a=${encodeAnswers(DEFAULT_QUIZ, expected.value.answers)}`;
    await page.goto(shareUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download brief (.md)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rolefit-brief-ai-engineer.md');
    const markdown = await readFile((await download.path()) as string, 'utf8');
    expect(markdown).toBe(jobBrief(expected.value));
    expect(markdown).toMatch(/^# Job brief: AI engineer\n/);
    expect(markdown).toContain('## Grade on');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shareUrl);
    await page.getByRole('button', { name: 'Copy brief' }).click();
    await page.getByText('Job brief copied as Markdown.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      jobBrief(expected.value),
    );
  });

  it('shows the result while the API fails, then retries with the same id until stored', async () => {
    const context = await app.browser();
    let failedOnce = () => {};
    const failed = new Promise<void>((resolve) => {
      failedOnce = resolve;
    });
    await context.route('**/api/responses', async (route) => {
      await route.abort();
      failedOnce();
    });
    const page = await context.newPage();
    await page.goto(app.url);
    await takeQuizByKeyboard(page, [2, 2, 2, 2, 2]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Research engineer');
    await failed;
    const waiting = await outbox(page);
    expect(waiting).toHaveLength(1);
    const id = waiting[0]?.submission.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(app.server.store.responses.get(id)).resolves.toBeUndefined();

    await context.unroute('**/api/responses');
    const retried = nextResponsePost(page);
    await page.reload();
    expect((await retried).status()).toBe(201);
    await expect.poll(() => outbox(page)).toEqual([]);
    const stored = await app.server.store.responses.get(id);
    expect(stored?.result.role).toBe('research-engineer');
    const all = (await app.server.store.responses.list({ limit: 1000 })).responses;
    expect(all.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('retries when the browser comes back online, without a reload', async () => {
    const context = await app.browser();
    // The connection drops as the send goes out, as a phone loses its signal: offline when the
    // send fails, the page sets no retry timer, so only coming back online can send it again.
    await context.route('**/api/responses', async (route) => {
      await context.setOffline(true);
      await route.abort();
    });
    const page = await context.newPage();
    await page.goto(app.url);
    await takeQuizByKeyboard(page, [1, 1, 1, 1, 1]);
    // The failed attempt is counted once that send is over; coming online before would only
    // join the send under way.
    await expect.poll(async () => (await outbox(page))[0]?.attempts).toBe(1);
    await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
    const id = (await outbox(page))[0]?.submission.id as string;
    await context.unroute('**/api/responses');
    const retried = nextResponsePost(page);
    await context.setOffline(false);
    expect((await retried).status()).toBe(201);
    await expect(app.server.store.responses.get(id)).resolves.toMatchObject({ id });
    await expect.poll(() => outbox(page)).toEqual([]);
  });

  it('explains a damaged or outdated share link and offers the quiz', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/result?a=not-a-code`);
    await expect(page.locator('h1').textContent()).resolves.toBe('This result link does not work');
    await page.getByText('damaged or incomplete').waitFor();
    await page.goto(`${app.url}/result?a=9-00000`);
    await page.getByText('version 9 of the quiz').waitFor();
    await page.goto(`${app.url}/result?a=1-0_000`);
    await page.getByText('missing some answers').waitFor();
    await expect(
      page.getByRole('link', { name: 'Take the quiz' }).getAttribute('href'),
    ).resolves.toBe('/');
    const missing = await page.goto(`${app.url}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'There is no page here' }).waitFor();
  });
});
