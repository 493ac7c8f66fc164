/**
 * Screenshots of the widget in Arabic (right to left) and Japanese for docs/embed.md: builds the
 * embed, starts the real server on a free port and opens a host page in that language, at phone
 * and desktop width, on a question and on a result. Japanese needs a CJK font on the machine
 * (Debian: fonts-noto-cjk), or it draws boxes.
 * Run: node --conditions=@rolefit/source --import tsx packages/web/scripts/widget-screenshots.ts [outDir]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@rolefit/server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/chromium-args.ts';
import { buildEmbed } from '../test/widget-fixtures/build-embed.ts';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? join(webDir, '../../docs/screenshots'));
mkdirSync(outDir, { recursive: true });

const dist = await buildEmbed();
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: 'file::memory:',
  webRoot: dist,
  log: () => {},
});
const origin = `http://127.0.0.1:${(server.http.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const lang of ['ar', 'ja']) {
    for (const [device, width] of [
      ['phone', 390],
      ['desktop', 900],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      // A page of the server's origin, so embed.js loads as it would on a host page.
      await page.goto(`${origin}/embed-demo.html`);
      await page.setContent(
        `<!doctype html><html lang="${lang}"><meta name="viewport" content="width=device-width"><body style="margin:16px"><script type="module" src="${origin}/embed.js"></script><rolefit-quiz></rolefit-quiz></body></html>`,
      );
      const quiz = page.locator('rolefit-quiz');
      await quiz.locator('.prompt').waitFor();
      await page.screenshot({ path: join(outDir, `widget-${lang}-question-${device}.png`) });
      // Both ends of the line: the two-jobs result, the longest one.
      for (const pick of [0, 4, 0, 4, 0]) {
        const prompt = await quiz.locator('.prompt').textContent();
        await quiz.locator('.option').nth(pick).click();
        await quiz
          .locator('.role')
          .or(quiz.locator('.prompt').filter({ hasNotText: prompt ?? '' }))
          .waitFor();
      }
      await quiz.locator('.role').waitFor();
      await page.screenshot({
        path: join(outDir, `widget-${lang}-result-${device}.png`),
        fullPage: true,
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
