import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from '../src/default-quiz.ts';
import { score } from '../src/score.ts';

const CORE = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(CORE, '../..');
const manifest = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')) as {
  exports: Record<string, Record<string, string>>;
};
const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[0]?.id]));

/** `npm pack` the package (its prepack script builds dist/) and install the tarball in a folder. */
function installPacked(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-core-package-'));
  const pack = spawnSync('npm', ['pack', '--pack-destination', dir, '--silent'], {
    cwd: CORE,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stdout}\n${pack.stderr}`);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball:\n${pack.stdout}`);
  const installed = join(dir, 'node_modules/@rolefit/core');
  mkdirSync(installed, { recursive: true });
  spawnSync('tar', ['-xzf', join(dir, tarball), '-C', installed, '--strip-components=1']);
  // Its one dependency, as npm would install it.
  symlinkSync(join(ROOT, 'node_modules/zod'), join(dir, 'node_modules/zod'));
  const list = spawnSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' });
  return { dir, files: list.stdout.split('\n').map((f) => f.replace(/^package\//, '')) };
}

describe('@rolefit/core as a published package', () => {
  let dir = '';
  let files: string[] = [];
  beforeAll(() => {
    ({ dir, files } = installPacked());
  }, 120_000);

  it('ships compiled JavaScript and types for every export', () => {
    for (const [subpath, targets] of Object.entries(manifest.exports)) {
      for (const key of ['types', 'default']) {
        const target = targets[key]?.replace(/^\.\//, '');
        expect(target, `${subpath} has no "${key}"`).toMatch(/^dist\/.+\.(d\.ts|js)$/);
        expect(files, `${target} is not in the tarball`).toContain(target);
      }
    }
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
  });

  it('loads in plain Node, each subpath by name, and scores as the source does', () => {
    const script = `
      const names = ${JSON.stringify(Object.keys(manifest.exports))};
      for (const name of names) await import(name === '.' ? '@rolefit/core' : '@rolefit/core/' + name.slice(2));
      const { DEFAULT_QUIZ, score } = await import('@rolefit/core');
      console.log(JSON.stringify(score(DEFAULT_QUIZ, ${JSON.stringify(answers)})));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(JSON.stringify(score(DEFAULT_QUIZ, answers))),
    );
  });
});
