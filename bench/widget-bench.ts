import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Budget from PRODUCT.md: the widget's JS + CSS + default quiz content, gzip. */
const BUDGET_GZIP_BYTES = 10 * 1024;
/** Published sizes of peers, for scale (not measured here). */
const PEERS = [
  { name: 'SurveyJS (library + UI)', gzipBytes: 415 * 1024 },
  { name: 'Typeform embed loader, before its iframe app', gzipBytes: 14 * 1024 },
];
const CONFIG = fileURLToPath(new URL('../packages/web/vite.embed.config.ts', import.meta.url));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** Build the widget exactly as `npm run build` does, into a temporary directory, and read it. */
async function buildEmbed(): Promise<{ js: Buffer; chunks: { name: string; js: Buffer }[] }> {
  const outDir = mkdtempSync(join(tmpdir(), 'rolefit-embed-bench-'));
  try {
    await build({ configFile: CONFIG, logLevel: 'silent', build: { outDir } });
    const chunks = readdirSync(join(outDir, 'embed')).map((name) => ({
      name,
      js: readFileSync(join(outDir, 'embed', name)),
    }));
    return { js: readFileSync(join(outDir, 'embed.js')), chunks };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The size of dist/embed.js (gzip level 9 and brotli) beside the 10 KB budget and its peers. */
export async function benchWidget(): Promise<boolean> {
  const { js, chunks } = await buildEmbed();
  const gzip = gzipSync(js, { level: 9 }).length;
  const brotli = brotliCompressSync(js, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const within = gzip <= BUDGET_GZIP_BYTES;
  console.log(`embed.js raw:     ${kb(js.length)} (JS + CSS + default quiz, one module)`);
  console.log(
    `embed.js gzip:    ${kb(gzip)} of ${kb(BUDGET_GZIP_BYTES)} budget (${BUDGET_GZIP_BYTES - gzip} bytes ${within ? 'to spare' : 'OVER'})`,
  );
  console.log(`embed.js brotli:  ${kb(brotli)}`);
  // Loaded only when asked for: the network code with an endpoint, a language other than English.
  for (const chunk of chunks) {
    console.log(
      `  + embed/${chunk.name}: ${kb(gzipSync(chunk.js, { level: 9 }).length)} gzip, on demand`,
    );
  }
  for (const peer of PEERS) {
    console.log(
      `for scale: ${peer.name} ~${kb(peer.gzipBytes)} gzip (${(peer.gzipBytes / gzip).toFixed(1)}x)`,
    );
  }
  return within;
}
