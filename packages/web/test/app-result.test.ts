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

const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));
const outbox = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('rolefit:outbox') ?? '[]') as {
        submission: { id: string };
      }[],
  );
const until = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};

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
    await page.goto(app.url);
    const before = (await app.server.store.responses.list()).responses.length;
    await takeQuizByKeyboard(page, [0, 0, 1, 0, 1]);
    await until(async () => (await outbox(page)).length === 0, 'the outbox to empty');
    // Reloading the result and the quiz must not send it again.
    await page.reload();
    await page.goto(app.url);
    await page.waitForTimeout(300);
    const stored = (await app.server.store.responses.list()).responses.slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers).toEqual(answersFor([0, 0, 1, 0, 1]));
    expect(stored[0]?.result.role).toBe('research-scientist');
    expect(stored[0]?.source).toBe(`${app.url}/`);
    await page.close();
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
    let aborted = 0;
    await context.route('**/api/responses', (route) => {
      aborted++;
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(app.url);
    await takeQuizByKeyboard(page, [2, 2, 2, 2, 2]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Research engineer');
    await until(async () => aborted > 0, 'a failed send');
    const waiting = await outbox(page);
    expect(waiting).toHaveLength(1);
    const id = waiting[0]?.submission.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(app.server.store.responses.get(id)).resolves.toBeUndefined();

    await context.unroute('**/api/responses');
    await page.reload();
    await until(
      async () => (await app.server.store.responses.get(id)) !== undefined,
      'the retry to be stored',
    );
    await until(async () => (await outbox(page)).length === 0, 'the outbox to empty');
    const stored = await app.server.store.responses.get(id);
    expect(stored?.result.role).toBe('research-engineer');
    const all = (await app.server.store.responses.list({ limit: 1000 })).responses;
    expect(all.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('retries when the browser comes back online, without a reload', async () => {
    const context = await app.browser();
    await context.route('**/api/responses', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(app.url);
    await takeQuizByKeyboard(page, [1, 1, 1, 1, 1]);
    await until(
      async () => (await outbox(page)).length === 1,
      'the response to wait in the outbox',
    );
    const id = (await outbox(page))[0]?.submission.id as string;
    await context.setOffline(true);
    await context.unroute('**/api/responses');
    await context.setOffline(false);
    await until(async () => (await app.server.store.responses.get(id)) !== undefined, 'the retry');
    await until(async () => (await outbox(page)).length === 0, 'the outbox to empty');
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
