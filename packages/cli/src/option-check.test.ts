import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from './cli-error.ts';
import { en } from './messages/en.ts';
import { checkOptions } from './option-check.ts';

const ARGS = {
  file: { type: 'positional' },
  'team-size': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const check =
  (...argv: string[]) =>
  () =>
    checkOptions('portfolio', ARGS, argv, en);

describe('checkOptions', () => {
  it('takes the word after a value option as its value, even when it starts with "-"', () => {
    expect(check('team.yaml', '--team-size', '-3')).not.toThrow();
    expect(check('team.yaml', '--team-size', '-3', '--json')).not.toThrow();
    expect(check('team.yaml', '--team-size=-3')).not.toThrow();
  });

  it('still refuses an unknown option, after a value or in place of one', () => {
    for (const argv of [
      ['team.yaml', '--team-size', '3', '--jsn'],
      ['team.yaml', '--team-size=3', '-x'],
      // A boolean takes no value: what follows it is read on its own.
      ['team.yaml', '--json', '-3'],
    ]) {
      expect(check(...argv), argv.join(' ')).toThrow(CliError);
    }
    expect(check('team.yaml', '--json', '-3')).toThrow(
      expect.objectContaining({
        exitCode: EXIT.usage,
        message: expect.stringContaining('unknown option "-3" for rolefit portfolio'),
      }),
    );
  });

  it('refuses a required option left out, with its help line', () => {
    const args = {
      role: { type: 'string', required: true, valueHint: 'ROLE', description: 'a or b' },
      levels: { type: 'string', required: true, default: '5' },
      json: { type: 'boolean' },
    } as const;
    const run =
      (...argv: string[]) =>
      () =>
        checkOptions('rubric', args, argv, en);
    expect(run('--role', 'a')).not.toThrow();
    expect(run('--json', '--role=b')).not.toThrow();
    expect(run('--json')).toThrow(
      expect.objectContaining({
        exitCode: EXIT.usage,
        message: 'rolefit rubric needs --role=<ROLE> (a or b)',
      }),
    );
    // The word after a value option is its value, not the option it spells.
    expect(run('--levels', '--role')).toThrow(CliError);
  });
});
