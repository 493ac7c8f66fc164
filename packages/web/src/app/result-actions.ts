import { jobBrief, type QuizResult } from '@rolefit/core';
import { downloadFile } from '../shared/download-file.ts';
import { h } from '../shared/h.ts';
import { copyText } from './copy-text.ts';

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
        'Copy link',
        async () =>
          say(
            (await copyText(shareUrl))
              ? 'Link copied.'
              : 'Copy failed: the link is in the address bar.',
          ),
        'primary',
      ),
      button('Copy brief', async () =>
        say(
          (await copyText(jobBrief(result)))
            ? 'Job brief copied as Markdown.'
            : 'Copy failed; try Download brief.',
        ),
      ),
      button('Download brief (.md)', () => {
        downloadFile(
          briefFileName(result),
          new Blob([jobBrief(result)], { type: 'text/markdown;charset=utf-8' }),
        );
        say('Job brief downloaded.');
      }),
      button('Print or save as PDF', () => window.print()),
      h('a', { class: 'button quiet', href: '/' }, 'Retake the quiz'),
    ),
    status,
  );
}
