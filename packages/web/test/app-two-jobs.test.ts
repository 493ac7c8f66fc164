import { DEFAULT_QUIZ, encodeAnswers, type QuizResult, ROLES, score } from '@rolefit/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  startAppHarness,
  suiteName,
  takeQuizByKeyboard,
} from './app-fixtures/app-harness.ts';

// Open research and shipping product, no bridge work: the brief's "two jobs in one" answer set.
const TWO_JOBS = {
  'core-question': 'unknown',
  output: 'shipped',
  'optimizes-for': 'novelty',
  'time-horizon': 'weeks',
  background: 'phd',
};
const picksFor = (answers: Record<string, string>) =>
  DEFAULT_QUIZ.questions.map((q) => q.options.findIndex((o) => o.id === answers[q.id]));
const scored = (answers: Record<string, string>): QuizResult => {
  const r = score(DEFAULT_QUIZ, answers);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('two jobs in one, in Chromium'), () => {
  let app: AppHarness;
  let browser: BrowserContext;
  const expected = scored(TWO_JOBS);
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await app.browser();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('core calls this answer set two jobs in one (the premise of this suite)', () => {
    expect(expected.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(expected.between).toBeNull();
    expect(expected.twoJobs?.parts.map((p) => p.share)).toEqual([0.6, 0.4]);
    expect(picksFor(TWO_JOBS)).toEqual([0, 4, 0, 4, 0]);
    expect([expected.changesToFlip, expected.flipsTo]).toEqual([1, 'ai-engineer']);
  });

  it('says so in the hero after the quiz, and gives each part, the risk and the ways out', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await takeQuizByKeyboard(page, picksFor(TWO_JOBS));
    expect(new URL(page.url()).searchParams.get('a')).toBe(encodeAnswers(DEFAULT_QUIZ, TWO_JOBS));

    // The hero: two jobs, not the research-engineer middle the average would suggest.
    await expect(page.locator('.hero .eyebrow').textContent()).resolves.toBe(
      'This week holds two jobs',
    );
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Research scientist + AI engineer',
    );
    await expect(page.title()).resolves.toBe(
      'Two jobs: Research scientist + AI engineer · rolefit result',
    );
    const lead = await page.locator('.hero .lead').textContent();
    expect(lead).toContain('Open research fills 60% of this week and shipping product 40%');
    expect(lead).toContain('no bridge work');
    const spectrum = await page.locator('.hero figure.spectrum').getAttribute('aria-label');
    expect(spectrum).toContain('Research · 60% sits at 0.00.');
    expect(spectrum).toContain('Product · 40% sits at 1.00.');
    expect(spectrum).not.toContain('This work');
    // Confidence in core's band and in words: one changed answer puts AI engineer in the lead.
    await expect(page.locator('.confidence-badge').textContent()).resolves.toBe(
      `Low confidence · ${Math.round(expected.confidence * 100)}%`,
    );
    await expect(page.locator('.confidence-words').textContent()).resolves.toBe(
      'The research scientist part is the larger one, by 20 points. One answer away from AI engineer leading.',
    );

    // The two-jobs advice is the first card, and it is the grading section: per part, not one list.
    const card = page.locator('section.two-jobs-card');
    await expect(page.locator('section.card').first().getAttribute('class')).resolves.toContain(
      'two-jobs-card',
    );
    await expect(card.getAttribute('aria-labelledby')).resolves.toBe('grading');
    await expect(
      page.getByRole('heading', { name: 'How to grade this role' }).count(),
    ).resolves.toBe(0);
    const advice = expected.twoJobs;
    if (!advice) throw new Error('no two-jobs advice');
    await expect(texts(page, '.two-jobs-part h3')).resolves.toEqual([
      'Research scientist part',
      'AI engineer part',
    ]);
    await expect(texts(page, '.two-jobs-part .part-share')).resolves.toEqual([
      '60% of the week is research work',
      '40% of the week is product work',
    ]);
    for (const [i, part] of advice.parts.entries()) {
      await expect(texts(page, `.two-jobs-part:nth-child(${i + 1}) .checks li`)).resolves.toEqual(
        part.gradeOn,
      );
    }
    await expect(texts(page, '.two-jobs-dont .crosses li')).resolves.toEqual(expected.dontGradeOn);
    await expect(page.locator('.two-jobs-risk').textContent()).resolves.toBe(
      `The risk: ${advice.risk}`,
    );
    const ways = await texts(page, '.two-jobs-options li');
    expect(ways).toEqual(advice.options);
    expect(ways[0]).toMatch(/^Split it: a research scientist/);
    expect(ways[1]).toMatch(/^Add the bridge: a research engineer/);
    await page.close();
  });

  it('words each change as the role alone, and following one lands on exactly that role', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/result?a=${encodeAnswers(DEFAULT_QUIZ, TWO_JOBS)}`);
    const toAiEngineer = expected.whatWouldChange.find((c) => c.role === 'ai-engineer');
    if (!toAiEngineer) throw new Error('core found no way to AI engineer alone');
    const n = toAiEngineer.changes.length;
    // The section opens on demand, as a reader would open it.
    await page.locator('summary:has(#change)').click();
    await page
      .getByText(`To get AI engineer alone: change ${n === 1 ? 'one answer' : `${n} answers`}.`)
      .waitFor();
    const changed = { ...TWO_JOBS };
    for (const c of toAiEngineer.changes) Object.assign(changed, { [c.questionId]: c.to });
    await page.goto(`${app.url}/result?a=${encodeAnswers(DEFAULT_QUIZ, changed)}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(ROLES['ai-engineer'].name);
    await expect(page.locator('.hero .eyebrow').textContent()).resolves.toBe(
      'This work calls for an',
    );
    await expect(page.locator('section.two-jobs-card').count()).resolves.toBe(0);
    await page.getByRole('heading', { name: 'How to grade this role' }).waitFor();
    await page.close();
  });

  it('prints the two-jobs advice and fits a phone without sideways scrolling', async () => {
    const phone = await app.browser({ width: 375, height: 812 });
    const page = await phone.newPage();
    await page.goto(`${app.url}/result?a=${encodeAnswers(DEFAULT_QUIZ, TWO_JOBS)}`);
    await page.locator('section.two-jobs-card').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.two-jobs-options').isVisible()).resolves.toBe(true);
    await expect(page.locator('.two-jobs-part').count()).resolves.toBe(2);
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
  });
});
