import { fileURLToPath } from 'node:url';
import { Analysis, rewriteText } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const POSTING = fileURLToPath(
  new URL('../../../examples/posting-research-engineer.md', import.meta.url),
);

const PRODUCT_POSTING = `AI Engineer, Support Assistant

What you will do
- Ship LLM features to customers and own latency, uptime and cost in production
- Run A/B tests and move product metrics
`;

/** Open research and shipped product in one posting, no bridge work between them. */
const TWO_JOBS_POSTING = `Research Scientist / Product Engineer

What you will do
- Publish papers at NeurIPS and ICML and invent novel methods for reasoning
- Explore open research questions nobody has answered
- Ship LLM features to customers and own latency, uptime and cost in production
- Run A/B tests and move product metrics
`;

/** A research-engineering ladder whose third level grades shipped product instead. */
const LADDER = `# Research engineering ladder

## RE1 — Learns the stack
- Builds evaluation harnesses and keeps training runs reproducible.

## RE2 — Owns an area
- Owns the experiment infrastructure of one research area and improves experiment velocity.

## RE3 — Leads
- Measured on uptime of the customer API, p99 latency and on-call response times.
- Ships product features every sprint and moves the revenue KPIs.
`;

describe('rolefit analyze', () => {
  it('--json prints a schema-valid analysis whose evidence points into the text', () => {
    const run = runCli(['analyze', POSTING, '--json']);
    expect(run.code).toBe(0);
    const analysis = Analysis.parse(JSON.parse(run.stdout));
    expect(analysis.evidence.length).toBeGreaterThan(0);
    expect(analysis.title?.text).toContain('Research Engineer');
    expect(analysis.dominantWork).toBe('rnd');
  });

  it('reads standard input and places product work at the AI-engineer end', () => {
    const run = runCli(['analyze', '-', '--json'], PRODUCT_POSTING);
    expect(run.code).toBe(0);
    const analysis = Analysis.parse(JSON.parse(run.stdout));
    expect(analysis.role).toBe('ai-engineer');
    expect(analysis.position).toBeGreaterThan(0.75);
  });

  it('prints the spectrum, the role, confidence, each phrase with its column, and flags', () => {
    const json = Analysis.parse(JSON.parse(runCli(['analyze', POSTING, '--json']).stdout));
    const run = runCli(['analyze', POSTING]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/(high|moderate|low) confidence \(\d+%\)/);
    expect(run.stdout).toContain('|-----------------------------+-----------------------------|');
    expect(json.position).not.toBeNull();
    expect(run.stdout).toContain(`^ ${json.position?.toFixed(2)}`);
    expect(run.stdout).toContain(`Evidence (${json.evidence.length} phrase`);
    for (const e of json.evidence) expect(run.stdout).toContain(`"${e.phrase}"`);
    const labels = { research: 'research', rnd: 'R&D', product: 'product' } as const;
    const first = json.evidence[0];
    if (first)
      expect(run.stdout).toMatch(new RegExp(`${labels[first.column]}\\s+"${first.phrase}"`));
    for (const f of json.flags) expect(run.stdout).toContain(`! ${f.message}`);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('flags product work graded on paper count, in text and in JSON', () => {
    const rubric = `${PRODUCT_POSTING}\nHow we measure success\n- Number of papers published and citations\n`;
    const json = Analysis.parse(JSON.parse(runCli(['analyze', '-', '--json'], rubric).stdout));
    expect(json.flags.map((f) => f.code)).toContain('wrong-column-metrics');
    const run = runCli(['analyze', '-'], rubric);
    expect(run.stdout).toMatch(/\nFlags\n {2}! Measured on .*\[wrong-column-metrics\]/);
  });

  it('says "not enough to say" for a text that says too little: no role, no bar, exit 0', () => {
    const json = Analysis.parse(
      JSON.parse(runCli(['analyze', '-', '--json'], 'hello world\n').stdout),
    );
    expect(json.enough).toBe(false);
    expect([json.role, json.position, json.shares, json.regime]).toEqual([null, null, null, null]);
    expect(json.flags.find((f) => f.code === 'no-evidence')?.message).toMatch(/^Not enough to say/);
    const run = runCli(['analyze', '-'], 'hello world\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^No role: the text says too little about the work\n\nNot enough to say: /,
    );
    for (const absent of [
      'Research scientist',
      'Research engineer',
      'AI engineer',
      'Grade on',
      'Titling',
      '|---',
      'confidence',
    ]) {
      expect(run.stdout).not.toContain(absent);
    }
  });

  it('shows two jobs in one and the two-jobs flag for a posting that asks for both ends', () => {
    const json = Analysis.parse(
      JSON.parse(runCli(['analyze', '-', '--json'], TWO_JOBS_POSTING).stdout),
    );
    // The analyzer's weights are being refitted: assert the split, not which end is larger.
    expect(json.split).toEqual(['research-scientist', 'ai-engineer']);
    const flag = json.flags.find((f) => f.code === 'two-jobs');
    expect(flag).toBeDefined();
    const run = runCli(['analyze', '-'], TWO_JOBS_POSTING);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Two jobs in one: Research scientist \d+% \+ AI engineer \d+% {2}/);
    expect(run.stdout).toContain(`! ${flag?.message} [two-jobs]`);
    expect(run.stdout).toMatch(
      /\nGrade the Research scientist part \(\d+% of the work it describes\) on\n/,
    );
    expect(run.stdout).toMatch(
      /\nGrade the AI engineer part \(\d+% of the work it describes\) on\n/,
    );
    expect(run.stdout).toMatch(/\nWays out\n {2}1\. /);
  });

  it('refuses quiz answers with exit 1 and the `rolefit score` command that takes them', () => {
    const answers = fileURLToPath(
      new URL('../../../examples/answers-product.json', import.meta.url),
    );
    for (const args of [[answers], [answers, '--json']]) {
      const run = runCli(['analyze', ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `rolefit: ${answers} looks like quiz answers (question and option ids), not the text of a job posting or review rubric. To score the answers, run: rolefit score ${answers}\n`,
      );
    }
    const piped = runCli(['analyze', '-'], '{"core-question": "ship", "output": "shipped"}');
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain('standard input looks like quiz answers');
    expect(piped.stderr).toMatch(/run: rolefit score -\n$/);
    // What it suggests works on the same file.
    expect(runCli(['score', answers]).code).toBe(0);
  });

  it('exits 1 on an empty text or a missing file, 2 without an argument', () => {
    const empty = runCli(['analyze', '-'], '  \n');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('standard input is empty; give the text of a job posting');
    expect(runCli(['analyze', '/no/such/posting.txt']).stderr).toContain(
      'no such file: /no/such/posting.txt',
    );
    expect(runCli(['analyze']).code).toBe(2);
  });

  it('prints a ladder level by level, the wrong level marked with its flag', () => {
    const json = Analysis.parse(JSON.parse(runCli(['analyze', '-', '--json'], LADDER).stdout));
    expect(json.levels.map((l) => [l.name, l.column])).toEqual([
      ['RE1 — Learns the stack', 'rnd'],
      ['RE2 — Owns an area', 'rnd'],
      ['RE3 — Leads', 'product'],
    ]);
    const flag = json.levels[2]?.flags.find((f) => f.code === 'wrong-column-metrics');
    expect(flag).toBeDefined();
    const run = runCli(['analyze', '-'], LADDER);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\nLevels \(3\)\n {4}RE1 — Learns the stack +\|[-+]*o[-+]*\| +grades R&D: \d+% research · \d+% R&D · \d+% product\n/,
    );
    expect(run.stdout).toMatch(/\n {4}RE2 — Owns an area +\|[-o+]{11}\| +grades R&D: /);
    expect(run.stdout).toMatch(/\n {2}! RE3 — Leads +\|-----\+-----o +grades product: /);
    expect(run.stdout).toContain(`\n      ${flag?.message} [wrong-column-metrics]\n`);
  });

  it('suggests each rewrite once, "instead of … write …", and how to apply them all', () => {
    const json = Analysis.parse(JSON.parse(runCli(['analyze', '-', '--json'], LADDER).stdout));
    const suggestions = [
      ...new Map(
        json.evidence.flatMap((e) => (e.suggestion ? [[e.suggestion.start, e.suggestion]] : [])),
      ).values(),
    ];
    expect(suggestions.length).toBeGreaterThan(0);
    const run = runCli(['analyze', '-'], LADDER);
    expect(run.stdout).toContain(`\nSuggested rewrites (${suggestions.length})\n`);
    suggestions.forEach((s, i) => {
      const line = LADDER.slice(0, s.start).split('\n').length;
      expect(run.stdout).toContain(
        `\n  ${i + 1}. line ${line}: instead of "${LADDER.slice(s.start, s.end)}", write "${s.text}"\n`,
      );
    });
    expect(run.stdout).toContain('\n  The whole text rewritten: rolefit analyze --rewrite -\n');
    // A posting with no wrong-column measure has nothing to rewrite, and no such section.
    expect(runCli(['analyze', '-'], PRODUCT_POSTING).stdout).not.toContain('Suggested rewrites');
  });

  it('--rewrite prints the text with every rewrite applied, and nothing else on stdout', () => {
    const json = Analysis.parse(JSON.parse(runCli(['analyze', '-', '--json'], LADDER).stdout));
    const run = runCli(['analyze', '--rewrite', '-'], LADDER);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(rewriteText(LADDER, json.evidence));
    expect(run.stdout).not.toMatch(/uptime|on-call|revenue/);
    expect(run.stdout.split('\n').slice(0, 9)).toEqual(LADDER.split('\n').slice(0, 9));
    expect(run.stderr).toMatch(/^rolefit: 2 rewrites applied; /);
    // Read again, the rewritten ladder grades the role's own column at every level.
    const again = Analysis.parse(JSON.parse(runCli(['analyze', '-', '--json'], run.stdout).stdout));
    expect(again.levels.map((l) => l.column)).toEqual(['rnd', 'rnd', 'rnd']);
    expect(again.levels.flatMap((l) => l.flags)).toEqual([]);
    // Nothing to rewrite: the text as it was, byte for byte, and a note on stderr.
    const same = runCli(['analyze', '--rewrite', '-'], PRODUCT_POSTING);
    expect(same.stdout).toBe(PRODUCT_POSTING);
    expect(same.stderr).toMatch(/^rolefit: nothing to rewrite: /);
    const both = runCli(['analyze', '--rewrite', '--json', '-'], LADDER);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('rolefit: choose one of --json or --rewrite, not both\n');
  });

  it('--role judges the levels and the rewrites against that role', () => {
    const args = ['analyze', '-', '--role', 'ai-engineer'];
    const json = Analysis.parse(JSON.parse(runCli([...args, '--json'], LADDER).stdout));
    const flagged = json.levels.filter((l) =>
      l.flags.some((f) => f.code === 'wrong-column-metrics'),
    );
    expect(flagged.map((l) => l.name)).toEqual(['RE1 — Learns the stack', 'RE2 — Owns an area']);
    // It never moves the placement.
    const plain = Analysis.parse(JSON.parse(runCli(['analyze', '-', '--json'], LADDER).stdout));
    expect([json.role, json.position]).toEqual([plain.role, plain.position]);
    const run = runCli(args, LADDER);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '\nlevels and rewrites judged against AI engineer work (--role)\n',
    );
    expect(run.stdout).toMatch(/\n {2}! RE1 — Learns the stack /);
    expect(run.stdout).toContain('rolefit analyze --role ai-engineer --rewrite -');
    const rewritten = runCli(['analyze', '--role', 'ai-engineer', '--rewrite', '-'], LADDER);
    expect(rewritten.stdout).toBe(rewriteText(LADDER, json.evidence));
    const bad = runCli(['analyze', '-', '--role', 'scientist'], LADDER);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'rolefit: --role must be one of research-scientist, research-engineer, ai-engineer, not "scientist"\n',
    );
  });

  it('has --help with an example', () => {
    expect(runCli(['analyze', '--help']).stdout).toContain(
      '$ rolefit analyze examples/posting-research-engineer.md',
    );
  });
});
