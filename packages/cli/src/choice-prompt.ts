import type { Readable, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { isCancel, SelectPrompt, type State, wrapTextWithPrefix } from '@clack/core';
import {
  limitOptions,
  S_BAR,
  S_BAR_END,
  S_RADIO_ACTIVE,
  S_RADIO_INACTIVE,
  S_STEP_ACTIVE,
  S_STEP_CANCEL,
  S_STEP_ERROR,
  S_STEP_SUBMIT,
} from '@clack/prompts';
import { displayWidth } from './display-width.ts';
import { hangingLines } from './gutter-lines.ts';
import type { Messages } from './messages/en.ts';
import { styleOf, type TextFormat } from './terminal-style.ts';

/** What the person picked: an option's value, a step back, or Ctrl-C / Escape. */
export type Choice = { kind: 'picked'; value: string } | { kind: 'back' } | { kind: 'cancel' };

/** One question's options, plus the way back when there is a previous question. */
export type ChoiceOptions = {
  /** Shown above the question, such as "Question 2 of 5". */
  progress: string;
  message: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** The option to start on, such as the answer given before stepping back. */
  initialValue?: string;
  canGoBack: boolean;
  /** Whether to draw colour and dim text (the CLI's one decision: `colourOn`). */
  colour: boolean;
  input: Readable;
  output: Writable;
  /** The catalogue for the way back and the keys under the question. */
  text: Messages;
};

const BACK = '\u0000back';

/**
 * The mark before the question for each state of the prompt, as clack draws it; painted here, so
 * that it follows `colourOn` like the rest of the prompt (clack's own `symbol` would decide from
 * process.stdout, not from the terminal the quiz draws on).
 */
const STEP: Readonly<Record<State, [TextFormat, string]>> = {
  initial: ['cyan', S_STEP_ACTIVE],
  active: ['cyan', S_STEP_ACTIVE],
  cancel: ['red', S_STEP_CANCEL],
  error: ['yellow', S_STEP_ERROR],
  submit: ['green', S_STEP_SUBMIT],
  validating: ['dim', S_STEP_ACTIVE],
};

/**
 * Ask one multiple-choice question: arrow keys move, Enter confirms, a number key picks that
 * option at once, `b` or Backspace (or the "Back" option) returns to the previous question.
 */
export async function choose(opts: ChoiceOptions): Promise<Choice> {
  const count = opts.options.length;
  const t = opts.text;
  const { paint } = styleOf(opts.colour);
  const keys = t['quiz.keys']((key) => paint('dim', key), count, opts.canGoBack);
  const keysHelp = keys.join(paint('dim', ' · '));
  const options = [
    ...opts.options.map((o, i) => ({ value: o.value, label: `${i + 1}. ${o.label}` })),
    ...(opts.canGoBack ? [{ value: BACK, label: t['quiz.back'] }] : []),
  ];
  const prompt = new SelectPrompt<{ value: string; label: string }>({
    options,
    input: opts.input,
    output: opts.output,
    ...(opts.initialValue === undefined ? {} : { initialValue: opts.initialValue }),
    render() {
      const title = `${paint('gray', S_BAR)}\n${wrapTextWithPrefix(
        opts.output,
        `${paint('dim', opts.progress)}\n${opts.message}${opts.hint ? `\n${paint('dim', opts.hint)}` : ''}`,
        `${paint('gray', S_BAR)}  `,
        `${paint(...STEP[this.state])}  `,
      )}\n`;
      const picked = this.options[this.cursor];
      const columns = (opts.output as { columns?: number }).columns ?? 0;
      if (this.state === 'submit' || this.state === 'cancel') {
        const look: TextFormat = this.state === 'cancel' ? ['strikethrough', 'dim'] : 'dim';
        const gutter = `${paint('gray', S_BAR)}  `;
        // Painted row by row: a style left open across a line end would run into the bar.
        const rows = hangingLines(picked?.label ?? '', '', columns - displayWidth(gutter));
        return `${title}${rows.map((row) => gutter + paint(look, row)).join('\n')}`;
      }
      const bar = `${paint('cyan', S_BAR)}  `;
      // Each option wrapped here, under its own text ("2. " and all), to what clack leaves
      // beside the bar, so that clack finds every row fits and adds no break of its own.
      const room = columns - displayWidth(bar);
      const listed = limitOptions({
        output: opts.output,
        cursor: this.cursor,
        options: this.options,
        columnPadding: displayWidth(bar),
        rowPadding: title.split('\n').length + 2,
        style: (option, active) => {
          const mark = active ? paint('green', S_RADIO_ACTIVE) : paint('dim', S_RADIO_INACTIVE);
          const label = (row: string) => (active ? row : paint('dim', row));
          return hangingLines(option.label, '', room - displayWidth(`${mark} `))
            .map((row, i) => (i === 0 ? `${mark} ` : '  ') + label(row))
            .join('\n');
        },
      });
      // Where the list is cut short for a small terminal, clack marks it with a dim "...".
      const lines = listed.map((line) =>
        stripVTControlCharacters(line) === '...' ? paint('dim', '...') : line,
      );
      const keysRows = hangingLines(keysHelp, bar, columns, bar).join('\n');
      return `${title}${bar}${lines.join(`\n${bar}`)}\n${keysRows}\n${paint('cyan', S_BAR_END)}\n`;
    },
  });
  prompt.on('key', (char, key) => {
    const index = char !== undefined && /^[1-9]$/.test(char) ? Number(char) - 1 : -1;
    const back = opts.canGoBack && (char === 'b' || key.name === 'backspace');
    if (index < 0 && !back) return;
    if (index >= count) return;
    // Picking by number or going back submits at once; the prompt closes after this key.
    prompt.cursor = back ? options.length - 1 : index;
    prompt.value = back ? BACK : options[index]?.value;
    prompt.state = 'submit';
  });
  const value = await prompt.prompt();
  if (isCancel(value) || value === undefined) return { kind: 'cancel' };
  return value === BACK ? { kind: 'back' } : { kind: 'picked', value };
}
