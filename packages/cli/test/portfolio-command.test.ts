import { fileURLToPath } from 'node:url';
import { Portfolio } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));

describe('rolefit portfolio', () => {
  it('maps the example workstreams (YAML) to a product-heavy team under one flat title', () => {
    const run = runCli(['portfolio', example('team-workstreams.yaml'), '--json']);
    expect(run.code).toBe(0);
    const p = Portfolio.parse(JSON.parse(run.stdout));
    expect(p.count).toBe(4);
    expect(p.totalEffort).toBe(9.5);
    expect(p.dominantWork).toBe('product');
    expect(p.regime.recommended).toBe('flat');
    expect(p.items.map((i) => i.name)).toContain('Eval harness and data');
  });

  it('scores people given by their quiz answers (JSON), next to work kinds and shares', () => {
    const run = runCli(['portfolio', example('lab-people.json'), '--json', '--team-size', '8']);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout);
    const p = Portfolio.parse(body);
    expect(p.items.find((i) => i.name === 'Ana')?.position).toBe(0);
    expect(p.position).toBeLessThan(0.5);
    expect(p.regime.recommended).toBe('separate-tracks');
    const people = body.staffing.people as Record<string, number>;
    expect(body.staffing.teamSize).toBe(8);
    expect(Object.values(people).reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('accepts a bare list and {items}, {workstreams} or {people} around it', () => {
    const list = [
      { name: 'Evals', effort: 2, work: 'rnd' },
      { name: 'Chat', effort: 3, work: 'product' },
    ];
    const positions = [list, { items: list }, { workstreams: list }, { people: list }].map(
      (body) => {
        const run = runCli(['portfolio', '-', '--json'], JSON.stringify(body));
        expect(run.code).toBe(0);
        return Portfolio.parse(JSON.parse(run.stdout)).position;
      },
    );
    expect(new Set(positions)).toEqual(new Set([0.8]));
  });

  it('prints the centre of gravity on the spectrum bar, the verdict and a staffing split', () => {
    const run = runCli(['portfolio', example('team-workstreams.yaml'), '--team-size', '10']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Center of gravity: AI engineer {2}(high|moderate|low) confidence \(\d+%\)/,
    );
    expect(run.stdout).toContain('|-----------------------------o');
    expect(run.stdout).toMatch(/\^ 0\.83/);
    expect(run.stdout).toContain('Titling   One flat title.');
    expect(run.stdout).toContain('Risk you accept:');
    expect(run.stdout).toMatch(
      /For 10 people: 0 research scientists, 3 research engineers, 7 AI engineers/,
    );
    expect(run.stdout).toContain('not a verdict about a person');
  });

  it('gives a team of research and product groups, and no middle, the two-jobs advice', () => {
    const json = Portfolio.parse(
      JSON.parse(runCli(['portfolio', example('team-two-jobs.json'), '--json']).stdout),
    );
    expect(json.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(json.twoJobs?.scope).toBe('team-groups');
    expect(json.twoJobs?.parts.map((p) => p.share)).toEqual([0.5, 0.5]);
    const run = runCli(['portfolio', example('team-two-jobs.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Two jobs in one: Research scientist 50% \+ AI engineer 50% {2}/);
    expect(run.stdout).not.toContain('Center of gravity: Research');
    expect(run.stdout).toContain(json.twoJobs?.summary);
    expect(run.stdout).toContain("Grade the Research scientist part (50% of the team's effort) on");
    expect(run.stdout).toContain("Grade the AI engineer part (50% of the team's effort) on");
    expect(run.stdout).toMatch(/\nRisk {6}Results stall between the two groups/);
    expect(run.stdout).toMatch(/\nWays out\n {2}1\. Run two tracks/);
    expect(run.stdout).toContain('  2. Staff the bridge: research engineers');
  });

  it('keeps a team without both ends free of two-jobs advice', () => {
    const run = runCli(['portfolio', example('team-workstreams.yaml')]);
    expect(run.stdout).not.toContain('Two jobs');
    expect(run.stdout).not.toContain('Ways out');
  });

  it.each([
    [
      'an unknown kind of work',
      { workstreams: [{ name: 'Evals', work: 'ops' }] },
      /workstream 1 \("Evals"\) is not valid:\n.*work: .*"research"\|"rnd"\|"product"/,
    ],
    [
      'two ways of placing one entry',
      [{ work: 'rnd', shares: { research: 1, rnd: 0, product: 0 } }],
      /item 1 is not valid:\n.*give exactly one of "work"/,
    ],
    ['a negative effort', [{ effort: -1, work: 'rnd' }], /effort: Too small/],
    [
      "a person's unscorable answers",
      { people: [{ name: 'Ana', answers: { output: 'tweets' } }] },
      /person 1 \("Ana"\): these answers cannot be scored:[\s\S]*"output" has no option "tweets"/,
    ],
    ['an empty list', { people: [] }, /the list is empty; give at least one person/],
    ['the wrong shape', { team: 'x' }, /expected a list of workstreams or people/],
  ])('exits 1 on %s and says what is allowed', (_, body, message) => {
    const run = runCli(['portfolio', '-'], JSON.stringify(body));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it.each([['0'], ['-3'], ['1.5'], ['abc'], ['ten'], ['1e3'], ['']])(
    'refuses --team-size %j with exit 2, saying it takes a positive whole number',
    (value) => {
      for (const args of [['--team-size', value], [`--team-size=${value}`]]) {
        const bad = runCli(['portfolio', example('team-workstreams.yaml'), ...args]);
        expect(bad.code, args.join(' ')).toBe(2);
        expect(bad.stderr).toBe(
          `rolefit: --team-size must be a positive whole number of people, from 1 to 100000, not "${value}"; for example: --team-size 12\n`,
        );
        expect(bad.stdout).toBe('');
      }
    },
  );

  it('exits 2 without a file argument', () => {
    expect(runCli(['portfolio']).code).toBe(2);
  });

  it('has --help with an example', () => {
    const help = runCli(['portfolio', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ rolefit portfolio examples/team-workstreams.yaml');
    expect(help.stdout).toContain('--team-size');
  });
});
