import { readFile } from 'node:fs/promises';
import { analyze, DEFAULT_QUIZ, portfolio, score } from '@rolefit/core';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';
import { requestAfterAll } from './request-after-all.ts';

const RESEARCH_ENGINEER = await readFile(
  new URL('../../../examples/posting-research-engineer.md', import.meta.url),
  'utf8',
);

/** A product posting: shipping and running a feature built on existing models. */
const PRODUCT = `# AI Engineer, Support Assistant

## What you will do
- Ship the LLM features in our customer support product and own them in production
- Keep latency, uptime and cost per request within budget as usage grows
- Integrate existing models through APIs, with retrieval and guardrails around them
- Run A/B tests with the product team and report the KPIs each change moves

## What you bring
- Several years of backend engineering in TypeScript or Python
- Experience operating services with on-call, monitoring and incident reviews
- No PhD required

## How we measure success
- Customer satisfaction, resolution rate and uptime of the assistant`;

/** Both ends in one posting, and nothing of the bridge between them. */
const TWO_JOBS = `Applied Scientist, Search Quality

What you will do
- Pursue open research questions in retrieval and publish papers on novel methods at top venues
- Ship ranking features to customers every sprint and own their latency and uptime
- Run A/B tests and report the KPIs each launch moves`;

/** A title and a pleasantry: nothing about the work. */
const THIN = 'Machine Learning Lead\n\nJoin a friendly team with great benefits.';

const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));
/** One research scientist and two AI engineers, by the work their answers describe. */
const MEMBERS = [
  [0, 0, 1, 0, 0],
  [4, 4, 4, 4, 4],
  [3, 3, 4, 3, 4],
];
const pct = (share: number) => `${Math.round(share * 100)}%`;

type Team = { id: string; joinCode: string; adminSecret: string; adminUrl: string };

/** Put a posting in the card as a paste would, and wait until the card has drawn it. */
async function paste(page: Page, text: string) {
  await page.getByLabel('Job posting for the team’s next hire').fill(text);
  await page.locator(`.posting-result[data-chars="${text.length}"]`).waitFor();
}

const texts = (page: Page, testId: string) => page.getByTestId(testId).allTextContents();

