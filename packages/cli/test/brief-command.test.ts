import { fileURLToPath } from 'node:url';
import { confidenceBand, jobBrief, QuizResult, ROLES } from '@rolefit/core';
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

  it('writes a two-jobs brief, a section per part, for a week that holds both ends', () => {
    const run = runCli(['brief', example('answers-two-jobs.json')]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md).toMatch(/^# Job brief: two jobs in one \(Research scientist \+ AI engineer\)\n/);
    expect(md).not.toMatch(/^# Job brief: Research scientist/);
    const part1 = md.indexOf('## Part 1: Research scientist (60% of the week)');
    const part2 = md.indexOf('## Part 2: AI engineer (40% of the week)');
    expect(part1).toBeGreaterThan(0);
    expect(part2).toBeGreaterThan(part1);
    // Each part is graded on its own column's list, under its own heading.
    const first = md.slice(part1, part2);
    const second = md.slice(part2, md.indexOf('## Do not grade on'));
    for (const g of ROLES['research-scientist'].gradeOn) expect(first).toContain(`- ${g}`);
    for (const g of ROLES['ai-engineer'].gradeOn) expect(second).toContain(`- ${g}`);
    expect(first).not.toContain(ROLES['ai-engineer'].gradeOn[0]);
    expect(md).toContain('- The product part on papers, citations or novelty');
    expect(md).toMatch(/\n## The risk\nWhichever column/);
    expect(md).toMatch(/\n## Ways out\n1\. Split it: .*\n2\. Add the bridge: /);
    const { result } = JSON.parse(
      runCli(['brief', example('answers-two-jobs.json'), '--json']).stdout,
    );
    const c = QuizResult.parse(result).confidence;
    expect(md).toContain(`| Confidence | ${Math.round(c * 100)}% (${confidenceBand(c)}) |`);
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
