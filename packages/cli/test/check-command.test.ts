import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentCheck, loadLanguage, rewriteText } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/messages/de.ts';
import { runCli } from './run-cli.ts';

// Texts written for these tests: a research-engineer posting, a rubric and a ladder that grade
// the same bridge work, and a rubric and a ladder that grade shipped product instead.
const POSTING = `Research Engineer, Evaluation Infrastructure

What you'll do
- Build the eval suites and data pipelines our research scientists run every experiment on.
- Carry promising methods from prototype to full-size distributed training runs.
- Keep training runs reproducible and raise experiment velocity across the lab.
`;
const RUBRIC = `# Performance review rubric

- Experiment velocity: how quickly an idea gets a reproducible test.
- Reproducible training runs and eval suites the team trusts.
- Methods carried from prototype into the training infrastructure.
`;
const LADDER = `# Research engineering ladder

## RE1
- Builds evaluation harnesses and keeps training runs reproducible.

## RE2
- Owns the experiment infrastructure of one research area and improves experiment velocity.

## RE3
- Designs the distributed training platform and scales new methods to full-size runs.
`;
const PRODUCT_RUBRIC = `# Performance review rubric

- Measured on features shipped to customers and the conversion they drive.
- Uptime of the production API and latency under load.
`;
const WRONG_LADDER = `# Research engineering ladder

## RE1
- Builds evaluation harnesses and keeps training runs reproducible.

## RE2
- Owns the experiment infrastructure of one research area and improves experiment velocity.

## RE3
- Measured on uptime of the customer API, p99 latency and on-call response times.
- Ships product features every sprint and moves the revenue KPIs.
`;

/** The texts as files in a fresh folder, by name. */
function files<Name extends string>(texts: Record<Name, string>): Record<Name, string> {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-check-'));
  const paths = {} as Record<Name, string>;
  for (const name of Object.keys(texts) as Name[]) {
    paths[name] = join(dir, `${name}.md`);
    writeFileSync(paths[name], texts[name]);
  }
  return paths;
}

const parsed = (stdout: string) => DocumentCheck.parse(JSON.parse(stdout));

