import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { type RunningServer, startServer } from '@rolefit/server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  seriousViolations,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';
import { CHROMIUM_ARGS } from './chromium-args.ts';

const TOKEN = 'admin-browser-test-token';
const RESPONSES = 12;
const webDir = fileURLToPath(new URL('..', import.meta.url));

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then((res) => {
    if (!res.ok) throw new Error(`seed refused: ${res.status}`);
  });

/** Responses and funnel events from two pages, through the public API. */
async function seed(url: string) {
  for (let i = 0; i < RESPONSES; i++) {
    const answers = Object.fromEntries(
      DEFAULT_QUIZ.questions.map((q, j) => [q.id, q.options[(i + j) % q.options.length]?.id]),
    );
    const source = `https://blog${i % 2}.example/post`;
    await post(`${url}/api/responses`, { id: crypto.randomUUID(), answers, source });
    const run = crypto.randomUUID();
    await post(`${url}/api/events`, {
      events: [
        { run, type: 'shown', source },
        { run, type: 'started', source },
        { run, type: 'answered', questionId: DEFAULT_QUIZ.questions[0]?.id, source },
      ],
    });
  }
}

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('owner dashboard /admin in Chromium'), () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const dist = mkdtempSync(join(tmpdir(), 'rolefit-admin-dist-'));
  const profile = mkdtempSync(join(tmpdir(), 'rolefit-chromium-'));

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [
        join(webDir, '../../node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        dist,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: webDir, stdio: 'inherit' },
    );
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      webRoot: dist,
      log: () => {},
      adminToken: TOKEN,
    });
    await seed(server.url);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    problems = watchProblems(page);
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('asks for the owner token and refuses a wrong one', async () => {
    await page.goto(`${server.url}/admin`);
    await page.getByRole('heading', { name: 'Owner dashboard' }).waitFor();
    await page.getByLabel('Owner token').fill('not-the-token');
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not the owner token/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // The 401 of the check is expected; only CSP reports and uncaught errors count.
    problems.splice(0);
  });

  it('logs in and draws every chart, within the CSP', async () => {
    await page.getByLabel('Owner token').fill(TOKEN);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.getByRole('heading', { name: 'Completions per day' }).waitFor();
    await expect
      .poll(() => page.locator('.admin-figure-value').first().textContent())
      .toBe(String(RESPONSES));
    const charts = page.locator('canvas[role="img"]');
    // Completions, funnel, roles, dominant work, regimes, sources, one per question.
    await expect.poll(() => charts.count()).toBe(6 + DEFAULT_QUIZ.questions.length);
    const drawn = await charts.evaluateAll((canvases) =>
      (canvases as HTMLCanvasElement[]).map((c) => {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked++;
        return { width: c.width, inked };
      }),
    );
    for (const c of drawn) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.inked).toBeGreaterThan(500);
    }
    const roles = await charts.nth(2).getAttribute('aria-label');
    expect(roles).toMatch(/Research scientist: \d+, Research engineer: \d+, AI engineer: \d+/);
    await page.screenshot({ path: join(tmpdir(), 'rolefit-admin.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('keeps the token in this tab only, and survives a reload', async () => {
    const stored = await page.evaluate(() => ({
      session: Object.values(sessionStorage),
      local: Object.values(localStorage),
      cookies: document.cookie,
    }));
    expect(stored).toEqual({ session: [TOKEN], local: [], cookies: '' });
    await page.reload();
    await page.getByRole('heading', { name: 'Completions per day' }).waitFor();
  });

  it('filters by page and exports a CSV of the responses', async () => {
    await page.getByLabel('Page', { exact: true }).selectOption('https://blog0.example/post');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect
      .poll(() => page.locator('.admin-figure-value').first().textContent())
      .toBe(String(RESPONSES / 2));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,created_at,source,role/);
    expect(lines).toHaveLength(RESPONSES / 2 + 1);
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility problems', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
