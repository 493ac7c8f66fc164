import { type Rubric, type RubricFormat, renderRubric } from '@rolefit/core';
import { copyText } from '../app/copy-text.ts';
import { CORE_TEXT } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { downloadFile } from '../shared/download-file.ts';
import { h } from '../shared/h.ts';

const t = messages();

const TYPES: Readonly<Record<RubricFormat, string>> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** Each format by its own name, the same in every language. */
const FORMAT_NAMES: Readonly<Record<RubricFormat, string>> = {
  md: 'Markdown',
  csv: 'CSV',
  json: 'JSON',
};

/**
 * The file name a downloaded rubric gets: its role (or `two-jobs`), regime and level count.
 * @example rubricFileName(r, 'csv') // 'rolefit-rubric-ai-engineer-flat-5.csv'
 */
export function rubricFileName(rubric: Rubric, format: RubricFormat): string {
  const [role] = rubric.roles;
  const who = rubric.split ? 'two-jobs' : role;
  return `rolefit-rubric-${who}-${rubric.regime}-${rubric.levels}.${format}`;
}

/**
 * The rubric's toolbar: download it as Markdown, CSV or JSON (written in the browser, from core's
 * `renderRubric`), copy the Markdown, print. `current` gives the rubric on show when a button is
 * pressed, so one toolbar serves every choice. A live region says what happened.
 */
export function rubricActions(current: () => Rubric): HTMLElement {
  const status = h('p', { class: 'action-status', role: 'status' });
  const say = (message: string) => {
    status.textContent = message;
  };
  const text = (format: RubricFormat) => renderRubric(current(), format, CORE_TEXT);
  const download = (format: RubricFormat) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        onclick: () => {
          downloadFile(
            rubricFileName(current(), format),
            new Blob([text(format)], { type: TYPES[format] }),
          );
          say(t['rubric.actions.downloaded'](FORMAT_NAMES[format]));
        },
      },
      t['rubric.actions.download'](FORMAT_NAMES[format]),
    );
  return h(
    'div',
    { class: 'result-actions rubric-actions no-print' },
    h(
      'div',
      { class: 'action-row' },
      download('md'),
      download('csv'),
      download('json'),
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: async () =>
            say(
              (await copyText(text('md')))
                ? t['rubric.actions.copied']
                : t['rubric.actions.copyFailed'],
            ),
        },
        t['rubric.actions.copy'],
      ),
      h(
        'button',
        { type: 'button', class: 'button', onclick: () => window.print() },
        t['result.actions.print'],
      ),
    ),
    status,
  );
}
