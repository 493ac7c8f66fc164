import { jobBrief, type QuizResult } from '@rolefit/core';
import { CORE_TEXT } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { downloadFile } from '../shared/download-file.ts';
import { h } from '../shared/h.ts';
import { copyText } from './copy-text.ts';

const t = messages();

/** The file name a downloaded brief gets. */
export const briefFileName = (result: QuizResult) => `rolefit-brief-${result.role}.md`;

/**
 * The result's toolbar: copy the share link, copy or download the Markdown job brief, print,
 * retake. A live region says what happened.
 */
export function resultActions(result: QuizResult, shareUrl: string): HTMLElement {
  const status = h('p', { class: 'action-status', role: 'status' });
  const say = (message: string) => {
    status.textContent = message;
  };
  const button = (label: string, onclick: () => void, extra = '') =>
    h('button', { type: 'button', class: `button ${extra}`.trim(), onclick }, label);
  return h(
    'div',
    { class: 'result-actions no-print' },
    h(
      'div',
      { class: 'action-row' },
      button(
        t['result.actions.copyLink'],
        async () =>
          say(
            (await copyText(shareUrl))
              ? t['result.actions.linkCopied']
              : t['result.actions.linkFailed'],
          ),
        'primary',
      ),
      button(t['result.actions.copyBrief'], async () =>
        say(
          (await copyText(jobBrief(result, CORE_TEXT)))
            ? t['result.actions.briefCopied']
            : t['result.actions.briefFailed'],
        ),
      ),
      button(t['result.actions.download'], () => {
        downloadFile(
          briefFileName(result),
          new Blob([jobBrief(result, CORE_TEXT)], { type: 'text/markdown;charset=utf-8' }),
        );
        say(t['result.actions.downloaded']);
      }),
      button(t['result.actions.print'], () => window.print()),
      h('a', { class: 'button quiet', href: withLanguage('/') }, t['result.actions.retake']),
    ),
    status,
  );
}
