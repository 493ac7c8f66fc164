import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ, score } from '@rolefit/core';
import {
  type ExportRequest,
  type RunningServer,
  responseExportText,
  startServer,
} from '@rolefit/server';
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
const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A page whose address is far longer than the sources card is wide. */
const LONG_PAGE =
  'https://blog1.example/2026/03/which-role-does-this-ai-work-call-for-research-scientist-or-research-engineer';
/** A hidden field's value far longer than its column, of 200 characters (the most allowed). */
const LONG_VALUE = `spring-campaign-${'for-research-engineers-and-ai-engineers-'.repeat(5)}`.slice(
  0,
  200,
);
/**
 * The hidden fields of the seeded responses, by index: utm_source newsletter (5), linkedin (3),
 * the long value (1) and none (3); utm_campaign spring on the first four.
 */
const fieldsOf = (i: number): Record<string, string> | undefined => {
  const utmSource = i < 5 ? 'newsletter' : i < 8 ? 'linkedin' : i === 8 ? LONG_VALUE : undefined;
  if (utmSource === undefined) return undefined;
  return { utm_source: utmSource, ...(i < 4 ? { utm_campaign: 'spring' } : {}) };
};

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then((res) => {
    if (!res.ok) throw new Error(`seed refused: ${res.status}`);
  });

const answersOf = (i: number) =>
  Object.fromEntries(
    DEFAULT_QUIZ.questions.map((q, j) => [
      q.id,
      q.options[(i + j) % q.options.length]?.id as string,
    ]),
  );

/**
 * Responses and funnel events from two pages (one with a long address), through the public API,
 * some with context answers and some with hidden fields (`fieldsOf`); and older responses, 30 to 89 days back, stored directly (the API
 * stamps the time of arrival), so a 90-day range has a line but the default 30 days don't count them.
 */
async function seed(server: RunningServer) {
  const url = server.url;
  for (let i = 0; i < RESPONSES; i++) {
    const source = i % 2 === 0 ? 'https://blog0.example/post' : LONG_PAGE;
    const context =
      i % 3 === 0
        ? { title: 'engineer', ...(i % 2 ? { 'reviewed-on': 'papers' } : {}) }
        : undefined;
    const fields = fieldsOf(i);
    await post(`${url}/api/responses`, {
      id: crypto.randomUUID(),
      answers: answersOf(i),
      ...(context ? { context } : {}),
      ...(fields ? { fields } : {}),
      source,
    });
    const run = crypto.randomUUID();
    await post(`${url}/api/events`, {
      events: [
        { run, type: 'shown', source },
        { run, type: 'started', source },
        { run, type: 'answered', questionId: DEFAULT_QUIZ.questions[0]?.id, source },
      ],
    });
  }
  for (let day = 30; day < 90; day++) {
    const result = score(DEFAULT_QUIZ, answersOf(day));
    if (!result.ok) throw new Error(result.error.message);
    await server.store.responses.save({
      id: crypto.randomUUID(),
      answers: result.value.answers,
      result: result.value,
      teamId: null,
      source: null,
      createdAt: new Date(Date.now() - day * DAY_MS).toISOString(),
    });
  }
}

/** The text `rolefit export` prints for `request`: the same function over the same database. */
async function cliExport(server: RunningServer, request: ExportRequest): Promise<string> {
  let text = '';
  for await (const chunk of responseExportText(server.store.db, DEFAULT_QUIZ, request))
    text += chunk;
  return text;
}

/** Where the header's, the main content's and the footer's columns start, and how wide they are. */
const columns = (page: Page, first: string) =>
  page.evaluate(
    (first) =>
      ['.site-header .wrap', 'main > .wrap', '.site-footer .wrap', '.brand', first].map(
        (selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          return box && { left: Math.round(box.left), width: Math.round(box.width) };
        },
      ),
    first,
  );

/** Header, main and footer wraps of one width and one left edge, the logo above `first`. */
async function expectOneColumn(page: Page, first = 'main h1') {
  const [header, main, footer, brand, heading] = await columns(page, first);
  expect(main).toEqual(header);
  expect(footer).toEqual(header);
  expect(heading?.left).toBe(brand?.left);
}

/**
 * The completions chart's x-axis labels as they are drawn: runs of ink along the bottom band of
 * its canvas, in CSS pixels, with the widest label the range's days can have (measured in the
 * chart's font). Two labels that touch or overlap come out as one run wider than any label.
 */
