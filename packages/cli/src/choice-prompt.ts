import type { Readable, Writable } from 'node:stream';
import { isCancel, SelectPrompt, wrapTextWithPrefix } from '@clack/core';
import {
  limitOptions,
  S_BAR,
  S_BAR_END,
  S_RADIO_ACTIVE,
  S_RADIO_INACTIVE,
  symbol,
} from '@clack/prompts';
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
};

const BACK = '\u0000back';
type Paint = (format: TextFormat, text: string) => string;
const KEYS_HELP = (paint: Paint, count: number, back: boolean) =>
  [
    `${paint('dim', `↑/↓ or 1-${count}`)} choose`,
    `${paint('dim', 'Enter')} confirm`,
    ...(back ? [`${paint('dim', 'b')} back`] : []),
    `${paint('dim', 'Ctrl-C')} quit`,
  ].join(paint('dim', ' · '));

/**
 * Ask one multiple-choice question: arrow keys move, Enter confirms, a number key picks that
 * option at once, `b` or Backspace (or the "Back" option) returns to the previous question.
 */
export async function choose(opts: ChoiceOptions): Promise<Choice> {
  const count = opts.options.length;
  const { paint } = styleOf(opts.colour);
  const options = [
    ...opts.options.map((o, i) => ({ value: o.value, label: `${i + 1}. ${o.label}` })),
    ...(opts.canGoBack ? [{ value: BACK, label: '← Back' }] : []),
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
        `${symbol(this.state)}  `,
      )}\n`;
      const picked = this.options[this.cursor];
      if (this.state === 'submit' || this.state === 'cancel') {
        const shown = picked?.label ?? '';
        const text =
          this.state === 'cancel' ? paint(['strikethrough', 'dim'], shown) : paint('dim', shown);
        return `${title}${paint('gray', S_BAR)}  ${text}`;
      }
      const bar = `${paint('cyan', S_BAR)}  `;
      const lines = limitOptions({
        output: opts.output,
        cursor: this.cursor,
        options: this.options,
        columnPadding: bar.length,
        rowPadding: title.split('\n').length + 2,
        style: (option, active) =>
          active
            ? `${paint('green', S_RADIO_ACTIVE)} ${option.label}`
            : `${paint('dim', S_RADIO_INACTIVE)} ${paint('dim', option.label)}`,
      });
      return `${title}${bar}${lines.join(`\n${bar}`)}\n${bar}${KEYS_HELP(paint, count, opts.canGoBack)}\n${paint('cyan', S_BAR_END)}\n`;
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
