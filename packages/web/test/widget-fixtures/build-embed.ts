import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The embed build's config, the same one `npm run build:embed` uses. */
export const EMBED_CONFIG = fileURLToPath(new URL('../../vite.embed.config.ts', import.meta.url));

/**
 * Build embed.js and the demo page into a fresh temporary directory (never into dist/, which the
 * app build may be emptying at the same time); returns that directory.
 */
export async function buildEmbed(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rolefit-embed-'));
  await build({ configFile: EMBED_CONFIG, logLevel: 'silent', build: { outDir } });
  return outDir;
}