const axisLabels = (page: Page, from: string, days: number) =>
  page
    .locator('canvas[role="img"]')
    .first()
    .evaluate(
      (node, [from, days]) => {
        const canvas = node as HTMLCanvasElement;
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const { width, height } = canvas;
        const ink = canvas.getContext('2d')?.getImageData(0, 0, width, height).data ?? [];
        const inked = (x: number, y: number) => (ink[(y * width + x) * 4 + 3] ?? 0) > 40;
        const rowInked = (y: number) =>
          Array.from({ length: width }, (_, x) => x).some((x) => inked(x, y));
        let bottom = height - 1;
        while (bottom > 0 && !rowInked(bottom)) bottom--;
        let top = bottom;
        while (top > 0 && rowInked(top - 1)) top--;
        const runs: { start: number; end: number }[] = [];
        for (let x = 0; x < width; x++) {
          let hit = false;
          for (let y = top; y <= bottom && !hit; y++) hit = inked(x, y);
          if (!hit) continue;
          const last = runs.at(-1);
          // A gap of a few pixels is the space inside a label ("Nov 4"), not one between labels.
          if (last && x - last.end <= 6 * scale) last.end = x;
          else runs.push({ start: x, end: x });
        }
        const context = document.createElement('canvas').getContext('2d');
        if (context) context.font = "12px 'Helvetica Neue', 'Helvetica', 'Arial', sans-serif";
        const short = new Intl.DateTimeFormat(document.documentElement.lang, {
          month: 'short',
          day: 'numeric',
          timeZone: 'UTC',
        });
        const start = Date.parse(`${from}T00:00:00Z`);
        const widest = Math.max(
          ...Array.from(
            { length: days },
            (_, d) =>
              context?.measureText(short.format(new Date(start + d * 86_400_000))).width ?? 0,
          ),
        );
        return {
          band: (bottom - top + 1) / scale,
          widths: runs.map((r) => (r.end - r.start + 1) / scale),
          widest,
        };
      },
      [from, days] as const,
    );

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
    await seed(server);
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
    await expectOneColumn(page, '.admin-login');
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
    // Completions, funnel, roles, dominant work, regimes, one per question; sources are a table.
    await expect.poll(() => charts.count()).toBe(5 + DEFAULT_QUIZ.questions.length);
    expect(await page.getByRole('table', { name: 'Completions by page' }).count()).toBe(1);
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

  it('lines the header, the dashboard and the footer up on one column, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectOneColumn(page);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('cuts a long page address short with an ellipsis, whole in its title and to screen readers', async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const cell = page.getByRole('rowheader', { name: LONG_PAGE, exact: true });
      await cell.waitFor();
      expect(await cell.getAttribute('title')).toBe(LONG_PAGE);
      expect(
        await cell.evaluate((el) => ({
          ellipsis: getComputedStyle(el).textOverflow,
          cut: el.scrollWidth > el.clientWidth,
        })),
      ).toEqual({ ellipsis: 'ellipsis', cut: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    }
    const select = page.getByLabel('Page', { exact: true });
    expect(await select.locator('option', { hasText: LONG_PAGE }).getAttribute('title')).toBe(
      LONG_PAGE,
    );
    await select.selectOption(LONG_PAGE);
    expect(await select.getAttribute('title')).toBe(LONG_PAGE);
    expect(await select.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
    await select.selectOption('');
    await page.setViewportSize({ width: 1280, height: 900 });
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
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect
      .poll(() => page.locator('.admin-figure-value').first().textContent())
      .toBe(String(RESPONSES / 2));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,created_at,source,fields,role/);
    expect(lines[0]?.split(',').slice(-2)).toEqual(['title', 'reviewed-on']);
    expect(lines).toHaveLength(RESPONSES / 2 + 1);
    // The columns and cells of `rolefit export`, byte for byte, for the same range and page.
    const request = {
      from: isoDay(Date.now() - 29 * DAY_MS),
      to: isoDay(Date.now()),
      source: 'https://blog0.example/post',
    };
    expect(text).toBe(await cliExport(server, { ...request, format: 'csv' }));
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const rows = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(lines.slice(1).map((line) => line.split(',')[0]));
    expect(problems).toEqual([]);
  });

  /** The headline figures as drawn: completions, shown, started, completed share. */
  const figures = () => page.locator('.admin-figure-value').allTextContents();
  /** What a choice of a value moves focus to, and what "Show all responses" moves it back to. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { class: el?.className ?? '', label: el?.getAttribute('aria-label') ?? '' };
    });
  const onlyButton = (name: string, value: string) =>
    page.getByRole('button', {
      name: `Show only these: responses with ${name} = ${value}`,
      exact: true,
    });
  const filterLine = () => page.locator('.admin-filter');

  it('breaks completions down by hidden field: each value with its count and share', async () => {
    await page.getByLabel('Page', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(async () => (await figures())[0]).toBe(String(RESPONSES));
    const card = page.locator('.admin-card', {
      has: page.getByRole('heading', { name: 'Hidden fields' }),
    });
    const rowsOf = (name: string) =>
      card
        .getByRole('table', { name: `Completions by value of ${name}`, exact: true })
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.querySelector('th')?.textContent,
            r.querySelector('td')?.textContent?.replace(/\s+/g, ' '),
          ]),
        );
    // Busiest first; each share is of the field's own completions (9 carried utm_source).
    expect(await rowsOf('utm_source')).toEqual([
      ['newsletter', '5 (56%)'],
      ['linkedin', '3 (33%)'],
      [LONG_VALUE, '1 (11%)'],
    ]);
    expect(await rowsOf('utm_campaign')).toEqual([['spring', '4 (100%)']]);
    expect(await card.locator('.admin-field-head').allTextContents()).toEqual([
      'utm_source9 completed quizzes',
      'utm_campaign4 completed quizzes',
    ]);
    expect(await onlyButton('utm_source', 'linkedin').textContent()).toBe('Show only these');
    expect(await card.locator('.admin-more').count()).toBe(0);
    expect(await filterLine().isHidden()).toBe(true);
    // Days with only responses stored without fields: the card says so, and how they arrive.
    await page.locator('#range-from').fill(isoDay(Date.now() - 60 * DAY_MS));
    await page.locator('#range-to').fill(isoDay(Date.now() - 40 * DAY_MS));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect
      .poll(() => card.locator('p.muted').textContent())
      .toMatch(/^No response in this range has carried hidden fields yet\. .*utm_\*.*fields/);
    expect(await card.getByRole('table').count()).toBe(0);
    await page.locator('#range-from').fill(isoDay(Date.now() - 29 * DAY_MS));
    await page.locator('#range-to').fill(isoDay(Date.now()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await card.getByRole('table').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('limits every figure to one value, says so above them, and keeps it until it is removed', async () => {
    await onlyButton('utm_source', 'newsletter').click();
    expect(await filterLine().textContent()).toBe(
      'Only responses with utm_source = newsletterShow all responses',
    );
    // Focus on the line that says what changed, so a screen reader reads it out.
    expect((await focused()).class).toBe('admin-filter-text');
    await expect.poll(figures).toEqual(['5', '–', '–', '–']);
    const charts = page.locator('canvas[role="img"]');
    // No funnel chart: a sentence in its card instead.
    await expect.poll(() => charts.count()).toBe(4 + DEFAULT_QUIZ.questions.length);
    await page
      .getByText('The funnel is counted from page events (shown, started, answered)')
      .waitFor();
    const roles = (await charts.nth(1).getAttribute('aria-label')) ?? '';
    const perRole = [...roles.matchAll(/: (\d+)/g)].map((m) => Number(m[1]));
    expect(perRole.reduce((a, b) => a + b, 0)).toBe(5);
    // The dash is read as words, not as a dash.
    expect(await page.locator('.admin-figure').nth(1).textContent()).toMatch(/quizzes shown/);
    expect(
      await page.locator('.admin-figure').nth(1).locator('.visually-hidden').textContent(),
    ).toBe('not counted for a hidden field: page events carry no fields');
    // The breakdown is not limited by the filter, and marks the value chosen.
    expect(await onlyButton('utm_source', 'linkedin').count()).toBe(1);
    expect(await onlyButton('utm_source', 'newsletter').getAttribute('aria-current')).toBe('true');
    await page.screenshot({ path: join(tmpdir(), 'rolefit-admin-fields.png'), fullPage: true });

    // The export carries the filter, downloads only those responses and names the field.
    const request = page.waitForRequest((r) => r.url().includes('/api/stats/export'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const asked = new URL((await request).url()).searchParams;
    expect([asked.get('field'), asked.get('value')]).toEqual(['utm_source', 'newsletter']);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^rolefit-responses-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-utm_source-newsletter\.csv$/,
    );
    const lines = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(5 + 1);
    for (const line of lines.slice(1)) expect(line).toContain('""utm_source"":""newsletter""');

    // A new range (or page) keeps the filter.
    await page.locator('#range-from').fill(isoDay(Date.now() - 6 * DAY_MS));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect
      .poll(async () => (await charts.first().getAttribute('aria-label'))?.split(': ').length)
      .toBe(7 + 1);
    expect(await figures()).toEqual(['5', '–', '–', '–']);
    expect(await filterLine().isVisible()).toBe(true);

    // Removing it brings every figure back, and focus to the value's button.
    await page.getByRole('button', { name: 'Show all responses' }).click();
    await expect.poll(async () => (await figures())[0]).toBe(String(RESPONSES));
    expect((await figures())[1]).toBe(String(RESPONSES));
    expect(await filterLine().isHidden()).toBe(true);
    expect(await charts.count()).toBe(5 + DEFAULT_QUIZ.questions.length);
    expect((await focused()).label).toBe('Show only these: responses with utm_source = newsletter');
    await page.locator('#range-from').fill(isoDay(Date.now() - 29 * DAY_MS));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    expect(problems).toEqual([]);
  });

  it('cuts a long value short with an ellipsis, whole in its title, at 1280 and 390 px', async () => {
    await onlyButton('utm_source', LONG_VALUE).click();
    await expect.poll(figures).toEqual(['1', '–', '–', '–']);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const cell = page.getByRole('rowheader', { name: LONG_VALUE, exact: true });
      expect(await cell.getAttribute('title')).toBe(LONG_VALUE);
      expect(
        await cell.evaluate((el) => ({
          ellipsis: getComputedStyle(el).textOverflow,
          cut: el.scrollWidth > el.clientWidth,
        })),
      ).toEqual({ ellipsis: 'ellipsis', cut: true });
      // The filter line shows it whole, wrapped inside the page.
      expect(await page.locator('.admin-filter-value').textContent()).toBe(LONG_VALUE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      const button = onlyButton('utm_source', 'newsletter');
      const box = await button.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
      if (width === 390)
        await page.screenshot({
          path: join(tmpdir(), 'rolefit-admin-fields-phone.png'),
          fullPage: true,
        });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Show all responses' }).click();
    await expect.poll(async () => (await figures())[1]).toBe(String(RESPONSES));
    expect(problems).toEqual([]);
  });

  it('thins the date ticks so they never touch, at 1280 and 390 px, over 7, 30 and 90 days', async () => {
    await page.getByLabel('Page', { exact: true }).selectOption('');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const days of [7, 30, 90]) {
        const from = isoDay(Date.now() - (days - 1) * DAY_MS);
        await page.locator('#range-from').fill(from);
        await page.locator('#range-to').fill(isoDay(Date.now()));
        await page.getByRole('button', { name: 'Show', exact: true }).click();
        const chart = page.locator('canvas[role="img"]').first();
        await expect
          .poll(async () => (await chart.getAttribute('aria-label'))?.split(': ').length)
          .toBe(days + 1);
        await expect
          .poll(async () => (await axisLabels(page, from, days)).widths.length)
          .toBeGreaterThan(1);
        const { band, widths, widest } = await axisLabels(page, from, days);
        const where = `${width} px, ${days} days`;
        expect(band, `${where}: one line of labels`).toBeLessThan(20);
        expect(widths.length, where).toBeGreaterThanOrEqual(days === 7 ? 3 : 4);
        for (const w of widths) expect(w, where).toBeLessThanOrEqual(widest + 2);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });

  it('writes every date through Intl in the page’s language (en, de), never as 2026-12-02 or 12/2/2026', async () => {
    for (const lang of ['en', 'de']) {
      await page.goto(`${server.url}/admin?lang=${lang}`);
      const range = page.locator('.admin-range');
      await range.waitFor();
      const from = isoDay(Date.now() - 29 * DAY_MS);
      const to = isoDay(Date.now());
      const expected = await page.evaluate(
        ([lang, from, to]) => {
          const full = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
          const day = (d: string) => new Date(`${d}T00:00:00Z`);
          return { range: full.formatRange(day(from), day(to)), first: full.format(day(from)) };
        },
        [lang, from, to] as const,
      );
      expect(await range.textContent()).toBe(expected.range);
      const label = await page.locator('canvas[role="img"]').first().getAttribute('aria-label');
      expect(label).toContain(`${expected.first}: `);
      // Every text node, hidden ones too, and every label and title: what eyes and ears get.
      const shown = await page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
        for (const el of document.querySelectorAll('[aria-label], [title]')) {
          texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
        }
        return texts.join('\n');
      });
      expect(shown).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(shown).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/);
    }
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility problems, with the hidden fields’ card and a field filter on', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    // In German by now (the test before): the button by its field and value, not by its text.
    await page.locator('button[data-field="utm_source"][data-value="linkedin"]').click();
    await expect.poll(figures).toEqual(['3', '–', '–', '–']);
    expect(await filterLine().isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
