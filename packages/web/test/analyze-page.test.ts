import { analyze, ROLES, rewriteText } from '@rolefit/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textRuns } from '../src/analyze/text-runs.ts';
import {
  type AppHarness,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';
import { AI_LADDER_WRONG_TOP } from './app-fixtures/documents.ts';
import { requestAfterAll } from './request-after-all.ts';

const POSTING = `Senior AI Engineer, Checkout

What you'll do
- Ship LLM features to our customers and own their latency, uptime and cost
- Run A/B tests and report the KPIs they move
- Build training infrastructure and evaluation harnesses for fine-tuning
- No PhD required

How you'll be measured
- Papers published at top venues and their citations

About us
We are a friendly company with a sunny office and great benefits.`;

/** A posting for both ends at once and no bridge work between them: two jobs in one. */
const TWO_JOBS = `Research Scientist and Product Engineer

What you will do
- Publish papers at NeurIPS and ICML on novel methods
- Invent new architectures and pursue open research questions
- Ship LLM features to customers every week
- Own latency, uptime and cost of the serving stack
- Run A/B tests and move the product KPIs`;

const LADDER = AI_LADDER_WRONG_TOP;

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const HOSTILE_POSTING = `<script>window.__xss=2</script> AI Engineer <svg onload="window.__xss=3">

What you'll do
- Ship features <img src=y onerror="window.__xss=4"> to customers; own latency & uptime`;

const analysed = (text: string) => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Put text in the box as a paste would, and wait until the page has drawn its analysis. */
async function paste(page: Page, text: string) {
  await page.getByLabel('Job posting or review rubric').fill(text);
  await page.locator(`#analysis[data-chars="${text.length}"]`).waitFor();
}

/** The ladder's analysis, with the one level core flags for grading another column. */
function ladderAnalysis() {
  const a = analysed(LADDER);
  const wrong = a.levels.filter((l) => l.flags.some((f) => f.code === 'wrong-column-metrics'));
  const suggestions = a.evidence.filter((e) => e.suggestion);
  if (a.levels.length !== 3 || wrong.length !== 1 || suggestions.length === 0) {
    throw new Error(
      'core no longer flags one level of the ladder with rewrites; pick a clearer one',
    );
  }
  return { a, wrong: wrong[0] as (typeof a.levels)[number] };
}

/** The suggestions as the page should list them: one per replaced span, in text order. */
const expectedSuggestions = (a: ReturnType<typeof analysed>) =>
  [
    ...new Map(
      a.evidence.flatMap((e) =>
        e.suggestion ? [[`${e.suggestion.start}:${e.suggestion.end}`, e.suggestion] as const] : [],
      ),
    ).values(),
  ].sort((x, y) => x.start - y.start);

/** Each mark's phrase, without the words read out to screen readers. */
const markedPhrases = (page: Page) =>
  page
    .locator('.analyzed-text mark')
    .evaluateAll((marks) => marks.map((m) => m.firstChild?.textContent ?? ''));

/** The text as drawn, without the words read out to screen readers. */
const shownText = (page: Page) =>
  page.locator('.analyzed-text').evaluate((view) => {
    const copy = view.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
    return copy.textContent;
  });

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('the analyzer page'), () => {
  let app: AppHarness;
  let browser: BrowserContext;
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await app.browser();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('marks every piece of evidence by column, shows the role, the flag and the grid advice', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto(`${app.url}/analyze`);
    await page.getByRole('heading', { name: 'Nothing to analyze yet' }).waitFor();
    const before = requests.length;
    await paste(page, POSTING);

    const expected = analysed(POSTING);
    const runs = textRuns(POSTING, expected.evidence, expected.sections);
    const drawn = runs.flatMap((r) => (r.evidence === null ? [] : [expected.evidence[r.evidence]]));
    expect(drawn.length).toBeGreaterThan(5);
    expect(await markedPhrases(page)).toEqual(drawn.map((e) => e?.phrase));
    for (const column of ['research', 'rnd', 'product']) {
      expect(
        await page.locator(`.analyzed-text mark.ev-${column}`).count(),
        column,
      ).toBeGreaterThan(0);
    }
    const negated = page.locator('.analyzed-text mark.ev-negated');
    await expect(
      negated.evaluateAll((m) => m.map((x) => x.firstChild?.textContent)),
    ).resolves.toEqual(['PhD']);
    await expect(negated.textContent()).resolves.toContain('negated');
    await expect(page.locator('.analyzed-text .boilerplate').textContent()).resolves.toContain(
      'About us',
    );
    expect(await shownText(page)).toBe(POSTING);

    await page.getByRole('heading', { name: 'AI engineer', exact: true }).waitFor();
    const flag = page.locator('[data-flag="wrong-column-metrics"]');
    await expect(flag.textContent()).resolves.toMatch(/Graded on another column\. Measured on/);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('AI engineer');
    const gridLink = page.getByRole('link', { name: /whole grid on the framework page/ });
    expect(await gridLink.getAttribute('href')).toBe('/framework#grid');
    await expect(page.locator('.grid-table td.chosen').textContent()).resolves.toContain('Fits');

    // Private: analysing sends nothing anywhere.
    expect(requests.slice(before)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says "Not enough to say" for a text that describes no work: no role, bar or marker', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/analyze`);
    expect(analysed('hello world').enough).toBe(false);
    await paste(page, 'hello world');
    const empty = page.getByTestId('analysis-not-enough');
    await page.getByRole('heading', { name: 'Not enough to say' }).waitFor();
    const text = (await empty.textContent()) ?? '';
    expect(text).toMatch(/duties/);
    expect(text).toMatch(/requirements/);
    for (const drawn of [
      '#analysis-role',
      '#analysis .spectrum',
      '#analysis .marker',
      '#analysis .mix-bar',
      '#analysis .grid-table',
      '#analysis .analysis-advice',
      '#analysis [data-flag="no-evidence"]',
    ]) {
      await expect(page.locator(drawn).count(), drawn).resolves.toBe(0);
    }
    for (const role of Object.values(ROLES))
      expect(await page.locator('#analysis').textContent()).not.toContain(role.name);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /^Not enough to say/,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Once the duties are there, the placement replaces the empty state.
    await paste(page, POSTING);
    await page.getByRole('heading', { name: 'AI engineer', exact: true }).waitFor();
    await expect(empty.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a posting for both ends as two jobs, with the flag and the two-jobs advice', async () => {
    const expected = analysed(TWO_JOBS);
    if (!expected.split || !expected.twoJobs) {
      throw new Error('core no longer reads the two-jobs posting as split; pick a clearer one');
    }
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/analyze`);
    await paste(page, TWO_JOBS);
    await page
      .getByRole('heading', { name: 'Research scientist and AI engineer', exact: true })
      .waitFor();
    await expect(page.locator('.analysis-summary .eyebrow').textContent()).resolves.toBe(
      'This posting asks for two jobs in one',
    );
    const flag = page.locator('[data-flag="two-jobs"]');
    await expect(flag.textContent()).resolves.toMatch(/^Two jobs in one\. /);
    await expect(flag.getAttribute('class')).resolves.toContain('flag-trap');
    const card = page.getByTestId('analysis-two-jobs');
    await expect(card.textContent()).resolves.toContain(expected.twoJobs.summary);
    await expect(card.locator('.two-jobs-part').count()).resolves.toBe(2);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /^Two jobs: Research scientist and AI engineer/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('audits a ladder level by level: every level in order, the wrong one flagged, its text marked on demand', async () => {
    const { a, wrong } = ladderAnalysis();
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/analyze`);
    await paste(page, LADDER);
    const strip = page.getByTestId('analysis-levels');
    await strip.getByRole('heading', { name: 'Level by level' }).waitFor();
    const levels = strip.locator('li.level');
    await expect(levels.count()).resolves.toBe(a.levels.length);
    await expect(strip.locator('.level-show').allTextContents()).resolves.toEqual(
      a.levels.map((l) => l.name),
    );
    // The flagged level stands out in words and a sign, not by its colour alone.
    const flagged = strip.locator('li.level-wrong');
    await expect(flagged.count()).resolves.toBe(1);
    await expect(flagged.locator('.level-show').textContent()).resolves.toBe(wrong.name);
    await expect(flagged.getAttribute('data-flags')).resolves.toContain('wrong-column-metrics');
    const said = (await flagged.textContent()) ?? '';
    expect(said).toContain('⚠');
    expect(said).toContain(`Graded on another column. ${wrong.flags[0]?.message}`);
    expect(said).toContain('Grades research work');
    await expect(levels.first().textContent()).resolves.toContain('Grades product work');
    await expect(levels.first().locator('.mix-legend').textContent()).resolves.toContain(
      'Product 100%',
    );
    await expect(page.locator('[data-flag="level-drift"]').textContent()).resolves.toMatch(
      /^Levels drift between columns\. /,
    );

    await flagged.locator('.level-show').click();
    const shown = page.locator('.analyzed-text .level-shown');
    const shownText = await shown.evaluateAll((pieces) =>
      pieces
        .map((piece) => {
          const copy = piece.cloneNode(true) as HTMLElement;
          for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
          return copy.textContent;
        })
        .join(''),
    );
    const span = wrong.spans[0] as { start: number; end: number };
    expect(shownText).toBe(LADDER.slice(span.start, span.end));
    await expect(
      page.evaluate(() => document.activeElement?.closest('.analyzed-text') !== null),
    ).resolves.toBe(true);
    await expect(strip.getByRole('status').textContent()).resolves.toBe(
      `${wrong.name} is marked in your text.`,
    );
    // Choosing another level moves the mark.
    await levels.first().locator('.level-show').click();
    await expect(shown.first().textContent()).resolves.toContain('L1 — Contributes');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('suggests rewrites, once per passage, and copies the text with all of them applied', async () => {
    const { a } = ladderAnalysis();
    const want = expectedSuggestions(a);
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/analyze`);
    await paste(page, LADDER);
    const card = page.getByTestId('analysis-suggestions');
    await card.getByRole('heading', { name: 'Suggested rewrites' }).waitFor();
    await expect(card.locator('li.suggestion').allTextContents()).resolves.toEqual(
      want.map((s) => `Instead of “${LADDER.slice(s.start, s.end)}” write “${s.text}”`),
    );
    // English on an English page needs no language of its own.
    await expect(card.locator('[lang]').count()).resolves.toBe(0);
    await card.getByRole('button', { name: 'Copy rewritten text' }).click();
    await card
      .getByRole('status')
      .getByText('Copied: your text with every suggested rewrite applied.')
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(rewriteText(LADDER, a.evidence));
    expect(copied).not.toContain('papers published');
    expect(copied).toContain('## L1 — Contributes');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks the suggested words as English on a page in another language', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/analyze?lang=de`);
    await page.locator('#analyze-text').fill(LADDER);
    const to = page.locator('.suggestion-to').first();
    await to.waitFor();
    await expect(to.getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('li.suggestion').first().textContent()).resolves.toMatch(/^Statt „/);
    await expect(
      page.getByRole('button', { name: 'Neu gefassten Text kopieren' }).count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('links to the three-documents check', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/analyze?lang=fr`);
    const link = page.locator('.check-link a');
    await expect(link.getAttribute('href')).resolves.toBe('/check?lang=fr');
    await page.goto(`${app.url}/analyze`);
    await page.getByRole('link', { name: 'Check a posting, rubric and ladder together' }).click();
    await page.waitForURL(/\/check$/);
    await page.getByRole('heading', { name: 'Do your documents grade the same role?' }).waitFor();
    await page.close();
  });

  it('shows hostile text as text and runs none of it', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${app.url}/analyze`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const text of [HOSTILE, HOSTILE_POSTING]) {
      await paste(page, text);
      // A text with nothing to mark says "not enough" and isn't drawn back; the rest is, as text.
      if (analysed(text).evidence.length === 0)
        await page.getByRole('heading', { name: 'Not enough to say' }).waitFor();
      else expect(await shownText(page)).toBe(text);
      expect(
        await page.locator('#analysis img, #analysis script, #analysis svg image').count(),
      ).toBe(0);
      expect(await page.locator('#analysis svg[onload], #analysis [onerror]').count()).toBe(0);
    }
    await expect(page.locator('.title-text').textContent()).resolves.toBe(
      HOSTILE_POSTING.split('\n')[0],
    );
    // Markup run as such does its harm as it goes in, or, for an image, once its source fails
    // to load; so no request for a source (none at all while pasting) means nothing is left to
    // run. A request started after the pastes is reported after any they caused.
    const after = await requestAfterAll(page);
    expect(requested).toEqual([after]);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: examples, typing, and the live status', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/analyze`);
    const box = page.getByLabel('Job posting or review rubric');
    const focused = () => box.evaluate((el) => el === document.activeElement);
    // Past the skip link, the brand and the navigation, the text box is the first stop.
    for (let i = 0; i < 12 && !(await focused()); i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    await expect(
      page.evaluate(() => document.activeElement?.closest('main') !== null),
    ).resolves.toBe(true);
    await page.keyboard.type(
      'Research Scientist\n\nWe publish papers at top venues on novel methods.',
    );
    await page.getByRole('heading', { name: 'Research scientist', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Example 1 of 5').waitFor();
    await page.locator('[data-flag="wrong-column-metrics"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Example 2 of 5').waitFor();
    await page.locator('[data-flag="title-mismatch"]').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nothing to analyze yet' }).waitFor();
    expect(await box.inputValue()).toBe('');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('reaches the levels and the copy button from the keyboard alone', async () => {
    const { wrong } = ladderAnalysis();
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const page = await browser.newPage();
    await page.goto(`${app.url}/analyze`);
    const box = page.getByLabel('Job posting or review rubric');
    await box.focus();
    await page.keyboard.insertText(LADDER);
    await page.getByTestId('analysis-levels').waitFor();
    /** Press Tab until the element with focus has `text`; fails if it never does. */
    const tabTo = async (text: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent)) === text) return;
      }
      throw new Error(`Tab never reached "${text}"`);
    };
    await tabTo(wrong.name);
    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('level-shown')),
    ).resolves.toBe(true);
    await box.focus();
    await tabTo('Copy rewritten text');
    await page.keyboard.press('Enter');
    await page.getByText('Copied: your text with every suggested rewrite applied.').waitFor();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations and no CSP errors (${scheme})`, async () => {
      const context = await app.browser({ colorScheme: scheme });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${app.url}/analyze`);
      await page.getByRole('heading', { name: 'Nothing to analyze yet' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      for (let i = 0; i < 5; i++) {
        await page.getByRole('button', { name: 'Try an example' }).click();
        await page.getByText(`Example ${i + 1} of 5`).waitFor();
        expect(await seriousViolations(page), `example ${i + 1}`).toEqual([]);
      }
      await page.locator('#analyze-text').fill(LADDER);
      await page.locator('.level-wrong .level-show').click();
      await page.locator('.level-shown').first().waitFor();
      expect(await seriousViolations(page), 'ladder, a level shown').toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it('fits a phone without sideways scrolling, a ladder right to left too', async () => {
    const context = await app.browser({ width: 375, height: 800 });
    const page = await context.newPage();
    for (const language of ['en', 'ar']) {
      await page.goto(`${app.url}/analyze?lang=${language}`);
      await page.locator('#analyze-text').fill(LADDER);
      await page.locator('.analysis-levels').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `ladder in ${language}`).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), `ladder in ${language}`).toEqual([]);
    }
    await page.goto(`${app.url}/analyze`);
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.getByText(`Example ${i + 1} of 5`).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `example ${i + 1}`).toBeLessThanOrEqual(0);
    }
  });
});
