import { fileURLToPath } from 'node:url';
import { jobBrief, QuizResult } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));

describe('rolefit brief', () => {
  it('prints the Markdown job brief for an answers file', () => {
    const run = runCli(['brief', example('answers-product.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Job brief: AI engineer\n/);
    expect(run.stdout).toContain('## Do not grade on');
    expect(run.stdout).toContain('**One flat title.**');
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('reads YAML from standard input', () => {
    const run = runCli(
      ['brief', '-'],
      'answers:\n  core-question: unknown\n  output: paper\n  optimizes-for: novelty\n  time-horizon: years\n  background: phd\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Job brief: Research scientist/);
  });

  it('--json prints the result and the Markdown, and they agree', () => {
    const run = runCli(['brief', example('answers-research.yaml'), '--json']);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(Object.keys(body).sort()).toEqual(['markdown', 'result']);
    const result = QuizResult.parse(body.result);
    expect(result.role).toBe('research-scientist');
    expect(body.markdown).toBe(jobBrief(result));
  });

  it('exits 1 with the allowed options on bad answers, 2 without a file', () => {
    const bad = runCli(['brief', '-'], '{"answers": {"output": "tweets"}}');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/"output" has no option "tweets"; choose one of: paper/);
    expect(bad.stdout).toBe('');
    expect(runCli(['brief']).code).toBe(2);
  });

  it('has --help with an example', () => {
    const help = runCli(['brief', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ rolefit brief examples/answers-product.json');
  });
});
