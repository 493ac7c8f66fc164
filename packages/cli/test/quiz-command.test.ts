import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLanguage, QuizResult } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/display-width.ts';
import { ja } from '../src/messages/ja.ts';
import { HAS_SCRIPT, KEY, type PtySession, startInPty } from './pseudo-terminal.ts';
import { runCli } from './run-cli.ts';

/** Answer a question by pressing keys once it is on screen, then wait for the next one. */
async function answer(pty: PtySession, progress: string, keys: string) {
  await pty.waitFor(new RegExp(`◆ {2}${progress}[\\s\\S]*Ctrl-C quit`));
  pty.press(keys);
}

describe.skipIf(!HAS_SCRIPT)('rolefit quiz in a pseudo-terminal (needs util-linux script)', () => {
  it('asks one question at a time, with number keys, arrows and back, and prints the result', async () => {
    const pty = startInPty(['quiz']);
    await pty.waitFor(/Question 1 of 5[\s\S]*1-5 choose/);
    expect(pty.screen()).not.toContain('← Back');
    await answer(pty, 'Question 1 of 5', '5');
    await answer(pty, 'Question 2 of 5', `${KEY.down}${KEY.enter}`);
    // Second thoughts about question 2: go back with "b", then pick by number.
    await answer(pty, 'Question 3 of 5', 'b');
    await answer(pty, 'Question 2 of 5', '5');
    expect(pty.screen()).toMatch(/Question 3 of 5\n.*\n.*← Back\n[\s\S]*Question 2 of 5/);
    await answer(pty, 'Question 3 of 5', '5');
    await answer(pty, 'Question 4 of 5', `${KEY.up}${KEY.up}${KEY.enter}`);
    await answer(pty, 'Question 5 of 5', '5');
    await answer(pty, 'Optional 1 of 2', '1');
    await answer(pty, 'Optional 2 of 2', '5');
    expect(await pty.exit).toBe(0);
    const screen = pty.screen();
    expect(screen).toContain('Optional 2 of 2');
    expect(screen).toContain('Skip this question');
    const result = screen.slice(screen.indexOf('Scored.'));
    expect(result).toMatch(/\nAI engineer {2}high confidence \(100%\)\n/);
    expect(result).toContain('|-----------------------------+-----------------------------|');
    expect(result).toContain('Titling   One flat title.');
    expect(result).toContain('Do not grade on');
    // The title given (research scientist) does not fit product work: the wrong-column warning.
    expect(result).toContain('Wrong column');
    expect(result).toContain('Weeks: the next release tells us');
  });

  it('--json with stdout redirected asks on the terminal and writes only the result', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rolefit-quiz-')), 'result.json');
    const pty = startInPty(['quiz', '--json'], `> '${out}'`);
    for (let i = 1; i <= 5; i++) await answer(pty, `Question ${i} of 5`, '1');
    await answer(pty, 'Optional 1 of 2', '6');
    await answer(pty, 'Optional 2 of 2', '1');
    expect(await pty.exit).toBe(0);
    const result = QuizResult.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(result.role).toBe('research-scientist');
    expect(result.answers).toEqual({
      'core-question': 'unknown',
      output: 'paper',
      'optimizes-for': 'novelty',
      'time-horizon': 'years',
      background: 'phd',
      'reviewed-on': 'papers',
    });
  });

  it('skipping an optional question clears an earlier answer only when the option says so', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rolefit-quiz-')), 'result.json');
    const pty = startInPty(['quiz', '--json'], `> '${out}'`);
    for (let i = 1; i <= 5; i++) await answer(pty, `Question ${i} of 5`, '1');
    await answer(pty, 'Optional 1 of 2', '1');
    // Back to the title: the earlier pick is kept, and skipping now says it clears it.
    await answer(pty, 'Optional 2 of 2', 'b');
    await pty.waitFor(
      /Optional 1 of 2[\s\S]*● 1\. Research scientist[\s\S]*6\. Clear my answer and skip[\s\S]*Ctrl-C quit/,
    );
    pty.press('6');
    // Back again: the skip is the earlier choice, with nothing left to clear.
    await answer(pty, 'Optional 2 of 2', 'b');
    await pty.waitFor(/Optional 1 of 2[\s\S]*● 6\. Skip this question[\s\S]*Ctrl-C quit/);
    pty.press(KEY.enter);
    await answer(pty, 'Optional 2 of 2', '5');
    expect(await pty.exit).toBe(0);
    const result = QuizResult.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(Object.keys(result.answers)).not.toContain('title');
    expect(Object.keys(result.answers)).not.toContain('reviewed-on');
    expect(result.mismatches).toEqual([]);
  });

  it('--brief prints the Markdown job brief', async () => {
    const pty = startInPty(['quiz', '--brief']);
    for (let i = 1; i <= 5; i++) await answer(pty, `Question ${i} of 5`, '3');
    await answer(pty, 'Optional 1 of 2', '6');
    await answer(pty, 'Optional 2 of 2', '5');
    expect(await pty.exit).toBe(0);
    expect(pty.screen()).toMatch(/\n# Job brief: Research engineer\n/);
  });

  it('draws colour on a terminal, and none with NO_COLOR', async () => {
    // An SGR sequence (colour, dim, bold…) is ESC [ digits m; cursor movement is not.
    const hasSgr = (raw: string) =>
      raw
        .split('\x1b[')
        .slice(1)
        .some((rest) => /^[\d;]*m/.test(rest));
    for (const [env, coloured] of [
      [{}, true],
      [{ NO_COLOR: '1' }, false],
    ] as const) {
      const pty = startInPty(['quiz'], '', env);
      await answer(pty, 'Question 1 of 5', KEY.ctrlC);
      expect(await pty.exit).toBe(130);
      expect(hasSgr(pty.raw())).toBe(coloured);
    }
  });

  it('asks and answers in the language of the locale (LANG=ja_JP.UTF-8)', async () => {
    const { quiz, messages } = await loadLanguage('ja');
    const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const quit = literal(ja['quiz.keys']((key) => key, 5, false).at(-1) ?? '');
    const pty = startInPty(['quiz'], '', { NO_COLOR: '1', LANG: 'ja_JP.UTF-8' });
    await pty.waitFor(
      new RegExp(`${literal(quiz.title)}[\\s\\S]*${literal(ja['quiz.step'](1, 5))}`),
    );
    for (const [i, question] of quiz.questions.entries()) {
      await pty.waitFor(
        new RegExp(
          `${literal(ja['quiz.step'](i + 1, 5))}\\n.*${literal(question.prompt)}[\\s\\S]*${literal(question.options[4]?.label ?? '')}[\\s\\S]*${quit}`,
        ),
      );
      pty.press('5');
    }
    for (let i = 1; i <= 2; i++) {
      await pty.waitFor(
        new RegExp(
          `${literal(ja['quiz.step.optional'](i, 2))}[\\s\\S]*${literal(ja['quiz.skip'])}`,
        ),
      );
      pty.press(i === 1 ? '6' : '1');
    }
    expect(await pty.exit).toBe(0);
    const screen = pty.screen();
    const result = screen.slice(screen.indexOf(ja['quiz.scored']));
    expect(result).toMatch(new RegExp(`\\n${literal(messages['role.ai-engineer'].name)} {2}`));
    expect(result).toContain(ja['grading.off']);
    expect(result).toContain(messages['note.advice']);
    expect(screen).not.toContain('Question 1 of 5');
  });

  it.each([
    ['en', 40],
    ['en', 60],
    ['en', 80],
    ['ja', 40],
    ['ja', 60],
  ] as const)(
    'wraps the intro and the options inside the gutter (%s, %i columns)',
    async (language, width) => {
      const { quiz } = await loadLanguage(language);
      const pty = startInPty(['quiz', '--lang', language], '', { NO_COLOR: '1' }, width);
      await pty.waitFor(/Ctrl-C/);
      pty.press(KEY.ctrlC);
      expect(await pty.exit).toBe(130);
      const screen = pty.screen();
      // The first question as first drawn, from the title to the line under the keys.
      const drawn = screen.slice(0, screen.indexOf('└')).trimEnd().split('\n');
      const intro = drawn.slice(
        1,
        drawn.findIndex((line) => line.startsWith('◆')),
      );
      expect(intro.length).toBeGreaterThan(2);
      for (const line of drawn) {
        expect(line, line).toMatch(/^[┌│◆]/);
        expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
      for (const line of intro) expect(line, line).toMatch(/^│( {2}\S|$)/);
      const text = intro.map((line) => line.slice(3)).join('');
      expect(text.replace(/\s/g, '')).toBe(quiz.intro.replace(/\s/g, ''));
      // An option's next rows start under its text, after the mark and the number.
      const options = drawn.filter((line) => /^│ {2}[●○] \d\. /.test(line));
      expect(options).toHaveLength(5);
      for (const [i, line] of drawn.entries()) {
        if (!/^│ {2}[●○] \d\. /.test(line)) continue;
        for (const next of drawn.slice(i + 1)) {
          if (/^│ {2}([●○] |\S)/.test(next)) break;
          expect(next, next).toMatch(/^│ {7}\S/);
        }
      }
    },
  );

  it('Ctrl-C cancels cleanly with a short message and exit code 130', async () => {
    const pty = startInPty(['quiz']);
    await answer(pty, 'Question 1 of 5', '2');
    await answer(pty, 'Question 2 of 5', KEY.ctrlC);
    expect(await pty.exit).toBe(130);
    const screen = pty.screen();
    expect(screen).toContain('rolefit: quiz canceled; nothing was scored');
    expect(screen).not.toMatch(/at .*\.ts:\d+/);
    expect(screen).not.toContain('Scored.');
  });
});

describe('rolefit quiz without a terminal', () => {
  it('says so and points to rolefit score, exit 2', () => {
    const run = runCli(['quiz'], '{"answers": {}}');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('standard input is not one');
    expect(run.stderr).toContain('rolefit score <file|->');
    expect(run.stdout).toBe('');
  });

  it('has --help with an example', () => {
    const help = runCli(['quiz', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ rolefit quiz --brief > job-brief.md');
  });
});
