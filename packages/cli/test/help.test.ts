import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const COMMANDS = [
  'quiz',
  'questions',
  'score',
  'brief',
  'rubric',
  'portfolio',
  'analyze',
  'check',
  'serve',
  'export',
] as const;

describe('rolefit --help', () => {
  it('lists every command and the exit codes', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS)
      expect(run.stdout).toMatch(new RegExp(`\\n\\s+${command}\\s{2,}`));
    expect(run.stdout).toContain(
      'Exit codes: 0 ok, 1 bad input (or, for check, documents that do not agree), 2 usage',
    );
  });

  it.each(COMMANDS)('rolefit %s --help shows its options and an example', (command) => {
    const run = runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`USAGE rolefit ${command}`);
    expect(run.stdout).toMatch(new RegExp(`EXAMPLES\\n\\n {2}\\$ (\\S+ \\| )?rolefit ${command}`));
  });

  it('with no command prints the help and exits 2', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('USAGE rolefit');
  });

  it('refuses an unknown option, naming the ones the command has', () => {
    const run = runCli(['portfolio', 'team.yaml', '--teamsize', '4']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown option "--teamsize" for rolefit portfolio; its options are: --team-size, --weighting, --json',
    );
  });
});
