import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ, parseQuiz, QuizResult } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const productAnswers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q) => [q.id, q.options.at(-1)?.id]),
);

describe('rolefit questions', () => {
  it('--json prints the quiz that scripts build answers from', () => {
    const run = runCli(['questions', '--json']);
    expect(run.code).toBe(0);
    const quiz = JSON.parse(run.stdout);
    expect(parseQuiz(quiz).ok).toBe(true);
    expect(quiz.questions[0].options[0].weights).toEqual({ research: 1, rnd: 0, product: 0 });
  });

  it('prints ids, prompts and weights as text', () => {
    const run = runCli(['questions']);
    expect(run.stdout).toContain('[core-question]');
    expect(run.stdout).toMatch(/ship\s+How do we ship/);
    expect(run.stdout).not.toContain('\x1b[');
  });
});

describe('rolefit score', () => {
  it('scores answers built from `questions --json` and prints a schema-valid result', () => {
    const quiz = JSON.parse(runCli(['questions', '--json']).stdout) as typeof DEFAULT_QUIZ;
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[0]?.id]));
    const run = runCli(['score', '-', '--json'], JSON.stringify({ answers }));
    expect(run.code).toBe(0);
    const result = QuizResult.parse(JSON.parse(run.stdout));
    expect(result.role).toBe('research-scientist');
    expect(result.regime.recommended).toBe('separate-tracks');
  });

  it('reads a file and prints readable text with the spectrum and the advice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-'));
    const file = join(dir, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({ answers: { ...productAnswers, title: 'research-scientist' } }),
    );
    const run = runCli(['score', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^AI engineer/);
    expect(run.stdout).toContain('One flat title');
    expect(run.stdout).toContain('Do not grade on');
    expect(run.stdout).toContain('Wrong column');
    expect(run.stdout).toContain('not a verdict about a person');
  });

  it('accepts YAML', () => {
    const yaml = `answers:\n${Object.entries(productAnswers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
    const run = runCli(['score', '-', '--json'], yaml);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).role).toBe('ai-engineer');
  });

  it.each([
    [
      'an unknown option',
      { answers: { ...productAnswers, output: 'tweets' } },
      /"output" has no option "tweets"; choose one of: paper/,
    ],
    ['a missing answer', { answers: { output: 'paper' } }, /"core-question" has no answer/],
    ['the wrong shape', { core: 'x' }, /expected an object with "answers"/],
  ])('exits 1 on %s and says what is allowed', (_, body, message) => {
    const run = runCli(['score', '-'], JSON.stringify(body));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 1 on malformed input and a missing file', () => {
    expect(runCli(['score', '-'], '{"answers": [').stderr).toMatch(
      /neither JSON nor YAML|cannot be scored|expected an object/,
    );
    const missing = runCli(['score', '/no/such/file.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file: /no/such/file.json');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['score']).code).toBe(2);
    expect(runCli(['nonsense']).code).toBe(2);
  });

  it('has --help with an example and --version', () => {
    const help = runCli(['score', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('EXAMPLES');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('uses colour only when asked for and never with NO_COLOR', () => {
    const body = JSON.stringify({ answers: productAnswers });
    expect(runCli(['score', '-'], body, { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toContain(
      '\x1b[',
    );
    expect(runCli(['score', '-'], body, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(
      '\x1b[',
    );
  });
});
