import {
  type Messages as CoreMessages,
  LANGUAGES,
  loadLanguage,
  ROLE_IDS,
  RUBRIC_DIMENSION_IDS,
  RUBRIC_LEVELS,
  RUBRIC_ROLE_CHOICES,
  Rubric,
  type RubricRequest,
  renderRubric,
  rubric,
  SPLIT_NAME,
} from '@rolefit/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { de } from '../src/messages/de.ts';
import { ja } from '../src/messages/ja.ts';
import { runCli } from './run-cli.ts';

/** The rubric core writes for a request, as the command should print it. */
function expected(request: RubricRequest, format: 'md' | 'csv' | 'json', m?: CoreMessages) {
  const made = rubric(request, m);
  if (!made.ok) throw new Error(made.error.message);
  return renderRubric(made.value, format, m);
}

const coreDe = (await loadLanguage('de')).messages;

const levelHeadings = (md: string) => md.match(/^### .+$/gm) ?? [];

describe('rolefit rubric', () => {
  it('prints the Markdown rubric core writes, five levels by default, uncoloured', () => {
    const run = runCli(['rubric', '--role', 'research-scientist']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected({ role: 'research-scientist' }, 'md'));
    expect(run.stdout).toMatch(/^# Review rubric: Research scientist\n/);
    expect(run.stdout).not.toContain('\x1b[');
    // The grid's default for research work is separate tracks: one ladder, five levels.
    expect(levelHeadings(run.stdout)).toHaveLength(RUBRIC_LEVELS.default);
    expect(run.stdout).toContain('## Research scientist track');
    expect(run.stdout).toContain('#### Do not grade on');
    expect(run.stdout).toContain('not a verdict about a person');
  });

  it('--levels N gives each ladder N levels, in every format', () => {
    for (const levels of [RUBRIC_LEVELS.min, 4, RUBRIC_LEVELS.max]) {
      const args = ['rubric', '--role', 'research-engineer', '--levels', String(levels)];
      const md = runCli(args);
      expect(md.code).toBe(0);
      expect(levelHeadings(md.stdout)).toHaveLength(levels);
      expect(levelHeadings(md.stdout).at(-1)).toMatch(new RegExp(`^### Level ${levels} — `));
      const json = Rubric.parse(JSON.parse(runCli([...args, '--json']).stdout));
      expect(json.levels).toBe(levels);
      for (const ladder of json.ladders) expect(ladder.levels).toHaveLength(levels);
      const [header, ...rows] = parseCsv(runCli([...args, '--format', 'csv']).stdout);
      const level = header?.indexOf('level') ?? -1;
      expect(new Set(rows.map((r) => r[level]))).toEqual(
        new Set(Array.from({ length: levels }, (_, i) => String(i + 1))),
      );
    }
  });

  it('--format csv prints a header and a row per level and dimension, CRLF line ends', () => {
    const run = runCli(['rubric', '--role', 'ai-engineer', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected({ role: 'ai-engineer' }, 'csv'));
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual([
      'ladder',
      'track',
      'level',
      'level_name',
      'scope',
      'dimension',
      'dimension_name',
      'role',
      'criterion',
      'recognised_as',
      'do_not_grade_on',
    ]);
    expect(rows).toHaveLength(RUBRIC_LEVELS.default * RUBRIC_DIMENSION_IDS.length);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const at = (name: string) => header?.indexOf(name) ?? -1;
    expect(new Set(rows.map((r) => r[at('dimension')]))).toEqual(new Set(RUBRIC_DIMENSION_IDS));
    expect(new Set(rows.map((r) => r[at('role')]))).toEqual(new Set(['ai-engineer']));
    // Product work defaults to one flat title: one ladder, no track, each level recognised.
    expect(new Set(rows.map((r) => r[at('track')]))).toEqual(new Set(['']));
    for (const row of rows) expect(row[at('recognised_as')]).not.toBe('');
  });

  it('--json is --format json: the Rubric object, which the schema parses back', () => {
    const args = ['rubric', '--role', 'ai-engineer', '--regime', 'separate-tracks'];
    const json = runCli([...args, '--json']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(runCli([...args, '--format', 'json']).stdout);
    expect(runCli([...args, '--format', 'json', '--json']).stdout).toBe(json.stdout);
    const parsed = Rubric.parse(JSON.parse(json.stdout));
    expect(parsed).toEqual(
      JSON.parse(expected({ role: 'ai-engineer', regime: 'separate-tracks' }, 'json')),
    );
    expect(parsed.regime).toBe('separate-tracks');
    expect(parsed.ladders.map((l) => l.track)).toEqual(['ai-engineer']);
    expect(parsed.interfaces.map((i) => [i.from, i.to])).toEqual([
      ['research-engineer', 'ai-engineer'],
      ['ai-engineer', 'research-engineer'],
    ]);
  });

  it('writes a rubric for two jobs in one: a ladder per part, or both parts on one', () => {
    const role = 'research-scientist+ai-engineer';
    const separate = Rubric.parse(JSON.parse(runCli(['rubric', '--role', role, '--json']).stdout));
    expect(separate.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(separate.regime).toBe('separate-tracks');
    expect(separate.ladders.map((l) => l.track)).toEqual(['research-scientist', 'ai-engineer']);
    const flat = runCli(['rubric', '--role', role, '--regime', 'flat', '--levels', '3']);
    expect(flat.code).toBe(0);
    expect(flat.stdout).toMatch(/^# Review rubric: two jobs in one\n/);
    expect(flat.stdout).toContain('**Output (research scientist)**');
    expect(flat.stdout).toContain('**Output (AI engineer)**');
    expect(levelHeadings(flat.stdout)).toHaveLength(3);
    // Either order names the same split.
    const reversed = runCli(['rubric', '--role', 'ai-engineer+research-scientist', '--json']);
    expect(Rubric.parse(JSON.parse(reversed.stdout))).toEqual(separate);
  });

  it('refuses a missing or unknown role with exit 2, listing the roles it takes', () => {
    const choices = RUBRIC_ROLE_CHOICES.join(', ');
    for (const args of [
      ['rubric'],
      ['rubric', '--levels', '4'],
      ['rubric', '--role', 'data-scientist'],
      ['rubric', '--role=research_engineer'],
      ['rubric', '--role', 'research-scientist+research-engineer'],
    ]) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      for (const choice of RUBRIC_ROLE_CHOICES)
        expect(run.stderr, args.join(' ')).toContain(choice);
    }
    expect(runCli(['rubric']).stderr).toBe(
      'rolefit: rolefit rubric needs --role=<ROLE> (The role whose work is graded: research-scientist, research-engineer, ai-engineer, or research-scientist+ai-engineer for two jobs in one)\n',
    );
    expect(runCli(['rubric', '--role', 'data-scientist']).stderr).toBe(
      `rolefit: --role must be one of ${choices}, not "data-scientist"\n`,
    );
  });

  it.each([
    [['--levels', '2'], '--levels must be a whole number from 3 to 7, not "2"'],
    [['--levels', '8'], 'not "8"'],
    [['--levels', '4.5'], 'not "4.5"'],
    [['--levels', 'five'], 'not "five"'],
    [['--levels=-3'], 'not "-3"'],
    [['--regime', 'matrix'], '--regime must be separate-tracks or flat, not "matrix"'],
    [['--format', 'pdf'], '--format must be one of md, csv, json, not "pdf"'],
    [['--format', 'csv', '--json'], '--json is the same as --format json'],
    [['--jsn'], 'unknown option "--jsn" for rolefit rubric; its options are: --role, --regime'],
  ])('refuses %j with exit 2 and says what it takes', (args, message) => {
    const run = runCli(['rubric', '--role', 'ai-engineer', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('has --help with its options, their defaults and examples', () => {
    const help = runCli(['rubric', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('USAGE rolefit rubric [OPTIONS] --role=<ROLE>\n');
    expect(help.stdout).toMatch(
      /--role=<ROLE>\s+The role whose work is graded: research-scientist, .* \(Required\)/,
    );
    expect(help.stdout).toMatch(/--levels=<N>\s+Levels per ladder, from 3 to 7 \(Default: 5\)/);
    expect(help.stdout).toMatch(/--format=<md\|csv\|json>\s.*\(Default: md\)/);
    expect(help.stdout).toContain('$ rolefit rubric --role research-engineer --levels 4');
    expect(runCli(['--help']).stdout).toMatch(/\n\s+rubric\s{2,}A review rubric/);
  });
});

describe('rolefit rubric in another language', () => {
  it('says what was wrong in the language asked for', () => {
    const german = runCli(['rubric', '--role', 'data-scientist', '--lang', 'de']);
    expect(german.code).toBe(2);
    expect(german.stderr).toBe(
      `rolefit: ${de['rubric.role.invalid']('data-scientist', RUBRIC_ROLE_CHOICES)}\n`,
    );
    const japanese = runCli(['rubric'], '', { LANG: 'ja_JP.UTF-8' });
    expect(japanese.code).toBe(2);
    expect(japanese.stderr).toBe(
      `rolefit: ${ja['usage.missingOption']('--role=<ROLE>', 'rubric', ja['rubric.help.role'](ROLE_IDS, SPLIT_NAME))}\n`,
    );
    const help = runCli(['rubric', '--help', '--lang', 'de']);
    expect(help.stdout).toContain(de['rubric.help.json']);
  });

  it('--lang de writes the rubric in core’s German words', () => {
    const md = runCli(['rubric', '--role', 'research-engineer', '--levels', '4', '--lang', 'de']);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(expected({ role: 'research-engineer', levels: 4 }, 'md', coreDe));
    expect(md.stdout).not.toContain('Review rubric');
    const csv = runCli(['rubric', '--role', 'ai-engineer', '--format', 'csv', '--lang', 'de']);
    expect(csv.stdout).toBe(expected({ role: 'ai-engineer' }, 'csv', coreDe));
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '--lang %s: other words, the same ids, levels and ladders as in English',
    (language) => {
      const args = [
        'rubric',
        '--role',
        'research-scientist+ai-engineer',
        '--levels',
        '3',
        '--json',
      ];
      const run = runCli([...args, '--lang', language]);
      expect(run.code).toBe(0);
      const theirs = Rubric.parse(JSON.parse(run.stdout));
      const english = Rubric.parse(JSON.parse(runCli(args).stdout));
      expect(theirs.title).not.toBe(english.title);
      expect(theirs.ladders[0]?.levels[0]?.name).not.toBe(english.ladders[0]?.levels[0]?.name);
      const ids = (r: Rubric) => [
        r.roles,
        r.split,
        r.regime,
        r.levels,
        r.ladders.map((l) => [
          l.track,
          l.roles,
          l.levels.map((v) => [v.level, v.stage, v.criteria.map((c) => [c.dimension, c.role])]),
        ]),
        r.interfaces.map((i) => [i.from, i.to]),
      ];
      expect(ids(theirs)).toEqual(ids(english));
    },
  );
});
