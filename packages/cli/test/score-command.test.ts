import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  confidenceBand,
  DEFAULT_QUIZ,
  loadLanguage,
  parseQuiz,
  pullStrength,
  QuizResult,
  ROLES,
} from '@rolefit/core';
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

/** Research questions and shipped output in one week, little R&D: two jobs in one. */
const TWO_JOBS = {
  answers: {
    'core-question': 'unknown',
    output: 'shipped',
    'optimizes-for': 'novelty',
    'time-horizon': 'weeks',
    background: 'phd',
  },
};

describe('rolefit score, two jobs in one', () => {
  it('--json names the larger part as the role, both ends as split, and both grade-on lists', () => {
    const run = runCli(['score', '-', '--json'], JSON.stringify(TWO_JOBS));
    expect(run.code).toBe(0);
    const result = QuizResult.parse(JSON.parse(run.stdout));
    expect(result.role).toBe('research-scientist');
    expect(result.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(result.between).toBeNull();
    const parts = result.twoJobs?.parts ?? [];
    expect(parts.map((p) => p.role)).toEqual(['research-scientist', 'ai-engineer']);
    expect(parts.map((p) => p.share)).toEqual([0.6, 0.4]);
    expect(parts[0]?.gradeOn).toEqual(ROLES['research-scientist'].gradeOn);
    expect(parts[1]?.gradeOn).toEqual(ROLES['ai-engineer'].gradeOn);
    expect(result.gradeOn).toEqual([
      ...ROLES['research-scientist'].gradeOn,
      ...ROLES['ai-engineer'].gradeOn,
    ]);
  });

  it('says in words that it is two jobs, with each part, the risk and the ways out', () => {
    const run = runCli(['score', '-'], JSON.stringify(TWO_JOBS));
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Two jobs in one: Research scientist 60% \+ AI engineer 40% {2}/);
    expect(out).toContain('^ 60% research');
    expect(out).toContain('40% product ^');
    // The average position (0.40) is nobody's work; it is not drawn as the result.
    expect(out).not.toMatch(/\^ 0\.40/);
    expect(out).toMatch(
      /\nGrade the Research scientist part \(60% of the week\) on\n {2}\+ The originality/,
    );
    expect(out).toMatch(/\nGrade the AI engineer part \(40% of the week\) on\n {2}\+ What shipped/);
    expect(out).toContain('  - The research part on uptime, latency or features shipped');
    expect(out).toMatch(/\nRisk {6}Whichever column it is graded on/);
    expect(out).toMatch(
      /\nWays out\n {2}1\. Split it: .*\n {2}2\. Add the bridge: a research engineer/,
    );
    // Each part's list is shown once, under its part, not again as one merged list.
    expect(out).not.toMatch(/\nGrade on\n/);
  });

  it('prints the confidence in band words and says when one answer changes the role', () => {
    const json = QuizResult.parse(
      JSON.parse(runCli(['score', '-', '--json'], JSON.stringify(TWO_JOBS)).stdout),
    );
    expect(json.changesToFlip).toBe(1);
    const headline = runCli(['score', '-'], JSON.stringify(TWO_JOBS)).stdout.split('\n')[0];
    expect(headline).toContain(
      `${confidenceBand(json.confidence)} confidence (${Math.round(json.confidence * 100)}%)`,
    );
    // core-question "ship" alone makes product the larger part.
    expect(json.flipsTo).toBe('ai-engineer');
    expect(headline).toContain('one answer away from AI engineer leading');
    const pure = runCli(['score', '-'], JSON.stringify({ answers: productAnswers })).stdout;
    expect(pure.split('\n')[0]).toBe('AI engineer  high confidence (100%)');
    expect(pure).not.toContain('one answer away');
  });

  it('words each "what would change it" as that role alone, and keeps the promise', () => {
    const json = QuizResult.parse(
      JSON.parse(runCli(['score', '-', '--json'], JSON.stringify(TWO_JOBS)).stdout),
    );
    const text = runCli(['score', '-'], JSON.stringify(TWO_JOBS)).stdout;
    expect(json.whatWouldChange.length).toBeGreaterThan(0);
    for (const change of json.whatWouldChange) {
      const n = change.changes.length;
      expect(text).toContain(
        `  ${ROLES[change.role].name} alone: change ${n} ${n === 1 ? 'answer' : 'answers'}`,
      );
      const answers = { ...json.answers };
      for (const c of change.changes) {
        answers[c.questionId] = c.to;
        expect(text).toContain(`→ "${c.label}"`);
      }
      const after = JSON.parse(
        runCli(['score', '-', '--json'], JSON.stringify({ answers })).stdout,
      );
      expect([after.role, after.between, after.split]).toEqual([change.role, null, null]);
    }
  });

  it('says how each answer pulls in words, by core’s rule, with no signed number', () => {
    const json = QuizResult.parse(
      JSON.parse(runCli(['score', '-', '--json'], JSON.stringify(TWO_JOBS)).stdout),
    );
    const text = runCli(['score', '-'], JSON.stringify(TWO_JOBS)).stdout;
    const why = text.slice(text.indexOf('\nWhy\n'), text.indexOf('\nWhat would change it\n'));
    expect(why).not.toMatch(/[+-]\d\.\d\d/);
    expect(why).toContain('toward the research end');
    expect(why).toContain('toward the product end');
    for (const pull of json.why) {
      const strength = pullStrength(pull.pull, json.why.length);
      const words =
        strength === 'none'
          ? 'holds the middle'
          : `pulls ${strength}ly toward the ${pull.pull < 0 ? 'research' : 'product'} end`;
      expect(why).toContain(
        `    ${pull.label} (${words}; on its own, it points to ${ROLES[pull.toward].name})`,
      );
    }
  });

  it('words what would change it from the quiz in the chosen language, not with option ids', async () => {
    const { quiz } = await loadLanguage('de');
    const run = runCli(['score', '-', '--lang', 'de'], JSON.stringify(TWO_JOBS));
    expect(run.code).toBe(0);
    const change = run.stdout.slice(run.stdout.indexOf('Was das Ergebnis ändern würde'));
    const json = QuizResult.parse(
      JSON.parse(runCli(['score', '-', '--json'], JSON.stringify(TWO_JOBS)).stdout),
    );
    const lines = json.whatWouldChange.flatMap((c) => c.changes);
    expect(lines.length).toBeGreaterThan(0);
    for (const c of lines) {
      const question = quiz.questions.find((q) => q.id === c.questionId);
      const option = question?.options.find((o) => o.id === c.to);
      expect(option, c.to).toBeDefined();
      expect(change).toContain(`    ${question?.prompt} → „${option?.label}“\n`);
      expect(change).not.toContain(`„${c.to}“`);
    }
  });

  it('wraps to COLUMNS, spectrum included, in a narrow terminal', () => {
    const run = runCli(['score', '-'], JSON.stringify(TWO_JOBS), { COLUMNS: '50' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    expect(lines).toContain('  ^ 60% research                    40% product ^');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'Add the bridge: a research engineer who turns research results',
    );
    const wide = runCli(['score', '-'], JSON.stringify(TWO_JOBS)).stdout;
    expect(wide.split('\n').some((l) => l.length > 100)).toBe(true);
  });
});