(HAS_CHROMIUM ? describe : describe.skip)(
  suiteName('the posting check on the team dashboard'),
  () => {
    let app: AppHarness;
    let lead: BrowserContext;
    let answered: Team;

    async function createTeam(name: string): Promise<Team> {
      const created = await fetch(`${app.url}/api/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, minResponses: 3 }),
      });
      expect(created.status).toBe(201);
      return (await created.json()) as Team;
    }

    beforeAll(async () => {
      app = await startAppHarness();
      lead = await app.browser();
      answered = await createTeam('Support AI');
      for (const picks of MEMBERS) {
        const sent = await fetch(`${app.url}/api/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            id: crypto.randomUUID(),
            answers: answersFor(picks),
            team: answered.joinCode,
          }),
        });
        expect(sent.status).toBe(201);
      }
    }, 120_000);
    afterAll(async () => {
      await app?.close();
    });

    it('reads a research engineer and a product posting beside the members, sending nothing', async () => {
      const results = MEMBERS.map((picks) => {
        const r = score(DEFAULT_QUIZ, answersFor(picks));
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      });
      expect(results.map((r) => r.role)).toEqual([
        'research-scientist',
        'ai-engineer',
        'ai-engineer',
      ]);
      const team = portfolio(results.map((r) => ({ effort: 1, result: r })));
      if (!team.ok) throw new Error(team.error.message);
      const { shares, dominantWork } = team.value;
      expect(dominantWork).toBe('product');

      const page = await lead.newPage();
      const problems = watchProblems(page);
      await page.goto(answered.adminUrl);
      await page.getByRole('heading', { name: 'Check a posting against this team' }).waitFor();
      await page.getByTestId('centre').waitFor();
      // The analyzer is not part of the dashboard's first load: it comes when the card is used.
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      expect(loaded.filter((url) => /posting-comparison/.test(url))).toEqual([]);
      // The card sits after the team's map and before the lead's own view.
      const order = await page
        .locator('main section[aria-labelledby]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-labelledby')));
      expect(order.indexOf('posting-check')).toBeGreaterThan(order.indexOf('team-map'));
      expect(order.indexOf('posting-check')).toBeLessThan(order.indexOf('lead-view'));

      const requests: Request[] = [];
      page.on('request', (r) => requests.push(r));
      await paste(page, RESEARCH_ENGINEER);
      const firstPosting = requests.length;
      await expect(texts(page, 'posting-hires')).resolves.toEqual([
        `This posting hires the team’s first research engineer, into a team whose work is ${pct(shares.product)} product.`,
      ]);
      await expect(page.locator('.posting-facts li').allTextContents()).resolves.toEqual([
        'None of the 3 members who answered is in that role yet.',
        `That column is a gap in the team’s mix: ${pct(shares.rnd)} of the work is R&D work, but none of the 3 members is in its role.`,
      ]);
      await expect(texts(page, 'posting-next')).resolves.toEqual([
        'The mix agrees: the next hire should be a research engineer.',
      ]);
      await expect(page.locator('.posting-check [role="status"]').textContent()).resolves.toBe(
        `This posting hires the team’s first research engineer, into a team whose work is ${pct(shares.product)} product. The mix agrees: the next hire should be a research engineer.`,
      );
      expect(await seriousViolations(page)).toEqual([]);

      await paste(page, PRODUCT);
      await expect(texts(page, 'posting-hires')).resolves.toEqual([
        `This posting hires the team’s third AI engineer, into a team whose work is ${pct(shares.product)} product.`,
      ]);
      await expect(page.locator('.posting-facts li').allTextContents()).resolves.toEqual([
        'The team already has 2 in that role, of the 3 members who answered.',
        `That is where the team’s work is: ${pct(shares.product)} of it is product work, more than any other kind.`,
      ]);
      await expect(texts(page, 'posting-next')).resolves.toEqual([
        `The mix says the next hire should be a research engineer: ${pct(shares.rnd)} of the team’s work is R&D work, and nobody in the team is in that role yet.`,
      ]);

      // Every request since the page loaded was the analyzer's own code, fetched once on first use:
      // no posting went to /api/analyze or anywhere else, and the second paste fetched nothing.
      const after = await requestAfterAll(page);
      const made = requests.map((r) => ({ method: r.method(), url: r.url(), body: r.postData() }));
      expect(made.at(-1)?.url).toBe(after);
      const fetched = made.slice(0, -1);
      expect(fetched.some((r) => /\/assets\/posting-comparison-[\w-]+\.js$/.test(r.url))).toBe(
        true,
      );
      for (const r of fetched) {
        expect(r).toMatchObject({ method: 'GET', body: null });
        expect(r.url).toMatch(new RegExp(`^${app.url}/assets/[\\w-]+\\.js$`));
      }
      expect(requests.length).toBe(firstPosting + 1);
      expect(problems).toEqual([]);
    }, 60_000);

    it('says when a posting is two jobs in one, or too thin to say, and works by keyboard', async () => {
      const two = analyze(TWO_JOBS);
      if (!two.ok || !two.value.twoJobs) throw new Error('the two-jobs posting no longer splits');
      const page = await lead.newPage();
      const problems = watchProblems(page);
      await page.goto(answered.adminUrl);
      const box = page.getByLabel('Job posting for the team’s next hire');
      await box.waitFor();
      // From the rounds card's button (the card above it), Tab reaches the posting box next.
      await page.getByTestId('open-round').focus();
      await page.keyboard.press('Tab');
      await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.insertText(TWO_JOBS);
      await page.locator(`.posting-result[data-chars="${TWO_JOBS.length}"]`).waitFor();
      await expect(texts(page, 'posting-hires')).resolves.toEqual([
        'This posting hires two jobs in one: research scientist and AI engineer, with little bridge work between them.',
      ]);
      await expect(page.locator('.posting-facts li').allTextContents()).resolves.toEqual([
        'Of the 3 members who answered, 1 is in the research scientist role and 2 in the AI engineer role.',
      ]);
      await expect(texts(page, 'posting-next')).resolves.toEqual([
        'Split it into two postings. The mix says the next hire should be a research engineer, which neither half is.',
      ]);
      // Core's two-jobs advice, opened from the keyboard.
      const advice = page.getByTestId('posting-two-jobs');
      await expect(advice.getByText(two.value.twoJobs.summary).isVisible()).resolves.toBe(false);
      await advice.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(advice.getByText(two.value.twoJobs.summary).isVisible()).resolves.toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      await box.fill('');
      await paste(page, THIN);
      const thin = analyze(THIN);
      if (!thin.ok) throw new Error(thin.error.message);
      expect(thin.value.enough).toBe(false);
      await expect(texts(page, 'posting-not-enough')).resolves.toEqual([
        thin.value.flags.find((f) => f.code === 'no-evidence')?.message,
      ]);
      await expect(page.getByTestId('posting-hires').count()).resolves.toBe(0);
      await expect(page.getByTestId('posting-next').count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    }, 60_000);

    it('before the map shows: nothing to compare with, then the workstreams, with no sideways scroll on a phone', async () => {
      const fresh = await createTeam('New bets');
      const phone = await app.browser({ width: 390, height: 844 });
      const page = await phone.newPage();
      const problems = watchProblems(page);
      await page.goto(fresh.adminUrl);
      await page.getByRole('heading', { name: '3 more answers needed' }).waitFor();
      await paste(page, PRODUCT);
      await expect(texts(page, 'posting-hires')).resolves.toEqual([
        'This posting hires an AI engineer.',
      ]);
      await expect(texts(page, 'posting-nothing')).resolves.toEqual([
        'There is nothing to compare it with yet: the team’s map appears once 3 more members answer. Until then, list the team’s workstreams below and the posting is set beside those.',
      ]);
      await expect(page.getByTestId('posting-next').count()).resolves.toBe(0);

      const saved = await fetch(`${app.url}/api/teams/${fresh.id}/workstreams`, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${fresh.adminSecret}`,
        },
        body: JSON.stringify({
          workstreams: [
            { name: 'Assistant', effort: 3, work: 'product' },
            { name: 'Evals', effort: 1, work: 'rnd' },
          ],
        }),
      });
      expect(saved.status).toBe(200);
      await page.reload();
      await paste(page, PRODUCT);
      await expect(texts(page, 'posting-hires')).resolves.toEqual([
        'This posting hires an AI engineer, into work that your workstreams put at 75% product.',
      ]);
      await expect(page.locator('.posting-facts li').allTextContents()).resolves.toEqual([
        'That is where the work is: your workstreams put 75% of it in product, more than in any other column.',
      ]);
      await expect(texts(page, 'posting-next')).resolves.toEqual([
        'The mix agrees: the next hire should be an AI engineer.',
      ]);
      expect(await seriousViolations(page)).toEqual([]);
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).resolves.toBeLessThanOrEqual(0);

      await paste(page, RESEARCH_ENGINEER);
      await page.getByTestId('posting-next').waitFor();
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).resolves.toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    }, 60_000);
  },
);
