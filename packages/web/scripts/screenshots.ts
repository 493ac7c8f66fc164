/**
 * Screenshots of the web app for the docs: builds it, starts the real server on a free port with
 * an in-memory database, and drives headless Chromium through the quiz.
 * Run: node --conditions=@rolefit/source --import tsx packages/web/scripts/screenshots.ts [outDir]
 * (default docs/screenshots).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@rolefit/server';
import { chromium, type Page } from 'playwright-core';
import {
  AI_LADDER_WRONG_TOP,
  AI_POSTING,
  RESEARCH_RUBRIC,
} from '../test/app-fixtures/documents.ts';
import { CHROMIUM_ARGS } from '../test/chromium-args.ts';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? join(webDir, '../../docs/screenshots'));
const scheme = (process.env.SCHEME ?? 'light') as 'light' | 'dark';
mkdirSync(outDir, { recursive: true });

const dist = mkdtempSync(join(tmpdir(), 'rolefit-shots-dist-'));
execFileSync(
  join(webDir, '../../node_modules/.bin/vite'),
  ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
  {
    cwd: webDir,
    stdio: 'inherit',
  },
);
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: 'file::memory:',
  webRoot: dist,
  log: () => {},
});
const profile = mkdtempSync(join(tmpdir(), 'rolefit-shots-profile-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  colorScheme: scheme,
  args: CHROMIUM_ARGS,
});
// A mixed answer set: a position off the anchor, a review mismatch and a real-world example.
const RESULT = '/result?a=1-34334.02';
// A research engineer's rubric under separate tracks: a ladder, its levels and the interfaces.
const RUBRIC = '/rubric?role=research-engineer&regime=separate-tracks&levels=4';
// A ladder for AI engineers whose top level grades research work, and a posting and a rubric
// to check it with: the analyzer's level-by-level audit and the three-documents check.
const LADDER = AI_LADDER_WRONG_TOP;
const POSTING = AI_POSTING;
const REVIEW_RUBRIC = RESEARCH_RUBRIC;
const suffix = scheme === 'dark' ? '-dark' : '';

async function shoot(page: Page, name: string, fullPage: boolean) {
  await page.screenshot({ path: join(outDir, `${name}${suffix}.png`), fullPage });
  console.log(`wrote ${join(outDir, `${name}${suffix}.png`)}`);
}

try {
  for (const [width, height, kind] of [
    [1280, 800, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}/`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('4');
    await page.waitForSelector('text=Question 2 of 5');
    await shoot(page, `quiz-${kind}`, false);
    await page.goto(`${server.url}${RESULT}`);
    await page.waitForSelector('h1');
    await shoot(page, `result-${kind}`, false);
    if (kind === 'desktop') await shoot(page, 'result-desktop-full', true);
    if (kind === 'desktop') {
      await page.goto(`${server.url}/framework`);
      await page.waitForSelector('h1');
      await shoot(page, 'framework-desktop', true);
      await page.goto(`${server.url}/`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${server.url}/`);
      await shoot(page, 'intro-desktop', false);
      await page.goto(`${server.url}${RESULT}`);
      await page.emulateMedia({ media: 'print' });
      await shoot(page, 'result-print', true);
      await page.emulateMedia({ media: 'screen' });
    }
    // The review rubric the result links to: the phone's first screen, a taller desktop one (the
    // form and the first level below it) and the printout at A4 width.
    await page.goto(`${server.url}${RUBRIC}`);
    await page.locator('.rubric-level').first().waitFor();
    if (kind === 'phone') await shoot(page, 'rubric-phone', false);
    else {
      const file = join(outDir, `rubric-desktop${suffix}.png`);
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: 0, width, height: 1900 },
      });
      console.log(`wrote ${file}`);
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      await shoot(page, 'rubric-print', true);
      await page.emulateMedia({ media: 'screen' });
    }
    // The analyzer on a ladder: the summary, the level-by-level strip, the flags and the rewrites
    // (at the screen's size again: the rubric's printout above narrowed the page).
    await page.setViewportSize({ width, height });
    if (kind === 'desktop') {
      await page.goto(`${server.url}/analyze`);
      await page.locator('#analyze-text').fill(LADDER);
      await page.locator('.analysis-suggestions').waitFor();
      const top = await page.locator('.analysis-summary').boundingBox();
      const bottom = await page.locator('.analysis-suggestions').boundingBox();
      if (top && bottom) {
        const file = join(outDir, `analyze-levels-desktop${suffix}.png`);
        const y = Math.max(0, top.y - 10);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y, width, height: bottom.y + bottom.height + 24 - y },
        });
        console.log(`wrote ${file}`);
      }
    }
    // The three-documents check: the whole page on a desktop, the answer on a phone's screen.
    await page.goto(`${server.url}/check`);
    for (const [document, text] of [
      ['posting', POSTING],
      ['rubric', REVIEW_RUBRIC],
      ['ladder', LADDER],
    ] as const) {
      await page.locator(`#check-${document}`).fill(text);
    }
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('#check-results[data-state="mismatch"]').waitFor();
    if (kind === 'desktop') await shoot(page, 'check-desktop', true);
    else {
      await page
        .locator('.check-summary')
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
      await shoot(page, 'check-phone', false);
    }
    await page.close();
  }
  // A team of five with a lead's view, for the dashboard; and the pictures links unfurl with.
  const api = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const team = (await api('/api/teams', { name: 'Applied ML', minResponses: 3 })) as {
    joinCode: string;
    adminUrl: string;
  };
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as {
    questions: { id: string; options: { id: string }[] }[];
  };
  const answer = (joinCode: string, picks: number[]) =>
    api('/api/responses', {
      id: crypto.randomUUID(),
      answers: Object.fromEntries(
        quiz.questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id]),
      ),
      team: joinCode,
    });
  for (const picks of [
    [1, 2, 1, 2, 1],
    [2, 2, 3, 2, 2],
    [3, 3, 3, 3, 2],
    [2, 3, 2, 2, 3],
    [4, 4, 3, 4, 4],
    [2, 1, 2, 2, 2],
  ]) {
    await answer(team.joinCode, picks);
  }
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(team.adminUrl);
  await page.getByTestId('centre').waitFor();
  await shoot(page, 'team-desktop', false);

  // A team over three rounds: mostly research, then the bridge, then bridge and product.
  const moving = (await api('/api/teams', { name: 'Protein design', minResponses: 3 })) as {
    id: string;
    joinCode: string;
    adminUrl: string;
  };
  const secret = new URL(moving.adminUrl).hash.split('.')[1] ?? '';
  const rounds = [
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
  for (const [i, round] of rounds.entries()) {
    if (i > 0) {
      await fetch(`${server.url}/api/teams/${moving.id}/rounds`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}` },
      });
    }
    for (const picks of round) await answer(moving.joinCode, picks);
  }
  // Only the fragment differs from the page now open: leave it first, so the dashboard loads anew.
  await page.goto('about:blank');
  await page.goto(moving.adminUrl);
  const roundsCard = page.locator('section[aria-labelledby="team-rounds"]');
  await roundsCard.getByTestId('round-change').waitFor();
  await roundsCard.screenshot({ path: join(outDir, `team-rounds-desktop${suffix}.png`) });
  console.log(`wrote ${join(outDir, `team-rounds-desktop${suffix}.png`)}`);

  // An organisation of three teams: a theory group, a scaling-infra team and a product team.
  const org = (await api('/api/orgs', { name: 'Northwind AI' })) as {
    id: string;
    adminSecret: string;
    adminUrl: string;
  };
  for (const [name, headcount, members] of [
    [
      'Theory group',
      5,
      [
        [0, 0, 0, 0, 0],
        [0, 1, 0, 0, 1],
        [1, 0, 0, 1, 0],
      ],
    ],
    [
      'Scaling infra',
      9,
      [
        [2, 2, 2, 2, 2],
        [1, 2, 2, 2, 2],
        [2, 2, 3, 2, 1],
        [2, 3, 2, 2, 2],
      ],
    ],
    [
      'Assistant product',
      12,
      [
        [4, 4, 4, 4, 4],
        [3, 4, 4, 3, 4],
        [4, 3, 4, 4, 3],
      ],
    ],
  ] as const) {
    const made = (await api('/api/teams', { name, minResponses: 3 })) as {
      id: string;
      joinCode: string;
      adminUrl: string;
    };
    for (const picks of members) await answer(made.joinCode, [...picks]);
    await fetch(`${server.url}/api/orgs/${org.id}/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${org.adminSecret}` },
      body: JSON.stringify({
        teamId: made.id,
        adminSecret: new URL(made.adminUrl).hash.split('.')[1],
        headcount,
      }),
    });
  }
  for (const [width, height, kind] of [
    [1280, 800, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('about:blank');
    await page.goto(org.adminUrl);
    await page.getByTestId('heatmap-whole').waitFor();
    await shoot(page, `org-${kind}`, kind === 'desktop');
  }
  await page.close();
  if (scheme === 'light') {
    for (const [name, path] of [
      ['unfurl-result', `/api/preview/result.png?a=${RESULT.split('a=')[1]}`],
      ['unfurl-two-jobs', '/api/preview/result.png?a=1-04040'],
      ['unfurl-team', `/api/preview/team.png?team=${team.joinCode}`],
    ] as const) {
      const file = join(outDir, `${name}.png`);
      writeFileSync(
        file,
        new Uint8Array(await (await fetch(`${server.url}${path}`)).arrayBuffer()),
      );
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
}