describe('rolefit check', () => {
  const f = files({
    posting: POSTING,
    rubric: RUBRIC,
    ladder: LADDER,
    productRubric: PRODUCT_RUBRIC,
    wrongLadder: WRONG_LADDER,
  });

  it('exits 0 and says so when the posting, the rubric and the ladder grade one role', () => {
    const args = ['check', '--posting', f.posting, '--rubric', f.rubric, '--ladder', f.ladder];
    const run = runCli(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Every document grades research engineer work\.\n/);
    expect(run.stdout).toContain(
      'Checked against research engineer work, the role the posting names.',
    );
    expect(run.stdout).toMatch(/\n {2}Document +File +Role +Work\n/);
    for (const document of ['posting', 'rubric', 'ladder'] as const) {
      expect(run.stdout).toMatch(
        new RegExp(
          `\\n {2}${document} +${f[document]} +Research engineer +\\d+% research · \\d+% R&D · \\d+% product\\n`,
        ),
      );
    }
    expect(run.stdout).not.toContain('Mismatches');
    expect(run.stdout).not.toContain('\x1b[');
    const json = runCli([...args, '--json']);
    expect(json.code).toBe(0);
    expect(parsed(json.stdout)).toMatchObject({
      role: 'research-engineer',
      agree: true,
      mismatches: [],
    });
  });

  it('exits 1 with each mismatch, its fix and what to grade on, and the rewrites to apply', () => {
    const given = { posting: f.posting, rubric: f.productRubric, ladder: f.wrongLadder };
    const args = [
      'check',
      '--posting',
      given.posting,
      '--rubric',
      given.rubric,
      '--ladder',
      given.ladder,
    ];
    const check = parsed(runCli([...args, '--json']).stdout);
    expect(check.agree).toBe(false);
    expect(check.mismatches.map((x) => [x.document, x.code])).toEqual([
      ['rubric', 'other-role'],
      ['ladder', 'wrong-levels'],
    ]);
    const run = runCli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^2 mismatches: not every document grades research engineer work\.\n/,
    );
    expect(run.stdout).toMatch(new RegExp(`\\n {2}rubric +${f.productRubric} +AI engineer +`));
    expect(run.stdout).toContain('\nMismatches (2)\n');
    for (const x of check.mismatches) {
      expect(run.stdout).toContain(`  ! ${x.message} [${x.code}]\n    ${x.fix}\n`);
      for (const g of x.gradeOn) expect(run.stdout).toContain(`      + ${g}\n`);
    }
    // The fix that is not itself the list's heading gets one.
    expect(run.stdout).toContain('\n    Grade research engineer work on:\n');
    // Each document with rewrites, how many, and the command that applies them.
    expect(run.stdout).toContain('\nSuggested rewrites\n');
    for (const d of check.documents) {
      const count = new Set(
        d.analysis.evidence.flatMap((e) => (e.suggestion ? [e.suggestion.start] : [])),
      ).size;
      if (count === 0) continue;
      const hint = `rolefit analyze --role research-engineer --rewrite ${given[d.document]}`;
      expect(run.stdout).toMatch(
        new RegExp(`\\n {2}${d.document} +${count} rewrites? +apply with: ${hint}\\n`),
      );
    }
    // The hint does what it says: the same rewrite as core's.
    const ladder = check.documents.find((d) => d.document === 'ladder');
    const rewritten = runCli([
      'analyze',
      '--role',
      'research-engineer',
      '--rewrite',
      f.wrongLadder,
    ]);
    expect(rewritten.code).toBe(0);
    expect(rewritten.stdout).toBe(rewriteText(WRONG_LADDER, ladder?.analysis.evidence ?? []));
    expect(rewritten.stdout).not.toContain('on-call');
    expect(runCli([...args, '--json']).code).toBe(1);
  });

  it("--json prints a DocumentCheck, with each analysis read against the set's role", () => {
    const run = runCli([
      'check',
      '--rubric',
      f.productRubric,
      '--ladder',
      f.ladder,
      '--role',
      'research-engineer',
      '--json',
    ]);
    expect(run.code).toBe(1);
    const check = parsed(run.stdout);
    expect(check.role).toBe('research-engineer');
    expect(check.documents.map((d) => d.document)).toEqual(['rubric', 'ladder']);
    expect(check.documents[0]?.analysis.evidence.some((e) => e.suggestion)).toBe(true);
    expect(check.documents[1]?.analysis.levels.map((l) => l.name)).toEqual(['RE1', 'RE2', 'RE3']);
  });

  it('checks against the role --role names, and says so', () => {
    const run = runCli(['check', '--posting', f.posting, '--role', 'ai-engineer']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Checked against AI engineer work, as --role asks.');
    expect(run.stdout).toContain('[other-role]');
  });

  it('reads one document from standard input', () => {
    const run = runCli(['check', '--posting', '-', '--rubric', f.rubric, '--json'], POSTING);
    expect(run.code).toBe(0);
    expect(parsed(run.stdout).agree).toBe(true);
    const text = runCli(['check', '--posting', '-', '--rubric', f.rubric], POSTING);
    expect(text.stdout).toMatch(/\n {2}posting +standard input +Research engineer/);
  });

  it('exits 1 when no document says enough to name a role', () => {
    const run = runCli(['check', '--posting', '-'], 'We are a friendly team. Say hello.\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^None of the documents says enough/);
    expect(run.stdout).toMatch(/\n {2}posting +standard input +too little to tell\n/);
  });

  it('is a usage error (exit 2) without a document, with two from stdin, or with a bad --role', () => {
    const none = runCli(['check']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(
      'rolefit: give at least one document to check: --posting <file>, --rubric <file> or --ladder <file> (- reads standard input)\n',
    );
    const twice = runCli(['check', '--posting', '-', '--ladder', '-'], POSTING);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--posting and --ladder ask for it (-)');
    const role = runCli(['check', '--posting', f.posting, '--role', 'designer']);
    expect(role.code).toBe(2);
    expect(role.stderr).toBe(
      'rolefit: --role must be one of research-scientist, research-engineer, ai-engineer, not "designer"\n',
    );
    expect(runCli(['check', '--posting', f.posting, '--ladder=']).code).toBe(2);
    expect(runCli(['check', '--postng', f.posting]).stderr).toContain(
      'its options are: --posting, --rubric, --ladder, --role, --json',
    );
  });

  it('is bad input (exit 1, stdout empty) for a missing file, a folder or an empty file', () => {
    const missing = runCli(['check', '--posting', f.posting, '--ladder', '/no/such/ladder.md']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('rolefit: no such file: /no/such/ladder.md\n');
    const folder = runCli(['check', '--ladder', tmpdir()]);
    expect(folder.code).toBe(1);
    expect(folder.stdout).toBe('');
    expect(folder.stderr).toBe(`rolefit: ${tmpdir()} is a folder; give a file\n`);
    const { empty } = files({ empty: '  \n' });
    const blank = runCli(['check', '--posting', f.posting, '--rubric', empty]);
    expect(blank.code).toBe(1);
    expect(blank.stdout).toBe('');
    expect(blank.stderr).toBe(
      `rolefit: ${empty} is empty; give the text of a job posting or review rubric\n`,
    );
  });

  it("speaks --lang: the names of the documents, the table and core's mismatches", async () => {
    const coreDe = (await loadLanguage('de')).messages;
    const args = ['check', '--posting', f.posting, '--rubric', f.productRubric, '--lang', 'de'];
    const run = runCli(args);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(de['check.table.document']);
    expect(run.stdout).toContain(de['check.document.rubric']);
    expect(run.stdout).toContain(coreDe['note.advice']);
    const check = parsed(runCli([...args, '--json']).stdout);
    expect(check.mismatches[0]?.message).toMatch(/^Der Beurteilungsbogen /);
    expect(run.stdout).toContain(check.mismatches[0]?.message);
    expect(runCli(['check', '--lang', 'de']).stderr).toBe(`rolefit: ${de['check.none']}\n`);
  });
});
