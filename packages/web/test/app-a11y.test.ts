import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';

// A result with both context mismatches, so every block of the page is there.
const RESULT = '/result?a=1-13222.00';
// Research and product with no bridge work between them: two jobs in one.
const TWO_JOBS_RESULT = '/result?a=1-04040';

type Visit = { name: string; path: string; ready: (page: Page) => Promise<unknown> };
const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name }).first().waitFor();
const VISITS: Visit[] = [
  { name: 'quiz intro', path: '/', ready: heading('Which role does this work call for?') },
  {
    name: 'quiz question',
    path: '/',
    ready: async (page) => {
      await page.keyboard.press('Enter');
      await page.keyboard.press('3');
      await page.getByText('Question 1 of 5').waitFor();
    },
  },
  {
    name: 'quiz optional step',
    path: '/',
    ready: async (page) => {
      await page.keyboard.press('Enter');
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('2');
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { name: 'Two optional questions' }).waitFor();
    },
  },
  { name: 'result', path: RESULT, ready: heading('Check today’s title and metrics') },
  { name: 'two-jobs result', path: TWO_JOBS_RESULT, ready: heading(/^Two jobs in one/) },
  { name: 'framework', path: '/framework', ready: heading('How to choose') },
  {
    name: 'three-documents check',
    path: '/check',
    ready: heading('Do your documents grade the same role?'),
  },
  {
    name: 'review rubric, two jobs under one title',
    path: '/rubric?role=research-scientist%2Bai-engineer&regime=flat',
    ready: heading('Review rubric: two jobs in one'),
  },
  {
    name: 'review rubric, separate tracks',
    path: '/rubric?role=research-engineer&regime=separate-tracks',
    ready: heading('Interfaces between tracks'),
  },
  {
    name: 'broken result link',
    path: '/result?a=broken',
    ready: heading('This result link does not work'),
  },
  {
    name: 'organization, no key yet',
    path: '/org',
    ready: heading('See all your teams’ work in one view'),
  },
  { name: '404', path: '/nowhere', ready: heading('There is no page here') },
];

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('accessibility and CSP in Chromium'), () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const visit of VISITS) {
      it(`${visit.name} (${scheme}): no serious axe violations, no CSP violations, no errors`, async () => {
        const browser = await app.browser({ colorScheme: scheme });
        const page = await browser.newPage();
        const problems = watchProblems(page);
        const response = await page.goto(`${app.url}${visit.path}`);
        // The check means something only if the page really is under the strict policy.
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        await visit.ready(page);
        await expect(seriousViolations(page)).resolves.toEqual([]);
        expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
        await browser.close();
      });
    }
  }

  /** Print `path` to an A4 PDF as the browser's print dialog would, and count its pages. */
  async function printedPages(path: string, ready = (page: Page) => page.locator('h1').waitFor()) {
    const browser = await app.browser();
    const page = await browser.newPage();
    await page.goto(`${app.url}${path}`);
    await ready(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await browser.close();
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }

  it('prints a result on one A4 page, in a long language and right to left too; two jobs on two', async () => {
    for (const path of [RESULT, `${RESULT}&lang=de`, `${RESULT}&lang=ar`, '/result?a=1-44444']) {
      await expect(printedPages(path), path).resolves.toBe(1);
    }
    await expect(printedPages(TWO_JOBS_RESULT)).resolves.toBeLessThanOrEqual(2);
  });

  it('prints a team dashboard and an analysis on two A4 pages at most', async () => {
    const send = (path: string, body: unknown) =>
      fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const team = (await send('/api/teams', { name: 'Print shop', minResponses: 3 })) as {
      joinCode: string;
      adminUrl: string;
    };
    const quiz = (await (await fetch(`${app.url}/api/quiz`)).json()) as {
      questions: { id: string; options: { id: string }[] }[];
    };
    for (const picks of [
      [0, 0, 0, 4, 4],
      [1, 2, 1, 2, 1],
      [4, 4, 4, 3, 4],
    ]) {
      const answers = Object.fromEntries(
        quiz.questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id]),
      );
      await send('/api/responses', { id: crypto.randomUUID(), answers, team: team.joinCode });
    }
    const admin = new URL(team.adminUrl);
    const dashboard = await printedPages(`${admin.pathname}${admin.search}${admin.hash}`, (page) =>
      page.getByTestId('centre').waitFor(),
    );
    expect(dashboard).toBeGreaterThan(0);
    expect(dashboard).toBeLessThanOrEqual(2);
    const posting = readFileSync(
      fileURLToPath(new URL('../../../examples/posting-research-engineer.md', import.meta.url)),
      'utf8',
    );
    const analysis = await printedPages('/analyze', async (page) => {
      await page.locator('#analyze-text').fill(posting);
      await page.locator('.analysis-summary').waitFor();
    });
    expect(analysis).toBeGreaterThan(0);
    expect(analysis).toBeLessThanOrEqual(2);
  });

  it('opens every section of the result on paper, closed as they are on screen', async () => {
    const browser = await app.browser();
    const page = await browser.newPage();
    await page.goto(`${app.url}${RESULT}`);
    await page.locator('h1').waitFor();
    const pulls = page.locator('.pulls');
    await expect(pulls.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(pulls.isVisible()).resolves.toBe(true);
    await expect(page.locator('.change-list').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // On screen the heading is the control: Enter on it opens its section.
    await page.locator('summary:has(#why)').focus();
    await page.keyboard.press('Enter');
    await expect(pulls.isVisible()).resolves.toBe(true);
    await browser.close();
  });

  it('prints the result without navigation or buttons, keeping the spectrum and the grid', async () => {
    const browser = await app.browser();
    const page = await browser.newPage();
    await page.goto(`${app.url}${RESULT}`);
    await page.locator('h1').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('figure.spectrum').isVisible()).resolves.toBe(true);
    await expect(page.locator('table.grid-table').isVisible()).resolves.toBe(true);
    await expect(page.getByText('not a verdict about a person').first().isVisible()).resolves.toBe(
      true,
    );
  });
});
