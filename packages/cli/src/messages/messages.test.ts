import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.ts';
import { main } from '../main.ts';
import { en, type Messages } from './en.ts';

// These lines are checked by `tsc -b` (packages/cli/tsconfig.json includes src): each
// `@ts-expect-error` fails the build if the catalogue below it stops being an error.
const { 'quiz.scored': _dropped, ...missingOne } = en;
// @ts-expect-error a catalogue without one of English's ids does not compile
const missingKey: Messages = missingOne;
// @ts-expect-error a function with another signature than English's does not compile
const wrongSignature: Messages = { ...en, 'quiz.step': (n: string) => n };
// @ts-expect-error a string where English has a function does not compile
const stringForFunction: Messages = { ...en, 'quiz.step': 'Question 1 of 5' };

/** Run the CLI in this process with a catalogue; what it wrote to stdout and stderr. */
async function run(argv: string[], messages: Messages) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdin: { isTTY: false },
    stdout: { isTTY: false },
    stderr: { isTTY: false },
    env: { NO_COLOR: '1' },
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
  } as unknown as CliIo;
  const code = await main(argv, io, DEFAULT_QUIZ, messages);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('the CLI catalogue', () => {
  it('is complete in English, and a catalogue missing an id or with a wrong one is not', () => {
    const complete: Messages = en;
    expect(Object.keys(complete)).toContain('quiz.scored');
    expect(Object.keys(missingKey)).not.toContain('quiz.scored');
    expect([wrongSignature, stringForFunction]).toHaveLength(2);
  });

  it('puts the values into the text', () => {
    expect(en['quiz.step'](2, 5)).toBe('Question 2 of 5');
    expect(en['quiz.step.optional'](1, 2)).toBe('Optional 1 of 2');
    expect(en['result.change.role']('AI engineer', 1)).toBe('AI engineer alone: change 1 answer');
    expect(en['result.change.role']('AI engineer', 3)).toBe('AI engineer alone: change 3 answers');
    expect(en['portfolio.summary'](1, 2)).toBe('1 entry, effort 2');
    expect(en['confidence.low']('20%')).toBe('low confidence (20%)');
    expect(en['score.unscorable'](['a', 'b'])).toBe(
      'these answers cannot be scored:\n  - a\n  - b',
    );
    expect(en['quiz.keys']((key) => `[${key}]`, 4, false)).toEqual([
      '[↑/↓ or 1-4] choose',
      '[Enter] confirm',
      '[Ctrl-C] quit',
    ]);
    expect(en['quiz.keys']((key) => key, 4, true)).toContain('b back');
  });

  it('uses stable dotted ids and has no empty text', () => {
    for (const [id, value] of Object.entries(en)) {
      expect(id).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z-]*)+$/);
      expect(typeof value === 'function' || value.trim() !== '', id).toBe(true);
    }
  });

  it('is what the commands write with: main passes it to every one', async () => {
    const de: Messages = {
      ...en,
      'help.examples': 'BEISPIELE',
      'help.options': 'OPTIONEN',
      'label.work': 'Arbeit',
      'input.noFile': (path) => `keine Datei: ${path}`,
      'usage.seeHelp': 'Siehe "rolefit --help".',
    };
    const help = await run(['score', '--help'], de);
    expect(help.stdout).toContain('\nOPTIONEN\n');
    expect(help.stdout).toContain('\nBEISPIELE\n');
    const answers = fileURLToPath(
      new URL('../../../../examples/answers-product.json', import.meta.url),
    );
    expect((await run(['score', answers], de)).stdout).toMatch(/\nArbeit {4}Product-heavy: /);
    expect((await run(['score', '/no/such/file.json'], de)).stderr).toBe(
      'rolefit: keine Datei: /no/such/file.json',
    );
    expect((await run(['nonsense'], de)).stderr).toBe(
      'rolefit: Unknown command nonsense\nSiehe "rolefit --help".',
    );
  });
});
