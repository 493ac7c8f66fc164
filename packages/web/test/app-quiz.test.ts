import { DEFAULT_QUIZ, encodeAnswers, score } from '@rolefit/core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  answerScoredByKeyboard,
  HAS_CHROMIUM,
  startAppHarness,
  suiteName,
  takeQuizByKeyboard,
} from './app-fixtures/app-harness.ts';

const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('quiz page in Chromium'), () => {
  let app: AppHarness;
  let browser: BrowserContext;
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await app.browser();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes the quiz with the keyboard only and lands on the result for those answers', async () => {
    const page = await browser.newPage();
    const events: { run: string; type: string; questionId?: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/events')) {
        events.push(...(request.postDataJSON() as { events: typeof events }).events);
      }
    });
    await page.goto(app.url);
    // R&D and product work share the week (20/40/40): between research engineer and AI engineer.
    const picks = [0, 2, 4, 2, 4];
    await takeQuizByKeyboard(page, picks, [1, 0]);
    const expected = score(DEFAULT_QUIZ, {
      ...answersFor(picks),
      title: 'research-engineer',
      'reviewed-on': 'papers',
    });
    if (!expected.ok) throw new Error(expected.error.message);
    expect(new URL(page.url()).searchParams.get('a')).toBe(
      encodeAnswers(DEFAULT_QUIZ, expected.value.answers),
    );
    expect(expected.value.between).toEqual(['research-engineer', 'ai-engineer']);
    expect(expected.value.split).toBeNull();
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Research engineer and AI engineer',
    );
    await expect(page.locator('.hero .eyebrow').textContent()).resolves.toBe(
      'This work sits between',
    );
    // The marker says "This work" in words; its number is for screen readers, in the figure's label.
    await expect(page.locator('figure.spectrum').getAttribute('aria-label')).resolves.toContain(
      `This work sits at ${expected.value.position.toFixed(2)}.`,
    );
    // The run's anonymous funnel reached the server in one batch: shown → completed, one run id.
    await expect.poll(() => events.length).toBe(8);
    expect(events.map((e) => e.questionId ?? e.type)).toEqual([
      'shown',
      'started',
      ...questions.map((q) => q.id),
      'completed',
    ]);
    expect(new Set(events.map((e) => e.run)).size).toBe(1);
    await page.close();
  });

  it('moves with arrows, goes back with Backspace and Alt+Left, and keeps the answers', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.keyboard.press('Enter');
    await page.getByText('Question 1 of 5').waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowDown');
    const q1 = page.locator(`input[name="${questions[0]?.id}"]:checked`);
    await expect(q1.getAttribute('value')).resolves.toBe(questions[0]?.options[1]?.id);
    await page.keyboard.press('Enter');
    await page.getByText('Question 2 of 5').waitFor();
    // Enter without an answer stays and says why.
    await page.keyboard.press('Enter');
    await page.getByText('Pick one answer to go on.').waitFor();
    await page.keyboard.press('Backspace');
    await page.getByText('Question 1 of 5').waitFor();
    await expect(q1.getAttribute('value')).resolves.toBe(questions[0]?.options[1]?.id);
    await page.keyboard.press('Enter');
    await page.keyboard.press('5');
    await page.keyboard.press('Enter');
    await page.getByText('Question 3 of 5').waitFor();
    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByText('Question 2 of 5').waitFor();
    const q2 = page.locator(`input[name="${questions[1]?.id}"]:checked`);
    await expect(q2.getAttribute('value')).resolves.toBe(questions[1]?.options[4]?.id);
    await page.close();
  });

  it('keeps the answers and the step when the page reloads mid-quiz', async () => {
    const context = await app.browser();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.keyboard.press('Enter');
    for (const pick of [2, 3]) {
      await page.keyboard.press(String(pick));
      await page.keyboard.press('Enter');
    }
    await page.getByText('Question 3 of 5').waitFor();
    await page.reload();
    await page.getByText('Question 3 of 5').waitFor();
    await page.keyboard.press('Backspace');
    await page.getByText('Question 2 of 5').waitFor();
    const q2 = page.locator(`input[name="${questions[1]?.id}"]:checked`);
    await expect(q2.getAttribute('value')).resolves.toBe(questions[1]?.options[2]?.id);
    // A fresh visit to the start offers to continue rather than losing the answers.
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.getByText('Question 3 of 5').waitFor();
  });

  it('Skip leaves nothing out silently: once an optional answer is picked it reads "Clear and skip"', async () => {
    const context = await app.browser();
    const page = await context.newPage();
    const posted: { answers: unknown; context?: unknown }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/responses')) {
        posted.push(request.postDataJSON() as (typeof posted)[number]);
      }
    });
    await page.goto(app.url);
    const picks = [4, 4, 4, 4, 4];
    await page.keyboard.press('Enter');
    await answerScoredByKeyboard(page, picks);
    await expect(page.getByRole('button', { name: 'Skip', exact: true }).count()).resolves.toBe(1);
    await page.keyboard.press('1'); // title: research scientist
    await page.getByRole('button', { name: 'Clear and skip' }).waitFor();
    // Back and on again: the pick is still there, and so is the warning on the button.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByText('Question 5 of 5').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Two optional questions' }).waitFor();
    const title = page.locator('input[name="title"]:checked');
    await expect(title.getAttribute('value')).resolves.toBe('research-scientist');
    await page.getByRole('button', { name: 'Clear and skip' }).click();
    await page.waitForURL(/\/result\?a=/);
    const expected = score(DEFAULT_QUIZ, answersFor(picks));
    if (!expected.ok) throw new Error(expected.error.message);
    expect(new URL(page.url()).searchParams.get('a')).toBe(
      encodeAnswers(DEFAULT_QUIZ, expected.value.answers),
    );
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]?.answers).toEqual(answersFor(picks));
    expect(posted[0]).not.toHaveProperty('context');
  });

  it('carries a campaign link’s utm_* and ref into the stored response as hidden fields', async () => {
    const context = await app.browser();
    const page = await context.newPage();
    const posted: { fields?: unknown; id: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/responses')) {
        posted.push(request.postDataJSON() as (typeof posted)[number]);
      }
    });
    await page.goto(`${app.url}/?utm_source=newsletter&utm_campaign=launch&ref=a1&other=no`);
    await page.keyboard.press('Enter');
    await answerScoredByKeyboard(page, [1, 1, 1, 1, 1]);
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await page.waitForURL(/\/result\?a=/);
    await expect.poll(() => posted.length).toBe(1);
    const fields = { utm_source: 'newsletter', utm_campaign: 'launch', ref: 'a1' };
    expect(posted[0]?.fields).toEqual(fields);
    await expect
      .poll(async () => (await app.server.store.responses.get(posted[0]?.id ?? ''))?.fields)
      .toEqual(fields);
  });

  it('goes on by itself after a click on an option, and only then: arrows and numbers wait for Enter', async () => {
    const context = await app.browser();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByText('Question 1 of 5').waitFor();
    // Keys: a number picks, arrows move, and the step stays until Enter.
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(600);
    await expect(page.getByText('Question 1 of 5').count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await page.getByText('Question 2 of 5').waitFor();
    // A click on an option answers and goes on; Back shows the answer kept.
    await page.getByText(questions[1]?.options[3]?.label ?? '').click();
    await page.getByText('Question 3 of 5').waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByText('Question 2 of 5').waitFor();
    await expect(
      page.locator(`input[name="${questions[1]?.id}"]:checked`).getAttribute('value'),
    ).resolves.toBe(questions[1]?.options[3]?.id);
    // A click and then Next at once go on one step, not two.
    await page.getByText(questions[1]?.options[2]?.label ?? '').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Question 3 of 5').waitFor();
    await page.waitForTimeout(600);
    await expect(page.getByText('Question 3 of 5').count()).resolves.toBe(1);
    await context.close();
  });

  it('works at phone width without sideways scrolling', async () => {
    const context = await app.browser({ width: 375, height: 812 });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByText('Question 1 of 5').waitFor();
    // A tap on an option goes on by itself, as in the widget.
    await page.getByText(questions[0]?.options[0]?.label ?? '').click();
    await page.getByText('Question 2 of 5').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
