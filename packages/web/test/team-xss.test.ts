import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';

const TEAM = '<img src=x onerror="window.__xss=1">';
const STREAMS = [
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  '<iframe src=javascript:window.__xss=4>',
];

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('team pages escape what people typed'), () => {
  let app: AppHarness;
  let browser: BrowserContext;
  beforeAll(async () => {
    app = await startAppHarness();
    browser = await app.browser();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows hostile team and workstream names as text and runs none of them', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const problems = watchProblems(page);
    await page.goto(`${app.url}/teams`);
    await page.getByLabel('Team name').fill(TEAM);
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page.getByRole('heading', { name: 'Save the admin link now' }).waitFor();
    await expect(page.locator('h1 .team-name').textContent()).resolves.toBe(TEAM);
    const adminUrl = await page.locator('#admin-link').inputValue();

    await page.goto(adminUrl);
    await page.locator('h1.team-name').waitFor();
    await expect(page.locator('h1.team-name').textContent()).resolves.toBe(TEAM);
    expect(await page.title()).toContain(TEAM);
    for (const name of STREAMS) {
      await page.getByRole('button', { name: 'Add a workstream' }).click();
      await page.locator('.ws-row input[name=name]').last().fill(name);
    }
    await page.getByRole('button', { name: 'Save workstreams' }).click();
    await page.getByTestId('ws-verdict').waitFor();
    const names = await page
      .locator('.ws-row input[name=name]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names).toEqual(STREAMS);
    await page.getByRole('button', { name: 'Delete the team…' }).click();
    await expect(page.locator('.confirm strong').textContent()).resolves.toBe(TEAM);
    await page.getByRole('button', { name: 'Keep the team' }).click();

    // Nothing ran, nothing was parsed into elements, no dialog opened, and the CSP stayed quiet.
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(
      page.locator('main img, main script, main svg[onload], main iframe').count(),
    ).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
