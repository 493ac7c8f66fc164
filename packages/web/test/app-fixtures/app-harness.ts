import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@rolefit/server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.ts';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Browser suites must run under CI; locally they may skip only when Chromium is missing. */
export const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.CI === 'true';

/** The suite name, saying why it skipped when it did. */
export const suiteName = (name: string) =>
  HAS_CHROMIUM ? name : `${name} (skipped: ${CHROMIUM} is missing)`;

const webDir = fileURLToPath(new URL('../..', import.meta.url));
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The built app behind the real server, and fresh browsers to drive it. */
export type AppHarness = {
  server: RunningServer;
  url: string;
  /** A new browser with a fresh profile (nothing in localStorage). */
  browser(options?: {
    colorScheme?: 'light' | 'dark';
    width?: number;
    height?: number;
  }): Promise<BrowserContext>;
  close(): Promise<void>;
};

/**
 * Build the app into a temporary folder (so parallel suites never share `dist/`), serve it with
 * the real server on a free port and an in-memory database.
 */
export async function startAppHarness(): Promise<AppHarness> {
  const dist = mkdtempSync(join(tmpdir(), 'rolefit-web-dist-'));
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
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: 'file::memory:',
    webRoot: dist,
    log: () => {},
    // A fixed owner token, so the server doesn't generate and print one for every suite.
    adminToken: 'app-harness-owner-token',
  });
  const opened: { context: BrowserContext; profile: string }[] = [];
  return {
    server,
    url: server.url,
    async browser(options = {}) {
      const profile = mkdtempSync(join(tmpdir(), 'rolefit-chromium-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        colorScheme: options.colorScheme ?? 'light',
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        acceptDownloads: true,
      });
      opened.push({ context, profile });
      return context;
    },
    async close() {
      for (const { context, profile } of opened) {
        await context.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      }
      await server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Everything a page reported about CSP violations and uncaught errors, collected as it runs. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  // A refused eval that the page catches (Zod's probe for `new Function`) logs nothing to the
  // console; the page still reports it as a violation, so listen for the report.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text()) || m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return problems;
}

/**
 * axe-core's violations on the page as it is now, moderate and worse (`landmark-unique` is
 * moderate); only the minor ones are left out.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact !== 'minor')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** Answer the scored questions with the keyboard, one number key and Enter each, up to the optional step. */
export async function answerScoredByKeyboard(page: Page, picks: number[]) {
  for (const [i, pick] of picks.entries()) {
    await page.getByText(`Question ${i + 1} of ${picks.length}`).waitFor();
    await page.keyboard.press(String(pick + 1));
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'Two optional questions' }).waitFor();
}

/** Take the quiz with the keyboard only: one number key per question, Enter after each. */
export async function takeQuizByKeyboard(page: Page, picks: number[], context: number[] = []) {
  await page.keyboard.press('Enter');
  await answerScoredByKeyboard(page, picks);
  for (const [i, pick] of context.entries()) {
    // Tab into the next group, then pick in it: number keys act on the group with focus.
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.press(String(pick + 1));
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/result\?a=/);
}
