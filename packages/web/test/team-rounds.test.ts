import { DEFAULT_QUIZ, portfolio, REGIMES, score } from '@rolefit/core';
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

const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));

// Three rounds of the same team: mostly research, then the bridge, then bridge and product.
const ROUNDS = [
  [
    [0, 0, 0, 0, 0],
    [0, 1, 0, 1, 0],
    [1, 0, 1, 0, 1],
  ],
  [
    [1, 2, 2, 1, 2],
    [2, 2, 1, 2, 2],
    [1, 2, 2, 2, 1],
  ],
  [
    [2, 3, 3, 3, 3],
    [3, 3, 4, 3, 2],
    [2, 2, 3, 3, 3],
  ],
];

/** The centre core gives a round's answers, as the dashboard should show it. */
function centreOf(round: number[][]) {
  const placed = portfolio(
    round.map((picks) => {
      const r = score(DEFAULT_QUIZ, answersFor(picks));
      if (!r.ok) throw new Error(r.error.message);
      return { effort: 1, result: r.value };
    }),
  );
  if (!placed.ok) throw new Error(placed.error.message);
  return placed.value;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const low = (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase());

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('team rounds in Chromium'), () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  async function answer(joinCode: string, picks: number[]) {
    const res = await fetch(`${app.url}/api/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: crypto.randomUUID(), answers: answersFor(picks), team: joinCode }),
    });
    expect(res.status).toBe(201);
  }

  /** Open the next round from the dashboard, through its confirm step, by keyboard. */
  async function openRound(page: Page, next: number) {
    const button = page.getByRole('button', { name: `Open round ${next}`, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    // The confirm step takes focus, so Enter confirms.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Yes, open round ${next}`);
    await page.keyboard.press('Enter');
    await page.getByText(`Round ${next} is open:`).waitFor();
  }

  it('a lead opens rounds; the dashboard draws the centre’s path, each round’s mix and what changed', async () => {
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Protein design', minResponses: 3 }),
    });
    const team = (await created.json()) as { joinCode: string; adminUrl: string };
    const context = await app.browser();
    const page = await context.newPage();
    const problems = watchProblems(page);

    for (const picks of ROUNDS[0] ?? []) await answer(team.joinCode, picks);
    await page.goto(team.adminUrl);
    const rounds = page.locator('section[aria-labelledby="team-rounds"]');
    await rounds.getByText('This is round 1.').waitFor();
    // One round: nothing to compare yet, no path.
    await expect(page.getByTestId('round-change').count()).resolves.toBe(0);
    await expect(rounds.locator('circle.round-dot').count()).resolves.toBe(0);

    await openRound(page, 2);
    // The new round has no answers: the map waits for it, the next round can't open yet.
    await page.getByRole('heading', { name: '3 more answers needed' }).waitFor();
    await expect(page.getByTestId('open-round').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('round-list').locator(':scope > li').count()).resolves.toBe(2);
    await expect(page.locator('li[data-round="2"]').textContent()).resolves.toContain(
      'Not enough answers for a center yet (0 of 3).',
    );

    for (const picks of ROUNDS[1] ?? []) await answer(team.joinCode, picks);
    await page.reload();
    const [first, second, third] = ROUNDS.map(centreOf);
    if (!first || !second || !third) throw new Error('three rounds');
    await expect(page.getByTestId('round-change').textContent()).resolves.toContain(
      `From round 1 to round 2, R&D grew from ${pct(first.shares.rnd)} to ${pct(second.shares.rnd)}: the work is moving from research toward the bridge.`,
    );
    // The map shows the current round only.
    await expect(page.getByTestId('centre').textContent()).resolves.toMatch(
      new RegExp(`^${second.position.toFixed(2)}: `),
    );

    await openRound(page, 3);
    for (const picks of ROUNDS[2] ?? []) await answer(team.joinCode, picks);
    await page.reload();
    const change = (await page.getByTestId('round-change').textContent()) ?? '';
    expect(change).toContain('From round 2 to round 3, ');
    expect(change).toContain(
      `The titling verdict changed from ${low(REGIMES[second.regime.recommended].name)} to ${low(REGIMES[third.regime.recommended].name)}.`,
    );
    expect(second.regime.recommended).not.toBe(third.regime.recommended);

    // The path: a numbered dot per round, in order, each where its centre is.
    const path = rounds.locator('figure.spectrum').first();
    await expect(path.getAttribute('aria-label')).resolves.toBe(
      `The team center by round, from research scientist (0) to AI engineer (1): round 1 at ${first.position.toFixed(2)}, round 2 at ${second.position.toFixed(2)}, round 3 at ${third.position.toFixed(2)}`,
    );
    const dots = await path
      .locator('circle.round-dot')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(dots).toHaveLength(3);
    const xs = dots.map((d) => d.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    await expect(path.locator('text.round-number').allTextContents()).resolves.toEqual([
      '1',
      '2',
      '3',
    ]);
    // Each round's mix, newest first, with the numbers said in words.
    const items = page.getByTestId('round-list').locator(':scope > li');
    await expect(items.evaluateAll((els) => els.map((el) => el.dataset.round))).resolves.toEqual([
      '3',
      '2',
      '1',
    ]);
    await expect(items.nth(2).textContent()).resolves.toContain(
      `Research ${pct(first.shares.research)}`,
    );
    await expect(items.nth(0).textContent()).resolves.toContain('open now');

    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // On paper, three rounds still fit the dashboard on two A4 pages, the path uncut.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();

    // On a phone: the same card, nothing wider than the screen, axe clean in the dark theme too.
    const phone = await app.browser({ width: 390, height: 844, colorScheme: 'dark' });
    const small = await phone.newPage();
    await small.goto(team.adminUrl);
    await small.getByTestId('round-change').waitFor();
    await expect(
      small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    expect(await seriousViolations(small)).toEqual([]);
  });

  it('a lead who changes their mind at the confirm step keeps the round open', async () => {
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Evals', minResponses: 3 }),
    });
    const team = (await created.json()) as { joinCode: string; adminUrl: string };
    await answer(team.joinCode, [2, 2, 2, 2, 2]);
    const page = await (await app.browser()).newPage();
    await page.goto(team.adminUrl);
    await page.getByRole('button', { name: 'Open round 2', exact: true }).click();
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Open round 2');
    const got = await fetch(
      `${app.url}/api/teams/${new URL(team.adminUrl).hash.slice(7).split('.')[0]}`,
      {
        headers: { Authorization: `Bearer ${new URL(team.adminUrl).hash.split('.')[1]}` },
      },
    );
    const summary = (await got.json()) as { rounds: unknown[] };
    expect(summary.rounds).toHaveLength(1);
  });
});
