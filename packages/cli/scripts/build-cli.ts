// Compile the `rolefit` command to packages/cli/dist/, which bin/rolefit.js runs with plain node.
// Run by the root `prepare` script (so `npm ci` leaves a working command), by `npm run build`,
// and before every test run (vitest's global setup), so the tests drive what users run.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
/** Where bin/rolefit.js looks for the compiled command. */
export const CLI_DIST = join(PACKAGE, 'dist');

/** Write a file by renaming a finished copy over it, so a running `rolefit` never reads half. */
function replaceFile(path: string, contents: Uint8Array): void {
  try {
    if (readFileSync(path).equals(contents)) return;
  } catch {
    // Not there yet: written below.
  }
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Bundle src/main.ts with what it imports (citty, @rolefit/core from its source, zod) into
 * dist/main.js. The quiz's prompts are imported lazily and land in a chunk of their own, so
 * `rolefit --help` loads none of them; so does each language's text (the command line's
 * catalogue, core's and the quiz's, each a dynamic import), so a start loads only its language. Three packages stay outside, loaded from node_modules only
 * when needed: yaml (for input that is not JSON; its CommonJS build is Node's to load),
 * @rolefit/server (TypeScript, for `serve` and `export`) and tsx, which runs it.
 */
export async function buildCli(): Promise<void> {
  const result = await build({
    entryPoints: [join(PACKAGE, 'src/main.ts')],
    outdir: CLI_DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // Chunks sit beside main.js, one folder below the package as src/ is.
    chunkNames: '[name]-[hash]',
    conditions: ['@rolefit/source'],
    external: ['@rolefit/server', 'tsx', 'tsx/*', 'yaml'],
    // Less to parse at each start; names stay, so a bug's stack trace still says where.
    minifySyntax: true,
    minifyWhitespace: true,
    // The catalogues as they are written, not as \u escapes: a third of the size in Japanese,
    // Chinese or Arabic, and less to read at start-up.
    charset: 'utf8',
    logLevel: 'warning',
    write: false,
  });
  // Chunks before main.js: a process starting meanwhile finds every chunk its main.js names.
  const files = [...result.outputFiles].sort(
    (a, b) => Number(basename(a.path) === 'main.js') - Number(basename(b.path) === 'main.js'),
  );
  mkdirSync(CLI_DIST, { recursive: true });
  for (const file of files) replaceFile(file.path, file.contents);
  const written = new Set(files.map((f) => basename(f.path)));
  for (const name of readdirSync(CLI_DIST)) {
    if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(CLI_DIST, name), { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
