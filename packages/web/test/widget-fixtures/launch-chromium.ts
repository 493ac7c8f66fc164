import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.ts';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Browser suites must run on CI; locally they may skip only when Chromium is missing. */
export const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.CI === 'true';

/** Headless Chromium with a fresh profile and no background traffic of its own. */
export async function launchChromium(
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** A touch screen, as on a phone: `(hover: hover)` no longer matches. */
    hasTouch?: boolean;
    /** Only for injecting tools such as axe-core into pages served with a strict CSP. */
    bypassCSP?: boolean;
  } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rolefit-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1000, height: 900 },
    hasTouch: options.hasTouch ?? false,
    bypassCSP: options.bypassCSP ?? false,
  });
}
