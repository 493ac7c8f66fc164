import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Analysis, LANGUAGES, loadLanguage, QuizResult } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/messages/de.ts';
import { en } from '../src/messages/en.ts';
import { fr } from '../src/messages/fr.ts';
import { ja } from '../src/messages/ja.ts';
import { runCli } from './run-cli.ts';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
const ANSWERS = example('answers-product.json');

const coreJa = (await loadLanguage('ja')).messages;
const coreDe = (await loadLanguage('de')).messages;
const coreFr = (await loadLanguage('fr')).messages;
const quizDe = (await loadLanguage('de')).quiz;

/** The words of a JSON value taken out: what is left is its keys, ids, numbers and structure. */
function withoutText(value: unknown, text: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutText(v, text));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, text.has(k) ? typeof v : withoutText(v, text)]),
  );
}

/** Every key of a JSON value, with its path, and each string as a string: the shape alone. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'string') return 'string';
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
}

describe('rolefit questions in another language', () => {
  it('--json --lang de prints the German quiz with exactly the ids and weights of the English one', () => {
    const english = JSON.parse(runCli(['questions', '--json']).stdout);
    const run = runCli(['questions', '--json', '--lang', 'de']);
    expect(run.code).toBe(0);
    const german = JSON.parse(run.stdout);
    const text = new Set(['title', 'intro', 'prompt', 'help', 'label', 'locale']);
    expect(withoutText(german, text)).toEqual(withoutText(english, text));
    expect(german.locale).toBe('de');
    expect(german).toEqual(quizDe);
    expect(german.questions[0].prompt).toBe(quizDe.questions[0]?.prompt);
    expect(german.questions[0].prompt).not.toBe(english.questions[0].prompt);
    expect(german.questions[0].options[0].label).not.toBe(english.questions[0].options[0].label);
  });

  it('as text, keeps the ids and words the rest in the language', () => {
    const run = runCli(['questions', '--lang=de']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(quizDe.title);
    expect(run.stdout).toContain('[core-question]');
    expect(run.stdout).toContain(de['questions.context']);
  });
});

describe('choosing the language', () => {
  const headline = (run: { stdout: string }) => run.stdout.split('\n')[0] ?? '';

  it('LANG=ja_JP.UTF-8 speaks Japanese: core names for roles, the command line for the rest', () => {
    const run = runCli(['score', ANSWERS], '', { LANG: 'ja_JP.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(headline(run).startsWith(coreJa['role.ai-engineer'].name)).toBe(true);
    expect(run.stdout).toContain(`\n${ja['label.work']}`);
    expect(run.stdout).toContain(ja['grading.off']);
    expect(run.stdout).toContain(coreJa['role.ai-engineer'].dontGradeOn[0]);
    expect(run.stdout).toContain(coreJa['note.advice']);
    expect(run.stdout).not.toContain('Do not grade on');
  });

  it('LANG=C, LANG=POSIX, no locale and a locale we do not speak are English, silently', () => {
    for (const env of [
      { LANG: 'C' },
      { LANG: 'POSIX' },
      { LANG: 'C.UTF-8' },
      {},
      { LANG: 'pt_BR.UTF-8' },
    ]) {
      const run = runCli(['score', ANSWERS], '', env);
      expect(run.code, JSON.stringify(env)).toBe(0);
      expect(run.stderr).toBe('');
      expect(headline(run)).toMatch(/^AI engineer {2}/);
      expect(run.stdout).toContain('Do not grade on');
    }
  });

  it('LC_ALL beats LC_MESSAGES, which beats LANG; an empty one is passed over', () => {
    const all = { LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'ja_JP.UTF-8' };
    expect(headline(runCli(['score', ANSWERS], '', all))).toMatch(
      new RegExp(`^${coreDe['role.ai-engineer'].name} {2}`),
    );
    const messages = { LC_ALL: '', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'ja_JP.UTF-8' };
    expect(runCli(['score', ANSWERS], '', messages).stdout).toContain(fr['grading.off']);
    const lang = { LC_ALL: '', LC_MESSAGES: '', LANG: 'de_AT.UTF-8@euro' };
    expect(runCli(['score', ANSWERS], '', lang).stdout).toContain(de['grading.off']);
    // LC_ALL=C is English even where LANG says otherwise.
    const c = runCli(['score', ANSWERS], '', { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' });
    expect(headline(c)).toMatch(/^AI engineer {2}/);
  });

  it('--lang beats the environment, anywhere in the arguments, as --lang x or --lang=x', () => {
    const env = { LC_ALL: 'de_DE.UTF-8', LANG: 'ja_JP.UTF-8' };
    for (const args of [
      ['--lang', 'fr', 'score', ANSWERS],
      ['score', '--lang', 'fr', ANSWERS],
      ['score', ANSWERS, '--lang=fr'],
      ['score', ANSWERS, '--lang', 'fr-CA'],
      ['score', ANSWERS, '--lang', 'fr_FR.UTF-8'],
    ]) {
      const run = runCli(args, '', env);
      expect(run.code, args.join(' ')).toBe(0);
      expect(headline(run)).toMatch(new RegExp(`^${coreFr['role.ai-engineer'].name} {2}`));
      expect(run.stdout).toContain(fr['grading.off']);
    }
    expect(headline(runCli(['score', ANSWERS, '--lang', 'en'], '', env))).toMatch(/^AI engineer/);
  });

  it('--lang with a language we do not speak is a usage error naming the languages', () => {
    for (const args of [
      ['score', ANSWERS, '--lang', 'xx'],
      ['--lang=pt-BR', 'score', ANSWERS],
      ['score', ANSWERS, '--lang'],
    ]) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^rolefit: /);
      for (const language of LANGUAGES) expect(run.stderr).toContain(`${language} (`);
    }
    expect(runCli(['score', ANSWERS, '--lang', 'xx']).stderr).toContain('"xx"');
    // Said in the language the environment asks for.
    const german = runCli(['score', ANSWERS, '--lang', 'xx'], '', { LANG: 'de_DE.UTF-8' });
    expect(german.stderr).toContain('unbekannte Sprache "xx"');
  });

  it('the root help offers --lang, in its own language', () => {
    const english = runCli(['--help']);
    expect(english.stdout).toMatch(/--lang=<en\|es\|de\|fr\|ja\|zh\|ar> +Language to print in/);
    const german = runCli(['--help', '--lang', 'de']);
    expect(german.code).toBe(0);
    expect(german.stdout).toContain(de['help.lang']);
    expect(german.stdout).toContain(`\n${de['help.options']}\n`);
    expect(german.stdout).toContain(de['help.rolefit'].split('\n')[0]);
    // With nothing but --lang, the help still says there was no command: exit 2.
    expect(runCli(['--lang', 'de']).code).toBe(2);
  });
});

describe('--json in another language', () => {
  it('score --json --lang fr has the same keys, role, position and ids as in English; text in French', () => {
    const english = QuizResult.parse(JSON.parse(runCli(['score', ANSWERS, '--json']).stdout));
    const run = runCli(['score', ANSWERS, '--json', '--lang', 'fr']);
    expect(run.code).toBe(0);
    const raw = JSON.parse(run.stdout);
    const french = QuizResult.parse(raw);
    expect(shape(raw)).toEqual(shape(JSON.parse(runCli(['score', ANSWERS, '--json']).stdout)));
    expect(french.role).toBe(english.role);
    expect(french.position).toBe(english.position);
    expect(french.between).toEqual(english.between);
    expect(french.shares).toEqual(english.shares);
    expect(french.answers).toEqual(english.answers);
    expect(french.regime.recommended).toBe(english.regime.recommended);
    expect(french.why.map((w) => [w.questionId, w.toward])).toEqual(
      english.why.map((w) => [w.questionId, w.toward]),
    );
    expect(french.whatWouldChange.map((c) => c.role)).toEqual(
      english.whatWouldChange.map((c) => c.role),
    );
    expect(french.gradeOn).toEqual(coreFr['role.ai-engineer'].gradeOn);
    expect(french.gradeOn).not.toEqual(english.gradeOn);
  });

  it('analyze --json --lang ja reads the English posting the same way; only its words change', () => {
    const posting = example('posting-research-engineer.md');
    const english = Analysis.parse(JSON.parse(runCli(['analyze', posting, '--json']).stdout));
    const run = runCli(['analyze', posting, '--json', '--lang', 'ja']);
    expect(run.code).toBe(0);
    const japanese = Analysis.parse(JSON.parse(run.stdout));
    expect(japanese.role).toBe(english.role);
    expect(japanese.position).toBe(english.position);
    expect(japanese.evidence).toEqual(english.evidence);
    expect(japanese.flags.map((f) => f.code)).toEqual(english.flags.map((f) => f.code));
    expect(japanese.gradeOn).toEqual(coreJa[`role.${english.role ?? 'ai-engineer'}`].gradeOn);
  });
});

describe('every command in the language', () => {
  it('brief, portfolio and analyze print in it', () => {
    const brief = runCli(['brief', ANSWERS, '--lang', 'de']);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toContain(coreDe['role.ai-engineer'].name);
    expect(brief.stdout).toContain(`## ${coreDe['brief.heading.titling']}`);
    const portfolio = runCli(
      ['portfolio', example('team-workstreams.yaml'), '--team-size', '10'],
      '',
      {
        LANG: 'ja_JP.UTF-8',
      },
    );
    expect(portfolio.code).toBe(0);
    expect(portfolio.stdout).toContain(ja['portfolio.staffing']);
    expect(portfolio.stdout).toContain(coreJa['work.product.name']);
    expect(portfolio.stdout).toContain(coreJa['note.advice']);
    const analysis = runCli(['analyze', example('posting-research-engineer.md'), '--lang', 'fr']);
    expect(analysis.code).toBe(0);
    expect(analysis.stdout).toContain(coreFr['role.research-engineer'].name);
    expect(analysis.stdout).toContain(coreFr['work.rnd.name']);
    expect(analysis.stdout).toContain(coreFr['note.advice']);
  });

  it('errors too: a missing file, an unknown option, an unscorable answer', () => {
    expect(runCli(['score', '/no/such.json', '--lang', 'de']).stderr).toBe(
      `rolefit: ${de['input.noFile']('/no/such.json')}\n`,
    );
    expect(runCli(['score', ANSWERS, '--jsn', '--lang', 'de']).stderr).toContain(
      'unbekannte Option "--jsn"',
    );
    const unscorable = runCli(['score', '-', '--lang', 'ja'], '{"answers": {"output": "nope"}}');
    expect(unscorable.code).toBe(1);
    expect(unscorable.stderr).toContain(ja['score.unscorable']([]).trim());
    expect(unscorable.stderr).not.toMatch(/cannot be scored|has no answer/);
  });

  it("a portfolio entry's problems: ours from the catalogue, Zod's from its own locale", () => {
    const entries = '[{"name": "Evals", "effort": "two", "work": "rnd"}, {"name": "Chat"}]';
    const german = runCli(['portfolio', '-', '--lang', 'de'], entries);
    expect(german.code).toBe(1);
    // A word where a number belongs: Zod's German, naming what was sent.
    expect(german.stderr).toMatch(/effort: Ungültige Eingabe: erwartet Zahl, erhalten string/);
    expect(german.stderr).not.toMatch(/Invalid input|expected number/);
    const neither = runCli(['portfolio', '-', '--lang', 'de'], '[{"name": "Chat"}]');
    expect(neither.stderr).toContain(coreDe['portfolio.oneOf']);
    expect(runCli(['portfolio', '-'], entries).stderr).toContain(
      'effort: Invalid input: expected number, received string',
    );
  });

  it('Arabic is written as the catalogue has it, with no bidi controls added', () => {
    const run = runCli(['score', ANSWERS, '--lang', 'ar']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/[\u0600-\u06FF]/);
    expect(run.stdout).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('the English words stay English: en is the default and --lang en', () => {
    expect(runCli(['score', ANSWERS]).stdout).toContain(en['grading.off']);
  });
});

describe('the bundle', () => {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));

  it('keeps each language in a chunk of its own, loaded only when asked for', () => {
    const main = readFileSync(`${dist}main.js`, 'utf8');
    const chunks = readdirSync(dist).filter((name) => name !== 'main.js');
    const holding = (text: string) =>
      chunks.filter((name) => readFileSync(`${dist}${name}`, 'utf8').includes(text));
    for (const text of [
      de['quiz.scored'],
      ja['quiz.scored'],
      coreDe['role.ai-engineer'].gradeOn[0],
    ]) {
      expect(main).not.toContain(text);
      expect(holding(text as string)).toHaveLength(1);
    }
    expect(main).toContain(en['quiz.scored']);
  });
});
