import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_QUIZ,
  OrgPortfolio,
  type OrgTeamInput,
  orgPortfolio,
  Portfolio,
  portfolio,
  type QuizResult,
  score,
} from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
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
    expect(help.stdout).toContain('$ rolefit portfolio examples/org-three-teams.yaml');
    expect(help.stdout).toContain('--weighting=<responses|headcount>');
  });

  it('prints exactly what core maps for a one-team file, with no org around it', () => {
    for (const name of ['team-workstreams.yaml', 'lab-people.json', 'team-two-jobs.json']) {
      const data = parseYaml(readFileSync(example(name), 'utf8'));
      const list = Array.isArray(data) ? data : (data.workstreams ?? data.people ?? data.items);
      const items = list.map(({ answers, ...rest }: Record<string, unknown>) => {
        if (answers === undefined) return rest;
        return { ...rest, result: unwrap(score(DEFAULT_QUIZ, answers)) };
      });
      const run = runCli(['portfolio', example(name), '--json']);
      expect(run.code, name).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(unwrap(portfolio(items)));
    }
  });
});

/** The value of core's outcome, or the test fails with its message. */
function unwrap<T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }) {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

/** One member's answers: the five questions, research end (0) to product end (4). */
function member(...picks: [number, number, number, number, number]) {
  const questions = DEFAULT_QUIZ.questions;
  return Object.fromEntries(
    picks.map((pick, i) => {
      const q = questions[i];
      if (!q) throw new Error('the quiz has fewer than five questions');
      return [q.id, q.options[pick]?.id];
    }),
  );
}

const THEORY_MEMBERS = [
  member(0, 0, 0, 0, 0),
  member(0, 0, 0, 1, 0),
  member(1, 0, 1, 0, 0),
  member(0, 1, 0, 0, 1),
  // The fifth is not in a whole batch of 3 yet: it must not move the team's centre.
  member(4, 4, 4, 4, 4),
];
const INFRA_SHARES = { research: 0.05, rnd: 0.8, product: 0.15 };
const PRODUCT_WORK = [
  { name: 'Support chat', effort: 4, work: 'product' },
  { name: 'Serving', effort: 3, work: 'product' },
  { name: 'Evals', effort: 2, work: 'rnd' },
];

/** The three teams of an org file, each team's work given another way. */
const org = (extra: Record<string, unknown> = {}, heads: (number | undefined)[] = []) => ({
  name: 'Northwind AI',
  ...extra,
  teams: [
    { name: 'Theory', headcount: heads[0], answers: THEORY_MEMBERS },
    { name: 'Infra', headcount: heads[1], shares: INFRA_SHARES, responses: 6 },
    { name: 'Assistant', headcount: heads[2], workstreams: PRODUCT_WORK },
  ],
});

/** What the test expects the CLI to give core: the same teams, worked out here. */
function expectedTeams(heads: (number | undefined)[] = []): OrgTeamInput[] {
  const scored: QuizResult[] = THEORY_MEMBERS.map((a) => unwrap(score(DEFAULT_QUIZ, a)));
  const theory = unwrap(portfolio(scored.slice(0, 3).map((r) => ({ result: r })))).shares;
  const assistant = unwrap(portfolio(PRODUCT_WORK)).shares;
  const withHeads = (i: number) => (heads[i] === undefined ? {} : { headcount: heads[i] });
  return [
    { name: 'Theory', ...withHeads(0), responses: 3, centre: { shares: theory } },
    { name: 'Infra', ...withHeads(1), responses: 6, centre: { shares: INFRA_SHARES } },
    { name: 'Assistant', ...withHeads(2), responses: 3, centre: { shares: assistant } },
  ];
}

const runOrg = (body: unknown, ...args: string[]) =>
  runCli(['portfolio', '-', ...args], JSON.stringify(body));

describe('rolefit portfolio with teams: the organisation view (issue 17)', () => {
  it('--json is core’s orgPortfolio of the same teams, with org.name on top', () => {
    const run = runOrg(org(), '--json');
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toEqual({
      org: { name: 'Northwind AI' },
      ...unwrap(orgPortfolio(expectedTeams())),
    });
    expect(OrgPortfolio.parse(body).teams.map((t) => t.id)).toEqual([
      'Theory',
      'Infra',
      'Assistant',
    ]);
    expect(body.teams[0].responses).toBe(3);
    expect(runOrg({ teams: org().teams }, '--json').stdout).toContain('"name": null');
  });

  it('prints the verdict first, the teams on the spectrum, one line each, and the heatmap', () => {
    const json = OrgPortfolio.parse(JSON.parse(runOrg(org(), '--json').stdout));
    const run = runOrg(org());
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^Northwind AI — Center of gravity: .+ {2}(high|moderate|low) confidence/,
    );
    expect(lines[0]).toContain('3 of 3 teams count');
    expect(run.stdout).toContain('\nTitling   ');
    expect(run.stdout).toContain(`. ${json.regime?.cell.verdict}\n`);
    expect(run.stdout).toContain(`Risk you accept: ${json.regime?.cell.risk}`);
    expect(run.stdout).toContain(`How to manage it: ${json.regime?.cell.manage}`);
    expect(run.stdout.indexOf('Risk you accept')).toBeLessThan(run.stdout.indexOf('\nTeams\n'));
    // Each team is its number on the spectrum line.
    const bar = lines.find((l) => /^ {2}[|1-3o][-+123o]+[|1-3o]$/.test(l)) ?? '';
    for (const n of ['1', '2', '3']) expect(bar).toContain(n);
    expect(run.stdout).toContain('Teams\n  Each team weighs by its answers.\n');
    expect(run.stdout).toMatch(
      /\n {2}1\. Theory +Research-heavy \d\.\d\d +3 of 5 answers count \(batches of 3\) · weighs 25%/,
    );
    expect(run.stdout).toMatch(/\n {2}2\. Infra +R&D-heavy 0\.55 +6 answers · weighs 50%/);
    expect(run.stdout).toMatch(
      /\n {2}3\. Assistant +Product-heavy \d\.\d\d +3 workstreams · weighs 25%/,
    );
    for (const team of json.teams) {
      const line = lines.find((l) => l.includes(`. ${team.name} `)) ?? '';
      expect(line.includes("against the org's regime"), team.name).toBe(team.against);
    }
    expect(json.teams.some((t) => t.against)).toBe(true);
    expect(run.stdout).toMatch(
      /\nWork mix by team +research +R&D +product\n {2}Theory +\d+% +\d+% +\d+%\n/,
    );
    expect(run.stdout).toMatch(/\n {2}Infra +5% +80% +15%\n/);
    expect(run.stdout).toContain('not a verdict about a person');
  });

  it('lists a team below its minimum, which contributes nothing', () => {
    const late = { name: 'New evals', answers: THEORY_MEMBERS.slice(0, 2) };
    const picky = { name: 'Picky', minResponses: 8, shares: INFRA_SHARES, responses: 7 };
    const body = { ...org(), teams: [...org().teams, late, picky] };
    const json = OrgPortfolio.parse(JSON.parse(runOrg(body, '--json').stdout));
    const alone = unwrap(orgPortfolio(expectedTeams()));
    expect(json.centre).toEqual(alone.centre);
    expect(json.teams.slice(3)).toMatchObject([
      { name: 'New evals', responses: 2, centre: null, weight: 0, against: false },
      { name: 'Picky', responses: 7, centre: null, weight: 0, against: false },
    ]);
    expect(json.heatmap.map((r) => r.team)).toEqual(['Theory', 'Infra', 'Assistant']);
    const run = runOrg(body);
    expect(run.stdout).toContain('3 of 5 teams count');
    expect(run.stdout).toMatch(
      /4\. New evals +not enough answers yet \(2 of 3\); contributes nothing/,
    );
    expect(run.stdout).toMatch(/5\. Picky +not enough answers yet \(7 of 8\); contributes nothing/);
    const none = runOrg({ teams: [late] });
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^No center of gravity yet: no team has enough answers/);
    expect(none.stdout).not.toContain('Titling');
  });

  it('weighs by headcount when asked (option or file) and every team gave one', () => {
    const heads = [2, 10, 4];
    const expected = unwrap(orgPortfolio(expectedTeams(heads), { weighting: 'headcount' }));
    for (const [body, args] of [
      [org({}, heads), ['--weighting', 'headcount']],
      [org({ weighting: 'headcount' }, heads), []],
    ] as const) {
      const json = JSON.parse(runOrg(body, '--json', ...args).stdout);
      expect(json).toEqual({ org: { name: 'Northwind AI' }, ...expected });
      expect(json.weighting).toBe('headcount');
      const run = runOrg(body, ...args);
      expect(run.stdout).toContain('Each team weighs by its headcount.');
      expect(run.stdout).toMatch(/2\. Infra .*6 answers · 10 people · weighs 63%/);
    }
    // The option overrides the file.
    const back = JSON.parse(
      runOrg(org({ weighting: 'headcount' }, heads), '--json', '--weighting', 'responses').stdout,
    );
    expect(back.weighting).toBe('responses');
  });

  it('falls back to answers when headcount is asked but a team gave none, and says so', () => {
    const body = org({ weighting: 'headcount' }, [2, undefined, 4]);
    const json = JSON.parse(runOrg(body, '--json').stdout);
    expect(json).toEqual({
      org: { name: 'Northwind AI' },
      ...unwrap(orgPortfolio(expectedTeams([2, undefined, 4]), { weighting: 'headcount' })),
    });
    expect(json.weighting).toBe('responses');
    expect(json.headcounts).toEqual({ given: 2, of: 3 });
    expect(runOrg(body).stdout).toContain(
      'Headcount was asked for, but only 2 of 3 teams gave one, so each team weighs by its answers instead.',
    );
  });

  const SHARES = { research: 1, rnd: 0, product: 0 };
  it.each([
    [
      'an empty list of teams',
      { teams: [] },
      /the "teams" list is empty; give at least one team, like \{"name"/,
    ],
    ['teams that are not a list', { teams: 'Theory' }, /"teams" must be a list of teams/],
    ['a team that is not an object', { teams: ['Theory'] }, /team 1 is not an object; expected \{/],
    [
      'a team with no work',
      { teams: [{ name: 'Theory', headcount: 4 }] },
      /team 1 \("Theory"\) says nothing about its work; give one of "answers".*"shares" with "responses", or "workstreams"/,
    ],
    [
      'a team with two kinds of work',
      { teams: [{ name: 'Theory', shares: SHARES, responses: 3, answers: [] }] },
      /team 1 \("Theory"\) gives its work twice, as "answers" and "shares"; keep only one/,
    ],
    [
      'an unknown option id',
      {
        teams: [
          { name: 'Ok', shares: SHARES, responses: 3 },
          {
            name: 'Theory',
            answers: [member(0, 0, 0, 0, 0), { ...member(0, 0, 0, 0, 0), output: 'tweets' }],
          },
        ],
      },
      /team 2 \("Theory"\), member 2: these answers cannot be scored:\n.*"output" has no option "tweets"[\s\S]*rolefit questions/,
    ],
    [
      'an unknown question id',
      { teams: [{ name: 'Theory', answers: [{ ...member(0, 0, 0, 0, 0), mood: 'good' }] }] },
      /team 1 \("Theory"\), member 1: these answers cannot be scored:\n.*mood/,
    ],
    [
      'members answers that are not a list',
      { teams: [{ name: 'Theory', answers: member(0, 0, 0, 0, 0) }] },
      /team 1 \("Theory"\): "answers" must be a list with one entry per member/,
    ],
    [
      'shares without responses',
      { teams: [{ name: 'Infra', shares: SHARES }] },
      /team 1 \("Infra"\) is not valid:\n {4}- responses: /,
    ],
    [
      'a misspelt field',
      { teams: [{ name: 'Infra', headcout: 4, shares: SHARES, responses: 3 }] },
      /team 1 \("Infra"\) has "headcout", which does not belong there; the fields it may have are: name, headcount/,
    ],
    [
      'responses with member answers',
      { teams: [{ name: 'Theory', responses: 9, answers: [] }] },
      /team 1 \("Theory"\) has "responses", which does not belong there/,
    ],
    [
      'a minimum the server would not take',
      { teams: [{ name: 'Theory', minResponses: 1, answers: [] }] },
      /team 1 \("Theory"\): "minResponses" must be a whole number from 3 to 50, as for a team on the server, not 1/,
    ],
    [
      'a bad workstream',
      { teams: [{ name: 'Assistant', workstreams: [{ name: 'Evals', work: 'ops' }] }] },
      /team 1 \("Assistant"\): workstream 1 \("Evals"\) is not valid:\n.*work: /,
    ],
    [
      'two teams of one name',
      {
        teams: [
          { name: 'A', shares: SHARES, responses: 3 },
          { name: 'A', shares: SHARES, responses: 3 },
        ],
      },
      /two teams are named "A"; give each team a name of its own/,
    ],
    [
      'an unknown weighting',
      { weighting: 'people', teams: org().teams },
      /"weighting" must be responses or headcount, not "people"/,
    ],
  ])('exits 1 on %s, naming the team and what to fix', (_, body, message) => {
    const run = runOrg(body);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on options that do not fit the file', () => {
    const cases = [
      [org(), ['--team-size', '4'], /--team-size splits one team across the roles/],
      [
        [{ work: 'rnd' }],
        ['--weighting', 'headcount'],
        /--weighting weighs teams against each other/,
      ],
      [org(), ['--weighting', 'heads'], /--weighting must be responses or headcount, not "heads"/],
    ] as const;
    for (const [body, args, message] of cases) {
      const run = runOrg(body, ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });

  it('maps the example org file: a theory group, a scaling-infra team and a product team', () => {
    const run = runCli(['portfolio', example('org-three-teams.yaml'), '--json']);
    expect(run.code).toBe(0);
    const json = OrgPortfolio.parse(JSON.parse(run.stdout));
    expect(json.teams.map((t) => t.centre?.dominantWork)).toEqual(['research', 'rnd', 'product']);
    expect(JSON.parse(run.stdout).org.name).toBe('Northwind AI');
  });
});
