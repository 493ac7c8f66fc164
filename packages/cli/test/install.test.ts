import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NO_LOCALE } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli');
const VERSION = (JSON.parse(readFileSync(join(CLI, 'package.json'), 'utf8')) as { version: string })
  .version;

describe('installing the rolefit command', () => {
  it('npx rolefit runs the workspace command from the repository root', () => {
    const run = spawnSync('npx', ['--no-install', 'rolefit', '--version'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(VERSION);
  });

  // `.` is the README's command; ./packages/cli installs the command's own package.
  it.each([
    ['.', ROOT],
    ['./packages/cli', CLI],
  ])('npm install -g %s puts rolefit on the PATH, and it runs outside the repo', (_, folder) => {
    const prefix = mkdtempSync(join(tmpdir(), 'rolefit-global-'));
    const install = spawnSync(
      'npm',
      ['install', '--global', '--prefix', prefix, folder, '--no-audit', '--no-fund', '--offline'],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(install.status, install.stderr).toBe(0);
    const run = spawnSync('rolefit', ['score', join(ROOT, 'examples/answers-product.json')], {
      cwd: tmpdir(),
      encoding: 'utf8',
      env: {
        ...process.env,
        ...NO_LOCALE,
        PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
        NO_COLOR: '1',
      },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^AI engineer {2}(high|moderate|low) confidence \(\d+%\)/);
  });
});
