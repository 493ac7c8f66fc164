import { readFile } from 'node:fs/promises';
import {
  DEFAULT_QUIZ,
  decodeAnswers,
  defaultRubricRegime,
  type QuizResult,
  RUBRIC_LEVELS,
  Rubric,
  type RubricFormat,
  renderRubric,
  rubric,
  SPLIT_NAME,
  score,
} from '@rolefit/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';

/** The rubric core writes for a request, which the page must show and hand out unchanged. */
const expected = (request: { role: string; regime?: string; levels?: number }) => {
  const made = rubric(request);
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
};
const resultOf = (code: string): QuizResult => {
  const answers = decodeAnswers(DEFAULT_QUIZ, code);
  const scored = answers.ok ? score(DEFAULT_QUIZ, answers.value) : answers;
  if (!scored.ok) throw new Error(scored.error.message);
  return scored.value;
};
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const SPLIT = encodeURIComponent(SPLIT_NAME);

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('the review rubric page in Chromium'), () => {
  let app: AppHarness;
  let browser: BrowserContext;
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await app.browser();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  /** Open the rubric page at `path` and wait until the rubric is drawn. */
  async function open(path: string, context = browser) {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}${path}`);
    await page.locator('.rubric-level').first().waitFor();
    return { page, problems };
  }

  it('shows the rubric core writes: its title, one section per level and per ladder, the note', async () => {
    const { page, problems } = await open('/rubric?role=ai-engineer&regime=flat&levels=4');
    const want = expected({ role: 'ai-engineer', regime: 'flat', levels: 4 });
    await expect(page.locator('h1').textContent()).resolves.toBe(want.title);
    await expect.poll(() => page.locator('.rubric-ladder').count()).toBe(1);
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(4);
    await expect(page.locator('.rubric-level h3').allTextContents()).resolves.toEqual(
      want.ladders[0]?.levels.map((l) => `Level ${l.level} — ${l.name}`),
    );
    // Five dimensions and, under one flat title, how the work is recognised; what not to grade on.
    const first = page.locator('.rubric-level').first();
    await expect.poll(() => first.locator('.criterion').count()).toBe(6);
    await expect(first.locator('.criterion.recognition dt').textContent()).resolves.toBe(
      'Recognised under one title',
    );
    await expect(first.locator('h4').textContent()).resolves.toBe('Do not grade on');
    await expect(first.locator('.crosses li').allTextContents()).resolves.toEqual(
      want.ladders[0]?.levels[0]?.dontGradeOn,
    );
    await expect(page.locator('.rubric-titling p').first().textContent()).resolves.toBe(
      want.titling.verdict,
    );
    await expect(page.getByText(want.note).first().isVisible()).resolves.toBe(true);
    // Flat: no interfaces between tracks.
    await expect.poll(() => page.locator('.rubric-interfaces').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives two jobs in one a ladder per part under separate tracks, and one graded twice under one title', async () => {
    const { page } = await open(`/rubric?role=${SPLIT}&regime=separate-tracks&levels=3`);
    await expect.poll(() => page.locator('.rubric-ladder').count()).toBe(2);
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(6);
    await expect
      .poll(() => page.locator('.rubric-interfaces dt').count())
      .toBe(expected({ role: SPLIT_NAME, regime: 'separate-tracks', levels: 3 }).interfaces.length);
    await page.goto(`${app.url}/rubric?role=${SPLIT}&regime=flat&levels=3`);
    await expect.poll(() => page.locator('.rubric-ladder').count()).toBe(1);
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(3);
    // Each dimension says whose part each statement grades.
    await expect
      .poll(() =>
        page.locator('.rubric-level').first().locator('.criterion').first().locator('dd').count(),
      )
      .toBe(2);
    await expect(
      page.locator('.rubric-level').first().locator('.criterion-role').allTextContents(),
    ).resolves.toContain('AI engineer');
    await page.close();
  });

  it('falls back on each bad parameter by itself, without an error, and puts what it shows in the URL', async () => {
    const { page, problems } = await open('/rubric?role=wizard&regime=feudal&levels=99&lang=en');
    await expect(page.locator('#rubric-role').inputValue()).resolves.toBe('research-engineer');
    await expect(page.locator('#rubric-levels').inputValue()).resolves.toBe(
      String(RUBRIC_LEVELS.default),
    );
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(RUBRIC_LEVELS.default);
    // The regime the framework recommends for research-engineer work.
    const want = expected({ role: 'research-engineer' });
    await expect(page.locator('input[name="regime"]:checked').inputValue()).resolves.toBe(
      want.regime,
    );
    expect(query(page)).toEqual({
      role: 'research-engineer',
      regime: want.regime,
      levels: String(RUBRIC_LEVELS.default),
      lang: 'en',
    });
    // A good role keeps its place when the rest is bad; an unencoded `+` still names the split.
    await page.goto(`${app.url}/rubric?role=research-scientist+ai-engineer&levels=two`);
    await page.locator('.rubric-level').first().waitFor();
    await expect(page.locator('#rubric-role').inputValue()).resolves.toBe(SPLIT_NAME);
    await expect
      .poll(() => page.locator('.rubric-level').count())
      .toBe(RUBRIC_LEVELS.default * expected({ role: SPLIT_NAME }).ladders.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows the form: the rubric, the URL and the recommended regime change with it, and a reload keeps it', async () => {
    const { page } = await open('/rubric?role=ai-engineer');
    await page.locator('#rubric-levels').selectOption('6');
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(6);
    expect(query(page)).toMatchObject({ role: 'ai-engineer', regime: 'flat', levels: '6' });
    // Another role preselects the regime recommended for it, and marks it so.
    await page.locator('#rubric-role').selectOption('research-scientist');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Review rubric: Research scientist');
    await expect(page.locator('#rubric-regime-separate-tracks').isChecked()).resolves.toBe(true);
    await expect(
      page.locator('.regime-option:has(#rubric-regime-separate-tracks) .tag').isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.locator('.regime-option:has(#rubric-regime-flat) .tag').isVisible(),
    ).resolves.toBe(false);
    expect(query(page)).toMatchObject({ role: 'research-scientist', regime: 'separate-tracks' });
    await page.locator('label[for="rubric-regime-flat"]').click();
    await expect.poll(() => page.locator('.rubric-body').getAttribute('data-regime')).toBe('flat');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe(expected({ role: 'research-scientist', regime: 'flat' }).title);
    expect(query(page)).toEqual({ role: 'research-scientist', regime: 'flat', levels: '6' });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '6 levels' }).count())
      .toBe(1);
    await expect(page.title()).resolves.toBe('Review rubric: Research scientist · rolefit');
    await page.reload();
    await page.locator('.rubric-level').first().waitFor();
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(6);
    await expect(page.locator('#rubric-regime-flat').isChecked()).resolves.toBe(true);
    await expect(page.locator('#rubric-role').inputValue()).resolves.toBe('research-scientist');
    await page.close();
  });

  it('links from a result to the rubric for its role and recommended regime, and for two jobs to the split', async () => {
    for (const code of ['1-44444', '1-13222.00', '1-04040']) {
      const result = resultOf(code);
      const role = result.split ? SPLIT_NAME : result.role;
      const page = await browser.newPage();
      await page.goto(`${app.url}/result?a=${code}`);
      await page.locator('h1').waitFor();
      // A single role's grading is a closed section: open it, as a reader would.
      if (!result.split) await page.locator('summary:has(#grading)').click();
      const link = page.getByRole('link', {
        name: result.split
          ? 'Get a review rubric for both jobs'
          : 'Get a review rubric for this role',
      });
      await link.click();
      await page.waitForURL(/\/rubric\?/);
      expect(query(page)).toMatchObject({ role, regime: result.regime.recommended });
      await page.locator('.rubric-level').first().waitFor();
      await expect(page.locator('h1').textContent()).resolves.toBe(
        expected({ role, regime: result.regime.recommended }).title,
      );
      await page.close();
    }
  });

  it('links from each role on the framework page', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/framework?lang=de`);
    const links = page.locator('a[href^="/rubric"]');
    await expect.poll(() => links.count()).toBe(3);
    await expect(links.first().getAttribute('href')).resolves.toBe(
      '/rubric?role=research-scientist&lang=de',
    );
    await page.close();
  });

  it('downloads the Markdown, CSV and JSON core renders, and copies the Markdown', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const { page } = await open(`/rubric?role=${SPLIT}&regime=flat&levels=3`);
    const want = expected({ role: SPLIT_NAME, regime: 'flat', levels: 3 });
    const names: Record<RubricFormat, string> = { md: 'Markdown', csv: 'CSV', json: 'JSON' };
    for (const format of ['md', 'csv', 'json'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download ${names[format]}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`rolefit-rubric-two-jobs-flat-3.${format}`);
      const text = await readFile((await download.path()) as string, 'utf8');
      expect(text).toBe(renderRubric(want, format));
      if (format === 'md') expect(text).toMatch(/^# Review rubric: two jobs in one\n/);
      if (format === 'csv') expect(text.split('\r\n')[0]).toMatch(/^ladder,track,level,/);
      if (format === 'json') expect(Rubric.parse(JSON.parse(text))).toEqual(want);
      await page.getByText(`Rubric downloaded as ${names[format]}.`).waitFor();
    }
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.getByText('Rubric copied as Markdown.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      renderRubric(want, 'md'),
    );
    await page.close();
  });

  it('works with the keyboard alone: every control is reached with Tab and changed with the arrows', async () => {
    const { page } = await open('/rubric');
    /** Press Tab until `selector` has focus; fails if it never gets it. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 25; i++) {
        if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('#rubric-role');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#rubric-role').inputValue()).resolves.toBe('research-scientist');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Review rubric: Research scientist');
    await tabTo('#rubric-levels');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(RUBRIC_LEVELS.default - 1);
    // Tab lands on the checked regime; an arrow moves the choice to the other.
    await tabTo('#rubric-regime-separate-tracks');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#rubric-regime-flat').isChecked()).resolves.toBe(true);
    await expect.poll(() => page.locator('.rubric-body').getAttribute('data-regime')).toBe('flat');
    expect(query(page)).toEqual({
      role: 'research-scientist',
      regime: 'flat',
      levels: String(RUBRIC_LEVELS.default - 1),
    });
    await tabTo('button:has-text("Download Markdown")');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe(
      `rolefit-rubric-research-scientist-flat-${RUBRIC_LEVELS.default - 1}.md`,
    );
    await page.close();
  });

  it('is axe clean and within the CSP, light and dark, at desktop and phone width, right to left too', async () => {
    for (const [scheme, width, path] of [
      ['light', 1280, `/rubric?role=${SPLIT}&regime=flat&levels=3`],
      ['light', 1280, `/rubric?role=${SPLIT}&regime=separate-tracks`],
      ['dark', 1280, '/rubric?role=research-scientist&regime=separate-tracks'],
      ['light', 390, '/rubric?role=ai-engineer'],
      ['light', 390, `/rubric?role=${SPLIT}&regime=separate-tracks&lang=ar`],
    ] as const) {
      const context = await app.browser({ colorScheme: scheme, width, height: 844 });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.locator('.rubric-level').first().waitFor();
      await expect(seriousViolations(page), `${path} (${scheme}, ${width})`).resolves.toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it("marks a result's own recommendation, and drops it once another role is chosen", async () => {
    const usual = defaultRubricRegime(['research-engineer']);
    const other = usual === 'flat' ? 'separate-tracks' : 'flat';
    const { page } = await open(`/rubric?role=research-engineer&regime=${other}&rec=${other}`);
    const tagOn = (regime: string) =>
      page.locator(`.regime-option:has(#rubric-regime-${regime}) .tag`).isVisible();
    await expect(tagOn(other)).resolves.toBe(true);
    await expect(tagOn(usual)).resolves.toBe(false);
    await page.locator('#rubric-levels').selectOption('3');
    await expect.poll(() => page.locator('.rubric-level').count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('rec')).toBe(other);
    await page.locator('#rubric-role').selectOption('ai-engineer');
    await expect.poll(() => tagOn(defaultRubricRegime(['ai-engineer']))).toBe(true);
    expect(new URL(page.url()).searchParams.has('rec')).toBe(false);
    await page.close();
  });

  it('prints the rubric alone: no form, buttons or navigation, every level and the note kept', async () => {
    const { page } = await open('/rubric?role=research-engineer&regime=separate-tracks');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'form.rubric-form',
      '.rubric-actions',
      '.site-header nav',
      '.rubric-hero .lead',
    ])
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Download Markdown' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect
      .poll(() => page.locator('.rubric-level:visible').count())
      .toBe(RUBRIC_LEVELS.default);
    await expect(page.locator('.rubric-note').isVisible()).resolves.toBe(true);
    // A level is kept on one page where it fits.
    await expect(
      page
        .locator('.rubric-level')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).resolves.toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('form.rubric-form').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
