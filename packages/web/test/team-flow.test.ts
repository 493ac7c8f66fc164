import { readFile } from 'node:fs/promises';
import { DEFAULT_QUIZ, GRID, portfolio, ROLES, score } from '@rolefit/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  answerScoredByKeyboard,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';

const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));

/** Answer the join page's quiz: number keys and Enter, then the optional questions by click. */
async function answerAsMember(page: Page, picks: number[], title?: string, sent = true) {
  await answerScoredByKeyboard(page, picks);
  if (title) await page.locator(`input[name="title"][value="${title}"]`).check();
  await page.getByRole('button', { name: 'Send and see my result' }).click();
  if (sent) await page.getByText('Sent. Your answers are now part of your team’s map.').waitFor();
}

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('team mode in Chromium'), () => {
  let app: AppHarness;
  let lead: BrowserContext;
  beforeAll(async () => {
    app = await startAppHarness();
    lead = await app.browser();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('lead creates a team, three members answer apart, the lead sees the centre of gravity, then deletes the team', async () => {
    const page = await lead.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/teams`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Team name').fill('Applied ML');
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page.getByRole('heading', { name: 'Save the admin link now' }).waitFor();
    const adminUrl = await page.locator('#admin-link').inputValue();
    const joinUrl = await page.locator('#join-link').inputValue();
    expect(new URL(adminUrl).hash).toMatch(/^#admin=[\w-]+\.[\w-]{43}$/);
    expect(new URL(joinUrl).pathname).toBe('/teams/join');

    // The dashboard takes the key from the fragment, keeps it in this tab, and wipes the address bar.
    await page.goto(adminUrl);
    await page.getByRole('heading', { name: '3 more answers needed' }).waitFor();
    expect(page.url()).toBe(`${app.url}/team`);
    const secret = new URL(adminUrl).hash.split('.')[1] as string;
    expect(await page.evaluate(() => sessionStorage.getItem('rolefit:team-admin'))).toContain(
      secret,
    );
    await expect(page.locator('#join-link').inputValue()).resolves.toBe(joinUrl);

    const picks = [
      [0, 0, 1, 0, 0],
      [2, 3, 2, 2, 3],
      [4, 4, 4, 3, 4],
    ];
    const members = await Promise.all(picks.map(() => app.browser()));
    await Promise.all(
      members.map(async (member, i) => {
        const mp = await member.newPage();
        await mp.goto(joinUrl);
        if (i === 0) expect(await seriousViolations(mp)).toEqual([]);
        await answerAsMember(mp, picks[i] ?? [], i === 0 ? 'engineer' : undefined);
        // Each member sees only their own result.
        const own = score(DEFAULT_QUIZ, answersFor(picks[i] ?? []));
        if (!own.ok) throw new Error(own.error.message);
        await expect
          .poll(() => mp.locator('figure.spectrum').first().getAttribute('aria-label'))
          .toContain(`This work sits at ${own.value.position.toFixed(2)}.`);
        await mp.close();
      }),
    );

    const results = picks.map((p, i) => {
      const r = score(DEFAULT_QUIZ, {
        ...answersFor(p),
        ...(i === 0 ? { title: 'engineer' } : {}),
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    const expected = portfolio(results.map((r) => ({ effort: 1, result: r })));
    if (!expected.ok) throw new Error(expected.error.message);

    // A member halfway through the quiz when the lead deletes the team.
    const midway = await (await app.browser()).newPage();
    await midway.goto(joinUrl);
    await midway.getByTestId('join-team').waitFor();
    await page.reload();
    const centre = page.getByTestId('centre');
    await centre.waitFor();
    expect(await centre.textContent()).toMatch(
      new RegExp(`^${expected.value.position.toFixed(2)}: `),
    );
    await expect(page.locator('.member-dot').count()).resolves.toBe(3);
    await expect(page.getByTestId('mismatches').textContent()).resolves.toContain(
      '1 of 3 hold a title',
    );
    await expect(page.locator('.grid-table td.chosen').count()).resolves.toBe(1);
    await expect(page.getByTestId('release-note').textContent()).resolves.toBe(
      'The map and the export include all 3 answers. New answers show 3 at a time, so no one’s answers can be picked out by comparing the map before and after.',
    );

    // A fourth answer waits for its batch: the map, the counts and the export stay the first three's.
    const fourth = await fetch(`${app.url}/api/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        answers: answersFor([1, 1, 1, 1, 1]),
        context: { title: 'research-scientist' },
        team: new URL(joinUrl).searchParams.get('team'),
      }),
    });
    expect(fourth.status).toBe(201);
    await page.reload();
    await page.getByTestId('centre').waitFor();
    await expect(page.getByTestId('team-count').textContent()).resolves.toMatch(/^4 answers · /);
    await expect(page.getByTestId('release-note').textContent()).resolves.toBe(
      'The map and the export include 3 of the 4 answers. The next 3 show together once 2 more people answer, so no one’s answers can be picked out by comparing the map before and after.',
    );
    expect(await centre.textContent()).toMatch(
      new RegExp(`^${expected.value.position.toFixed(2)}: `),
    );
    await expect(page.locator('.member-dot').count()).resolves.toBe(3);
    await expect(page.getByTestId('mismatches').textContent()).resolves.toContain(
      '1 of 3 hold a title',
    );
    // A team that does bridge work as well as both ends is not split: no two-jobs card.
    expect(expected.value.split).toBeNull();
    await expect(page.getByTestId('team-two-jobs').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The lead's own view, beside the members'.
    await page.getByText('Take the quiz as you see the team’s work').click();
    for (const q of questions)
      await page.locator(`.lead-form input[name="${q.id}"]`).nth(1).check();
    await page.getByRole('button', { name: 'Save my view' }).click();
    const leadScore = score(DEFAULT_QUIZ, answersFor([1, 1, 1, 1, 1]));
    if (!leadScore.ok) throw new Error(leadScore.error.message);
    await expect(page.getByTestId('lead-view').textContent()).resolves.toContain(
      `You place the team’s work at ${leadScore.value.position.toFixed(2)}`,
    );
    await expect(page.locator('.lead-ring').count()).resolves.toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    // The header and the three released answers; the fourth is still waiting for its batch.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv.startsWith('team,role,between,split,')).toBe(true);

    await page.getByRole('button', { name: 'Delete the team…' }).click();
    await page.getByRole('button', { name: 'Delete everything for good' }).click();
    await page.getByRole('heading', { name: 'Team deleted' }).waitFor();
    const teamId = new URL(adminUrl).hash.slice('#admin='.length).split('.')[0] as string;
    const left = await app.server.store.db.db
      .selectFrom('responses')
      .select('id')
      .where('team_id', '=', teamId)
      .execute();
    expect(left).toHaveLength(0);

    const again = await lead.newPage();
    await again.goto(adminUrl);
    await again.getByRole('heading', { name: 'This admin link does not work' }).waitFor();
    await answerAsMember(midway, [1, 1, 1, 1, 1], undefined, false);
    await midway.getByRole('heading', { name: 'This join link no longer works' }).waitFor();
    // Opened after the team went, the join link says so at once, before any question.
    const late = await (await app.browser()).newPage();
    await late.goto(joinUrl);
    await late.getByRole('heading', { name: 'No team has this join link' }).waitFor();
    await expect(late.getByText('Question 1 of 5').count()).resolves.toBe(0);
    expect(problems.filter((p) => !/401|404/.test(p))).toEqual([]);
  }, 120_000);

  it('a join link is checked as it opens: the team by name, an unknown code, a link with no code', async () => {
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Vision <b>infra</b>' }),
    });
    const { joinUrl } = (await created.json()) as { joinUrl: string };
    const page = await (await app.browser()).newPage();
    const problems = watchProblems(page);
    await page.goto(joinUrl);
    await expect(page.getByTestId('join-team').textContent()).resolves.toBe(
      'For the team “Vision <b>infra</b>”',
    );
    for (const code of ['NOPE', 'abcdefghijklmnop']) {
      await page.goto(`${app.url}/teams/join?team=${code}`);
      await page.getByRole('heading', { name: 'No team has this join link' }).waitFor();
    }
    await page.goto(`${app.url}/teams/join`);
    await page.getByRole('heading', { name: 'This join link is incomplete' }).waitFor();
    // The unknown codes' 404s are expected; a CSP violation (Zod's eval probe) is not.
    expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
  });

  it('answering again from the same browser says it replaces the earlier answer, and does', async () => {
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Second thoughts', minResponses: 3 }),
    });
    const team = (await created.json()) as { joinUrl: string; id: string; adminSecret: string };
    const member = await app.browser();
    const page = await member.newPage();
    const posted: { id: string; replaces?: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/responses')) {
        posted.push(request.postDataJSON() as (typeof posted)[number]);
      }
    });
    await page.goto(team.joinUrl);
    await page.getByTestId('join-team').waitFor();
    await expect(page.getByTestId('join-again').count()).resolves.toBe(0);
    await answerAsMember(page, [0, 0, 0, 0, 0]);
    await page.goto(team.joinUrl);
    const note = page.getByTestId('join-again');
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /already answered for this team, on .*20\d\d.*replaces/,
    );
    await answerAsMember(page, [4, 4, 4, 4, 4], undefined, false);
    await page.getByText('Sent. These answers replace the ones you gave before').waitFor();
    expect(posted).toHaveLength(2);
    expect(posted[1]?.replaces).toBe(posted[0]?.id);
    // Another browser is another member: nothing to replace.
    const other = await (await app.browser()).newPage();
    await other.goto(team.joinUrl);
    await other.getByTestId('join-team').waitFor();
    await expect(other.getByTestId('join-again').count()).resolves.toBe(0);
  });

  it('a member’s Skip clears an optional answer only as "Clear and skip", and sends no context then', async () => {
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Skippers' }),
    });
    const { joinUrl } = (await created.json()) as { joinUrl: string };
    const page = await (await app.browser()).newPage();
    const posted: { answers: unknown; context?: unknown }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/responses')) {
        posted.push(request.postDataJSON() as (typeof posted)[number]);
      }
    });
    await page.goto(joinUrl);
    const picks = [4, 4, 4, 4, 4];
    await answerScoredByKeyboard(page, picks);
    await expect(page.getByRole('button', { name: 'Skip', exact: true }).count()).resolves.toBe(1);
    await page.locator('input[name="title"][value="research-scientist"]').check();
    await page.getByRole('button', { name: 'Clear and skip' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByText('Question 5 of 5').waitFor();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="title"]:checked').getAttribute('value')).resolves.toBe(
      'research-scientist',
    );
    await page.getByRole('button', { name: 'Clear and skip' }).click();
    await page.getByText('Sent. Your answers are now part of your team’s map.').waitFor();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.answers).toEqual(answersFor(picks));
    expect(posted[0]).not.toHaveProperty('context');
    // The cleared title would have been a wrong-column mismatch for product work.
    await expect(page.getByText('Check today’s title and metrics').count()).resolves.toBe(0);
  });

  it('a team of three researchers and three product engineers gets the two-jobs advice, not the research-engineer middle', async () => {
    const api = (path: string, body: unknown, secret?: string, method = 'POST') =>
      fetch(`${app.url}${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(secret ? { Authorization: `Bearer ${secret}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const created = await api('/api/teams', { name: 'Lab and product' });
    expect(created.status).toBe(201);
    const team = (await created.json()) as { joinCode: string; adminUrl: string };
    const picks = [0, 0, 0, 4, 4, 4].map((i) => questions.map(() => i));
    for (const p of picks) {
      const res = await api('/api/responses', {
        id: crypto.randomUUID(),
        answers: answersFor(p),
        team: team.joinCode,
      });
      expect(res.status).toBe(201);
    }
    const results = picks.map((p) => {
      const r = score(DEFAULT_QUIZ, answersFor(p));
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    const expected = portfolio(results.map((r) => ({ effort: 1, result: { shares: r.shares } })));
    if (!expected.ok) throw new Error(expected.error.message);
    const advice = expected.value.twoJobs;
    if (!advice) throw new Error('core no longer calls a 3 + 3 team of both ends split');

    const page = await lead.newPage();
    const problems = watchProblems(page);
    await page.goto(team.adminUrl);
    const card = page.getByTestId('team-two-jobs');
    await card.waitFor();
    await page.getByRole('heading', { name: 'Your team does two jobs, not one' }).waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('A team split between the two ends gets the two-jobs advice');
    expect(text).toContain(advice.summary);
    expect(text).toContain(advice.risk);
    for (const part of advice.parts) expect(text).toContain(`${ROLES[part.role].name} part`);
    const options = await card.locator('.two-jobs-options li').allTextContents();
    expect(options).toHaveLength(advice.options.length);

    await expect(page.getByTestId('centre').textContent()).resolves.toBe(
      '0.50: split between research scientist and AI engineer (two jobs)',
    );
    await expect(page.getByTestId('dominant-work').textContent()).resolves.toMatch(/^Both ends: /);
    await expect(page.locator('.member-dot.member-research').count()).resolves.toBe(3);
    await expect(page.locator('.member-dot.member-product').count()).resolves.toBe(3);
    // The middle's verdict ("in practice everyone is doing research engineering") is not given.
    const titling = page.locator('section[aria-labelledby="team-titling"]');
    await expect(titling.locator('.lead').textContent()).resolves.not.toContain(
      GRID.rnd.flat.verdict,
    );
    await expect(page.locator('body').textContent()).resolves.not.toContain(GRID.rnd.flat.verdict);
    expect(await seriousViolations(page)).toEqual([]);

    // The lead's workstreams at the two ends say so too, with the advice one click away.
    for (const [name, kind] of [
      ['Lab', 'research'],
      ['Assistant', 'product'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a workstream' }).click();
      await page.locator('.ws-row input[name=name]').last().fill(name);
      await page.locator('.ws-row select[name=kind]').last().selectOption(kind);
    }
    await page.getByRole('button', { name: 'Save workstreams' }).click();
    await expect(page.getByTestId('ws-verdict').textContent()).resolves.toContain(
      'sit at the two ends of the line',
    );
    // After the save the card is drawn again: its rows are still workstreams 1 and 2.
    await expect(page.getByLabel('Workstream 1 name').inputValue()).resolves.toBe('Lab');
    await expect(page.getByLabel('Workstream 2 name').inputValue()).resolves.toBe('Assistant');
    await page.getByRole('button', { name: 'Remove' }).first().click();
    await expect(page.getByLabel('Workstream 1 name').inputValue()).resolves.toBe('Assistant');
    await page.getByText('The two-jobs advice for these workstreams').click();
    await expect(page.locator('.ws-two-jobs .two-jobs-options li').count()).resolves.toBe(
      advice.options.length,
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('a member on the centre stays visible, and the yardstick note counts review mismatches only', async () => {
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Middle', minResponses: 3 }),
    });
    const team = (await created.json()) as { joinCode: string; adminUrl: string };
    // Two ends and the middle: the centre falls on the middle member. Two hold a title from
    // another column; nobody is reviewed on another column's metrics.
    const members = [
      { picks: [0, 0, 0, 0, 0], context: { title: 'engineer' } },
      { picks: [2, 2, 2, 2, 2] },
      {
        picks: [4, 4, 4, 4, 4],
        context: { title: 'research-scientist', 'reviewed-on': 'shipping' },
      },
    ];
    for (const m of members) {
      const res = await fetch(`${app.url}/api/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: crypto.randomUUID(),
          answers: answersFor(m.picks),
          team: team.joinCode,
          ...(m.context ? { context: m.context } : {}),
        }),
      });
      expect(res.status).toBe(201);
    }
    const page = await lead.newPage();
    await page.goto(team.adminUrl);
    await page.getByTestId('centre').waitFor();
    const map = page.locator('figure.spectrum svg').first();
    const marker = await map.locator('circle.marker').boundingBox();
    const dots = await map
      .locator('circle.member-dot')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(dots).toHaveLength(3);
    if (!marker) throw new Error('no centre marker');
    const overlaps = (d: DOMRect) =>
      d.x < marker.x + marker.width &&
      d.x + d.width > marker.x &&
      d.y < marker.y + marker.height &&
      d.y + d.height > marker.y;
    // The middle member is at the centre's x, clear of its marker.
    expect(
      dots.filter((d) => Math.abs(d.x + d.width / 2 - (marker.x + marker.width / 2)) < 2),
    ).toHaveLength(1);
    expect(dots.filter(overlaps)).toEqual([]);
    await expect(page.getByTestId('mismatches').textContent()).resolves.toBe(
      '2 of 3 hold a title from another column than their work; 0 of 3 are reviewed on another column’s metrics.',
    );
    const trap = (await page.locator('#team-trap').locator('..').textContent()) ?? '';
    expect(trap).not.toContain('judged by a yardstick');
    expect(trap).toContain('Nobody is reviewed on another column’s metrics, but 2 hold titles');
    await page.close();
  });
});
